#include "bodies/body_book.h"

#include "bodies/body_access.h"
#include "bodies/credit_code.h"
#include "bodies/party_org.h"
#include "bodies/social_org.h"
#include "org/roles.h"
#include "store/user_repository.h"

namespace sanwang::bodies {
namespace {

Status NotYours(const std::string& unit_code) {
  return PermissionDenied("无权维护该单位的组织 you may not keep the organizations of " + unit_code);
}

Status NameTaken() {
  return {ErrorCode::kAlreadyExists, "该名称已被使用 an organization of that name is already listed", "name"};
}

// Checked before writing: on PostgreSQL a unique violation would spoil the transaction the
// write shares with others; the table's UNIQUE key stays behind it.
template <typename Repository>
Status NameFree(const OrgBodies& bodies, const std::string& name, store::Id id) {
  SW_ASSIGN_OR_RETURN(auto holder, Repository(bodies.db).FindByName(bodies.district(), name));
  if (holder && *holder != id) return NameTaken();
  return Status::Ok();
}

Status ParentFits(const OrgBodies& bodies, const store::PartyOrgRecord& p) {
  if (!p.parent_id) return Status::Ok();
  store::PartyOrgRepository repo(bodies.db);
  auto parent = repo.Get(*p.parent_id);
  if (!parent.ok() || parent->district_code != bodies.district()) {
    return InvalidArgument("上级党组织不存在 no such parent party organization", "parent");
  }
  SW_RETURN_IF_ERROR(ValidateParent(p, *parent, bodies.org));
  if (p.id == 0) return Status::Ok();
  SW_ASSIGN_OR_RETURN(auto all, repo.List(bodies.district()));
  PartyParents parents;
  for (const store::PartyOrgRecord& o : all) parents[o.id] = o.parent_id;
  if (ClosesCycle(parents, p.id, *p.parent_id)) {
    return InvalidArgument(
        "上级党组织不能是自身或其下级 the parent may not be the organization or one below it", "parent");
  }
  return Status::Ok();
}

template <typename Record>
std::vector<Record> InSubtree(const OrgBodies& bodies, std::vector<Record> all, store::Id unit_id,
                              store::Id Record::*unit_of) {
  std::erase_if(all, [&](const Record& r) { return !bodies.org.InSubtree(unit_id, r.*unit_of); });
  return all;
}

}  // namespace

Status ResolvePartyOrgRefs(const OrgBodies& bodies, store::PartyOrgRecord& p) {
  const store::UnitRecord* unit = bodies.org.FindByCode(p.unit_code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + p.unit_code + "'", "unit_code");
  p.unit_id = unit->id;
  p.secretary_user_id.reset();
  if (p.secretary_username.empty()) return Status::Ok();
  SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(bodies.db).FindByUsername(p.secretary_username));
  if (!user || user->district_code != bodies.district()) {
    return InvalidArgument("账号不存在 no account '" + p.secretary_username + "'", "secretary_username");
  }
  p.secretary_user_id = user->id;
  return Status::Ok();
}

Status ResolveSocialOrgRefs(const org::OrgDirectory& org, store::SocialOrgRecord& s) {
  const store::UnitRecord* unit = org.FindByCode(s.community_code);
  if (unit == nullptr)
    return InvalidArgument("社区不存在 no community '" + s.community_code + "'", "community_code");
  s.community_id = unit->id;
  s.credit_code = NormalizeCreditCode(s.credit_code);
  return Status::Ok();
}

Result<const store::UnitRecord*> UnitInSight(const OrgBodies& bodies, const std::string& code) {
  SW_RETURN_IF_ERROR(MayReadBodies(bodies.actor));
  if (code.empty()) {
    const bool district_wide = org::InSet(org::DistrictWideRoles(), bodies.actor.role);
    const store::UnitRecord* own = district_wide          ? bodies.org.Root()
                                   : bodies.actor.unit_id ? bodies.org.Find(*bodies.actor.unit_id)
                                                          : nullptr;
    if (own == nullptr) return PermissionDenied("账号没有所属单位 your account has no unit");
    return own;
  }
  const store::UnitRecord* unit = bodies.org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "unit");
  if (!SeesBodiesOf(bodies.org, bodies.actor, unit->id)) {
    return PermissionDenied("单位超出权限范围 unit " + code + " is outside your scope");
  }
  return unit;
}

Result<std::vector<store::PartyOrgRecord>> ListPartyOrgs(const OrgBodies& bodies,
                                                         const std::string& unit_code,
                                                         const std::string& kind) {
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitInSight(bodies, unit_code));
  if (!kind.empty() && !IsPartyOrgKind(kind)) {
    return InvalidArgument("未知的党组织类别 unknown kind '" + kind + "'", "kind");
  }
  SW_ASSIGN_OR_RETURN(auto all, store::PartyOrgRepository(bodies.db).List(bodies.district()));
  if (!kind.empty()) std::erase_if(all, [&](const store::PartyOrgRecord& p) { return p.kind != kind; });
  return InSubtree(bodies, std::move(all), unit->id, &store::PartyOrgRecord::unit_id);
}

