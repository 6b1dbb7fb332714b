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

}  // namespace

std::vector<Migration> NotifyMigrations() {
  return {
      {1, "in-app notices", kV1, "", ""},
  };
}

}  // namespace sanwang::store
