// Which OSM ways a pedestrian may walk, and in which direction (docs/architecture.md §5).
//
// A way is walkable when it is a highway=* of a walkable class (configuration) and neither
// access=* nor foot=* closes it, or when foot=* explicitly opens it (foot=yes on a trunk
// road), or when it has a sidewalk mapped as a tag (sidewalk=both|left|right|yes). Ways
// that are not built (proposed, construction, abandoned, razed, disused) never are.
// oneway=* binds vehicles, not pedestrians: a walkable way is two-way unless
// oneway:foot=yes (forward only) or oneway:foot=-1 (backward only).
//
// Immutable after construction; safe to share between threads.
#pragma once

#include <set>
#include <string>

#include "circles/circles_config.h"
#include "circles/osm_tags.h"

namespace sanwang::circles {

enum class WalkDirection {
  kNone,      // not walkable
  kBoth,      // both ways along the way's node order
  kForward,   // only along the node order
  kBackward,  // only against it
};

class WalkRules {
 public:
  explicit WalkRules(const WalkSettings& settings);

  WalkDirection Classify(const TagLookup& tags) const;

 private:
  bool Open(const char* highway, const TagLookup& tags) const;

  std::set<std::string, std::less<>> highways_;
  std::set<std::string, std::less<>> blocked_access_;
  std::set<std::string, std::less<>> blocked_foot_;
  std::set<std::string, std::less<>> allowed_foot_;
};

}  // namespace sanwang::circles
