// Open matters near a resident's pin before they file, and following one of them instead
// of filing it again (cases/open_nearby.h holds the rules: what is shown, who may follow).
#include "api/api.h"
#include "api/case_answer_schemas.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "cases/open_nearby.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> OpenNearby(Call& call) {
  SW_ASSIGN_OR_RETURN(geo::LonLat point, QueryPoint(call.request));
  SW_ASSIGN_OR_RETURN(auto matters, cases::OpenMattersNear(call.db, call.api.workflow(), call.district(),
                                                           point, call.actor()));
  nlohmann::json items = nlohmann::json::array();
  for (const cases::NearbyMatter& m : matters) {
    const auto* item = call.domain->catalog.FindItem(m.item_code);
    items.push_back({{"id", m.id},
                     {"title", m.title},
                     {"item_code", m.item_code},
                     {"item_name", item ? item->name : ""},
                     {"state", m.state},
                     {"metres", std::round(m.metres)},
                     {"mine", m.mine}});
  }
  return JsonResponse(200, {{"radius_m", cases::kOpenNearbyRadiusM}, {"items", items}});
}

Result<HttpResponse> Follow(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  auto matter = store::CaseRepository(call.db).Get(id);
  if (!matter.ok() || matter->district_code != call.district()) {
    return NotFound("没有该诉求 no case " + call.params["id"]);
  }
  SW_RETURN_IF_ERROR(
      cases::FollowMatter(call.db, call.api.workflow(), *matter, call.actor(), call.api.clock().Now()));
  return JsonResponse(200, {{"id", id}, {"following", true}});
}

}  // namespace

void AddOpenNearbyRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/cases/open-nearby", Access::Roles(org::ResidentRoles()),
      RouteDoc{"listOpenCasesNearby",
               "Open matters within 300 m of a point (lat, lon, coord_system), nearest first, at most 20: "
               "id, title, "
               "item, state, metres and whether the caller reported or follows it; nothing of the reporter."}
          .Answers(OpenNearbySchema())
          .Query(PointParameters()),
      FromResult(OpenNearby));
  api.Add(
      "POST", "/api/v1/cases/{id}/follow", Access::Roles(org::ResidentRoles()),
      RouteDoc{"followCase",
               "Follow an open matter (关注): it then shows among the resident's matters; 422 when it is no "
               "longer open."}
          .Answers(FollowingSchema())
          .Refuses({422}),
      FromResult(Follow));
}

}  // namespace sanwang::api
