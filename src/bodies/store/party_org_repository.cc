#include "bodies/store/party_org_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.district_code, p.kind, p.name, p.unit_id, p.host, p.parent_id, p.secretary, "
    "p.secretary_user_id, p.members, p.founded_on, p.demo, u.code, u.name, q.name, a.username "
    "FROM party_orgs p JOIN units u ON u.id = p.unit_id LEFT JOIN party_orgs q ON q.id = p.parent_id "
    "LEFT JOIN users a ON a.id = p.secretary_user_id";

PartyOrgRecord FromRow(const Row& r) {
  PartyOrgRecord p;
  p.id = r.Int(0);
  p.district_code = r.Text(1);
  p.kind = r.Text(2);
  p.name = r.Text(3);
  p.unit_id = r.Int(4);
  p.host = r.Text(5);
  p.parent_id = r.OptInt(6);
  p.secretary = r.Text(7);
  p.secretary_user_id = r.OptInt(8);
  p.members = r.Int(9);
  p.founded_on = r.Text(10);
  p.demo = r.Int(11) != 0;
  p.unit_code = r.Text(12);
  p.unit_name = r.Text(13);
  p.parent_name = r.Text(14);
  p.secretary_username = r.Text(15);
  return p;
}

// The values of every column Update writes, in the order of the statements.
SqlParams WrittenValues(const PartyOrgRecord& p) {
  return {p.kind,
          p.name,
          p.unit_id,
          p.host,
          Nullable(p.parent_id),
          p.secretary,
          Nullable(p.secretary_user_id),
          p.members,
          p.founded_on};
}

}  // namespace

Result<PartyOrgRecord> PartyOrgRepository::Insert(PartyOrgRecord org) {
  SqlParams params = WrittenValues(org);
  params.insert(params.begin(), org.district_code);
  params.push_back(static_cast<std::int64_t>(org.demo));
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO party_orgs (district_code, kind, name, unit_id, host, parent_id, "
                           "secretary, secretary_user_id, members, founded_on, demo) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?) RETURNING id",
                           params));
  return Get(rows.at(0).Int(0));
}

Status PartyOrgRepository::Update(const PartyOrgRecord& org) {
  SqlParams params = WrittenValues(org);
  params.push_back(org.id);
  SW_ASSIGN_OR_RETURN(
      auto changed,
      db_.Execute("UPDATE party_orgs SET kind = ?, name = ?, unit_id = ?, host = ?, parent_id = ?, "
                  "secretary = ?, secretary_user_id = ?, members = ?, founded_on = ? WHERE id = ?",
                  params));
  if (changed == 0) return NotFound("党组织不存在 no such party organization");
  return Status::Ok();
}

Result<PartyOrgRecord> PartyOrgRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) + " WHERE p.id = ?", {id}));
  if (rows.empty()) return NotFound("党组织不存在 no such party organization");
  return FromRow(rows.front());
}

Result<std::optional<Id>> PartyOrgRepository::FindByName(const std::string& district_code,
                                                         const std::string& name) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id FROM party_orgs WHERE district_code = ? AND name = ?",
                                           {district_code, name}));
  if (rows.empty()) return std::optional<Id>();
  return std::optional<Id>(rows.front().Int(0));
}

Result<std::vector<PartyOrgRecord>> PartyOrgRepository::List(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query(std::string(kSelect) + " WHERE p.district_code = ? ORDER BY u.code, p.kind DESC, p.name, "
                                       "p.id",
                {district_code}));
  std::vector<PartyOrgRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

}  // namespace sanwang::store
