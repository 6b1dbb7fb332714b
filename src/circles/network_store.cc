#include "circles/network_store.h"

#include "circles/circles_codec.h"
#include "circles/input_digest.h"

namespace sanwang::circles {

Result<ImportOutcome> ImportIfChanged(store::Database& db, const std::string& district,
                                      const ImportSources& sources, const CirclesConfig& config,
                                      std::string_view tag_map_text, UnixSeconds now, bool force,
                                      const ProgressFn& progress) {
  SW_ASSIGN_OR_RETURN(FacilityTagMap tag_map, FacilityTagMap::Parse(tag_map_text));
  SW_ASSIGN_OR_RETURN(std::string version, ImportVersion(sources, ImportSettingsText(config), tag_map_text));
  store::CirclesRepository repo(db);
  SW_ASSIGN_OR_RETURN(auto existing, repo.FindNetwork(district, version));
  if (existing && !force) {
    SW_ASSIGN_OR_RETURN(std::int64_t streets, store::StreetRepository(db).Count(district));
    if (streets > 0) return ImportOutcome{false, *existing, std::nullopt, static_cast<std::size_t>(streets)};
  }
  std::vector<StreetLine> streets;
  SW_ASSIGN_OR_RETURN(WalkNetwork network, ImportNetwork(sources, config, tag_map, progress, &streets));
  store::CircleNetworkRecord record;
  record.district_code = district;
  record.input_sha256 = version;
  record.source_name = sources.osm_file.filename().string();
  record.nodes = network.graph.node_count();
  record.edges = network.graph.edge_count();
  record.homes = static_cast<std::int64_t>(network.points.homes.size());
  record.facilities = static_cast<std::int64_t>(network.points.facilities.size());
  record.network = EncodeNetwork(network);
  record.imported_at = now;
  Report(progress, "storing the network (" + std::to_string(record.network.size() / 1024) + " KiB)");
  SW_ASSIGN_OR_RETURN(record, repo.ReplaceNetwork(std::move(record)));
  record.network.clear();
  Report(progress, "storing " + std::to_string(streets.size()) + " streets of the map");
  SW_RETURN_IF_ERROR(SaveStreets(db, district, streets));
  return ImportOutcome{true, std::move(record), std::move(network), streets.size()};
}

Result<StoredNetwork> LoadCurrentNetwork(store::Database& db, const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto current, store::CirclesRepository(db).CurrentNetwork(district));
  if (!current) {
    return FailedPrecondition("district " + district +
                              " has no walking network: run `sanwang circles import-osm FILE`");
  }
  SW_ASSIGN_OR_RETURN(WalkNetwork network, DecodeNetwork(current->network));
  current->network.clear();
  return StoredNetwork{std::move(*current), std::move(network)};
}

namespace {

// The stored analyses of the network with the parameters `params` but other extra facilities.
Result<std::vector<store::Id>> OtherExtraFacilities(store::CirclesRepository& repo, store::Id network_id,
                                                    const CirclesConfig& config, const std::string& params) {
  const std::string bare = AnalysisParamsText(config);
  const std::string extra_prefix = bare + std::string(kExtraFacilitiesParam);
  SW_ASSIGN_OR_RETURN(std::vector<store::CircleAnalysisKey> keys, repo.AnalysisKeys(network_id));
  std::vector<store::Id> stale;
  for (const store::CircleAnalysisKey& k : keys) {
    const bool same_parameters = k.params == bare || k.params.starts_with(extra_prefix);
    if (same_parameters && k.params != params) stale.push_back(k.id);
  }
  return stale;
}

}  // namespace

Result<store::Id> SaveAnalysis(store::Database& db, const std::string& district, store::Id network_id,
                               const CirclesConfig& config, std::string_view extra_facilities_version,
                               const AnalysisResult& result, const std::vector<CoverageRow>& coverage,
                               UnixSeconds now) {
  std::vector<store::CircleCoverageRecord> rows;
  rows.reserve(coverage.size());
  for (const CoverageRow& r : coverage) {
    rows.push_back(
        {r.unit.kind, r.unit.code, r.unit.name, r.type, r.circle_seconds, r.population, r.covered});
  }
  store::CirclesRepository repo(db);
  store::CircleAnalysisRecord record;
  record.district_code = district;
  record.network_id = network_id;
  record.params = AnalysisParamsText(config, extra_facilities_version);
  record.results = EncodeAnalysis(result);
  record.created_at = now;
  SW_ASSIGN_OR_RETURN(std::vector<store::Id> stale,
                      OtherExtraFacilities(repo, network_id, config, record.params));
  return repo.SaveAnalysis(record, rows, stale);
}

}  // namespace sanwang::circles
