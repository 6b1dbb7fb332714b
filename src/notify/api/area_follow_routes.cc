// Following areas over HTTP (关注区域, docs/notifications.md §4): the caller's follows, a
// new one — an area by its unit code, or a circle — and stopping one. Every signed-in
// account has its own; the rules are notify/area_follows.h's.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "notify/api/area_follow_schemas.h"
#include "notify/area_follows.h"
#include "notify/area_reports.h"

namespace sanwang::api {
namespace {

nlohmann::json AspectsJson(const cases::Catalog& catalog, const std::vector<std::string>& codes) {
  nlohmann::json out = nlohmann::json::array();
  for (const std::string& code : codes) {
    for (const store::AspectRecord& a : catalog.aspects()) {
      if (a.code == code) out.push_back({{"code", a.code}, {"name", a.name}, {"name_en", a.name_en}});
    }
  }
  return out;
}

nlohmann::json FollowJson(const cases::Catalog& catalog, const notify::AreaFollow& f) {
  nlohmann::json unit = nullptr;
  nlohmann::json feed = nullptr;
  if (f.unit != nullptr) {
    unit = {{"code", f.unit->code}, {"name", f.unit->name}, {"kind", f.unit->kind}};
    feed = notify::AreaFeedPath(f.unit->code);
  } else if (f.centre) {
    feed = notify::CircleFeedPath(*f.centre, f.radius_m);
  }
  return {{"id", f.id},
          {"area", f.centre ? "circle" : "unit"},
          {"unit", unit},
          {"lon", f.centre ? nlohmann::json(f.centre->lon) : nlohmann::json(nullptr)},
          {"lat", f.centre ? nlohmann::json(f.centre->lat) : nlohmann::json(nullptr)},
          {"radius_m", f.centre ? nlohmann::json(f.radius_m) : nlohmann::json(nullptr)},
          {"aspects", AspectsJson(catalog, f.aspects)},
          {"feed", feed},
          {"created_at", FormatIso8601(f.created_at)}};
}

Result<notify::AreaFollowRequest> RequestFromJson(const std::string& text) {
  SW_ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(text, {"unit_code", "lon", "lat", "coord_system",
                                                                  "radius_m", "aspects"}));
  notify::AreaFollowRequest r;
  SW_ASSIGN_OR_RETURN(r.unit_code, StringField(body, "unit_code", false));
  SW_ASSIGN_OR_RETURN(std::optional<double> lon, NumberField(body, "lon"));
  SW_ASSIGN_OR_RETURN(std::optional<double> lat, NumberField(body, "lat"));
  SW_ASSIGN_OR_RETURN(std::string coords, StringField(body, "coord_system", false));
  if (lon || lat) {
    SW_ASSIGN_OR_RETURN(r.centre, PointInWgs84(lon, lat, coords));
  }
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> radius, IntegerField(body, "radius_m"));
  if (radius) {
    if (*radius < 0 || *radius > 1'000'000)
      return InvalidArgument("半径超出范围 radius_m is out of range", "radius_m");
    r.radius_m = static_cast<int>(*radius);
  }
  if (body.contains("aspects") && !body["aspects"].is_null()) {
    if (!body["aspects"].is_array())
      return InvalidArgument("aspects 应为领域代码列表 aspects must be a list of aspect codes", "aspects");
    for (const auto& a : body["aspects"]) {
      if (!a.is_string()) return InvalidArgument("领域代码须为文本 an aspect code must be text", "aspects");
      r.aspects.push_back(a.get<std::string>());
    }
  }
  return r;
}

Result<HttpResponse> ListAnswer(Call& call, int status) {
  SW_ASSIGN_OR_RETURN(auto follows, notify::MyAreaFollows(call.db, call.domain->org, call.actor()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& f : follows) items.push_back(FollowJson(call.domain->catalog, f));
  return JsonResponse(status, {{"items", items}, {"max", notify::kMaxAreaFollows}});
}

Result<HttpResponse> ListFollows(Call& call) { return ListAnswer(call, 200); }

Result<HttpResponse> AddFollow(Call& call) {
  SW_ASSIGN_OR_RETURN(notify::AreaFollowRequest request, RequestFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto follow,
                      notify::FollowArea(call.db, call.domain->org, call.domain->catalog, call.actor(),
                                         std::move(request), call.api.clock().Now()));
  return JsonResponse(201, FollowJson(call.domain->catalog, follow));
}

Result<HttpResponse> RemoveFollow(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_RETURN_IF_ERROR(notify::UnfollowArea(call.db, call.actor(), id));
  return ListAnswer(call, 200);
}

}  // namespace

void AddAreaFollowRoutes(Api& api) {
  api.Add("GET", "/api/v1/me/area-follows", Access::SignedIn(),
          RouteDoc{"listAreaFollows",
                   "The areas the caller follows (关注区域), the oldest first, with the most they may follow "
                   "(`max`): each an area of the org net with its public Atom feed, or a circle, and the "
                   "aspects followed (empty: all)."}
              .Answers(AreaFollowListSchema()),
          FromResult(ListFollows));
  api.Add(
      "POST", "/api/v1/me/area-follows", Access::SignedIn(),
      RouteDoc{"followArea",
               "Follow an area to be told of each new report there, in the app and on the channels beyond "
               "it the caller chose: an area by `unit_code` (a grid, community, sub-district or the "
               "district), or a circle (`lon`, `lat`, `radius_m` 100–3000) whose centre lies in the "
               "district; optionally only some `aspects` of the catalog. 400 naming the field for neither "
               "or both, an unknown area or aspect, a centre outside the district or a radius out of "
               "range; 422 at the most follows; 409 for an area followed already for the same aspects."}
          .Takes(AreaFollowBodySchema())
          .Answers(AreaFollowSchema(), 201)
          .Refuses({409, 422}),
      FromResult(AddFollow));
  api.Add("POST", "/api/v1/me/area-follows/{id}/remove", Access::SignedIn(),
          RouteDoc{"unfollowArea",
                   "Stop following an area: answers the caller's follows that remain. 404 for a follow that "
                   "is not the caller's."}
              .Answers(AreaFollowListSchema()),
          FromResult(RemoveFollow));
}

}  // namespace sanwang::api
