// The governance module's migration stream, "governance" (docs/architecture.md §7, §15),
// numbered from 1.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: the task ledger. Programmes hold projects, projects hold tasks, tasks hold
// milestones; a milestone may depend on others (the ledger refuses a cycle before it
// writes, and the key refuses the same edge twice). A milestone's state changes only by a
// conditional update on the state it was read in, in the same transaction as its event,
// so of two people acting on it at once the second finds the state moved and is refused.
constexpr const char* kV1 = R"SQL(
CREATE TABLE gov_programmes (
  id {{ID}},
  district_code TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, name)
);
CREATE TABLE gov_projects (
  id {{ID}},
  district_code TEXT NOT NULL,
  programme_id BIGINT NOT NULL REFERENCES gov_programmes(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  UNIQUE (programme_id, name)
);
CREATE TABLE gov_tasks (
  id {{ID}},
  district_code TEXT NOT NULL,
  project_id BIGINT NOT NULL REFERENCES gov_projects(id),
  name TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX gov_tasks_project ON gov_tasks (project_id);
CREATE TABLE gov_milestones (
  id {{ID}},
  district_code TEXT NOT NULL,
  task_id BIGINT NOT NULL REFERENCES gov_tasks(id),
  name TEXT NOT NULL,
  deliverables TEXT NOT NULL,
  due_on TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  leader_id BIGINT REFERENCES users(id),
  weight INTEGER NOT NULL,
  state TEXT NOT NULL,
  percent INTEGER NOT NULL,
  last_note TEXT NOT NULL,
  reported_at BIGINT,
  accepted_at BIGINT,
  created_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  CHECK (weight BETWEEN 1 AND 100),
  CHECK (percent BETWEEN 0 AND 100)
);
CREATE INDEX gov_milestones_task ON gov_milestones (task_id);
CREATE INDEX gov_milestones_due ON gov_milestones (district_code, due_on);
CREATE INDEX gov_milestones_unit ON gov_milestones (district_code, unit_id, due_on);
CREATE INDEX gov_milestones_leader ON gov_milestones (leader_id);
CREATE TABLE gov_milestone_dependencies (
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  depends_on_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  PRIMARY KEY (milestone_id, depends_on_id),
  CHECK (milestone_id <> depends_on_id)
);
CREATE INDEX gov_milestone_dependencies_on ON gov_milestone_dependencies (depends_on_id);
CREATE TABLE gov_milestone_events (
  id {{ID}},
  district_code TEXT NOT NULL,
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  percent INTEGER,
  note TEXT NOT NULL
);
CREATE INDEX gov_milestone_events_milestone ON gov_milestone_events (milestone_id, id);
)SQL";

// Version 2: supervision notices (督办单). One row per level of supervision of a
// milestone; a notice that escalates is closed and the next level points back to it, so
// the chain of reminders, notices and interviews stays on record. The partial unique index
// keeps at most one active notice per milestone, whoever opens it.
constexpr const char* kV2 = R"SQL(
CREATE TABLE gov_supervision_notices (
  id {{ID}},
  district_code TEXT NOT NULL,
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  level INTEGER NOT NULL,
  reason TEXT NOT NULL,
  note TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  leader_id BIGINT REFERENCES users(id),
  opened_at BIGINT NOT NULL,
  opened_by BIGINT REFERENCES users(id),
  answer_by BIGINT NOT NULL,
  answered_at BIGINT,
  answered_by BIGINT REFERENCES users(id),
  answer TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  closed_reason TEXT NOT NULL DEFAULT '',
  previous_id BIGINT REFERENCES gov_supervision_notices(id),
  demo INTEGER NOT NULL DEFAULT 0,
  CHECK (level BETWEEN 1 AND 3)
);
CREATE UNIQUE INDEX gov_supervision_notices_active ON gov_supervision_notices (milestone_id)
  WHERE closed_at IS NULL;
CREATE INDEX gov_supervision_notices_district ON gov_supervision_notices (district_code, opened_at);
CREATE INDEX gov_supervision_notices_unit ON gov_supervision_notices (unit_id);
)SQL";

