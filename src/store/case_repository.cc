#include "store/case_repository.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <map>

#include "store/case_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

// Concurrent writers to one case on PostgreSQL: re-run the decision this many times.
constexpr int kUpdateAttempts = 5;

constexpr const char* kEventColumns =
    "id, district_code, case_id, seq, action, from_state, to_state, actor_user_id, actor_role, "
    "unit_id, note, data, at";

// In the order of kCaseCounterFields.
constexpr std::array<const char*, kCaseCounterFields.size()> kCounterColumns = {
    "cases",   "accepted",         "accepted_on_time", "resolved",  "resolved_on_time", "rated", "satisfied",
    "repeats", "handling_seconds", "returned",         "escalated", "overdue",          "stars"};

CaseEventRecord EventFromRow(const Row& r) {
  CaseEventRecord e;
  e.id = r.Int(0);
  e.district_code = r.Text(1);
  e.case_id = r.Int(2);
  e.seq = static_cast<int>(r.Int(3));
  e.action = r.Text(4);
  e.from_state = r.Text(5);
  e.to_state = r.Text(6);
  e.actor_user_id = r.OptInt(7);
  e.actor_role = r.Text(8);
  e.unit_id = r.OptInt(9);
  e.note = r.Text(10);
  e.data = r.Text(11);
  e.at = r.Int(12);
  return e;
}

CounterValues CounterArray(const CaseCounters& c) {
  std::array<std::int64_t, kCaseCounterFields.size()> values{};
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = c.*kCaseCounterFields[i];
  return values;
}

// The units a case counts for: its place in the tree and whoever handles it.
std::vector<Id> CountedUnits(const CaseRecord& c) {
  std::vector<Id> units;
  for (const auto& u : {c.grid_id, c.community_id, c.street_id, c.unit_id}) {
    if (u && std::find(units.begin(), units.end(), *u) == units.end()) units.push_back(*u);
  }
  return units;
}

std::string CaseSelect() { return "SELECT id, " + CaseColumnList() + " FROM cases "; }

// "UPDATE cases SET district_code = ?, … WHERE id = ? AND version = ?": every column, and
// the version the change was decided on, so a concurrent change makes it match no row.
const std::string& CaseUpdateSql() {
  static const std::string sql = [] {
    std::string out = "UPDATE cases SET ";
    for (const CaseColumn& column : CaseColumns()) {
      out += std::string(&column == &CaseColumns().front() ? "" : ", ") + column.name + " = ?";
    }
    return out + " WHERE id = ? AND version = ?";
  }();
  return sql;
}

const char* OrderBy(CaseOrder order) {
  switch (order) {
    case CaseOrder::kAcceptDueFirst:
      return " ORDER BY accept_due ASC NULLS LAST, id ASC";
    case CaseOrder::kResolveDueFirst:
      return " ORDER BY resolve_due ASC NULLS LAST, id ASC";
    case CaseOrder::kNewestFirst:
      break;
  }
  return " ORDER BY created_at DESC, id DESC";
}

