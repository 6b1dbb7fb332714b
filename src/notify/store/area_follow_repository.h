// Keeps the areas people follow (关注区域, notify_area_follows, notify_schema.cc): a unit
// that is an area, or a circle around a point with the box around it kept beside it, so
// that the follows a new report may concern are found by an index rather than by reading
// them all.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct AreaFollowRecord {
  Id id = 0;
  std::string district_code;
  Id user_id = 0;
  std::optional<Id> unit_id;  // a grid, community, sub-district or the district; or
  std::optional<double> lon;  // a circle's centre (WGS-84) and radius
  std::optional<double> lat;
  std::optional<int> radius_m;
  std::string aspects;  // the catalog's aspect codes separated by '|'; empty for every aspect
  std::int64_t created_at = 0;
};

class AreaFollowRepository {
 public:
  explicit AreaFollowRepository(Database& db) : db_(db) {}

  Result<Id> Insert(const AreaFollowRecord& follow);
  // The user's follows, the oldest first.
  Result<std::vector<AreaFollowRecord>> OfUser(Id user_id);
  // False when the user has no follow of that id.
  Result<bool> Remove(Id user_id, Id follow_id);
  // The follows of enabled accounts that may concern a report in `district` located in one
  // of `unit_ids` or at `point`: those of one of the units, and the circles whose box holds
  // the point (the caller measures the distance).
  Result<std::vector<AreaFollowRecord>> Near(const std::string& district, const std::vector<Id>& unit_ids,
                                             std::optional<double> lon, std::optional<double> lat);

 private:
  Database& db_;
};

}  // namespace sanwang::store
