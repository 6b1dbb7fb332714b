#include "notify/store/area_follow_repository.h"

#include <cmath>
#include <numbers>

#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using FollowColumn = RecordColumn<AreaFollowRecord>;

const std::vector<FollowColumn>& FollowColumns() {
  using F = AreaFollowRecord;
  static const std::vector<FollowColumn> kColumns = {
      Field<&F::district_code>("district_code"),
      Field<&F::user_id>("user_id"),
      Field<&F::unit_id>("unit_id"),
      Field<&F::lon>("lon"),
      Field<&F::lat>("lat"),
      Field<&F::radius_m>("radius_m"),
      Field<&F::aspects>("aspects"),
      Field<&F::created_at>("created_at"),
  };
  return kColumns;
}

std::string Select() {
  std::string columns;
  for (const FollowColumn& c : FollowColumns()) columns += ", f." + std::string(c.name);
  return "SELECT f.id" + columns + " FROM notify_area_follows f";
}

std::vector<AreaFollowRecord> Records(const std::vector<Row>& rows) {
  std::vector<AreaFollowRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(FollowColumns(), r));
  return out;
}

// The box around a circle, a little wider than the circle itself so that rounding never
// leaves a point of the circle outside it.
struct Box {
  SqlValue min_lon, max_lon, min_lat, max_lat;
};

Box BoxAround(const AreaFollowRecord& f) {
  if (!f.lon || !f.lat || !f.radius_m) return {SqlNull{}, SqlNull{}, SqlNull{}, SqlNull{}};
  constexpr double kMetresPerDegree = 111'320;
  const double dlat = *f.radius_m * 1.01 / kMetresPerDegree;
  const double dlon = dlat / std::max(0.01, std::cos(*f.lat * std::numbers::pi / 180));
  return {*f.lon - dlon, *f.lon + dlon, *f.lat - dlat, *f.lat + dlat};
}

}  // namespace

Result<Id> AreaFollowRepository::Insert(const AreaFollowRecord& follow) {
  SqlParams params = ColumnValues(FollowColumns(), follow);
  const Box box = BoxAround(follow);
  for (const SqlValue& v : {box.min_lon, box.max_lon, box.min_lat, box.max_lat}) params.push_back(v);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO notify_area_follows (" + ColumnList(FollowColumns()) +
                                               ", min_lon, max_lon, min_lat, max_lat) VALUES (" +
                                               Placeholders(FollowColumns().size() + 4) + ") RETURNING id",
                                           params));
  return rows.at(0).Int(0);
}

Result<std::vector<AreaFollowRecord>> AreaFollowRepository::OfUser(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(Select() + " WHERE f.user_id = ? ORDER BY f.id", {user_id}));
  return Records(rows);
}

Result<bool> AreaFollowRepository::Remove(Id user_id, Id follow_id) {
  SW_ASSIGN_OR_RETURN(std::int64_t removed, db_.Execute("DELETE FROM notify_area_follows WHERE id = ? AND "
                                                        "user_id = ?",
                                                        {follow_id, user_id}));
  return removed > 0;
}

Result<std::vector<AreaFollowRecord>> AreaFollowRepository::Near(const std::string& district,
                                                                 const std::vector<Id>& unit_ids,
                                                                 std::optional<double> lon,
                                                                 std::optional<double> lat) {
  std::vector<std::string> covers;
  SqlParams params = {district};
  if (!unit_ids.empty()) {
    covers.push_back("f.unit_id IN (" + Placeholders(unit_ids.size()) + ")");
    params.insert(params.end(), unit_ids.begin(), unit_ids.end());
  }
  if (lon && lat) {
    covers.push_back("(f.min_lon <= ? AND f.max_lon >= ? AND f.min_lat <= ? AND f.max_lat >= ?)");
    for (double v : {*lon, *lon, *lat, *lat}) params.emplace_back(v);
  }
  if (covers.empty()) return std::vector<AreaFollowRecord>();
  std::string any = covers[0];
  for (std::size_t i = 1; i < covers.size(); ++i) any += " OR " + covers[i];
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(Select() +
                                               " JOIN users u ON u.id = f.user_id AND u.disabled = 0 "
                                               "WHERE f.district_code = ? AND (" +
                                               any + ") ORDER BY f.id",
                                           params));
  return Records(rows);
}

}  // namespace sanwang::store