std::string FilterWhere(const CaseFilter& f, SqlParams& params) {
  std::string where = "district_code = ?";
  params.push_back(f.district_code);
  if (!f.states.empty()) {
    where += " AND state IN (" + Placeholders(f.states.size()) + ")";
    for (const auto& s : f.states) params.push_back(s);
  }
  if (f.unit_id) {
    where += " AND unit_id = ?";
    params.push_back(*f.unit_id);
  }
  if (!f.scope_path.empty()) {
    where +=
        " AND (unit_id IN (SELECT id FROM units WHERE path LIKE ?) OR grid_id IN "
        "(SELECT id FROM units WHERE path LIKE ?))";
    params.push_back(f.scope_path + "%");
    params.push_back(f.scope_path + "%");
  }
  if (!f.handled_within.empty()) {
    where += " AND unit_id IN (SELECT id FROM units WHERE path LIKE ?)";
    params.push_back(f.handled_within + "%");
  }
  if (f.reporter_user_id) {
    where += " AND reporter_user_id = ?";
    params.push_back(*f.reporter_user_id);
  }
  if (f.reported_or_followed_by) {
    where += " AND (reporter_user_id = ? OR id IN (SELECT case_id FROM case_followers WHERE user_id = ?))";
    params.push_back(*f.reported_or_followed_by);
    params.push_back(*f.reported_or_followed_by);
  }
  if (!f.item_code.empty()) {
    where += " AND item_code = ?";
    params.push_back(f.item_code);
  }
  if (!f.item_codes.empty()) {
    where += " AND item_code IN (" + Placeholders(f.item_codes.size()) + ")";
    for (const auto& code : f.item_codes) params.push_back(code);
  }
  if (!f.ids.empty()) {
    where += " AND id IN (" + Placeholders(f.ids.size()) + ")";
    for (Id id : f.ids) params.push_back(id);
  }
  if (!f.aspect_code.empty()) {
    where += " AND item_code IN (SELECT code FROM catalog_items WHERE district_code = ? AND aspect_code = ?)";
    params.push_back(f.district_code);
    params.push_back(f.aspect_code);
  }
  if (f.created_from) {
    where += " AND created_at >= ?";
    params.push_back(*f.created_from);
  }
  if (f.created_to) {
    where += " AND created_at < ?";
    params.push_back(*f.created_to);
  }
  if (f.resolve_due_from) {
    where += " AND resolve_due >= ?";
    params.push_back(*f.resolve_due_from);
  }
  if (f.resolve_due_to) {
    where += " AND resolve_due < ?";
    params.push_back(*f.resolve_due_to);
  }
  if (f.overdue_only) where += " AND overdue = 1";
  if (f.located_only) where += " AND lon IS NOT NULL AND lat IS NOT NULL";
  if (!f.text.empty()) {
    where += " AND (title LIKE ? OR description LIKE ?)";
    params.push_back("%" + f.text + "%");
    params.push_back("%" + f.text + "%");
  }
  return where;
}

}  // namespace

CaseCounters ContributionOf(const CaseRecord& c) {
  CaseCounters k;
  k.cases = 1;
  k.accepted = c.accepted_at.has_value();
  k.accepted_on_time = c.accepted_at && c.accept_due && *c.accepted_at <= *c.accept_due;
  k.resolved = c.resolved_at.has_value();
  k.resolved_on_time = c.resolved_at && c.resolve_due && *c.resolved_at <= *c.resolve_due;
  k.rated = c.rating.has_value();
  k.satisfied = c.rating.value_or(0) == 1;
  k.stars = c.rating ? c.rating_stars.value_or(0) : 0;
  k.repeats = c.repeat_of.has_value();
  k.handling_seconds = c.handling_seconds.value_or(0);
  k.returned = c.return_count;
  k.escalated = c.escalate_count;
  k.overdue = c.overdue;
  return k;
}

Status CaseRepository::ApplyCounterDelta(const CaseRecord* before, const CaseRecord* after) {
  std::vector<Id> old_units = before ? CountedUnits(*before) : std::vector<Id>{};
  std::vector<Id> new_units = after ? CountedUnits(*after) : std::vector<Id>{};
  auto old_values = before ? CounterArray(ContributionOf(*before)) : CounterValues{};
  auto new_values = after ? CounterArray(ContributionOf(*after)) : CounterValues{};
  const CaseRecord& any = after ? *after : *before;
  std::vector<Id> all = old_units;
  for (Id u : new_units) {
    if (std::find(all.begin(), all.end(), u) == all.end()) all.push_back(u);
  }
  for (Id unit : all) {
    bool in_old = std::find(old_units.begin(), old_units.end(), unit) != old_units.end();
    bool in_new = std::find(new_units.begin(), new_units.end(), unit) != new_units.end();
    CounterValues delta{};
    for (std::size_t i = 0; i < delta.size(); ++i)
      delta[i] = (in_new ? new_values[i] : 0) - (in_old ? old_values[i] : 0);
    SW_RETURN_IF_ERROR(AddCounters(any.district_code, unit, LocalMonthKey(any.created_at), delta));
  }
  return Status::Ok();
}

namespace {

// "INSERT INTO case_monthly_stats (…) VALUES " and the upsert that adds to a row already there.
std::pair<std::string, std::string> CounterUpsertSql() {
  std::string insert = "INSERT INTO case_monthly_stats (district_code, unit_id, month";
  std::string update;
  for (const char* col : kCounterColumns) {
    insert += fmt::format(", {}", col);
    update +=
        fmt::format("{}{} = case_monthly_stats.{} + excluded.{}", update.empty() ? "" : ", ", col, col, col);
  }
  return {insert + ") VALUES ", " ON CONFLICT (unit_id, month) DO UPDATE SET " + update};
}

}  // namespace