// Version 3: assessments (目标考评). A scheme is named once per district and kept as a
// list of versions: saving a changed scheme adds a version and never rewrites an old one,
// so a stored result names the version it was computed with. Hand-entered values are kept
// as entered (a later entry supersedes an earlier one once confirmed); the check keeps the
// confirmer apart from the one who entered the value. A period's result is one row per
// scheme and period with a row per unit; it may be recomputed until `published_at` is set
// by the publishing step, which also gives it its `number`.
constexpr const char* kV3 = R"SQL(
CREATE TABLE gov_assessment_schemes (
  id {{ID}},
  district_code TEXT NOT NULL,
  name TEXT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, name)
);
CREATE TABLE gov_assessment_scheme_versions (
  scheme_id BIGINT NOT NULL REFERENCES gov_assessment_schemes(id),
  version INTEGER NOT NULL,
  period_kind TEXT NOT NULL,
  unit_kind TEXT NOT NULL,
  body TEXT NOT NULL,
  saved_by BIGINT REFERENCES users(id),
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (scheme_id, version),
  CHECK (version >= 1)
);
CREATE TABLE gov_assessment_values (
  id {{ID}},
  district_code TEXT NOT NULL,
  scheme_id BIGINT NOT NULL REFERENCES gov_assessment_schemes(id),
  period TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  indicator TEXT NOT NULL,
  value BIGINT NOT NULL,
  evidence TEXT NOT NULL,
  entered_by BIGINT NOT NULL REFERENCES users(id),
  entered_at BIGINT NOT NULL,
  confirmed_by BIGINT REFERENCES users(id),
  confirmed_at BIGINT,
  CHECK (confirmed_by IS NULL OR confirmed_by <> entered_by)
);
CREATE INDEX gov_assessment_values_period ON gov_assessment_values (scheme_id, period, unit_id, indicator);
CREATE TABLE gov_assessment_results (
  id {{ID}},
  district_code TEXT NOT NULL,
  scheme_id BIGINT NOT NULL REFERENCES gov_assessment_schemes(id),
  scheme_version INTEGER NOT NULL,
  period TEXT NOT NULL,
  computed_at BIGINT NOT NULL,
  computed_by BIGINT REFERENCES users(id),
  published_at BIGINT,
  number TEXT,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (scheme_id, period),
  FOREIGN KEY (scheme_id, scheme_version) REFERENCES gov_assessment_scheme_versions(scheme_id, version)
);
CREATE TABLE gov_assessment_result_units (
  result_id BIGINT NOT NULL REFERENCES gov_assessment_results(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  total BIGINT NOT NULL,
  rank INTEGER NOT NULL,
  tied INTEGER NOT NULL,
  incomplete INTEGER NOT NULL,
  movement TEXT NOT NULL,
  movement_places INTEGER NOT NULL,
  breakdown TEXT NOT NULL,
  PRIMARY KEY (result_id, unit_id)
);
)SQL";

// Version 4: published assessment reports (考评通报). Publishing a result renders its notice
// once and keeps the bytes: the PDF and the workbook with their SHA-256, the number the
// district gave it in the year (the sequence is unique per district and year, so two
// publications at once cannot share a number), who published it and when, and the
// office's paragraphs it was written with. A report is frozen: the engines refuse any
// update of its row, so what was published is what is downloaded for good.
constexpr const char* kV4 = R"SQL(
CREATE TABLE gov_assessment_reports (
  id {{ID}},
  district_code TEXT NOT NULL,
  result_id BIGINT NOT NULL UNIQUE REFERENCES gov_assessment_results(id),
  scheme_id BIGINT NOT NULL REFERENCES gov_assessment_schemes(id),
  period TEXT NOT NULL,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  opening TEXT NOT NULL,
  closing TEXT NOT NULL,
  pdf {{BLOB}} NOT NULL,
  pdf_sha256 TEXT NOT NULL,
  xlsx {{BLOB}} NOT NULL,
  xlsx_sha256 TEXT NOT NULL,
  published_by BIGINT REFERENCES users(id),
  published_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, year, sequence),
  CHECK (sequence >= 1)
);
CREATE INDEX gov_assessment_reports_district ON gov_assessment_reports (district_code, published_at);
)SQL";

