// Demo cases: matters spread over the past months, filed at random points of the demo
// grids and played through the real engine on a simulated clock, so every state, every
// kind of transition, late and on-time handling and ratings appear with genuine events.
#pragma once

#include <vector>

#include "cli/context.h"
#include "cli/demo_district.h"

namespace sanwang::cli {

struct DemoCaseOptions {
  int count = 3000;
  int days = 180;  // spread over this many days before now
  unsigned seed = 20190528;
};

// Returns how many cases were filed. Prints progress to standard error.
Result<int> BuildDemoCases(Context& ctx, const std::vector<DemoGrid>& grids, const DemoCaseOptions& options);

}  // namespace sanwang::cli
