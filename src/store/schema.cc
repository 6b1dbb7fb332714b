#include "store/schema.h"

namespace sanwang::store {
namespace {

// Version 1: the organization net, accounts, the catalog, cases and their events, and the
// monthly indicator summary. Every table carries district_code so that a province-wide
// deployment can shard on it.
constexpr const char* kV1 = R"SQL(
CREATE TABLE units (
  id {{ID}},
  district_code TEXT NOT NULL,
  code TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  parent_id BIGINT REFERENCES units(id),
  path TEXT NOT NULL,
  geometry TEXT,
  demo_geometry INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, code)
);
CREATE INDEX units_parent ON units (parent_id);
CREATE INDEX units_kind ON units (district_code, kind);

CREATE TABLE users (
  id {{ID}},
  district_code TEXT NOT NULL,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  unit_id BIGINT REFERENCES units(id),
  password_hash TEXT NOT NULL DEFAULT '',
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE INDEX users_unit ON users (unit_id);

CREATE TABLE aspects (
  district_code TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (district_code, code)
);

CREATE TABLE catalog_items (
  district_code TEXT NOT NULL,
  code TEXT NOT NULL,
  aspect_code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  tier TEXT NOT NULL,
  department_code TEXT NOT NULL DEFAULT '',
  sla_hours INTEGER NOT NULL,
  online_answer TEXT NOT NULL DEFAULT '',
  online_answer_en TEXT NOT NULL DEFAULT '',
  keywords TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (district_code, code),
  FOREIGN KEY (district_code, aspect_code) REFERENCES aspects (district_code, code)
);

CREATE TABLE cases (
  id {{ID}},
  district_code TEXT NOT NULL,
  workflow TEXT NOT NULL,
  item_code TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  reporter_user_id BIGINT REFERENCES users(id),
  reporter_name TEXT NOT NULL DEFAULT '',
  reporter_phone TEXT NOT NULL DEFAULT '',
  anonymous INTEGER NOT NULL DEFAULT 0,
  lon DOUBLE PRECISION,
  lat DOUBLE PRECISION,
  address TEXT NOT NULL DEFAULT '',
  grid_id BIGINT REFERENCES units(id),
  community_id BIGINT REFERENCES units(id),
  street_id BIGINT REFERENCES units(id),
  unit_id BIGINT REFERENCES units(id),
  state TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_month INTEGER NOT NULL,
  dispatched_at BIGINT,
  accept_due BIGINT,
  accepted_at BIGINT,
  resolve_due BIGINT,
  resolved_at BIGINT,
  closed_at BIGINT,
  handling_seconds BIGINT,
  overdue INTEGER NOT NULL DEFAULT 0,
  rating INTEGER,
  reopen_count INTEGER NOT NULL DEFAULT 0,
  return_count INTEGER NOT NULL DEFAULT 0,
  escalate_count INTEGER NOT NULL DEFAULT 0,
  repeat_of BIGINT REFERENCES cases(id),
  requested_hours INTEGER,
  version INTEGER NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL
);
CREATE INDEX cases_unit_state ON cases (unit_id, state);
CREATE INDEX cases_open_due ON cases (overdue, resolve_due);
CREATE INDEX cases_grid_created ON cases (grid_id, created_at);
CREATE INDEX cases_reporter ON cases (reporter_user_id);
CREATE INDEX cases_district_created ON cases (district_code, created_at);
-- Repeat detection looks up recent cases of one item at every filing.
CREATE INDEX cases_item_created ON cases (district_code, item_code, created_at, lon, lat);
-- The sweep looks for cases still in their initial state.
CREATE INDEX cases_state_created ON cases (state, created_at);

CREATE TABLE case_events (
  id {{ID}},
  district_code TEXT NOT NULL,
  case_id BIGINT NOT NULL REFERENCES cases(id),
  seq INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL DEFAULT '',
  to_state TEXT NOT NULL,
  actor_user_id BIGINT REFERENCES users(id),
  actor_role TEXT NOT NULL,
  unit_id BIGINT REFERENCES units(id),
  note TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{}',
  at BIGINT NOT NULL,
  UNIQUE (case_id, seq)
);

-- Indicator counters per unit and month, kept in step with `cases` in the same
-- transaction as every change, so that ranking 100 communities over a year reads a few
-- thousand rows instead of aggregating millions of cases.
CREATE TABLE case_monthly_stats (
  district_code TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  month INTEGER NOT NULL,
  cases BIGINT NOT NULL DEFAULT 0,
  accepted BIGINT NOT NULL DEFAULT 0,
  accepted_on_time BIGINT NOT NULL DEFAULT 0,
  resolved BIGINT NOT NULL DEFAULT 0,
  resolved_on_time BIGINT NOT NULL DEFAULT 0,
  rated BIGINT NOT NULL DEFAULT 0,
  satisfied BIGINT NOT NULL DEFAULT 0,
  repeats BIGINT NOT NULL DEFAULT 0,
  handling_seconds BIGINT NOT NULL DEFAULT 0,
  returned BIGINT NOT NULL DEFAULT 0,
  escalated BIGINT NOT NULL DEFAULT 0,
  overdue BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, month)
);
)SQL";

