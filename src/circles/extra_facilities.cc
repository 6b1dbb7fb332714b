#include "circles/extra_facilities.h"

#include <map>

#include "circles/network_import.h"
#include "circles/point_query.h"

namespace sanwang::circles {
namespace {

using PlacesByType = std::map<std::string, std::vector<geo::LonLat>, std::less<>>;

PlacesByType PlacesOf(const std::vector<Facility>& facilities) {
  PlacesByType places;
  for (const Facility& f : facilities) places[f.type].push_back(f.where);
  return places;
}

bool AtAPlaceOf(const PlacesByType& places, const Facility& f) {
  const auto of_type = places.find(f.type);
  if (of_type == places.end()) return false;
  for (const geo::LonLat& p : of_type->second) {
    if (geo::DistanceMeters(p, f.where) <= kSamePlaceMetres) return true;
  }
  return false;
}

}  // namespace

ExtraFacilitiesAdded AddExtraFacilities(WalkNetwork& network, std::vector<Facility> extra,
                                        const CirclesConfig& config) {
  ExtraFacilitiesAdded outcome;
  if (extra.empty()) return outcome;
  PlacesByType places = PlacesOf(network.points.facilities);
  const EdgeSnapper snapper = SnapperFor(network.graph, StraightStretches(network.graph), config);
  for (Facility& f : extra) {
    if (AtAPlaceOf(places, f)) {
      outcome.same_place.push_back(f.id);
      continue;
    }
    places[f.type].push_back(f.where);
    f.at = snapper.Snap(f.where);
    if (!f.at.on_network()) ++outcome.off_network;
    network.points.facilities.push_back(f);
    outcome.added.push_back(std::move(f));
  }
  SortFacilitiesAlongNetwork(network.graph, network.points.facilities);
  return outcome;
}

Status AddSnappedFacilities(WalkNetwork& network, const std::vector<Facility>& snapped) {
  const EdgeId edges = network.graph.edge_count();
  for (const Facility& f : snapped) {
    const bool known = !f.at.on_network() || (f.at.edge < edges && (f.at.twin == kNoId || f.at.twin < edges));
    if (!known) return Status{ErrorCode::kDataLoss, "facility " + f.id + " lies on no edge of the network"};
  }
  network.points.facilities.insert(network.points.facilities.end(), snapped.begin(), snapped.end());
  SortFacilitiesAlongNetwork(network.graph, network.points.facilities);
  return Status::Ok();
}

}  // namespace sanwang::circles
