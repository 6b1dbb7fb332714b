// Following an area (关注区域, docs/notifications.md §4): everyone signed in follows a grid,
// a community, a sub-district or the whole district, or a circle around a point of the
// district, for every aspect of the catalog or only some, and is told of each new report
// there by the rule `to = "area_followers"` of config/notices.toml — in the app, and on the
// channels beyond it they chose. What they are told is what the area's Atom feed shows of a
// report (area_reports.h): never who reported it, nor the description.
// Stateless functions over the store.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "cases/catalog.h"
#include "core/time.h"
#include "geo/geometry.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::notify {

inline constexpr std::size_t kMaxAreaFollows = 20;  // per account
inline constexpr int kMinFollowRadiusM = 100;
inline constexpr int kMaxFollowRadiusM = 3000;

// What to follow: an area by its unit code, or a circle; and the aspects (none: all).
struct AreaFollowRequest {
  std::string unit_code;
  std::optional<geo::LonLat> centre;  // WGS-84
  std::optional<int> radius_m;
  std::vector<std::string> aspects;
};

struct AreaFollow {
  store::Id id = 0;
  const store::UnitRecord* unit = nullptr;  // the area followed, or
  std::optional<geo::LonLat> centre;        // the circle's centre
  int radius_m = 0;
  std::vector<std::string> aspects;  // aspect codes; empty for every aspect
  UnixSeconds created_at = 0;
};

// InvalidArgument naming the field for a centre outside the district's grids (lon) or a
// radius out of range (radius_m): the circles one may follow.
Status CheckCircle(const org::OrgDirectory& org, std::optional<geo::LonLat> centre,
                   std::optional<int> radius_m);

// Unauthenticated without an account. InvalidArgument naming the field for neither or both
// of an area and a circle, a code that is no area of the district (unit_code), a centre
// outside the district's grids (lon), a radius out of range (radius_m), or an aspect the
// catalog does not have (aspects); FailedPrecondition at kMaxAreaFollows follows;
// AlreadyExists when the caller follows the same area for the same aspects already.
// Nothing is written then.
Result<AreaFollow> FollowArea(store::Database& db, const org::OrgDirectory& org,
                              const cases::Catalog& catalog, const cases::Actor& actor,
                              AreaFollowRequest request, UnixSeconds now);
// The caller's follows, the oldest first.
Result<std::vector<AreaFollow>> MyAreaFollows(store::Database& db, const org::OrgDirectory& org,
                                              const cases::Actor& actor);
// NotFound for a follow that is not the caller's.
Status UnfollowArea(store::Database& db, const cases::Actor& actor, store::Id follow_id);

// The accounts whose follows concern the new report `c` — its grid, community, sub-district
// or district, or a circle holding its point, for its aspect — other than its reporter, by
// id. Read in the filing's own transaction.
Result<std::vector<store::Id>> AreaFollowersOf(store::Database& db, const org::OrgDirectory& org,
                                               const cases::Catalog& catalog, const store::CaseRecord& c);

}  // namespace sanwang::notify
