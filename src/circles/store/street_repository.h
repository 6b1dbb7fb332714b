// Keeps the streets of a district's imported map (the "circles" stream's map_streets): each
// street piece with its name, class, rank and course, replaced whole at each import, and
// found again by bounding box — the map's base layer and the street nearest a point.
//
// The course is stored as text of seven-decimal degrees (about 1 cm), so both engines hold
// it the same way. Holds a reference to a Database; same thread-safety as it (one thread
// at a time).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct StreetPoint {
  double lon = 0;
  double lat = 0;
  bool operator==(const StreetPoint&) const = default;
};

struct StreetRecord {
  Id id = 0;
  std::string district_code;
  std::int64_t osm_way_id = 0;
  std::string name;        // empty when the map gives none
  std::string road_class;  // the OSM highway value: "primary", "residential", "footway"…
  int rank = 0;            // 1 major … 4 footpath; the circles module decides
  double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
  double length_m = 0;
  std::vector<StreetPoint> line;  // at least two points
};

struct StreetQuery {
  std::string district_code;
  double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
  int max_rank = 4;         // streets of this rank or a more major one
  bool named_only = false;  // leave out the streets without a name
  std::size_t limit = 1000;
};

class StreetRepository {
 public:
  explicit StreetRepository(Database& db) : db_(db) {}

  // Drops the district's streets and stores these, in one transaction.
  Status ReplaceStreets(const std::string& district, const std::vector<StreetRecord>& streets);
  // The streets whose box meets the query's box, most major first and, within a rank,
  // longest first; at most `limit`.
  Result<std::vector<StreetRecord>> InBox(const StreetQuery& query);
  Result<std::int64_t> Count(const std::string& district);

 private:
  Status InsertBatch(const std::string& district, const std::vector<StreetRecord>& streets, std::size_t first,
                     std::size_t last);

  Database& db_;
};

// The stored text of a course, and back; tested here because both engines keep this text.
std::string EncodeStreetLine(const std::vector<StreetPoint>& line);
Result<std::vector<StreetPoint>> DecodeStreetLine(std::string_view text);

}  // namespace sanwang::store