constexpr const char* kV4Sqlite = R"SQL(
CREATE TRIGGER gov_assessment_reports_frozen BEFORE UPDATE ON gov_assessment_reports
BEGIN
  SELECT RAISE(ABORT, '考评通报已发布，不能修改 a published assessment report cannot be changed');
END;
)SQL";

constexpr const char* kV4Postgres = R"SQL(
CREATE FUNCTION gov_assessment_reports_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '考评通报已发布，不能修改 a published assessment report cannot be changed';
END;
$$;
CREATE TRIGGER gov_assessment_reports_frozen BEFORE UPDATE ON gov_assessment_reports
  FOR EACH ROW EXECUTE FUNCTION gov_assessment_reports_frozen();
)SQL";

// Version 5: evidence of the ledger's progress reports (进度佐证材料). A unit uploads files to
// a milestone (photos, PDF, Word and Excel documents, checked before they are written) and
// each file keeps who uploaded it and when, its sanitised name, its checked type, size,
// SHA-256 and bytes. A file starts unclaimed (`event_id` NULL); the unit's next progress
// report claims every unclaimed file of the milestone, in the transaction that writes the
// report's event, so a report lists the files uploaded since the one before it.
constexpr const char* kV5 = R"SQL(
CREATE TABLE gov_milestone_evidence (
  id {{ID}},
  district_code TEXT NOT NULL,
  milestone_id BIGINT NOT NULL REFERENCES gov_milestones(id),
  event_id BIGINT REFERENCES gov_milestone_events(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data {{BLOB}} NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  uploaded_at BIGINT NOT NULL,
  CHECK (size_bytes > 0)
);
CREATE INDEX gov_milestone_evidence_milestone ON gov_milestone_evidence (milestone_id, id);
CREATE INDEX gov_milestone_evidence_event ON gov_milestone_evidence (event_id);
)SQL";

// Version 6: information work (信息工作). Units submit items; editors adopt them at a level
// (district, city, province, or a level the district adds), return them for revision or
// decline them. An item keeps every revision of its text, each adoption (one per level, the
// key refuses a second) and each move; its state changes only by a conditional update on
// the state it was read in. The district's own categories and levels sit beside the
// built-in ones in info_words.
constexpr const char* kV6 = R"SQL(
CREATE TABLE info_words (
  district_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT NOT NULL,
  points INTEGER NOT NULL DEFAULT 0,
  level_rank INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (district_code, kind, code),
  CHECK (kind IN ('category', 'level')),
  CHECK (points >= 0)
);
CREATE TABLE info_items (
  id {{ID}},
  district_code TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  author_user_id BIGINT REFERENCES users(id),
  author_name TEXT NOT NULL,
  category_code TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  revision INTEGER NOT NULL,
  state TEXT NOT NULL,
  submitted_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  level_code TEXT NOT NULL DEFAULT '',
  points INTEGER NOT NULL DEFAULT 0,
  adopted_at BIGINT,
  similar_item_id BIGINT REFERENCES info_items(id),
  similarity_percent INTEGER NOT NULL DEFAULT 0,
  demo INTEGER NOT NULL DEFAULT 0,
  CHECK (revision >= 1)
);
CREATE INDEX info_items_period ON info_items (district_code, submitted_at);
CREATE INDEX info_items_state ON info_items (district_code, state, submitted_at);
CREATE TABLE info_item_versions (
  item_id BIGINT NOT NULL REFERENCES info_items(id),
  revision INTEGER NOT NULL,
  category_code TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  PRIMARY KEY (item_id, revision)
);
CREATE TABLE info_adoptions (
  item_id BIGINT NOT NULL REFERENCES info_items(id),
  level_code TEXT NOT NULL,
  points INTEGER NOT NULL,
  adopted_at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  PRIMARY KEY (item_id, level_code)
);
CREATE TABLE info_events (
  id {{ID}},
  district_code TEXT NOT NULL,
  item_id BIGINT NOT NULL REFERENCES info_items(id),
  at BIGINT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  level_code TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL
);
CREATE INDEX info_events_item ON info_events (item_id, id);
)SQL";

