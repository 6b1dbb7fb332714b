// An area's Atom feed over HTTP: public, since it holds only what the Open311 feed shows
// and nothing of who reported; the same answer for every reader, so it is kept in the
// response cache until the next write, as the Open311 feed is. The reading is
// notify/area_reports.h's, the format atom_feed.h's.
#include "api/api.h"
#include "api/responses.h"
#include "notify/api/atom_feed.h"
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

HttpResponse AreaFeed(Call& call) {
  const std::uint64_t generation = call.api.data_generation();
  if (auto cached = call.api.feed_cache().Find(call.request.target, generation)) return *cached;
  Result<HttpResponse> answer = ComputeFeed(call);
  if (!answer.ok()) return ErrorResponse(answer.status());
  return call.api.feed_cache().Store(call.request.target, generation, std::move(answer).value());
}

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
}

}  // namespace sanwang::api