// Events are the record of what happened: neither engine lets them change.
constexpr const char* kV1Sqlite = R"SQL(
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are immutable'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case events are immutable'); END;
)SQL";

constexpr const char* kV1Postgres = R"SQL(
CREATE FUNCTION case_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'case events are immutable' USING ERRCODE = '23000'; END $$;
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
FOR EACH ROW EXECUTE FUNCTION case_events_immutable();
)SQL";

// Version 2: what the HTTP server keeps — sessions (only a hash of each token), sign-in
// failures for lockout, Open311 API keys (hashed) and the audit log.
constexpr const char* kV2 = R"SQL(
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE sign_in_failures (
  id {{ID}},
  district_code TEXT NOT NULL,
  username TEXT NOT NULL,
  at BIGINT NOT NULL,
  remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sign_in_failures_user ON sign_in_failures (username, at);

CREATE TABLE api_keys (
  id {{ID}},
  district_code TEXT NOT NULL,
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);

-- Security events and every data change, kept at least 180 days (GB/T 22239-2019 level 3).
CREATE TABLE audit_log (
  id {{ID}},
  district_code TEXT NOT NULL,
  at BIGINT NOT NULL,
  user_id BIGINT,
  username TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  remote_address TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (district_code, at);
)SQL";

// Version 3: photos attached to cases, kept in the database so that several server
// processes sharing one PostgreSQL need no shared file system.
constexpr const char* kV3 = R"SQL(
CREATE TABLE attachments (
  id {{ID}},
  district_code TEXT NOT NULL,
  case_id BIGINT NOT NULL REFERENCES cases(id),
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data {{BLOB}} NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL
);
CREATE INDEX attachments_case ON attachments (case_id);
)SQL";

// Version 4: trained text classifiers (classify/), one row per trained version; the one
// with active = 1 serves suggestions and automatic dispatch for its district.
constexpr const char* kV4 = R"SQL(
CREATE TABLE classifier_models (
  id {{ID}},
  district_code TEXT NOT NULL,
  version INTEGER NOT NULL,
  kind TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  labels INTEGER NOT NULL,
  training_rows INTEGER NOT NULL,
  cv_accuracy DOUBLE PRECISION,
  cv_macro_f1 DOUBLE PRECISION,
  model {{BLOB}} NOT NULL,
  active INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, version)
);
CREATE INDEX classifier_models_active ON classifier_models (district_code, active);
)SQL";

