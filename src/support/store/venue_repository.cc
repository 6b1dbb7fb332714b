#include "support/store/venue_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kSelect =
    "SELECT v.id, v.district_code, v.owner_unit_id, u.code, u.name, v.name, v.kind, v.address, v.lon, v.lat, "
    "v.capacity, v.workday_hours, v.rest_day_hours, v.open_to, v.max_days_ahead, v.max_minutes, "
    "v.needs_approval, v.active FROM support_venues v JOIN units u ON u.id = v.owner_unit_id";

VenueRecord FromRow(const Row& r) {
  VenueRecord v;
  v.id = r.Int(0);
  v.district_code = r.Text(1);
  v.owner_unit_id = r.Int(2);
  v.owner_unit_code = r.Text(3);
  v.owner_unit_name = r.Text(4);
  v.name = r.Text(5);
  v.kind = r.Text(6);
  v.address = r.Text(7);
  v.lon = r.OptReal(8);
  v.lat = r.OptReal(9);
  v.capacity = r.Int(10);
  v.workday_hours = r.Text(11);
  v.rest_day_hours = r.Text(12);
  v.open_to = r.Text(13);
  v.max_days_ahead = r.Int(14);
  v.max_minutes = r.Int(15);
  v.needs_approval = r.Int(16) != 0;
  v.active = r.Int(17) != 0;
  return v;
}

// The values of every written column but district_code, in the order of the statements.
SqlParams WrittenValues(const VenueRecord& v) {
  return {v.owner_unit_id,
          v.name,
          v.kind,
          v.address,
          Nullable(v.lon),
          Nullable(v.lat),
          v.capacity,
          v.workday_hours,
          v.rest_day_hours,
          v.open_to,
          v.max_days_ahead,
          v.max_minutes,
          static_cast<std::int64_t>(v.needs_approval),
          static_cast<std::int64_t>(v.active)};
}

}  // namespace

Result<VenueRecord> VenueRepository::Insert(VenueRecord venue) {
  SqlParams params = WrittenValues(venue);
  params.insert(params.begin(), venue.district_code);
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO support_venues (district_code, owner_unit_id, name, kind, address, "
                           "lon, lat, capacity, workday_hours, rest_day_hours, open_to, max_days_ahead, "
                           "max_minutes, needs_approval, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?) RETURNING id",
                           params));
  return Get(rows.at(0).Int(0));
}

Status VenueRepository::Update(const VenueRecord& venue) {
  SqlParams params = WrittenValues(venue);
  params.push_back(venue.id);
  SW_ASSIGN_OR_RETURN(
      auto changed,
      db_.Execute("UPDATE support_venues SET owner_unit_id = ?, name = ?, kind = ?, address = ?, "
                  "lon = ?, lat = ?, capacity = ?, workday_hours = ?, rest_day_hours = ?, "
                  "open_to = ?, max_days_ahead = ?, max_minutes = ?, needs_approval = ?, "
                  "active = ? WHERE id = ?",
                  params));
  if (changed == 0) return NotFound("场地不存在 no such venue");
  return Status::Ok();
}

Result<VenueRecord> VenueRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) + " WHERE v.id = ?", {id}));
  if (rows.empty()) return NotFound("场地不存在 no such venue");
  return FromRow(rows.front());
}

Result<std::vector<VenueRecord>> VenueRepository::List(const VenueQuery& query) {
  std::string sql = std::string(kSelect) + " WHERE v.district_code = ?";
  SqlParams params = {query.district_code};
  if (query.owner_unit_id) {
    sql += " AND v.owner_unit_id = ?";
    params.push_back(*query.owner_unit_id);
  }
  if (!query.owner_path.empty()) {
    sql += " AND u.path LIKE ?";
    params.push_back(query.owner_path + "%");
  }
  if (!query.kind.empty()) {
    sql += " AND v.kind = ?";
    params.push_back(query.kind);
  }
  if (query.active_only) sql += " AND v.active = 1";
  sql += " ORDER BY u.code, v.name, v.id";
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<VenueRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

}  // namespace sanwang::store
