#include "governance/store/information_repository.h"

#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using ItemColumn = RecordColumn<InformationItemRecord>;

// The columns of info_items after its id, declared once for every read and write.
const std::vector<ItemColumn>& ItemColumns() {
  using I = InformationItemRecord;
  static const std::vector<ItemColumn> kColumns = {
      Field<&I::district_code>("district_code"),
      Field<&I::unit_id>("unit_id"),
      Field<&I::author_user_id>("author_user_id"),
      Field<&I::author_name>("author_name"),
      Field<&I::category_code>("category_code"),
      Field<&I::title>("title"),
      Field<&I::body>("body"),
      Field<&I::revision>("revision"),
      Field<&I::state>("state"),
      Field<&I::submitted_at>("submitted_at"),
      Field<&I::updated_at>("updated_at"),
      Field<&I::level_code>("level_code"),
      Field<&I::points>("points"),
      Field<&I::adopted_at>("adopted_at"),
      Field<&I::similar_item_id>("similar_item_id"),
      Field<&I::similarity_percent>("similarity_percent"),
      Field<&I::demo>("demo"),
  };
  return kColumns;
}

const std::string& ItemSelect() {
  static const std::string kSql = "SELECT id, " + ColumnList(ItemColumns()) + " FROM info_items ";
  return kSql;
}

InformationItemRecord ItemFromRow(const Row& r) {
  InformationItemRecord item;
  item.id = r.Int(0);
  ReadColumns(ItemColumns(), r, 1, item);
  return item;
}

std::vector<InformationItemRecord> ItemsFrom(const std::vector<Row>& rows) {
  std::vector<InformationItemRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ItemFromRow(r));
  return out;
}

// "WHERE …" for a query, its values appended to `params`.
std::string QueryWhere(const InformationQuery& q, SqlParams& params) {
  std::string where = "WHERE district_code = ?";
  params.push_back(q.district_code);
  if (!q.unit_ids.empty()) {
    where += " AND unit_id IN (" + Placeholders(q.unit_ids.size()) + ")";
    params.insert(params.end(), q.unit_ids.begin(), q.unit_ids.end());
  }
  if (!q.states.empty()) where += " AND state IN " + InList(q.states, params);
  if (!q.category_code.empty()) {
    where += " AND category_code = ?";
    params.push_back(q.category_code);
  }
  if (q.submitted_from) {
    where += " AND submitted_at >= ?";
    params.push_back(*q.submitted_from);
  }
  if (q.submitted_to) {
    where += " AND submitted_at < ?";
    params.push_back(*q.submitted_to);
  }
  return where;
}

// " AND state NOT IN (…)", or nothing for no states.
std::string StatesLeftOut(const std::set<std::string>& left_out, const char* column, SqlParams& params) {
  if (left_out.empty()) return "";
  return std::string(" AND ") + column + " NOT IN " + InList(left_out, params);
}

// Every column of info_reports but the two documents' bytes.
constexpr const char* kReportColumns =
    "id, district_code, period, unit_kind, year, sequence, number, title, opening, closing, pdf_sha256, "
    "xlsx_sha256, published_by, published_at, demo";

InformationReportRecord ReportFromRow(const Row& r) {
  InformationReportRecord report;
  report.id = r.Int(0);
  report.district_code = r.Text(1);
  report.period = r.Text(2);
  report.unit_kind = r.Text(3);
  report.year = r.Int(4);
  report.sequence = r.Int(5);
  report.number = r.Text(6);
  report.title = r.Text(7);
  report.opening = r.Text(8);
  report.closing = r.Text(9);
  report.pdf_sha256 = r.Text(10);
  report.xlsx_sha256 = r.Text(11);
  report.published_by = r.OptInt(12);
  report.published_at = r.Int(13);
  report.demo = r.Int(14) != 0;
  return report;
}

}  // namespace

Result<std::vector<InformationWordRecord>> InformationRepository::Words(const std::string& district_code,
                                                                        const std::string& kind) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT kind, code, name, name_en, points, level_rank FROM info_words "
                                "WHERE district_code = ? AND kind = ? ORDER BY code",
                                {district_code, kind}));
  std::vector<InformationWordRecord> out;
  for (const Row& r : rows) out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5)});
  return out;
}

Status InformationRepository::InsertWord(const std::string& district_code,
                                         const InformationWordRecord& word) {
  SW_ASSIGN_OR_RETURN(auto existing,
                      db_.Query("SELECT 1 FROM info_words WHERE district_code = ? AND kind = ? "
                                "AND code = ?",
                                {district_code, word.kind, word.code}));
  if (!existing.empty()) {
    return AlreadyExists("代码已存在 the code '" + word.code + "' is taken");
  }
  return db_
      .Execute(
          "INSERT INTO info_words (district_code, kind, code, name, name_en, points, level_rank) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)",
          {district_code, word.kind, word.code, word.name, word.name_en, word.points, word.rank})
      .status();
}

