#include "store/org_repository.h"

#include "store/domain_version_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kColumns =
    "id, district_code, code, kind, name, name_en, parent_id, path, geometry, demo_geometry";

UnitRecord FromRow(const Row& r) {
  UnitRecord u;
  u.id = r.Int(0);
  u.district_code = r.Text(1);
  u.code = r.Text(2);
  u.kind = r.Text(3);
  u.name = r.Text(4);
  u.name_en = r.Text(5);
  u.parent_id = r.OptInt(6);
  u.path = r.Text(7);
  u.geometry = r.Text(8);
  u.demo_geometry = r.Int(9) != 0;
  return u;
}

}  // namespace

Result<UnitRecord> OrgRepository::Insert(UnitRecord unit) {
  std::string parent_path = "/";
  if (unit.parent_id) {
    SW_ASSIGN_OR_RETURN(UnitRecord parent, Get(*unit.parent_id));
    parent_path = parent.path;
  }
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto rows, db_.Query("INSERT INTO units (district_code, code, kind, name, name_en, parent_id, path, "
                             "geometry, demo_geometry) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id",
                             {unit.district_code, unit.code, unit.kind, unit.name, unit.name_en,
                              Nullable(unit.parent_id),
                              unit.geometry.empty() ? SqlValue{SqlNull{}} : SqlValue{unit.geometry},
                              static_cast<std::int64_t>(unit.demo_geometry)}));
    unit.id = rows.at(0).Int(0);
    unit.path = parent_path + std::to_string(unit.id) + "/";
    SW_RETURN_IF_ERROR(db_.Execute("UPDATE units SET path = ? WHERE id = ?", {unit.path, unit.id}).status());
    return DomainVersionRepository(db_).Bump(unit.district_code);
  });
  if (!status.ok()) return status.WithContext("unit " + unit.code);
  return unit;
}

Status OrgRepository::UpdateNames(const UnitRecord& unit) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute("UPDATE units SET name = ?, name_en = ?, kind = ? WHERE district_code = ? AND code = ?",
                    {unit.name, unit.name_en, unit.kind, unit.district_code, unit.code})
            .status());
    return DomainVersionRepository(db_).Bump(unit.district_code);
  });
}

Status OrgRepository::SetGeometry(Id id, const std::string& geometry, bool demo) {
  return db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto changed,
                        db_.Execute("UPDATE units SET geometry = ?, demo_geometry = ? WHERE id = ?",
                                    {geometry, static_cast<std::int64_t>(demo), id}));
    if (changed == 0) return NotFound("no unit with id " + std::to_string(id));
    return DomainVersionRepository(db_).BumpOfUnit(id);
  });
}

Result<std::vector<UnitRecord>> OrgRepository::Select(const std::string& where, const SqlParams& params) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query(std::string("SELECT ") + kColumns + " FROM units WHERE " + where + " ORDER BY id", params));
  std::vector<UnitRecord> units;
  units.reserve(rows.size());
  for (const Row& r : rows) units.push_back(FromRow(r));
  return units;
}

Result<UnitRecord> OrgRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto units, Select("id = ?", {id}));
  if (units.empty()) return NotFound("no unit with id " + std::to_string(id));
  return units[0];
}

Result<std::optional<UnitRecord>> OrgRepository::FindByCode(const std::string& district,
                                                            const std::string& code) {
  SW_ASSIGN_OR_RETURN(auto units, Select("district_code = ? AND code = ?", {district, code}));
  if (units.empty()) return std::optional<UnitRecord>();
  return std::optional<UnitRecord>(units[0]);
}

Result<std::vector<UnitRecord>> OrgRepository::ListByKind(const std::string& district,
                                                          const std::string& kind) {
  return Select("district_code = ? AND kind = ?", {district, kind});
}

Result<std::vector<UnitRecord>> OrgRepository::Children(Id parent_id) {
  return Select("parent_id = ?", {parent_id});
}

Result<std::vector<UnitRecord>> OrgRepository::All(const std::string& district) {
  return Select("district_code = ?", {district});
}

}  // namespace sanwang::store
