// Walking distance and time, and the one rule for "within a circle", used by every
// search, count and report so that they all draw the line in the same place.
//
// A point is within a circle of S seconds when its walking distance in metres, divided by
// the walking speed, is at most S. Searches are bounded a hair beyond the largest circle
// (SearchBoundMeters) so that rounding in the conversion never cuts off a point the rule
// admits. Pure inline functions.
#pragma once

#include <limits>

namespace sanwang::circles {

inline constexpr double kUnreached = std::numeric_limits<double>::infinity();

inline bool WithinSeconds(double metres, double walk_speed_mps, int seconds) {
  return metres / walk_speed_mps <= seconds;
}

inline double SearchBoundMeters(int seconds, double walk_speed_mps) {
  return seconds * walk_speed_mps * (1 + 1e-9);
}

}  // namespace sanwang::circles