Result<InformationItemRecord> InformationRepository::InsertItem(InformationItemRecord item,
                                                                InformationEventRecord event) {
  SW_RETURN_IF_ERROR(db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto rows,
                        db_.Query("INSERT INTO info_items (" + ColumnList(ItemColumns()) + ") VALUES (" +
                                      Placeholders(ItemColumns().size()) + ") RETURNING id",
                                  ColumnValues(ItemColumns(), item)));
    item.id = rows.at(0).Int(0);
    SW_RETURN_IF_ERROR(InsertVersion(item, item.author_user_id));
    event.item_id = item.id;
    return InsertEvent(event, item.district_code);
  }));
  return item;
}

Result<InformationItemRecord> InformationRepository::GetItem(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(ItemSelect() + "WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("信息不存在 no such information item");
  return ItemFromRow(rows.front());
}

Result<std::vector<InformationItemRecord>> InformationRepository::Items(const InformationQuery& query) {
  SqlParams params;
  std::string sql =
      ItemSelect() + QueryWhere(query, params) +
      (query.oldest_first ? " ORDER BY submitted_at, id" : " ORDER BY submitted_at DESC, id DESC") +
      " LIMIT ? OFFSET ?";
  params.insert(params.end(), {query.limit, query.offset});
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return ItemsFrom(rows);
}

Result<std::int64_t> InformationRepository::CountItems(const InformationQuery& query) {
  SqlParams params;
  std::string sql = "SELECT COUNT(*) FROM info_items " + QueryWhere(query, params);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return rows.at(0).Int(0);
}

Result<std::vector<InformationItemRecord>> InformationRepository::RecentItems(
    const std::string& district_code, UnixSeconds from, UnixSeconds to, const std::set<std::string>& left_out,
    std::int64_t limit) {
  SqlParams params = {district_code, from, to};
  std::string sql = ItemSelect() + "WHERE district_code = ? AND submitted_at >= ? AND submitted_at < ?" +
                    StatesLeftOut(left_out, "state", params) + " ORDER BY submitted_at DESC, id DESC LIMIT ?";
  params.push_back(limit);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return ItemsFrom(rows);
}

Status InformationRepository::Move(const InformationItemRecord& changed, const std::string& from_state,
                                   InformationEventRecord event,
                                   const std::optional<InformationAdoptionRecord>& adoption) {
  return db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto before, GetItem(changed.id));
    std::string sets;
    for (const ItemColumn& column : ItemColumns()) {
      sets += (sets.empty() ? "" : ", ") + std::string(column.name) + " = ?";
    }
    SqlParams params = ColumnValues(ItemColumns(), changed);
    params.insert(params.end(), {changed.id, from_state});
    SW_ASSIGN_OR_RETURN(auto moved,
                        db_.Execute("UPDATE info_items SET " + sets + " WHERE id = ? AND state = ?", params));
    if (moved == 0) {
      return Conflict(
          "信息已被他人处理，请刷新后重试 the item was changed by someone else; reload and try again");
    }
    if (changed.revision > before.revision) SW_RETURN_IF_ERROR(InsertVersion(changed, event.user_id));
    if (adoption) {
      SW_ASSIGN_OR_RETURN(auto taken,
                          db_.Query("SELECT 1 FROM info_adoptions WHERE item_id = ? AND level_code = ?",
                                    {adoption->item_id, adoption->level_code}));
      if (!taken.empty()) {
        return Conflict("该信息已在此级别采用 the item was adopted at level '" + adoption->level_code +
                        "' already");
      }
      SW_RETURN_IF_ERROR(
          db_.Execute("INSERT INTO info_adoptions (item_id, level_code, points, adopted_at, user_id) "
                      "VALUES (?, ?, ?, ?, ?)",
                      {adoption->item_id, adoption->level_code, adoption->points, adoption->adopted_at,
                       Nullable(adoption->user_id)})
              .status());
    }
    return InsertEvent(event, changed.district_code);
  });
}

Result<std::vector<InformationVersionRecord>> InformationRepository::Versions(Id item_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT item_id, revision, category_code, title, body, at, user_id "
                                "FROM info_item_versions WHERE item_id = ? ORDER BY revision",
                                {item_id}));
  std::vector<InformationVersionRecord> out;
  for (const Row& r : rows) {
    out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Int(5), r.OptInt(6)});
  }
  return out;
}

Result<std::vector<InformationAdoptionRecord>> InformationRepository::Adoptions(Id item_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT item_id, level_code, points, adopted_at, user_id "
                                "FROM info_adoptions WHERE item_id = ? ORDER BY adopted_at, level_code",
                                {item_id}));
  std::vector<InformationAdoptionRecord> out;
  for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1), r.Int(2), r.Int(3), r.OptInt(4)});
  return out;
}

Result<std::vector<InformationEventRecord>> InformationRepository::Events(Id item_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT e.id, e.item_id, e.at, e.user_id, e.role, e.action, e.from_state, "
                           "e.to_state, e.level_code, e.note, COALESCE(u.username, '') FROM info_events e "
                           "LEFT JOIN users u ON u.id = e.user_id WHERE e.item_id = ? ORDER BY e.id",
                           {item_id}));
  std::vector<InformationEventRecord> out;
  for (const Row& r : rows) {
    out.push_back({r.Int(0), r.Int(1), r.Int(2), r.OptInt(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7),
                   r.Text(8), r.Text(9), r.Text(10)});
  }
  return out;
}