// Version 5: the fifteen-minute service circles (circles/). A district's imported walking
// network — graph and snapped points serialized as one blob — with the SHA-256 of the
// import's inputs, so that unchanged inputs are not imported again; and analysis results
// keyed by that network and the analysis parameters (walk speed, circles), with coverage
// per unit as rows, so that the API serves them without recomputing.
constexpr const char* kV5 = R"SQL(
CREATE TABLE circle_networks (
  id {{ID}},
  district_code TEXT NOT NULL,
  input_sha256 TEXT NOT NULL,
  source_name TEXT NOT NULL,
  nodes BIGINT NOT NULL,
  edges BIGINT NOT NULL,
  homes BIGINT NOT NULL,
  facilities BIGINT NOT NULL,
  network {{BLOB}} NOT NULL,
  imported_at BIGINT NOT NULL,
  UNIQUE (district_code, input_sha256)
);

CREATE TABLE circle_analyses (
  id {{ID}},
  district_code TEXT NOT NULL,
  network_id BIGINT NOT NULL REFERENCES circle_networks(id),
  params TEXT NOT NULL,
  results {{BLOB}} NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (network_id, params)
);

CREATE TABLE circle_coverage (
  analysis_id BIGINT NOT NULL REFERENCES circle_analyses(id),
  district_code TEXT NOT NULL,
  unit_kind TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  facility_type TEXT NOT NULL,
  circle_seconds INTEGER NOT NULL,
  population DOUBLE PRECISION NOT NULL,
  covered DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (analysis_id, unit_kind, unit_code, facility_type, circle_seconds)
);
)SQL";

// Version 6: smart dispatch's feedback and duplicates. A case remembers the classifier's
// confidence while its item is the one chosen automatically (cleared when staff correct
// it), the open case it possibly duplicates (flagged on filing, with the distance and the
// text similarity), and the case it was merged into; the reporter of a merged duplicate
// follows the original (case_followers), so that it shows among their matters.
constexpr const char* kV6 = R"SQL(
ALTER TABLE cases ADD COLUMN auto_item_confidence DOUBLE PRECISION;
ALTER TABLE cases ADD COLUMN duplicate_of BIGINT REFERENCES cases(id);
ALTER TABLE cases ADD COLUMN duplicate_distance_m DOUBLE PRECISION;
ALTER TABLE cases ADD COLUMN duplicate_similarity DOUBLE PRECISION;
ALTER TABLE cases ADD COLUMN merged_into BIGINT REFERENCES cases(id);

CREATE TABLE case_followers (
  district_code TEXT NOT NULL,
  case_id BIGINT NOT NULL REFERENCES cases(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  via_case_id BIGINT REFERENCES cases(id),
  since BIGINT NOT NULL,
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_followers_user ON case_followers (user_id);
)SQL";

// Version 7: the dashboard's figures per day count cases resolved, and deadlines falling,
// on each day of a period; these indexes let both read only that period's cases. They do
// not lead with district_code: SQLite, planning without statistics, would otherwise take
// them for every query that names the district and leave the inbox's (unit_id, state).
constexpr const char* kV7 = R"SQL(
CREATE INDEX cases_resolved_at ON cases (resolved_at);
CREATE INDEX cases_resolve_due ON cases (resolve_due);
)SQL";

// Version 8: sign-in lockouts and forced password changes. A lock bars one client address
// from every account (username '') or from one account; failures are looked up by address
// as well as by account. An account whose password an administrator reset must change it
// before it may do anything else.
constexpr const char* kV8 = R"SQL(
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sign_in_locks (
  id {{ID}},
  district_code TEXT NOT NULL,
  username TEXT NOT NULL,
  remote_address TEXT NOT NULL,
  locked_at BIGINT NOT NULL,
  locked_until BIGINT NOT NULL
);
CREATE INDEX sign_in_locks_address ON sign_in_locks (remote_address, username, locked_until);
CREATE INDEX sign_in_failures_address ON sign_in_failures (remote_address, at);
)SQL";

