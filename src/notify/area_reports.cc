#include "notify/area_reports.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "cases/figure_scope.h"
#include "notify/area_follows.h"
#include "store/case_projection.h"
#include "store/case_repository.h"

namespace sanwang::notify {
namespace {

// The columns a public report reads, and only those.
const store::CaseProjection& PublicColumns() {
  static const store::CaseProjection kColumns(
      {"state", "item_code", "title", "unit_id", "address", "created_at", "updated_at", "lat", "lon"});
  return kColumns;
}

// What anyone may see of a report.
PublicReport PublicOf(const org::OrgDirectory& org, const cases::Catalog& catalog,
                      const cases::Workflow& workflow, const store::CaseRecord& c) {
  PublicReport r;
  r.id = c.id;
  r.title = c.title;
  if (const store::CatalogItemRecord* item = catalog.FindItem(c.item_code)) r.item_name = item->name;
  r.state_label = workflow.LabelOf(c.state);
  r.open = workflow.IsOpen(c.state);
  if (c.unit_id) {
    if (const store::UnitRecord* handler = org.Find(*c.unit_id)) r.unit_name = handler->name;
  }
  r.address = c.address;
  r.lat = c.lat;
  r.lon = c.lon;
  r.created_at = c.created_at;
  r.updated_at = c.updated_at;
  return r;
}

store::CoordinateBox BoxAround(geo::LonLat centre, int radius_m) {
  // A little wider than the circle, so that rounding never leaves a point of it outside.
  const double dlat = radius_m * 1.01 / 111195.0;
  const double dlon = dlat / std::max(0.01, std::cos(centre.lat * std::numbers::pi / 180));
  return {centre.lon - dlon, centre.lat - dlat, centre.lon + dlon, centre.lat + dlat};
}

}  // namespace

bool IsAreaUnit(const store::UnitRecord& unit) {
  return unit.kind == "district" || unit.kind == "street" || unit.kind == "community" || unit.kind == "grid";
}

std::string AreaFeedPath(const std::string& unit_code) {
  return "/api/v1/areas/" + unit_code + "/reports.atom";
}

std::string CircleFeedPath(geo::LonLat centre, int radius_m) {
  return fmt::format("/api/v1/areas/circle.atom?lon={:.6f}&lat={:.6f}&radius_m={}", centre.lon, centre.lat,
                     radius_m);
}

Result<AreaReports> ReadAreaReports(store::Database& db, const org::OrgDirectory& org,
                                    const cases::Catalog& catalog, const cases::Workflow& workflow,
                                    const std::string& unit_code) {
  const store::UnitRecord* unit = org.FindByCode(unit_code);
  if (unit == nullptr || !IsAreaUnit(*unit)) return NotFound("没有这个辖区 no area '" + unit_code + "'");
  store::CaseFilter filter;
  const store::CaseScope scope = cases::ScopeOfUnit(org, *unit);
  filter.district_code = scope.district_code;
  filter.scope_path = scope.scope_path;
  filter.order = store::CaseOrder::kNewestFirst;
  filter.limit = kAreaFeedReports;
  SW_ASSIGN_OR_RETURN(auto cases, store::CaseRepository(db).List(filter, PublicColumns()));
  AreaReports out{org.district_code(), "area:" + unit->code, unit->name, AreaFeedPath(unit->code), {}};
  for (const store::CaseRecord& c : cases) out.reports.push_back(PublicOf(org, catalog, workflow, c));
  return out;
}

Result<AreaReports> ReadCircleReports(store::Database& db, const org::OrgDirectory& org,
                                      const cases::Catalog& catalog, const cases::Workflow& workflow,
                                      geo::LonLat centre, int radius_m) {
  SW_RETURN_IF_ERROR(CheckCircle(org, centre, radius_m));
  std::vector<std::string> every_state;
  for (const cases::WorkflowState& state : workflow.states()) every_state.push_back(state.name);
  SW_ASSIGN_OR_RETURN(
      auto cases, store::CaseRepository(db).InStatesWithin(org.district_code(), every_state,
                                                           BoxAround(centre, radius_m), kCircleCandidates));
  AreaReports out{
      org.district_code(),
      fmt::format("circle:{:.6f},{:.6f},{}", centre.lon, centre.lat, radius_m),
      fmt::format("{:.5f}, {:.5f} 周边 {} 米 within {} m", centre.lon, centre.lat, radius_m, radius_m),
      CircleFeedPath(centre, radius_m),
      {}};
  for (const store::CaseRecord& c : cases) {
    if (!c.lon || !c.lat || geo::DistanceMeters(centre, {*c.lon, *c.lat}) > radius_m) continue;
    out.reports.push_back(PublicOf(org, catalog, workflow, c));
    if (out.reports.size() == static_cast<std::size_t>(kAreaFeedReports)) break;
  }
  return out;
}

}  // namespace sanwang::notify
