// The circles module's own migration stream, "circles" (docs/architecture.md §7), numbered
// from 1. The module's older tables (networks, analyses, coverage) stay in the core stream,
// where they were released.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: the streets of the imported map, for the offline base layer and for naming
// the street beside a point. One row per street piece as the map source drew it (an OSM
// way, split only where the extract lacks a node): its name, its class (the highway tag)
// and its rank (1 major … 4 footpath), the box around it for bounding-box queries, its
// length, and its course as "lon,lat;lon,lat;…". Replaced whole at each import.
constexpr const char* kV1 = R"SQL(
CREATE TABLE map_streets (
  id {{ID}},
  district_code TEXT NOT NULL,
  osm_way_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  road_class TEXT NOT NULL,
  road_rank INTEGER NOT NULL,
  min_lon DOUBLE PRECISION NOT NULL,
  min_lat DOUBLE PRECISION NOT NULL,
  max_lon DOUBLE PRECISION NOT NULL,
  max_lat DOUBLE PRECISION NOT NULL,
  length_m DOUBLE PRECISION NOT NULL,
  line TEXT NOT NULL
);
CREATE INDEX map_streets_box ON map_streets (district_code, road_rank, min_lon, max_lon);
)SQL";

}  // namespace

std::vector<Migration> CirclesMigrations() {
  return {
      {1, "streets of the map with names and classes", kV1, "", ""},
  };
}

}  // namespace sanwang::store