Status CaseRepository::AddCounters(const std::string& district, Id unit, int month,
                                   const CounterValues& delta) {
  return AddCounterRows(district, {{{unit, month}, delta}});
}

// One upsert per kRowsPerStatement (unit, month) rows; the keys are distinct, as one statement needs.
Status CaseRepository::AddCounterRows(const std::string& district,
                                      const std::map<std::pair<Id, int>, CounterValues>& rows) {
  constexpr std::size_t kRowsPerStatement = 500;  // 8,000 parameters
  static const std::pair<std::string, std::string> kSql = CounterUpsertSql();
  const std::string row = "(" + Placeholders(3 + kCounterColumns.size()) + ")";
  std::string values;
  SqlParams params;
  std::size_t in_statement = 0;
  auto flush = [&]() -> Status {
    if (in_statement == 0) return Status::Ok();
    Status written = db_.Execute(kSql.first + values + kSql.second, params).status();
    values.clear();
    params.clear();
    in_statement = 0;
    return written;
  };
  for (const auto& entry : rows) {
    const CounterValues& delta = entry.second;
    if (std::all_of(delta.begin(), delta.end(), [](std::int64_t d) { return d == 0; })) continue;
    values += fmt::format("{}{}", in_statement == 0 ? "" : ", ", row);
    params.insert(params.end(), {district, entry.first.first, static_cast<std::int64_t>(entry.first.second)});
    params.insert(params.end(), delta.begin(), delta.end());
    if (++in_statement == kRowsPerStatement) SW_RETURN_IF_ERROR(flush());
  }
  return flush();
}

Result<CaseEventRecord> CaseRepository::InsertEvent(CaseEventRecord e) {
  SW_ASSIGN_OR_RETURN(auto seq_rows, db_.Query("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_events "
                                               "WHERE case_id = ?",
                                               {e.case_id}));
  e.seq = static_cast<int>(seq_rows.at(0).Int(0));
  SW_ASSIGN_OR_RETURN(e.id, InsertNumberedEvent(e));
  return e;
}

Result<Id> CaseRepository::InsertNumberedEvent(const CaseEventRecord& e) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("INSERT INTO case_events (district_code, case_id, seq, action, from_state, "
                                "to_state, actor_user_id, actor_role, unit_id, note, data, at) VALUES (" +
                                    Placeholders(12) + ") RETURNING id",
                                {e.district_code, e.case_id, static_cast<std::int64_t>(e.seq), e.action,
                                 e.from_state, e.to_state, Nullable(e.actor_user_id), e.actor_role,
                                 Nullable(e.unit_id), e.note, e.data, e.at}));
  return rows.at(0).Int(0);
}

Result<CaseChange> CaseRepository::Insert(CaseRecord c, CaseEventRecord first_event) {
  SW_ASSIGN_OR_RETURN(auto inserted, InsertWithHistory(std::move(c), {std::move(first_event)}));
  return CaseChange{std::move(inserted.first), std::move(inserted.second.front())};
}

Result<std::pair<CaseRecord, std::vector<CaseEventRecord>>> CaseRepository::InsertWithHistory(
    CaseRecord c, std::vector<CaseEventRecord> events) {
  if (events.empty()) return InvalidArgument("a case is inserted with at least its first event");
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO cases (" + CaseColumnList() + ") VALUES (" +
                                                 Placeholders(CaseColumns().size()) + ") RETURNING id",
                                             CaseValues(c)));
    c.id = rows.at(0).Int(0);
    int seq = 0;
    for (CaseEventRecord& e : events) {
      e.case_id = c.id;
      e.district_code = c.district_code;
      e.seq = ++seq;
      SW_ASSIGN_OR_RETURN(e.id, InsertNumberedEvent(e));
    }
    return ApplyCounterDelta(nullptr, &c);
  });
  if (!status.ok()) return status;
  return std::make_pair(std::move(c), std::move(events));
}

