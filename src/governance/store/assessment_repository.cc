#include "governance/store/assessment_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kSchemeSelect =
    "SELECT s.id, s.district_code, s.name, v.version, v.period_kind, v.unit_kind, v.body, v.saved_by, "
    "v.saved_at, s.demo, u.username "
    "FROM gov_assessment_schemes s JOIN gov_assessment_scheme_versions v ON v.scheme_id = s.id "
    "LEFT JOIN users u ON u.id = v.saved_by ";

// The newest version of each scheme the outer query reads.
constexpr const char* kNewestVersion =
    "v.version = (SELECT MAX(w.version) FROM gov_assessment_scheme_versions w WHERE w.scheme_id = s.id)";

AssessmentSchemeVersionRecord SchemeFromRow(const Row& r) {
  AssessmentSchemeVersionRecord s;
  s.scheme_id = r.Int(0);
  s.district_code = r.Text(1);
  s.name = r.Text(2);
  s.version = r.Int(3);
  s.period_kind = r.Text(4);
  s.unit_kind = r.Text(5);
  s.body = r.Text(6);
  s.saved_by = r.OptInt(7);
  s.saved_at = r.Int(8);
  s.demo = r.Int(9) != 0;
  s.saved_by_username = r.Text(10);
  return s;
}

constexpr const char* kValueSelect =
    "SELECT a.id, a.district_code, a.scheme_id, a.period, a.unit_id, a.indicator, a.value, a.evidence, "
    "a.entered_by, a.entered_at, a.confirmed_by, a.confirmed_at, u.code, u.name, e.username, c.username "
    "FROM gov_assessment_values a JOIN units u ON u.id = a.unit_id "
    "LEFT JOIN users e ON e.id = a.entered_by LEFT JOIN users c ON c.id = a.confirmed_by ";

AssessmentValueRecord ValueFromRow(const Row& r) {
  AssessmentValueRecord v;
  v.id = r.Int(0);
  v.district_code = r.Text(1);
  v.scheme_id = r.Int(2);
  v.period = r.Text(3);
  v.unit_id = r.Int(4);
  v.indicator = r.Text(5);
  v.value = r.Int(6);
  v.evidence = r.Text(7);
  v.entered_by = r.Int(8);
  v.entered_at = r.Int(9);
  v.confirmed_by = r.OptInt(10);
  v.confirmed_at = r.OptInt(11);
  v.unit_code = r.Text(12);
  v.unit_name = r.Text(13);
  v.entered_by_username = r.Text(14);
  v.confirmed_by_username = r.Text(15);
  return v;
}

constexpr const char* kResultColumns =
    "SELECT id, district_code, scheme_id, scheme_version, period, computed_at, computed_by, published_at, "
    "number, demo";

AssessmentResultRecord ResultFromRow(const Row& r) {
  AssessmentResultRecord out;
  out.id = r.Int(0);
  out.district_code = r.Text(1);
  out.scheme_id = r.Int(2);
  out.scheme_version = r.Int(3);
  out.period = r.Text(4);
  out.computed_at = r.Int(5);
  out.computed_by = r.OptInt(6);
  out.published_at = r.OptInt(7);
  out.number = r.Text(8);
  out.demo = r.Int(9) != 0;
  return out;
}

}  // namespace

Result<std::vector<AssessmentSchemeVersionRecord>> AssessmentRepository::SchemesWhere(
    const std::string& where, const SqlParams& params) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(kSchemeSelect + where, params));
  std::vector<AssessmentSchemeVersionRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(SchemeFromRow(r));
  return out;
}

Result<std::optional<AssessmentSchemeVersionRecord>> AssessmentRepository::LatestScheme(
    const std::string& district_code, const std::string& name) {
  SW_ASSIGN_OR_RETURN(
      auto found, SchemesWhere(std::string("WHERE s.district_code = ? AND s.name = ? AND ") + kNewestVersion,
                               {district_code, name}));
  if (found.empty()) return std::optional<AssessmentSchemeVersionRecord>();
  return std::optional(found.front());
}

Result<std::optional<AssessmentSchemeVersionRecord>> AssessmentRepository::LatestSchemeById(Id scheme_id) {
  SW_ASSIGN_OR_RETURN(auto found,
                      SchemesWhere(std::string("WHERE s.id = ? AND ") + kNewestVersion, {scheme_id}));
  if (found.empty()) return std::optional<AssessmentSchemeVersionRecord>();
  return std::optional(found.front());
}