Result<std::map<Id, InformationUnitCounts>> InformationRepository::CountsByUnit(
    const std::string& district_code, UnixSeconds from, UnixSeconds to,
    const std::set<std::string>& left_out) {
  std::map<Id, InformationUnitCounts> out;
  SqlParams params = {district_code, from, to};
  std::string where = "WHERE district_code = ? AND submitted_at >= ? AND submitted_at < ?" +
                      StatesLeftOut(left_out, "state", params);
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT unit_id, COUNT(*), COALESCE(SUM(CASE WHEN level_code <> '' THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(points), 0) FROM info_items " +
                    where + " GROUP BY unit_id",
                params));
  for (const Row& r : rows) {
    InformationUnitCounts& c = out[r.Int(0)];
    c.submitted = r.Int(1);
    c.adopted = r.Int(2);
    c.points = r.Int(3);
  }
  SW_ASSIGN_OR_RETURN(auto levels,
                      db_.Query("SELECT i.unit_id, a.level_code, COUNT(*) FROM info_adoptions a "
                                "JOIN (SELECT id, unit_id FROM info_items " +
                                    where + ") i ON i.id = a.item_id GROUP BY i.unit_id, a.level_code",
                                params));
  for (const Row& r : levels) out[r.Int(0)].adopted_at_level[r.Text(1)] = r.Int(2);
  return out;
}

Status InformationRepository::InsertVersion(const InformationItemRecord& item, std::optional<Id> user_id) {
  return db_
      .Execute(
          "INSERT INTO info_item_versions (item_id, revision, category_code, title, body, at, user_id) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)",
          {item.id, item.revision, item.category_code, item.title, item.body, item.updated_at,
           Nullable(user_id)})
      .status();
}

Status InformationRepository::InsertEvent(const InformationEventRecord& event,
                                          const std::string& district_code) {
  return db_
      .Execute(
          "INSERT INTO info_events (district_code, item_id, at, user_id, role, action, from_state, to_state, "
          "level_code, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {district_code, event.item_id, event.at, Nullable(event.user_id), event.role, event.action,
           event.from_state, event.to_state, event.level_code, event.note})
      .status();
}

Result<std::int64_t> InformationRepository::NextReportSequence(const std::string& district_code,
                                                               std::int64_t year) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT COALESCE(MAX(sequence), 0) FROM info_reports "
                                           "WHERE district_code = ? AND year = ?",
                                           {district_code, year}));
  return rows.at(0).Int(0) + 1;
}

Result<InformationReportRecord> InformationRepository::InsertReport(InformationReportRecord report) {
  SW_ASSIGN_OR_RETURN(auto existing, FindReport(report.district_code, report.period, report.unit_kind));
  if (existing) {
    return AlreadyExists("该统计期的通报已发布：" + existing->number + " the notice of " + report.period +
                         " is published already");
  }
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO info_reports (district_code, period, unit_kind, year, sequence, number, title, "
                "opening, closing, pdf, pdf_sha256, xlsx, xlsx_sha256, published_by, published_at, demo) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {report.district_code, report.period, report.unit_kind, report.year, report.sequence,
                 report.number, report.title, report.opening, report.closing, Blob{report.pdf},
                 report.pdf_sha256, Blob{report.xlsx}, report.xlsx_sha256, Nullable(report.published_by),
                 report.published_at, static_cast<std::int64_t>(report.demo)}));
  report.id = rows.at(0).Int(0);
  return report;
}

Result<std::vector<InformationReportRecord>> InformationRepository::Reports(
    const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kReportColumns +
                                               " FROM info_reports WHERE district_code = ? "
                                               "ORDER BY published_at DESC, id DESC",
                                           {district_code}));
  std::vector<InformationReportRecord> out;
  for (const Row& r : rows) out.push_back(ReportFromRow(r));
  return out;
}

Result<InformationReportRecord> InformationRepository::Report(const std::string& district_code, Id id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kReportColumns +
                                    ", pdf, xlsx FROM info_reports WHERE district_code = ? AND id = ?",
                                {district_code, id}));
  if (rows.empty()) return NotFound("信息工作通报不存在 no such information notice");
  InformationReportRecord report = ReportFromRow(rows.front());
  report.pdf = rows.front().Bytes(15);
  report.xlsx = rows.front().Bytes(16);
  return report;
}

Result<std::optional<InformationReportRecord>> InformationRepository::FindReport(
    const std::string& district_code, const std::string& period, const std::string& unit_kind) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kReportColumns +
                                               " FROM info_reports WHERE district_code = ? AND period = ? "
                                               "AND unit_kind = ?",
                                           {district_code, period, unit_kind}));
  if (rows.empty()) return std::optional<InformationReportRecord>();
  return std::optional(ReportFromRow(rows.front()));
}

}  // namespace sanwang::store