// Version 7: published information notices (信息工作通报), one per period and kind of unit,
// numbered in the district and year, kept as the PDF and XLSX rendered when published; the
// engines refuse any change to a written row, as they do for the assessment's notices.
constexpr const char* kV7 = R"SQL(
CREATE TABLE info_reports (
  id {{ID}},
  district_code TEXT NOT NULL,
  period TEXT NOT NULL,
  unit_kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  opening TEXT NOT NULL,
  closing TEXT NOT NULL,
  pdf {{BLOB}} NOT NULL,
  pdf_sha256 TEXT NOT NULL,
  xlsx {{BLOB}} NOT NULL,
  xlsx_sha256 TEXT NOT NULL,
  published_by BIGINT REFERENCES users(id),
  published_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, period, unit_kind),
  UNIQUE (district_code, year, sequence),
  CHECK (sequence >= 1)
);
)SQL";

constexpr const char* kV7Sqlite = R"SQL(
CREATE TRIGGER info_reports_frozen BEFORE UPDATE ON info_reports
BEGIN
  SELECT RAISE(ABORT, '信息工作通报已发布，不能修改 a published information notice cannot be changed');
END;
)SQL";

constexpr const char* kV7Postgres = R"SQL(
CREATE FUNCTION info_reports_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '信息工作通报已发布，不能修改 a published information notice cannot be changed';
END;
$$;
CREATE TRIGGER info_reports_frozen BEFORE UPDATE ON info_reports
  FOR EACH ROW EXECUTE FUNCTION info_reports_frozen();
)SQL";

