#include "notify/area_reports.h"

#include "cases/figure_scope.h"
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

}  // namespace

bool IsAreaUnit(const store::UnitRecord& unit) {
  return unit.kind == "district" || unit.kind == "street" || unit.kind == "community" || unit.kind == "grid";
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
  AreaReports out{org.district_code(), unit->code, unit->name, {}};
  for (const store::CaseRecord& c : cases) {
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
    out.reports.push_back(std::move(r));
  }
  return out;
}

}  // namespace sanwang::notify