Result<std::vector<AssessmentSchemeVersionRecord>> AssessmentRepository::LatestSchemes(
    const std::string& district_code) {
  return SchemesWhere(std::string("WHERE s.district_code = ? AND ") + kNewestVersion + " ORDER BY s.name",
                      {district_code});
}

Result<std::vector<AssessmentSchemeVersionRecord>> AssessmentRepository::SchemeVersions(Id scheme_id) {
  return SchemesWhere("WHERE s.id = ? ORDER BY v.version", {scheme_id});
}

Result<AssessmentSchemeVersionRecord> AssessmentRepository::InsertSchemeVersion(
    AssessmentSchemeVersionRecord version) {
  if (version.scheme_id == 0) {
    // Looked up first: on PostgreSQL a unique violation would spoil the shared transaction.
    SW_ASSIGN_OR_RETURN(auto same, db_.Query("SELECT id FROM gov_assessment_schemes WHERE district_code = ? "
                                             "AND name = ?",
                                             {version.district_code, version.name}));
    if (!same.empty()) return AlreadyExists("已有同名考评方案 an assessment scheme of this name exists");
    SW_ASSIGN_OR_RETURN(
        auto rows, db_.Query("INSERT INTO gov_assessment_schemes (district_code, name, demo) "
                             "VALUES (?, ?, ?) RETURNING id",
                             {version.district_code, version.name, static_cast<std::int64_t>(version.demo)}));
    version.scheme_id = rows.at(0).Int(0);
    version.version = 1;
  }
  SW_ASSIGN_OR_RETURN(auto newest, db_.Query("SELECT COALESCE(MAX(version), 0) FROM "
                                             "gov_assessment_scheme_versions WHERE scheme_id = ?",
                                             {version.scheme_id}));
  if (newest.at(0).Int(0) != version.version - 1) {
    return Conflict("考评方案已被他人修改 the assessment scheme was changed by someone else; reload it");
  }
  SW_RETURN_IF_ERROR(
      db_.Execute("INSERT INTO gov_assessment_scheme_versions (scheme_id, version, period_kind, "
                  "unit_kind, body, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  {version.scheme_id, version.version, version.period_kind, version.unit_kind, version.body,
                   Nullable(version.saved_by), version.saved_at})
          .status());
  return version;
}

Result<AssessmentValueRecord> AssessmentRepository::InsertValue(AssessmentValueRecord value) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO gov_assessment_values (district_code, scheme_id, period, unit_id, "
                "indicator, value, evidence, entered_by, entered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {value.district_code, value.scheme_id, value.period, value.unit_id, value.indicator,
                 value.value, value.evidence, value.entered_by, value.entered_at}));
  return GetValue(rows.at(0).Int(0));
}

Result<AssessmentValueRecord> AssessmentRepository::GetValue(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kValueSelect) + "WHERE a.id = ?", {id}));
  if (rows.empty()) return NotFound("考评数值不存在 no such assessment value");
  return ValueFromRow(rows.front());
}

Status AssessmentRepository::ConfirmValue(Id id, Id confirmed_by, UnixSeconds at) {
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE gov_assessment_values SET confirmed_by = ?, confirmed_at = ? "
                                  "WHERE id = ? AND confirmed_by IS NULL AND entered_by <> ?",
                                  {confirmed_by, at, id, confirmed_by}));
  if (changed == 0) return Conflict("该数值已确认 the value is confirmed already");
  return Status::Ok();
}

Result<std::vector<AssessmentValueRecord>> AssessmentRepository::ConfirmedValues(Id scheme_id,
                                                                                 const std::string& period) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kValueSelect) +
                                               "WHERE a.scheme_id = ? AND a.period = ? AND a.confirmed_by IS "
                                               "NOT NULL ORDER BY a.id",
                                           {scheme_id, period}));
  std::vector<AssessmentValueRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ValueFromRow(r));
  return out;
}

Result<std::vector<AssessmentValueRecord>> AssessmentRepository::Values(Id scheme_id,
                                                                        const std::string& period) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query(std::string(kValueSelect) + "WHERE a.scheme_id = ? AND a.period = ? ORDER BY a.id",
                           {scheme_id, period}));
  std::vector<AssessmentValueRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ValueFromRow(r));
  return out;
}

Result<std::vector<AssessmentResultUnitRecord>> AssessmentRepository::ResultUnits(Id result_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT r.unit_id, r.total, r.rank, r.tied, r.incomplete, r.movement, "
                                "r.movement_places, r.breakdown, u.code, u.name "
                                "FROM gov_assessment_result_units r JOIN units u ON u.id = r.unit_id "
                                "WHERE r.result_id = ? ORDER BY r.rank, u.code",
                                {result_id}));
  std::vector<AssessmentResultUnitRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    out.push_back({r.Int(0), r.Int(1), r.Int(2), r.Int(3) != 0, r.Int(4) != 0, r.Text(5), r.Int(6), r.Text(7),
                   r.Text(8), r.Text(9)});
  }
  return out;
}