Status CaseRepository::InsertManyWithHistory(std::vector<CaseWithHistory>& cases) {
  return db_.InTransaction([&]() -> Status {
    std::map<std::pair<Id, int>, CounterValues> counters;  // (unit, month) → summed
    std::vector<const CaseEventRecord*> events;
    SW_RETURN_IF_ERROR(InsertCaseRows(cases));
    for (CaseWithHistory& c : cases) {
      int seq = 0;
      for (CaseEventRecord& e : c.events) {
        e.case_id = c.record.id;
        e.district_code = c.record.district_code;
        e.seq = ++seq;
        events.push_back(&e);
      }
      const CounterValues values = CounterArray(ContributionOf(c.record));
      for (Id unit : CountedUnits(c.record)) {
        CounterValues& sum = counters[{unit, LocalMonthKey(c.record.created_at)}];
        for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += values[i];
      }
    }
    SW_RETURN_IF_ERROR(InsertEventRows(events));
    const std::string district = cases.empty() ? "" : cases.front().record.district_code;
    return AddCounterRows(district, counters);
  });
}

// The cases in statements of up to kCasesPerStatement rows, their ids read back. Both
// engines number the rows of one statement in the order of its VALUES (SQLite's rowid, a
// PostgreSQL sequence called row by row), so the ids returned, sorted, are the rows' ids in
// that order whatever order RETURNING gives them in.
Status CaseRepository::InsertCaseRows(std::vector<CaseWithHistory>& cases) {
  constexpr std::size_t kCasesPerStatement = 100;  // some 5,000 parameters
  const std::string row = "(" + Placeholders(CaseColumns().size()) + ")";
  for (std::size_t start = 0; start < cases.size(); start += kCasesPerStatement) {
    const std::size_t end = std::min(cases.size(), start + kCasesPerStatement);
    std::string sql = "INSERT INTO cases (" + CaseColumnList() + ") VALUES ";
    SqlParams params;
    for (std::size_t i = start; i < end; ++i) {
      sql += fmt::format("{}{}", i == start ? "" : ", ", row);
      SqlParams values = CaseValues(cases[i].record);
      params.insert(params.end(), std::make_move_iterator(values.begin()),
                    std::make_move_iterator(values.end()));
    }
    SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql + " RETURNING id", params));
    if (rows.size() != end - start)
      return Internal("a bulk insert of cases returned the wrong number of ids");
    std::vector<Id> ids;
    ids.reserve(rows.size());
    for (const Row& r : rows) ids.push_back(r.Int(0));
    std::sort(ids.begin(), ids.end());
    for (std::size_t i = start; i < end; ++i) cases[i].record.id = ids[i - start];
  }
  return Status::Ok();
}

// Many events in statements of up to kEventsPerStatement rows, under the engines' limits on
// parameters (SQLite's 32,766; PostgreSQL's 65,535). Their ids are not read back.
Status CaseRepository::InsertEventRows(const std::vector<const CaseEventRecord*>& events) {
  constexpr std::size_t kEventsPerStatement = 1000;
  constexpr std::size_t kColumns = 12;
  for (std::size_t start = 0; start < events.size(); start += kEventsPerStatement) {
    const std::size_t end = std::min(events.size(), start + kEventsPerStatement);
    std::string sql =
        "INSERT INTO case_events (district_code, case_id, seq, action, from_state, to_state, actor_user_id, "
        "actor_role, unit_id, note, data, at) VALUES ";
    SqlParams params;
    params.reserve((end - start) * kColumns);
    for (std::size_t i = start; i < end; ++i) {
      const CaseEventRecord& e = *events[i];
      sql += fmt::format("{}({})", i == start ? "" : ", ", Placeholders(kColumns));
      params.insert(params.end(), {e.district_code, e.case_id, static_cast<std::int64_t>(e.seq), e.action,
                                   e.from_state, e.to_state, Nullable(e.actor_user_id), e.actor_role,
                                   Nullable(e.unit_id), e.note, e.data, e.at});
    }
    SW_RETURN_IF_ERROR(db_.Execute(sql, params).status());
  }
  return Status::Ok();
}

Result<CaseRecord> CaseRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(CaseSelect() + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("no case with id " + std::to_string(id));
  return CaseFromRow(rows[0]);
}

Result<CaseRecord> CaseRepository::Get(Id id, const CaseProjection& projection) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT " + projection.sql() + " FROM cases WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("no case with id " + std::to_string(id));
  return projection.FromRow(rows[0]);
}