// Version 8: campaigns (征文). A campaign takes entries within its window; its reviewers
// (with the accounts each declared a conflict with) are assigned entries, one row per
// entry and reviewer, which the review fills; the committee's awards are one row per
// entry. An entry keeps its file's bytes, checked type, size and SHA-256.
constexpr const char* kV8 = R"SQL(
CREATE TABLE camp_campaigns (
  id {{ID}},
  district_code TEXT NOT NULL,
  title TEXT NOT NULL,
  theme TEXT NOT NULL,
  rules TEXT NOT NULL,
  issuer TEXT NOT NULL,
  opens_at BIGINT NOT NULL,
  closes_at BIGINT NOT NULL,
  formats TEXT NOT NULL,
  max_bytes BIGINT NOT NULL,
  reviews_per_entry INTEGER NOT NULL,
  rubric TEXT NOT NULL,
  tiers TEXT NOT NULL,
  state TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, title),
  CHECK (closes_at > opens_at),
  CHECK (reviews_per_entry >= 1)
);
CREATE TABLE camp_reviewers (
  campaign_id BIGINT NOT NULL REFERENCES camp_campaigns(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  declared TEXT NOT NULL,
  PRIMARY KEY (campaign_id, user_id)
);
CREATE TABLE camp_entries (
  id {{ID}},
  campaign_id BIGINT NOT NULL REFERENCES camp_campaigns(id),
  district_code TEXT NOT NULL,
  title TEXT NOT NULL,
  author_user_id BIGINT REFERENCES users(id),
  author_name TEXT NOT NULL,
  author_unit_id BIGINT REFERENCES units(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data {{BLOB}} NOT NULL,
  submitted_at BIGINT NOT NULL,
  CHECK (size_bytes > 0)
);
CREATE INDEX camp_entries_campaign ON camp_entries (campaign_id, id);
CREATE TABLE camp_reviews (
  entry_id BIGINT NOT NULL REFERENCES camp_entries(id),
  reviewer_id BIGINT NOT NULL REFERENCES users(id),
  campaign_id BIGINT NOT NULL REFERENCES camp_campaigns(id),
  scores TEXT NOT NULL,
  total INTEGER NOT NULL DEFAULT 0,
  comment TEXT NOT NULL,
  submitted_at BIGINT,
  PRIMARY KEY (entry_id, reviewer_id)
);
CREATE INDEX camp_reviews_reviewer ON camp_reviews (campaign_id, reviewer_id);
CREATE TABLE camp_awards (
  entry_id BIGINT PRIMARY KEY REFERENCES camp_entries(id),
  campaign_id BIGINT NOT NULL REFERENCES camp_campaigns(id),
  tier TEXT NOT NULL,
  decided_by BIGINT REFERENCES users(id),
  decided_at BIGINT NOT NULL
);
)SQL";

// Version 9: residents' surveys (民意测评). A survey asks an area's residents a questionnaire
// in a window; each response comes from a community through a channel, at most one per
// account (the unique key; responses without an account are links and paper answers); a
// one-time link is kept as its token's hash and used once.
constexpr const char* kV9 = R"SQL(
CREATE TABLE srv_surveys (
  id {{ID}},
  district_code TEXT NOT NULL,
  title TEXT NOT NULL,
  intro TEXT NOT NULL,
  series TEXT NOT NULL,
  period TEXT NOT NULL,
  area_unit_id BIGINT NOT NULL REFERENCES units(id),
  opens_at BIGINT NOT NULL,
  closes_at BIGINT NOT NULL,
  questionnaire TEXT NOT NULL,
  indices TEXT NOT NULL,
  state TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, title),
  CHECK (closes_at > opens_at)
);
CREATE TABLE srv_responses (
  id {{ID}},
  survey_id BIGINT NOT NULL REFERENCES srv_surveys(id),
  district_code TEXT NOT NULL,
  community_id BIGINT NOT NULL REFERENCES units(id),
  account_id BIGINT REFERENCES users(id),
  channel TEXT NOT NULL,
  answers TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users(id),
  submitted_at BIGINT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (survey_id, account_id)
);
CREATE INDEX srv_responses_survey ON srv_responses (survey_id, community_id);
CREATE TABLE srv_links (
  token_hash TEXT PRIMARY KEY,
  survey_id BIGINT NOT NULL REFERENCES srv_surveys(id),
  community_id BIGINT NOT NULL REFERENCES units(id),
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX srv_links_survey ON srv_links (survey_id);
)SQL";

}  // namespace

std::vector<Migration> GovernanceMigrations() {
  return {
      {1, "the task ledger: programmes, projects, tasks, milestones, dependencies, events", kV1, "", ""},
      {2, "supervision notices of the task ledger (督办单)", kV2, "", ""},
      {3, "assessments: scheme versions, hand-entered values, computed results (目标考评)", kV3, "", ""},
      {4, "published assessment reports, frozen: PDF and XLSX bytes, number (考评通报)", kV4, kV4Sqlite,
       kV4Postgres},
      {5, "evidence files of the ledger's progress reports (进度佐证材料)", kV5, "", ""},
      {6, "information work: items, revisions, adoptions by level, events (信息工作)", kV6, "", ""},
      {7, "published information notices, frozen: PDF and XLSX bytes, number (信息工作通报)", kV7, kV7Sqlite,
       kV7Postgres},
      {8, "campaigns: the call, reviewers, entries with their files, reviews, awards (征文)", kV8, "", ""},
      {9, "surveys: questionnaires, indices, responses by channel, one-time links (民意测评)", kV9, "", ""},
  };
}

}  // namespace sanwang::store
