// An area's Atom feed over HTTP: public, since it holds only what the Open311 feed shows
// and nothing of who reported; the same answer for every reader, so it is kept in the
// response cache until the next write, as the Open311 feed is. The reading is
// notify/area_reports.h's, the format atom_feed.h's.
#include <cmath>

#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "notify/api/atom_feed.h"
#include "notify/area_follows.h"
#include "notify/area_reports.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> ComputeFeed(Call& call) {
  SW_ASSIGN_OR_RETURN(auto area, notify::ReadAreaReports(call.db, call.domain->org, call.domain->catalog,
                                                         call.api.workflow(), call.params["code"]));
  HttpResponse r;
  r.content_type = "application/atom+xml; charset=utf-8";
  r.body = RenderAreaFeed(area, call.api.clock().Now());
  return r;
}

Result<HttpResponse> ComputeCircleFeed(Call& call) {
  SW_ASSIGN_OR_RETURN(geo::LonLat centre, QueryPoint(call.request));
  SW_ASSIGN_OR_RETURN(std::optional<double> radius, ParseNumber(call.request.Query("radius_m"), "radius_m"));
  if (!radius || *radius != std::floor(*radius) || *radius < 0 || *radius > 1'000'000)
    return InvalidArgument("半径须为整数米 radius_m must be whole metres", "radius_m");
  SW_ASSIGN_OR_RETURN(auto circle,
                      notify::ReadCircleReports(call.db, call.domain->org, call.domain->catalog,
                                                call.api.workflow(), centre, static_cast<int>(*radius)));
  HttpResponse r;
  r.content_type = "application/atom+xml; charset=utf-8";
  r.body = RenderAreaFeed(circle, call.api.clock().Now());
  return r;
}

// The same answer for every reader until the next write: kept by its target.
HttpResponse Cached(Call& call, Result<HttpResponse> (*compute)(Call&)) {
  const std::uint64_t generation = call.api.data_generation();
  if (auto cached = call.api.feed_cache().Find(call.district() + " " + call.request.target, generation))
    return *cached;
  Result<HttpResponse> answer = compute(call);
  if (!answer.ok()) return ErrorResponse(answer.status());
  return call.api.feed_cache().Store(call.district() + " " + call.request.target, generation,
                                     std::move(answer).value());
}

HttpResponse AreaFeed(Call& call) { return Cached(call, ComputeFeed); }
HttpResponse CircleFeed(Call& call) { return Cached(call, ComputeCircleFeed); }

}  // namespace

void AddAreaFeedRoutes(Api& api) {
  api.Add("GET", "/api/v1/areas/{code}/reports.atom", Access::Public(),
          RouteDoc{"getAreaFeed",
                   "The latest 50 reports of an area — a grid, community, sub-district or the district, by "
                   "its unit code — as an Atom feed (application/atom+xml) for any feed reader: title and "
                   "catalog item, filed and last changed, open or closed, the handling unit, address and "
                   "map point (GeoRSS). Nothing of who reported them. 404 for a code that is no area."}
              .AnswersFile("application/atom+xml"),
          AreaFeed);
  api.Add("GET", "/api/v1/areas/circle.atom", Access::Public(),
          RouteDoc{"getCircleFeed",
                   "The latest 50 reports within `radius_m` (100–3000) of a point of the district (lon, lat, "
                   "coord_system) as an Atom feed, as getAreaFeed gives them for an area. 400 naming the "
                   "parameter for a centre outside the district's grids or a radius out of range."}
              .AnswersFile("application/atom+xml")
              .Query(PointParameters())
              .Query("radius_m", schema::Integer(notify::kMinFollowRadiusM, notify::kMaxFollowRadiusM),
                     "The circle's radius in whole metres.", true),
          CircleFeed);
}

}  // namespace sanwang::api