Result<std::vector<CaseEventRecord>> CaseRepository::Events(Id case_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kEventColumns +
                                               " FROM case_events WHERE case_id = ? ORDER BY seq",
                                           {case_id}));
  std::vector<CaseEventRecord> events;
  for (const Row& r : rows) events.push_back(EventFromRow(r));
  return events;
}

Result<CaseChange> CaseRepository::TryUpdate(Id id, const Decision& decide) {
  CaseChange change;
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(CaseRecord current, Get(id));
    SW_ASSIGN_OR_RETURN(change, decide(current));
    change.updated.id = id;
    change.updated.version = current.version + 1;
    SqlParams params = CaseValues(change.updated);
    params.push_back(id);
    params.push_back(static_cast<std::int64_t>(current.version));
    const std::string& sql = CaseUpdateSql();
    SW_ASSIGN_OR_RETURN(auto changed, db_.Execute(sql, params));
    if (changed == 0) return Conflict("case " + std::to_string(id) + " was changed concurrently");
    change.event.case_id = id;
    change.event.district_code = current.district_code;
    SW_ASSIGN_OR_RETURN(change.event, InsertEvent(change.event));
    return ApplyCounterDelta(&current, &change.updated);
  });
  if (!status.ok()) return status;
  return change;
}

Result<CaseChange> CaseRepository::Update(Id id, const Decision& decide) {
  for (int attempt = 1;; ++attempt) {
    Result<CaseChange> result = TryUpdate(id, decide);
    bool retry = !result.ok() && result.status().code() == ErrorCode::kConflict &&
                 attempt < kUpdateAttempts && !db_.in_transaction();
    if (!retry) return result;
  }
}

Result<std::vector<CaseRecord>> CaseRepository::List(const CaseFilter& filter) {
  return List(filter, CaseProjection::All());
}

Result<std::vector<CaseRecord>> CaseRepository::List(const CaseFilter& filter,
                                                     const CaseProjection& projection) {
  SqlParams params;
  std::string where = FilterWhere(filter, params);
  params.push_back(static_cast<std::int64_t>(filter.limit));
  params.push_back(static_cast<std::int64_t>(filter.offset));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT " + projection.sql() + " FROM cases WHERE " + where +
                                               OrderBy(filter.order) + " LIMIT ? OFFSET ?",
                                           params));
  std::vector<CaseRecord> cases;
  cases.reserve(rows.size());
  for (const Row& r : rows) cases.push_back(projection.FromRow(r));
  return cases;
}

Result<std::int64_t> CaseRepository::Count(const CaseFilter& filter) {
  SqlParams params;
  std::string where = FilterWhere(filter, params);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT COUNT(*) FROM cases WHERE " + where, params));
  return rows.at(0).Int(0);
}

Result<std::vector<Id>> CaseRepository::DueForSupervision(const std::string& district,
                                                          const std::vector<std::string>& states,
                                                          UnixSeconds now, int limit) {
  if (states.empty()) return std::vector<Id>{};
  SqlParams params{now, district};
  for (const auto& s : states) params.push_back(s);
  params.push_back(static_cast<std::int64_t>(limit));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id FROM cases WHERE overdue = 0 AND resolve_due < ? AND "
                                           "district_code = ? AND state IN (" +
                                               Placeholders(states.size()) + ") ORDER BY resolve_due LIMIT ?",
                                           params));
  std::vector<Id> ids;
  for (const Row& r : rows) ids.push_back(r.Int(0));
  return ids;
}

Result<std::vector<CaseRecord>> CaseRepository::RecentOpenOfItem(const std::string& district,
                                                                 const std::string& item_code,
                                                                 const std::vector<std::string>& open_states,
                                                                 UnixSeconds since,
                                                                 const CoordinateBox& area) {
  if (open_states.empty()) return std::vector<CaseRecord>{};
  SqlParams params{district, item_code, since, area.min_lon, area.max_lon, area.min_lat, area.max_lat};
  for (const auto& s : open_states) params.push_back(s);
  // The box is checked on the index's rows before a case is read whole: with many open
  // cases of one item, building the records was most of the cost of filing.
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(CaseSelect() +
                                    "WHERE district_code = ? AND item_code = ? AND created_at >= ? "
                                    "AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND state IN (" +
                                    Placeholders(open_states.size()) + ") ORDER BY id",
                                params));
  std::vector<CaseRecord> cases;
  for (const Row& r : rows) cases.push_back(CaseFromRow(r));
  return cases;
}

