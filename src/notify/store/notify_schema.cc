// The notify module's migration stream, "notify" (docs/architecture.md §7, §15,
// docs/notifications.md), numbered from 1.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: the in-app notices (站内通知) behind the bell. A notice is written in the
// same transaction as the change that causes it, so it exists if and only if the change
// committed. Its text is kept in both languages as rendered when it was written: a later
// change of the templates does not rewrite what someone was told.
constexpr const char* kV1 = R"SQL(
CREATE TABLE notify_inbox (
  id {{ID}},
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  case_id BIGINT REFERENCES cases(id),
  title TEXT NOT NULL,
  title_en TEXT NOT NULL,
  body TEXT NOT NULL,
  body_en TEXT NOT NULL,
  link TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  read_at BIGINT
);
CREATE INDEX notify_inbox_user ON notify_inbox (user_id, id);
CREATE INDEX notify_inbox_unread ON notify_inbox (user_id, read_at);
)SQL";

// Version 2: delivery beyond the app (docs/notifications.md §3). notify_outbox holds each
// message to send by e-mail, SMS or WeChat, written in the transaction of the change that
// causes it beside the in-app notice, so a message exists if and only if the change
// committed. A sender takes due messages (pending, not_before passed), pushes not_before
// past the time a delivery may take before it sends — a sender that dies mid-delivery
// leaves the message to be taken again — and marks each sent, or due again after a
// backoff, or dead after the last attempt. idempotency_key is sent with every attempt, so a
// gateway that honours it never delivers one message twice. No address is kept here: the
// sender reads the recipient's e-mail, WeChat id or phone when it sends.
//
// notify_settings holds what a person chose: the channels beyond the app, the quiet hours
// (minutes of the day in Beijing time; both null for none), whether only essential
// messages reach them there, and their e-mail address and WeChat id, sealed as personal
// data. notify_sender_lease names the one sender working at a time among several servers
// and until when its lease holds.
constexpr const char* kV2 = R"SQL(
CREATE TABLE notify_outbox (
  id {{ID}},
  district_code TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,
  notice_id BIGINT REFERENCES notify_inbox(id),
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  params TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  not_before BIGINT NOT NULL,
  last_error TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX notify_outbox_due ON notify_outbox (state, not_before);
CREATE INDEX notify_outbox_recipient ON notify_outbox (user_id, channel, sent_at);
CREATE TABLE notify_settings (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  district_code TEXT NOT NULL,
  channels TEXT NOT NULL,
  quiet_from INTEGER,
  quiet_to INTEGER,
  essential_only INTEGER NOT NULL,
  email TEXT NOT NULL,
  wechat_openid TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE notify_sender_lease (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
)SQL";

// Version 3: the warnings sent before a matter falls overdue (docs/notifications.md §1). One
// row per case and resolution deadline warned of, so the minute sweep warns once per
// deadline — again only if the deadline moves (a reopened case gets a new one).
constexpr const char* kV3 = R"SQL(
CREATE TABLE notify_due_warnings (
  case_id BIGINT NOT NULL REFERENCES cases(id),
  resolve_due BIGINT NOT NULL,
  warned_at BIGINT NOT NULL,
  PRIMARY KEY (case_id, resolve_due)
);
)SQL";

// Version 4: the areas people follow (关注区域, docs/notifications.md §4), to be told of the
// new reports there: a unit that is an area (unit_id), or a circle (lon, lat, radius_m)
// with the box around it, by which the follows near a new report are found; optionally
// only some aspects of the catalog ('|'-separated codes).
constexpr const char* kV4 = R"SQL(
CREATE TABLE notify_area_follows (
  id {{ID}},
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  unit_id BIGINT REFERENCES units(id),
  lon DOUBLE PRECISION,
  lat DOUBLE PRECISION,
  radius_m INTEGER,
  aspects TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  min_lon DOUBLE PRECISION,
  max_lon DOUBLE PRECISION,
  min_lat DOUBLE PRECISION,
  max_lat DOUBLE PRECISION
);
CREATE INDEX notify_area_follows_user ON notify_area_follows (user_id);
CREATE INDEX notify_area_follows_unit ON notify_area_follows (district_code, unit_id);
CREATE INDEX notify_area_follows_box ON notify_area_follows (district_code, min_lon, max_lon);
)SQL";

// Version 5: the leaders' daily digests sent (docs/notifications.md §1), one row per account
// and day, so the minute sweep sends each day's once however often it runs.
constexpr const char* kV5 = R"SQL(
CREATE TABLE notify_digests (
  user_id BIGINT NOT NULL REFERENCES users(id),
  day INTEGER NOT NULL,
  sent_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, day)
);
)SQL";

// Version 6: the cases staff follow (关注案件, docs/notifications.md §4), one row per account
// and case, found by the case when it changes.
constexpr const char* kV6 = R"SQL(
CREATE TABLE notify_case_watches (
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  case_id BIGINT NOT NULL REFERENCES cases(id),
  since BIGINT NOT NULL,
  PRIMARY KEY (user_id, case_id)
);
CREATE INDEX notify_case_watches_case ON notify_case_watches (case_id);
)SQL";

// Version 7: per kind of notice, the channels it goes out on when a person wants fewer than
// all they chose (docs/notifications.md §5): "case_assigned=sms;case_watched=".
constexpr const char* kV7 = R"SQL(
ALTER TABLE notify_settings ADD COLUMN kind_channels TEXT NOT NULL DEFAULT '';
)SQL";

// Version 8: the sender's lease moves to the installation's leases (the core stream's
// `leases`, store/lease_repository.h), which the minute sweep shares. A lease is a few
// seconds' claim, so nothing of this table needs keeping.
constexpr const char* kV8 = R"SQL(
DROP TABLE notify_sender_lease;
)SQL";

}  // namespace

std::vector<Migration> NotifyMigrations() {
  return {
      {1, "in-app notices", kV1, "", ""},
      {2, "the outbox of e-mail, SMS and WeChat messages, delivery settings, the sender's lease", kV2, "",
       ""},
      {3, "warnings before a matter falls overdue, one per deadline", kV3, "", ""},
      {4, "the areas people follow to hear of new reports there", kV4, "", ""},
      {5, "the leaders' daily digests sent, one per account and day", kV5, "", ""},
      {6, "the cases staff follow, to hear of their every move", kV6, "", ""},
      {7, "the channels chosen per kind of notice", kV7, "", ""},
      {8, "the sender's lease among the installation's leases", kV8, "", ""},
  };
}

}  // namespace sanwang::store
