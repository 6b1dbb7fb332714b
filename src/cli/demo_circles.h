// The fifteen-minute circles of `sanwang demo`: the demo street network (demo_streets.h)
// written as an OSM file, imported through the same importer as real data, and analysed
// at once (coverage over the demo grids, gaps, suggested sites), with the demo's venues
// counted as facilities (venue_facilities.h), so that the API and the map have results
// from the first start. Run it after the venues are made.
#pragma once

#include "cli/context.h"
#include "cli/demo_district.h"

namespace sanwang::cli {

// Prints progress to standard error.
Status BuildDemoCircles(Context& ctx, const DemoFootprint& footprint);

}  // namespace sanwang::cli