// Version 9: ratings of 1–5 stars with a comment, and 催办 (urge). `rating` stays the
// satisfied flag the indicators count, decided by the workflow's star threshold when the
// rating is given; earlier yes/no ratings become 5 and 1 stars, as the API maps them. The
// monthly counters gain the sum of stars, filled in for the earlier ratings likewise.
constexpr const char* kV9 = R"SQL(
ALTER TABLE cases ADD COLUMN rating_stars INTEGER;
ALTER TABLE cases ADD COLUMN rating_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN urge_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN last_urged_at BIGINT;
UPDATE cases SET rating_stars = CASE WHEN rating = 1 THEN 5 ELSE 1 END WHERE rating IS NOT NULL;

ALTER TABLE case_monthly_stats ADD COLUMN stars BIGINT NOT NULL DEFAULT 0;
UPDATE case_monthly_stats SET stars = 5 * satisfied + (rated - satisfied);
)SQL";

// Version 10: residents who register themselves. A verification code sent by SMS is kept
// only as a hash, with its expiry and the wrong tries against it; the rows also count the
// code requests of a phone and of a client address for the rate limits. Residents are
// found by phone when one registers, so that a number registers once.
constexpr const char* kV10 = R"SQL(
CREATE TABLE registration_codes (
  id {{ID}},
  district_code TEXT NOT NULL,
  phone TEXT NOT NULL,
  remote_address TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  requested_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  used INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX registration_codes_phone ON registration_codes (district_code, phone, requested_at);
CREATE INDEX registration_codes_address ON registration_codes (district_code, remote_address, requested_at);
CREATE INDEX users_phone ON users (district_code, phone);
)SQL";

// Version 11: the audit log as a hash chain (store/audit_chain.h), and kept: no entry is
// ever changed, and none younger than 180 days (GB/T 22239-2019 level 3) is deleted.
constexpr const char* kV11 = R"SQL(
ALTER TABLE audit_log ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';
CREATE TABLE audit_chain (
  district_code TEXT PRIMARY KEY,
  entries BIGINT NOT NULL DEFAULT 0,
  last_hash TEXT NOT NULL DEFAULT ''
);
)SQL";

constexpr const char* kV11Sqlite = R"SQL(
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END;
CREATE TRIGGER audit_log_kept BEFORE DELETE ON audit_log
WHEN old.at > CAST(strftime('%s', 'now') AS INTEGER) - 15552000
BEGIN SELECT RAISE(ABORT, 'audit entries are kept for 180 days'); END;
)SQL";

constexpr const char* kV11Postgres = R"SQL(
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'audit entries are immutable' USING ERRCODE = '23000';
  END IF;
  IF OLD.at > EXTRACT(EPOCH FROM now())::BIGINT - 15552000 THEN
    RAISE EXCEPTION 'audit entries are kept for 180 days' USING ERRCODE = '23000';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
)SQL";

// Version 12: the password policy (org/password_rules.h). Each account keeps when its
// password was last set, for expiry, and whether it still holds the demo's published
// password; password_history keeps the hashes it held before, so that a change does not go
// back to one of them. Accounts from before count their password's age from this upgrade,
// so that the upgrade does not send every account to change its password at once.
constexpr const char* kV12 = R"SQL(
ALTER TABLE users ADD COLUMN password_changed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN demo_password INTEGER NOT NULL DEFAULT 0;

CREATE TABLE password_history (
  id {{ID}},
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  password_hash TEXT NOT NULL,
  replaced_at BIGINT NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, replaced_at);
)SQL";

constexpr const char* kV12Sqlite = R"SQL(
UPDATE users SET password_changed_at = CAST(strftime('%s', 'now') AS INTEGER);
)SQL";

constexpr const char* kV12Postgres = R"SQL(
UPDATE users SET password_changed_at = EXTRACT(EPOCH FROM now())::BIGINT;
)SQL";