Result<std::optional<AssessmentResultRecord>> AssessmentRepository::ResultWhere(const std::string& where,
                                                                                const SqlParams& params) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query(std::string(kResultColumns) + " FROM gov_assessment_results " + where, params));
  if (rows.empty()) return std::optional<AssessmentResultRecord>();
  AssessmentResultRecord result = ResultFromRow(rows.front());
  SW_ASSIGN_OR_RETURN(result.units, ResultUnits(result.id));
  result.unit_count = static_cast<std::int64_t>(result.units.size());
  return std::optional(std::move(result));
}

Result<std::optional<AssessmentResultRecord>> AssessmentRepository::FindResult(Id scheme_id,
                                                                               const std::string& period) {
  return ResultWhere("WHERE scheme_id = ? AND period = ?", {scheme_id, period});
}

Result<std::optional<AssessmentResultRecord>> AssessmentRepository::GetResult(Id result_id) {
  return ResultWhere("WHERE id = ?", {result_id});
}

Result<std::vector<AssessmentResultRecord>> AssessmentRepository::Results(const std::string& district_code,
                                                                          std::optional<Id> scheme_id) {
  std::string sql = std::string(kResultColumns) +
                    ", (SELECT COUNT(*) FROM gov_assessment_result_units n WHERE n.result_id = "
                    "gov_assessment_results.id) FROM gov_assessment_results WHERE district_code = ?";
  SqlParams params = {district_code};
  if (scheme_id) {
    sql += " AND scheme_id = ?";
    params.push_back(*scheme_id);
  }
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql + " ORDER BY period DESC, id DESC", params));
  std::vector<AssessmentResultRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    out.push_back(ResultFromRow(r));
    out.back().unit_count = r.Int(10);
  }
  return out;
}

Result<AssessmentResultRecord> AssessmentRepository::ReplaceResult(AssessmentResultRecord result) {
  SW_ASSIGN_OR_RETURN(auto existing, FindResult(result.scheme_id, result.period));
  if (existing && existing->published_at) {
    return FailedPrecondition("该期考评结果已发布，不能重新计算 the result of " + result.period +
                              " is published and cannot be recomputed");
  }
  if (existing) {
    // Conditional on still being unpublished, so a publication in between wins.
    SW_ASSIGN_OR_RETURN(auto changed,
                        db_.Execute("UPDATE gov_assessment_results SET scheme_version = ?, computed_at = ?, "
                                    "computed_by = ?, demo = ? WHERE id = ? AND published_at IS NULL",
                                    {result.scheme_version, result.computed_at, Nullable(result.computed_by),
                                     static_cast<std::int64_t>(result.demo), existing->id}));
    if (changed == 0) return Conflict("该期考评结果刚被发布 the result was published meanwhile");
    SW_RETURN_IF_ERROR(
        db_.Execute("DELETE FROM gov_assessment_result_units WHERE result_id = ?", {existing->id}).status());
    result.id = existing->id;
  } else {
    SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO gov_assessment_results (district_code, scheme_id, "
                                             "scheme_version, period, computed_at, computed_by, demo) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                             {result.district_code, result.scheme_id, result.scheme_version,
                                              result.period, result.computed_at, Nullable(result.computed_by),
                                              static_cast<std::int64_t>(result.demo)}));
    result.id = rows.at(0).Int(0);
  }
  for (const auto& u : result.units) {
    SW_RETURN_IF_ERROR(
        db_.Execute("INSERT INTO gov_assessment_result_units (result_id, unit_id, total, rank, "
                    "tied, incomplete, movement, movement_places, breakdown) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    {result.id, u.unit_id, u.total, u.rank, static_cast<std::int64_t>(u.tied),
                     static_cast<std::int64_t>(u.incomplete), u.movement, u.movement_places, u.breakdown})
            .status());
  }
  SW_ASSIGN_OR_RETURN(auto stored, FindResult(result.scheme_id, result.period));
  return *stored;
}

Status AssessmentRepository::MarkPublished(Id result_id, const std::string& number, UnixSeconds at) {
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE gov_assessment_results SET published_at = ?, number = ? "
                                  "WHERE id = ? AND published_at IS NULL",
                                  {at, number, result_id}));
  if (changed == 0) return Conflict("该期考评结果已发布 the result is published already");
  return Status::Ok();
}

}  // namespace sanwang::store
