#include "store/circles_repository.h"

#include <algorithm>

namespace sanwang::store {
namespace {

constexpr const char* kNetworkColumns =
    "id, district_code, input_sha256, source_name, nodes, edges, homes, facilities, imported_at";
// Coverage rows go in batches: one statement per row is slow over a network connection.
constexpr std::size_t kCoverageBatch = 200;

CircleNetworkRecord NetworkFromRow(const Row& r, bool with_blob) {
  CircleNetworkRecord n;
  n.id = r.Int(0);
  n.district_code = r.Text(1);
  n.input_sha256 = r.Text(2);
  n.source_name = r.Text(3);
  n.nodes = r.Int(4);
  n.edges = r.Int(5);
  n.homes = r.Int(6);
  n.facilities = r.Int(7);
  n.imported_at = r.Int(8);
  if (with_blob) n.network = r.Bytes(9);
  return n;
}

}  // namespace

Result<std::optional<CircleNetworkRecord>> CirclesRepository::FindNetwork(const std::string& district,
                                                                          const std::string& sha256) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kNetworkColumns +
                                    " FROM circle_networks WHERE district_code = ? AND input_sha256 = ?",
                                {district, sha256}));
  if (rows.empty()) return std::optional<CircleNetworkRecord>();
  return std::optional<CircleNetworkRecord>(NetworkFromRow(rows[0], false));
}

Result<CircleNetworkRecord> CirclesRepository::ReplaceNetwork(CircleNetworkRecord n) {
  const Status stored = db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(DeleteAnalyses(
        "network_id IN (SELECT id FROM circle_networks WHERE district_code = ?)", {n.district_code}));
    SW_RETURN_IF_ERROR(
        db_.Execute("DELETE FROM circle_networks WHERE district_code = ?", {n.district_code}).status());
    SW_ASSIGN_OR_RETURN(auto rows,
                        db_.Query("INSERT INTO circle_networks (district_code, input_sha256, source_name, "
                                  "nodes, edges, homes, facilities, network, imported_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                  {n.district_code, n.input_sha256, n.source_name, n.nodes, n.edges, n.homes,
                                   n.facilities, Blob{n.network}, n.imported_at}));
    n.id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (!stored.ok()) return stored;
  return n;
}

Result<std::optional<CircleNetworkRecord>> CirclesRepository::CurrentNetwork(const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kNetworkColumns +
                                               ", network FROM circle_networks WHERE district_code = ? "
                                               "ORDER BY imported_at DESC, id DESC LIMIT 1",
                                           {district}));
  if (rows.empty()) return std::optional<CircleNetworkRecord>();
  return std::optional<CircleNetworkRecord>(NetworkFromRow(rows[0], true));
}

Result<Id> CirclesRepository::SaveAnalysis(const CircleAnalysisRecord& a,
                                           const std::vector<CircleCoverageRecord>& coverage,
                                           const std::vector<Id>& replaced) {
  Id id = 0;
  const Status saved = db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(DeleteAnalyses("network_id = ? AND params = ?", {a.network_id, a.params}));
    for (Id stale : replaced) SW_RETURN_IF_ERROR(DeleteAnalyses("id = ?", {stale}));
    SW_ASSIGN_OR_RETURN(auto rows,
                        db_.Query("INSERT INTO circle_analyses (district_code, network_id, params, "
                                  "results, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                                  {a.district_code, a.network_id, a.params, Blob{a.results}, a.created_at}));
    id = rows.at(0).Int(0);
    return InsertCoverage(id, a.district_code, coverage);
  });
  if (!saved.ok()) return saved;
  return id;
}

Result<std::vector<CircleAnalysisKey>> CirclesRepository::AnalysisKeys(Id network_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT id, params FROM circle_analyses WHERE network_id = ? ORDER BY id", {network_id}));
  std::vector<CircleAnalysisKey> keys;
  keys.reserve(rows.size());
  for (const Row& r : rows) keys.push_back({r.Int(0), r.Text(1)});
  return keys;
}

Result<std::optional<CircleAnalysisRecord>> CirclesRepository::FindAnalysis(Id network_id,
                                                                            const std::string& params) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, network_id, params, results, created_at "
                                "FROM circle_analyses WHERE network_id = ? AND params = ?",
                                {network_id, params}));
  if (rows.empty()) return std::optional<CircleAnalysisRecord>();
  const Row& r = rows[0];
  return std::optional<CircleAnalysisRecord>(
      CircleAnalysisRecord{r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Bytes(4), r.Int(5)});
}

Result<std::optional<CircleVersions>> CirclesRepository::CurrentVersions(const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT n.id, n.input_sha256, (SELECT MAX(a.id) FROM circle_analyses a "
                                "WHERE a.network_id = n.id) FROM circle_networks n WHERE n.district_code = ? "
                                "ORDER BY n.imported_at DESC, n.id DESC LIMIT 1",
                                {district}));
  if (rows.empty()) return std::optional<CircleVersions>();
  const Row& r = rows[0];
  return std::optional<CircleVersions>(CircleVersions{r.Int(0), r.Text(1), r.OptInt(2).value_or(0)});
}

Result<std::optional<CircleAnalysisRecord>> CirclesRepository::GetAnalysis(Id analysis_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, network_id, params, results, created_at "
                                "FROM circle_analyses WHERE id = ?",
                                {analysis_id}));
  if (rows.empty()) return std::optional<CircleAnalysisRecord>();
  const Row& r = rows[0];
  return std::optional<CircleAnalysisRecord>(
      CircleAnalysisRecord{r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Bytes(4), r.Int(5)});
}

Result<std::vector<CircleCoverageRecord>> CirclesRepository::Coverage(Id analysis_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT unit_kind, unit_code, unit_name, facility_type, circle_seconds, "
                                "population, covered FROM circle_coverage WHERE analysis_id = ? "
                                "ORDER BY unit_kind, unit_code, facility_type, circle_seconds",
                                {analysis_id}));
  std::vector<CircleCoverageRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    out.push_back(
        {r.Text(0), r.Text(1), r.Text(2), r.Text(3), static_cast<int>(r.Int(4)), r.Real(5), r.Real(6)});
  }
  return out;
}

Status CirclesRepository::DeleteAnalyses(const std::string& where, const SqlParams& params) {
  SW_RETURN_IF_ERROR(
      db_.Execute("DELETE FROM circle_coverage WHERE analysis_id IN (SELECT id FROM circle_analyses "
                  "WHERE " +
                      where + ")",
                  params)
          .status());
  return db_.Execute("DELETE FROM circle_analyses WHERE " + where, params).status();
}

Status CirclesRepository::InsertCoverage(Id analysis_id, const std::string& district,
                                         const std::vector<CircleCoverageRecord>& coverage) {
  for (std::size_t first = 0; first < coverage.size(); first += kCoverageBatch) {
    const std::size_t last = std::min(coverage.size(), first + kCoverageBatch);
    std::string sql =
        "INSERT INTO circle_coverage (analysis_id, district_code, unit_kind, unit_code, unit_name, "
        "facility_type, circle_seconds, population, covered) VALUES ";
    SqlParams params;
    for (std::size_t i = first; i < last; ++i) {
      const CircleCoverageRecord& c = coverage[i];
      sql += i == first ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
      params.insert(params.end(), {analysis_id, district, c.unit_kind, c.unit_code, c.unit_name,
                                   c.facility_type, std::int64_t{c.circle_seconds}, c.population, c.covered});
    }
    SW_RETURN_IF_ERROR(db_.Execute(sql, params).status());
  }
  return Status::Ok();
}

}  // namespace sanwang::store