Result<std::vector<CaseRecord>> CaseRepository::InStatesWithin(const std::string& district,
                                                               const std::vector<std::string>& states,
                                                               const CoordinateBox& area, int limit) {
  if (states.empty()) return std::vector<CaseRecord>();
  std::string sql =
      CaseSelect() + "WHERE district_code = ? AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? AND state IN (";
  SqlParams params{district, area.min_lon, area.max_lon, area.min_lat, area.max_lat};
  for (std::size_t i = 0; i < states.size(); ++i) {
    sql += i == 0 ? "?" : ", ?";
    params.emplace_back(states[i]);
  }
  sql += ") ORDER BY created_at DESC, id DESC LIMIT ?";
  params.emplace_back(std::int64_t{limit});
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<CaseRecord> cases;
  for (const Row& r : rows) cases.push_back(CaseFromRow(r));
  return cases;
}

Result<std::vector<ClassifiedCaseText>> CaseRepository::ClassifiedTexts(const std::string& district,
                                                                        std::optional<UnixSeconds> since) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, title, description, item_code, auto_item_confidence, accepted_at "
                                "FROM cases WHERE district_code = ? AND item_code <> '' AND created_at >= ? "
                                "ORDER BY created_at, id",
                                {district, since.value_or(std::numeric_limits<std::int64_t>::min())}));
  std::vector<ClassifiedCaseText> texts;
  texts.reserve(rows.size());
  for (const Row& r : rows) {
    texts.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), !r.IsNull(4), !r.IsNull(5)});
  }
  return texts;
}

Status CaseRepository::AddFollower(const std::string& district, Id case_id, Id user_id,
                                   std::optional<Id> via_case_id, UnixSeconds since) {
  return db_
      .Execute(
          "INSERT INTO case_followers (district_code, case_id, user_id, via_case_id, since) "
          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, user_id) DO NOTHING",
          {district, case_id, user_id, Nullable(via_case_id), since})
      .status();
}

Result<bool> CaseRepository::IsFollower(Id case_id, Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT 1 FROM case_followers WHERE case_id = ? AND user_id = ?",
                                           {case_id, user_id}));
  return !rows.empty();
}

Result<std::vector<Id>> CaseRepository::Followers(Id case_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT user_id FROM case_followers WHERE case_id = ? ORDER BY user_id", {case_id}));
  std::vector<Id> users;
  for (const Row& r : rows) users.push_back(r.Int(0));
  return users;
}

Result<std::vector<std::pair<std::string, std::int64_t>>> CaseRepository::CountByState(
    const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT state, COUNT(*) FROM cases WHERE district_code = ? "
                                           "GROUP BY state ORDER BY state",
                                           {district}));
  std::vector<std::pair<std::string, std::int64_t>> counts;
  for (const Row& r : rows) counts.emplace_back(r.Text(0), r.Int(1));
  return counts;
}

Result<std::vector<UnitMonthCounters>> CaseRepository::MonthlyCounters(const std::vector<Id>& unit_ids,
                                                                       int from_month, int to_month) {
  std::vector<UnitMonthCounters> out;
  if (unit_ids.empty()) return out;
  std::string sql = "SELECT unit_id, month";
  for (const char* col : kCounterColumns) sql += std::string(", ") + col;
  sql += " FROM case_monthly_stats WHERE month BETWEEN ? AND ? AND unit_id IN (" +
         Placeholders(unit_ids.size()) + ") ORDER BY unit_id, month";
  SqlParams params = {static_cast<std::int64_t>(from_month), static_cast<std::int64_t>(to_month)};
  for (Id u : unit_ids) params.push_back(u);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  for (const Row& r : rows) {
    UnitMonthCounters u;
    u.unit_id = r.Int(0);
    u.month = static_cast<int>(r.Int(1));
    for (std::size_t i = 0; i < kCaseCounterFields.size(); ++i)
      u.counters.*kCaseCounterFields[i] = r.Int(i + 2);
    out.push_back(u);
  }
  return out;
}

}  // namespace sanwang::store
