// The open matters near a resident's pin, shown before they file (as FixMyStreet does), so
// that a resident whose matter is already reported can follow that one instead of filing it
// again; and the rule of following.
//
// What a resident sees of another person's matter is public only: its title, catalog item,
// state and distance — never the reporter, the description or the photos. Which states are
// open comes from the workflow. Only residents follow matters; a follower sees the matter
// among "my matters" and may read it (case_access.h). Stateless functions over the store.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "cases/workflow.h"
#include "geo/geometry.h"
#include "store/case_repository.h"

namespace sanwang::cases {

inline constexpr double kOpenNearbyRadiusM = 300;
inline constexpr int kMaxOpenNearby = 20;

struct NearbyMatter {
  store::Id id = 0;
  std::string title;
  std::string item_code;
  std::string state;
  double metres = 0;
  bool mine = false;  // the caller reported or already follows it
};

// The open matters within kOpenNearbyRadiusM of `where`, nearest first, at most
// kMaxOpenNearby.
Result<std::vector<NearbyMatter>> OpenMattersNear(store::Database& db, const Workflow& workflow,
                                                  const std::string& district, geo::LonLat where,
                                                  const Actor& actor);

// PermissionDenied unless the actor is a resident; FailedPrecondition when the matter is
// no longer open. Following twice, or one's own matter, changes nothing.
Status FollowMatter(store::Database& db, const Workflow& workflow, const store::CaseRecord& matter,
                    const Actor& actor, UnixSeconds now);

}  // namespace sanwang::cases