Result<store::PartyOrgRecord> FindPartyOrg(const OrgBodies& bodies, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadBodies(bodies.actor));
  auto found = store::PartyOrgRepository(bodies.db).Get(id);
  if (!found.ok() || found->district_code != bodies.district() ||
      !SeesBodiesOf(bodies.org, bodies.actor, found->unit_id)) {
    return NotFound("党组织不存在 no such party organization");
  }
  return found;
}

Result<store::PartyOrgRecord> CreatePartyOrg(const OrgBodies& bodies, store::PartyOrgRecord p) {
  p.id = 0;
  p.district_code = bodies.district();
  SW_RETURN_IF_ERROR(ValidatePartyOrg(p, bodies.org));
  if (!KeepsBodiesOf(bodies.org, bodies.actor, p.unit_id)) return NotYours(p.unit_code);
  SW_RETURN_IF_ERROR(ParentFits(bodies, p));
  SW_RETURN_IF_ERROR(NameFree<store::PartyOrgRepository>(bodies, p.name, 0));
  return store::PartyOrgRepository(bodies.db).Insert(p);
}

Result<store::PartyOrgRecord> UpdatePartyOrg(const OrgBodies& bodies, store::PartyOrgRecord p) {
  SW_ASSIGN_OR_RETURN(auto stored, FindPartyOrg(bodies, p.id));
  if (!KeepsBodiesOf(bodies.org, bodies.actor, stored.unit_id)) return NotYours(stored.unit_code);
  p.district_code = stored.district_code;
  SW_RETURN_IF_ERROR(ValidatePartyOrg(p, bodies.org));
  if (!KeepsBodiesOf(bodies.org, bodies.actor, p.unit_id)) return NotYours(p.unit_code);
  SW_RETURN_IF_ERROR(ParentFits(bodies, p));
  SW_RETURN_IF_ERROR(NameFree<store::PartyOrgRepository>(bodies, p.name, p.id));
  store::PartyOrgRepository repo(bodies.db);
  SW_RETURN_IF_ERROR(repo.Update(p));
  return repo.Get(p.id);
}

Result<std::vector<store::SocialOrgRecord>> ListSocialOrgs(const OrgBodies& bodies,
                                                           const std::string& unit_code,
                                                           const std::string& kind) {
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitInSight(bodies, unit_code));
  if (!kind.empty() && !IsSocialOrgKind(kind)) {
    return InvalidArgument("未知的组织类别 unknown kind '" + kind + "'", "kind");
  }
  SW_ASSIGN_OR_RETURN(auto all, store::SocialOrgRepository(bodies.db).List(bodies.district()));
  if (!kind.empty()) std::erase_if(all, [&](const store::SocialOrgRecord& s) { return s.kind != kind; });
  return InSubtree(bodies, std::move(all), unit->id, &store::SocialOrgRecord::community_id);
}

Result<store::SocialOrgRecord> FindSocialOrg(const OrgBodies& bodies, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadBodies(bodies.actor));
  auto found = store::SocialOrgRepository(bodies.db).Get(id);
  if (!found.ok() || found->district_code != bodies.district() ||
      !SeesBodiesOf(bodies.org, bodies.actor, found->community_id)) {
    return NotFound("社会组织不存在 no such social organization");
  }
  return found;
}

Result<store::SocialOrgRecord> CreateSocialOrg(const OrgBodies& bodies, store::SocialOrgRecord s) {
  s.id = 0;
  s.district_code = bodies.district();
  SW_RETURN_IF_ERROR(ValidateSocialOrg(s, bodies.org));
  if (!KeepsBodiesOf(bodies.org, bodies.actor, s.community_id)) return NotYours(s.community_code);
  SW_RETURN_IF_ERROR(NameFree<store::SocialOrgRepository>(bodies, s.name, 0));
  return store::SocialOrgRepository(bodies.db).Insert(s);
}

Result<store::SocialOrgRecord> UpdateSocialOrg(const OrgBodies& bodies, store::SocialOrgRecord s) {
  SW_ASSIGN_OR_RETURN(auto stored, FindSocialOrg(bodies, s.id));
  if (!KeepsBodiesOf(bodies.org, bodies.actor, stored.community_id)) return NotYours(stored.community_code);
  s.district_code = stored.district_code;
  SW_RETURN_IF_ERROR(ValidateSocialOrg(s, bodies.org));
  if (!KeepsBodiesOf(bodies.org, bodies.actor, s.community_id)) return NotYours(s.community_code);
  SW_RETURN_IF_ERROR(NameFree<store::SocialOrgRepository>(bodies, s.name, s.id));
  store::SocialOrgRepository repo(bodies.db);
  SW_RETURN_IF_ERROR(repo.Update(s));
  return repo.Get(s.id);
}

}  // namespace sanwang::bodies
