// The one list of the server's route groups. A module with routes adds one line here,
// naming the function of its own routes file (declared in api.h, or beside the line).
#include "api/api.h"

namespace sanwang::api {

void AddMapBaseRoutes(Api& api);
void AddOpenNearbyRoutes(Api& api);  // open_nearby_routes.cc

const std::vector<RouteModule>& RouteModules() {
  static const std::vector<RouteModule> kModules = {
      {"system", AddSystemRoutes},
      {"auth", AddAuthRoutes},
      {"registration", AddRegistrationRoutes},
      {"org", AddOrgRoutes},
      {"workbench", AddWorkbenchRoutes},     // before cases: /cases/tab-counts is not /cases/{id}
      {"open-nearby", AddOpenNearbyRoutes},  // before cases: /cases/open-nearby is not /cases/{id}
      {"cases", AddCaseRoutes},
      {"admin", AddAdminRoutes},
      {"open311", AddOpen311Routes},
      {"photos", AddPhotoRoutes},
      {"classify", AddClassifyRoutes},
      {"dashboard", AddDashboardRoutes},
      {"map", AddMapRoutes},
      {"catalog-admin", AddCatalogAdminRoutes},
      {"circles", AddCirclesRoutes},
      {"map-base", AddMapBaseRoutes},  // circles/api/map_base_routes.cc
  };
  return kModules;
}

}  // namespace sanwang::api
