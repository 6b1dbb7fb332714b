#include "store/domain_version_repository.h"

namespace sanwang::store {

Result<std::int64_t> DomainVersionRepository::Current(const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT version FROM domain_versions WHERE district_code = ?", {district}));
  return rows.empty() ? std::int64_t{0} : rows.at(0).Int(0);
}

Result<std::map<std::string, std::int64_t>> DomainVersionRepository::All() {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT district_code, version FROM domain_versions", {}));
  std::map<std::string, std::int64_t> versions;
  for (const Row& row : rows) versions.emplace(row.Text(0), row.Int(1));
  return versions;
}

Status DomainVersionRepository::Bump(const std::string& district) {
  return db_
      .Execute(
          "INSERT INTO domain_versions (district_code, version) VALUES (?, 1) "
          "ON CONFLICT (district_code) DO UPDATE SET version = domain_versions.version + 1",
          {district})
      .status();
}

Status DomainVersionRepository::BumpOfUnit(Id unit_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT district_code FROM units WHERE id = ?", {unit_id}));
  if (rows.empty()) return Status::Ok();  // no such unit: nothing changed
  return Bump(rows.at(0).Text(0));
}

}  // namespace sanwang::store
