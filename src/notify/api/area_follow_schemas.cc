#include "notify/api/area_follow_schemas.h"

#include <cstdint>

#include "api/openapi_schema.h"
#include "notify/area_follows.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Radius() { return WithExample(Integer(notify::kMinFollowRadiusM, notify::kMaxFollowRadiusM), 500); }

json AreaUnit() {
  return Named("FollowedArea", WholeObject({{"code", WithExample(String(), "411002001001")},
                                            {"name", WithExample(String(), "和平社区")},
                                            {"kind", Enum({"district", "street", "community", "grid"})}}));
}

json Aspect() {
  return Named("FollowedAspect", WholeObject({{"code", WithExample(String(), "A01")},
                                              {"name", WithExample(String(), "环境卫生")},
                                              {"name_en", WithExample(String(), "Sanitation")}}));
}

}  // namespace

json AreaFollowSchema() {
  json feed = Nullable(WithExample(String(), "/api/v1/areas/411002001001/reports.atom"));
  feed["description"] = "The area's or the circle's public Atom feed.";
  return Named(
      "AreaFollow",
      WholeObject({{"id", Integer(1, INT64_MAX)},
                   {"area", Described(Enum({"unit", "circle"}), "An area of the org net, or a circle.")},
                   {"unit", OrNull(AreaUnit())},
                   {"lon", Nullable(WithExample(Number(-180, 180), 113.8266))},
                   {"lat", Nullable(WithExample(Number(-90, 90), 34.0276))},
                   {"radius_m", Nullable(Radius())},
                   {"aspects", Described(ArrayOf(Aspect()), "The aspects followed; empty for all.")},
                   {"feed", feed},
                   {"created_at", DateTime()}}));
}

json AreaFollowListSchema() {
  return Named("AreaFollowList", WholeObject({{"items", ArrayOf(AreaFollowSchema())},
                                              {"max", WithExample(Integer(1, INT64_MAX), 20)}}));
}

json AreaFollowBodySchema() {
  return Named(
      "AreaFollowChange",
      ClosedObject(
          {{"unit_code", Described(WithExample(Text(64), "411002001001"),
                                   "An area to follow: a grid, community, sub-district or the district.")},
           {"lon", Described(Number(-180, 180), "A circle's centre, instead of an area.")},
           {"lat", Number(-90, 90)},
           {"coord_system", Enum({"wgs84", "gcj02", "bd09"})},
           {"radius_m", Radius()},
           {"aspects", Described(ArrayOf(WithExample(Text(32), "A01")),
                                 "Aspect codes of the catalog; absent or empty for all.")}},
          {}));
}

}  // namespace sanwang::api
