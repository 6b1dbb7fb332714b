// The latest reports of an area (辖区动态) as anyone may see them, for the area's Atom feed:
// a grid, a community, a sub-district or the whole district, named by its unit code, or a
// circle around a point of the district, as people follow them (area_follows.h). A
// report shows what the Open311 feed shows of it — its number, title, catalog item, open or
// closed and the state's label, the handling unit, the address and map point, when it was
// filed and last changed — and nothing of who reported it: no name, phone, account or
// description (which residents write freely and may put a phone number in). Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/catalog.h"
#include "cases/workflow.h"
#include "core/time.h"
#include "geo/geometry.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::notify {

// Whether a unit is a place on the map: a grid, a community, a sub-district or the district
// (a department or the command center has reports to handle, not an area).
bool IsAreaUnit(const store::UnitRecord& unit);

// How many reports a feed holds: the newest, as feed readers expect.
inline constexpr int kAreaFeedReports = 50;

struct PublicReport {
  store::Id id = 0;
  std::string title;
  std::string item_name;
  std::string state_label;  // "已办结 Resolved"
  bool open = true;
  std::string unit_name;  // the handling unit
  std::string address;
  std::optional<double> lat, lon;
  UnixSeconds created_at = 0;
  UnixSeconds updated_at = 0;
};

struct AreaReports {
  std::string district_code;
  std::string key;   // what names the area for good: "area:411002001", "circle:113.805000,34.010000,500"
  std::string name;  // "和平社区", "113.80500, 34.01000 周边 500 米 within 500 m"
  std::string path;  // where its feed is served
  std::vector<PublicReport> reports;  // newest filed first
};

// The path at which the feed of the area with this unit code is served, and the feed of
// a circle.
std::string AreaFeedPath(const std::string& unit_code);
std::string CircleFeedPath(geo::LonLat centre, int radius_m);

// NotFound for a code that is no area of the district (a department or the command
// center has reports to handle, not an area).
Result<AreaReports> ReadAreaReports(store::Database& db, const org::OrgDirectory& org,
                                    const cases::Catalog& catalog, const cases::Workflow& workflow,
                                    const std::string& unit_code);
// The latest reports whose map point lies within `radius_m` of `centre`. InvalidArgument
// as FollowArea refuses a circle (lon for a centre outside the district's grids, radius_m
// out of range). The newest kCircleCandidates reports in the box around the circle are
// looked at: a feed misses a report only when more than three in four of them lie in the
// box's corners, outside the circle.
inline constexpr int kCircleCandidates = 4 * kAreaFeedReports;
Result<AreaReports> ReadCircleReports(store::Database& db, const org::OrgDirectory& org,
                                      const cases::Catalog& catalog, const cases::Workflow& workflow,
                                      geo::LonLat centre, int radius_m);

}  // namespace sanwang::notify
