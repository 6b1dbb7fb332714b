#include "cases/open_nearby.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "org/roles.h"

namespace sanwang::cases {
namespace {

// More than are shown, so that the nearest survive the cut after sorting by distance.
constexpr int kCandidates = 200;

store::CoordinateBox AreaAround(geo::LonLat where, double radius_m) {
  const double dlat = radius_m / 111195.0;
  const double dlon = dlat / std::max(0.01, std::cos(where.lat * std::numbers::pi / 180));
  return {where.lon - dlon, where.lat - dlat, where.lon + dlon, where.lat + dlat};
}

}  // namespace

Result<std::vector<NearbyMatter>> OpenMattersNear(store::Database& db, const Workflow& workflow,
                                                  const std::string& district, geo::LonLat where,
                                                  const Actor& actor) {
  store::CaseRepository repo(db);
  SW_ASSIGN_OR_RETURN(auto cases, repo.InStatesWithin(district, workflow.StatesWhereOpen(true),
                                                      AreaAround(where, kOpenNearbyRadiusM), kCandidates));
  std::vector<NearbyMatter> found;
  for (const store::CaseRecord& c : cases) {
    if (!c.lon || !c.lat) continue;
    const double metres = geo::DistanceMeters(where, {*c.lon, *c.lat});
    if (metres > kOpenNearbyRadiusM) continue;
    bool mine = actor.user_id && c.reporter_user_id == actor.user_id;
    if (!mine && actor.user_id) {
      SW_ASSIGN_OR_RETURN(mine, repo.IsFollower(c.id, *actor.user_id));
    }
    found.push_back({c.id, c.title, c.item_code, c.state, metres, mine});
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const NearbyMatter& a, const NearbyMatter& b) { return a.metres < b.metres; });
  if (found.size() > static_cast<std::size_t>(kMaxOpenNearby)) found.resize(kMaxOpenNearby);
  return found;
}

Status FollowMatter(store::Database& db, const Workflow& workflow, const store::CaseRecord& matter,
                    const Actor& actor, UnixSeconds now) {
  if (!org::InSet(org::ResidentRoles(), actor.role) || !actor.user_id) {
    return PermissionDenied("只有居民可以关注诉求 only residents follow matters");
  }
  if (!workflow.IsOpen(matter.state)) {
    return FailedPrecondition("该诉求已办结，无需关注 the matter is no longer open");
  }
  if (matter.reporter_user_id == actor.user_id) return Status::Ok();
  return store::CaseRepository(db).AddFollower(matter.district_code, matter.id, *actor.user_id, std::nullopt,
                                               now);
}

}  // namespace sanwang::cases