// Version 13: two-step sign-in (org/two_factor.h). An account's shared secret for
// one-time codes, kept from its setup (enabled_at null until the first code confirms it)
// with the last step a code was accepted for, so that no code is accepted twice; and its
// single-use recovery codes, only as hashes.
constexpr const char* kV13 = R"SQL(
CREATE TABLE two_factor (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  district_code TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  enabled_at BIGINT,
  last_step BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE two_factor_recovery_codes (
  id {{ID}},
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  code_hash TEXT NOT NULL,
  used_at BIGINT
);
CREATE INDEX two_factor_recovery_user ON two_factor_recovery_codes (user_id, code_hash);
)SQL";

// Version 14: personal data encrypted at rest (store/personal_data.h). A sealed phone
// number is different every time it is written, so residents are found by a keyed hash
// of it kept beside it; until keys are configured that is the number itself, as here.
// Registration codes keep only that hash in their phone column from now on.
constexpr const char* kV14 = R"SQL(
ALTER TABLE users ADD COLUMN phone_lookup TEXT NOT NULL DEFAULT '';
UPDATE users SET phone_lookup = phone;
CREATE INDEX users_phone_lookup ON users (district_code, phone_lookup);
DROP INDEX users_phone;
)SQL";

// Version 15: leases (store/lease_repository.h), naming the one server that does a piece of
// work which must run once at a time: the outbox's sender, the minute sweep.
constexpr const char* kV15 = R"SQL(
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
)SQL";

// Version 16: the version of each district's org net and catalog
// (store/domain_version_repository.h), by which each of several servers knows when the copy
// it holds in memory is stale, and which districts the database holds.
constexpr const char* kV16 = R"SQL(
CREATE TABLE domain_versions (
  district_code TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO domain_versions (district_code, version) SELECT DISTINCT district_code, 1 FROM units;
)SQL";

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "organization, accounts, catalog, cases, events, indicators", kV1, kV1Sqlite, kV1Postgres},
      {2, "sessions, sign-in failures, API keys, audit log", kV2, "", ""},
      {3, "photos attached to cases", kV3, "", ""},
      {4, "trained text classifiers", kV4, "", ""},
      {5, "fifteen-minute service circles: networks and analyses", kV5, "", ""},
      {6, "classifier feedback, duplicates, merged cases and their followers", kV6, "", ""},
      {7, "indexes for the dashboard's figures per day", kV7, "", ""},
      {8, "sign-in lockouts by address, forced password changes", kV8, "", ""},
      {9, "ratings in stars with a comment, urging (催办) of open cases", kV9, "", ""},
      {10, "verification codes of residents' registrations", kV10, "", ""},
      {11, "the audit log as a hash chain, kept unchanged", kV11, kV11Sqlite, kV11Postgres},
      {12, "password age, demo password mark, password history", kV12, kV12Sqlite, kV12Postgres},
      {13, "two-step sign-in: one-time code secrets, recovery codes", kV13, "", ""},
      {14, "personal data encrypted at rest: a lookup hash of each account's phone", kV14, "", ""},
      {15, "leases: the one server that sends, the one that sweeps", kV15, "", ""},
      {16, "versions of each district's org net and catalog, for the servers' copies", kV16, "", ""},
  };
  return kMigrations;
}

std::string MigrationText(const Migration& m, Dialect dialect) {
  const std::string id = dialect == Dialect::kSqlite ? "INTEGER PRIMARY KEY"
                                                     : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
  const std::string blob = dialect == Dialect::kSqlite ? "BLOB" : "BYTEA";
  std::string text = m.sql;
  for (const auto& [token, spelling] :
       {std::pair{std::string("{{ID}}"), id}, std::pair{std::string("{{BLOB}}"), blob}}) {
    for (std::size_t at = text.find(token); at != std::string::npos; at = text.find(token, at)) {
      text.replace(at, token.size(), spelling);
    }
  }
  text += dialect == Dialect::kSqlite ? m.sqlite_extra : m.postgres_extra;
  return text;
}

}  // namespace sanwang::store
