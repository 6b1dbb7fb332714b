// The venues of `sanwang demo`: two per demo community (its party service room and one
// more of another kind) and one court per street, every name marked 演示 (demo), placed
// in the community's first grid; and a month of bookings by the demo residents — the past
// two weeks (accepted, some no-shows) and the next two (accepted or waiting for approval).
// Written through the venue and booking repositories, so the slot table holds them too.
#pragma once

#include <vector>

#include "cli/context.h"
#include "cli/demo_district.h"

namespace sanwang::cli {

struct DemoVenueCounts {
  int venues = 0;
  int bookings = 0;
};

// Needs the domain loaded (Context::LoadDomain). Prints nothing.
Result<DemoVenueCounts> BuildDemoVenues(Context& ctx, const std::vector<DemoGrid>& grids,
                                        unsigned seed = 20261204);

}  // namespace sanwang::cli
