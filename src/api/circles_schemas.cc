#include "api/circles_schemas.h"

#include <cstdint>

#include "api/geojson_schemas.h"
#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json FacilityType() { return WithExample(String(), "clinic"); }

json People() {
  json p = WithExample(Number(0, 1e12), 1240.5);
  p["description"] = "Residents, estimated from homes' weights; two decimals.";
  return p;
}

json Seconds() { return WithExample(Number(0, 1e9), 412.5); }

// One unit's coverage: share_5, share_10, share_15 (or share_<N>s for a circle of N seconds
// that is not whole minutes) — the share of its residents within that walk of the type,
// one member per circle the analysis was run with.
json CoverageProperties() {
  json share = WithExample(Number(0, 1), 0.82);
  json properties = Object({{"code", WithExample(String(), "411002003001")},
                            {"name", WithExample(String(), "和平社区")},
                            {"type", FacilityType()},
                            {"population", People()}},
                           {"code", "name", "type", "population"});
  properties["additionalProperties"] = share;
  properties["description"] =
      "Besides these, share_<minutes> (share_5, share_10, share_15 …) per circle analysed: the share "
      "of the residents within that walk of the type, 0 to 1.";
  return Named("CircleCoverage", properties);
}

json CoverageMembers() {
  json version = WithExample(String(), "3f1c…");
  version["description"] = "The digest of the network the analysis ran on.";
  return {{"network_version", version},
          {"computed_at", DateTime()},
          {"level", Enum({"grid", "community", "street", "area"})}};
}

json CoverageRows() {
  json members = CoverageMembers();
  members["rows"] = ArrayOf(CoverageProperties());
  return ClosedObject(members, {"network_version", "computed_at", "level", "rows"});
}

json CoverageFeatures() {
  return FeatureCollectionOf(FeatureOf(AreaGeometry(), CoverageProperties()), CoverageMembers());
}

json GapProperties() {
  json seconds = Nullable(Seconds());
  seconds["description"] = "The walk to the nearest facility of the type; null when none is reachable.";
  return ClosedObject({{"home_id", WithExample(String(), "h1024")},
                       {"population", People()},
                       {"seconds", seconds},
                       {"on_network", Boolean()}},
                      {"home_id", "population", "seconds", "on_network"});
}

json SiteProperties() {
  return ClosedObject({{"rank", Integer(1, 100)},
                       {"added_population", People()},
                       {"node_id", WithExample(Integer(0, INT64_MAX), 18342)}},
                      {"rank", "added_population", "node_id"});
}

json NearFacility() {
  return ClosedObject({{"id", WithExample(String(), "c1")},
                       {"type", FacilityType()},
                       {"name", WithExample(String(), "和平社区卫生服务站")},
                       {"lat", Number(-90, 90)},
                       {"lon", Number(-180, 180)},
                       {"seconds", Seconds()}},
                      {"id", "type", "name", "lat", "lon", "seconds"});
}

json FacilityProperties() {
  return ClosedObject({{"id", WithExample(String(), "c1")},
                       {"type", FacilityType()},
                       {"name", WithExample(String(), "和平社区卫生服务站")}},
                      {"id", "type", "name"});
}

}  // namespace

json CirclesCoverageSchema() {
  json answer = {{"oneOf", {CoverageRows(), CoverageFeatures()}}};
  answer["description"] = "Rows by default; with format=geojson, a FeatureCollection of the units' outlines.";
  return answer;
}

json CirclesGapsSchema() {
  json beyond = Seconds();
  beyond["description"] = "The longest circle: homes listed are beyond it.";
  return FeatureCollectionOf(FeatureOf(PointGeometry(), GapProperties()),
                             {{"truncated", Boolean()}, {"beyond_seconds", beyond}});
}

json CirclesSuggestionsSchema() {
  json stored = Integer(0, INT64_MAX);
  stored["description"] =
      "How many sites the analysis stored: k beyond it needs a larger suggested_sites setting.";
  return FeatureCollectionOf(FeatureOf(PointGeometry(), SiteProperties()),
                             {{"circle_seconds", Seconds()}, {"stored_sites", stored}});
}

json CirclesNearbySchema() {
  json snap = WithExample(Nullable(Number(0, 1e6)), 11.1);
  snap["description"] = "Metres from the point to the walking network; null when it is off the network.";
  return ClosedObject({{"snap_m", snap},
                       {"off_network", Boolean()},
                       {"minutes", Integer(1, 60)},
                       {"facilities", ArrayOf(NearFacility())}},
                      {"snap_m", "off_network", "minutes", "facilities"});
}

json CirclesFacilitiesSchema() {
  return FeatureCollectionOf(FeatureOf(PointGeometry(), FacilityProperties()));
}

}  // namespace sanwang::api
