// An area's latest reports as an Atom feed (RFC 4287), for any feed reader: one entry per
// report with a stable id, its title with the catalog item, when it was filed and last
// changed, its state as a category, a summary of state, handling unit and address, a
// GeoRSS point where it has one, and a link to the report in the Open311 feed. Times in
// Asia/Shanghai with their offset. Pure function; thread-safe.
#pragma once

#include <string>

#include "core/time.h"
#include "notify/area_reports.h"

namespace sanwang::api {

// `now` is the feed's `updated` when it holds no report.
std::string RenderAreaFeed(const notify::AreaReports& area, UnixSeconds now);

}  // namespace sanwang::api
