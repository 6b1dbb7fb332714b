#include "bodies/store/social_org_repository.h"

#include "store/personal_data.h"
#include "store/personal_data_reseal.h"

namespace sanwang::store {
namespace {

constexpr const char* kSelect =
    "SELECT s.id, s.district_code, s.kind, s.name, s.credit_code, s.field, s.field_note, s.contact_name, "
    "s.contact_phone, s.community_id, s.active, s.demo, u.code, u.name FROM social_orgs s "
    "JOIN units u ON u.id = s.community_id";

SocialOrgRecord FromRow(const Row& r) {
  SocialOrgRecord s;
  s.id = r.Int(0);
  s.district_code = r.Text(1);
  s.kind = r.Text(2);
  s.name = r.Text(3);
  s.credit_code = r.Text(4);
  s.field = r.Text(5);
  s.field_note = r.Text(6);
  s.contact_name = r.Text(7);
  s.contact_phone = OpenPersonal(r.Text(8));
  s.community_id = r.Int(9);
  s.active = r.Int(10) != 0;
  s.demo = r.Int(11) != 0;
  s.community_code = r.Text(12);
  s.community_name = r.Text(13);
  return s;
}

SqlParams WrittenValues(const SocialOrgRecord& s) {
  return {s.kind,
          s.name,
          s.credit_code,
          s.field,
          s.field_note,
          s.contact_name,
          SealPersonal(s.contact_phone),
          s.community_id,
          static_cast<std::int64_t>(s.active)};
}

}  // namespace

Result<SocialOrgRecord> SocialOrgRepository::Insert(SocialOrgRecord org) {
  SqlParams params = WrittenValues(org);
  params.insert(params.begin(), org.district_code);
  params.push_back(static_cast<std::int64_t>(org.demo));
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO social_orgs (district_code, kind, name, credit_code, field, "
                           "field_note, contact_name, contact_phone, community_id, active, demo) VALUES (?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                           params));
  return Get(rows.at(0).Int(0));
}

Status SocialOrgRepository::Update(const SocialOrgRecord& org) {
  SqlParams params = WrittenValues(org);
  params.push_back(org.id);
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE social_orgs SET kind = ?, name = ?, credit_code = ?, field = ?, "
                                  "field_note = ?, contact_name = ?, contact_phone = ?, community_id = ?, "
                                  "active = ? WHERE id = ?",
                                  params));
  if (changed == 0) return NotFound("社会组织不存在 no such social organization");
  return Status::Ok();
}

Result<SocialOrgRecord> SocialOrgRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) + " WHERE s.id = ?", {id}));
  if (rows.empty()) return NotFound("社会组织不存在 no such social organization");
  return FromRow(rows.front());
}

Result<std::optional<Id>> SocialOrgRepository::FindByName(const std::string& district_code,
                                                          const std::string& name) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id FROM social_orgs WHERE district_code = ? AND name = ?",
                                           {district_code, name}));
  if (rows.empty()) return std::optional<Id>();
  return std::optional<Id>(rows.front().Int(0));
}

Result<std::vector<SocialOrgRecord>> SocialOrgRepository::List(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query(std::string(kSelect) + " WHERE s.district_code = ? ORDER BY u.code, s.kind, s.name, s.id",
                {district_code}));
  std::vector<SocialOrgRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

}  // namespace sanwang::store

namespace sanwang::store {

// The bodies' sealed columns, for the pass that seals them again (store/personal_data_reseal.h):
// a social organisation's contact person's phone.
std::vector<SealedTable> BodiesSealedTables() { return {{"social_orgs", "id", {{"contact_phone", ""}}}}; }

}  // namespace sanwang::store
