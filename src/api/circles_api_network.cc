#include "api/circles_api_network.h"

#include "circles/analysis_run.h"
#include "circles/circles_codec.h"
#include "store/org_repository.h"

namespace sanwang::api {
namespace {

constexpr double kLat = 34.01;

circles::WalkNetwork StreetThroughTheGrids() {
  using circles::EdgePosition;
  std::vector<circles::NodeCoord> nodes;
  std::vector<circles::EdgeSpec> specs;
  for (circles::NodeId n = 0; n < 7; ++n) nodes.push_back(circles::ToNodeCoord({113.8005 + 0.005 * n, kLat}));
  for (circles::NodeId n = 0; n + 1 < 7; ++n) {
    specs.push_back({n, n + 1, 400.0f});
    specs.push_back({n + 1, n, 400.0f});
  }
  std::vector<circles::EdgeId> ids;
  circles::WalkNetwork street{circles::WalkGraph::Build(nodes, specs, &ids), {}};
  auto on = [&ids](circles::NodeId from, double fraction) {
    return EdgePosition{ids[2 * from], ids[2 * from + 1], fraction, 0};
  };
  street.points.homes = {{"hA", {113.803, kLat}, 10, on(0, 0.5)},
                         {"hB", {113.813, kLat}, 20, on(2, 0.5)},
                         {"hC", {113.823, kLat}, 30, on(4, 0.5)},
                         {"hD", {113.8295, kLat}, 40, on(5, 0.8)}};
  street.points.facilities = {{"c1", "clinic", {113.8055, kLat}, "一号卫生服务站", on(0, 1)},
                              {"f1", "fitness", {113.823, kLat}, "健身路径", on(4, 0.5)}};
  return street;
}

}  // namespace

Status StoreTestCirclesNetwork(store::Database& db, const std::string& version) {
  const circles::WalkNetwork network = StreetThroughTheGrids();
  store::CircleNetworkRecord record;
  record.district_code = "411002";
  record.input_sha256 = version;
  record.source_name = "test street";
  record.nodes = network.graph.node_count();
  record.edges = network.graph.edge_count();
  record.homes = static_cast<std::int64_t>(network.points.homes.size());
  record.facilities = static_cast<std::int64_t>(network.points.facilities.size());
  record.network = circles::EncodeNetwork(network);
  record.imported_at = 1796000000;
  SW_RETURN_IF_ERROR(store::CirclesRepository(db).ReplaceNetwork(std::move(record)).status());
  SW_ASSIGN_OR_RETURN(circles::StoredNetwork stored, circles::LoadCurrentNetwork(db, "411002"));
  store::OrgRepository org_repo(db);
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(org_repo, "411002"));
  circles::CirclesConfig config;
  config.suggested_sites = 3;
  config.threads = 1;
  return circles::AnalyzeAndStore(db, "411002", stored, {}, config, org, 1796000100).status();
}

}  // namespace sanwang::api
