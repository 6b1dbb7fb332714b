#include "support/party_members.h"

#include "support/activity_access.h"
#include "support/store/party_registration_repository.h"

namespace sanwang::support {
namespace {

constexpr std::size_t kMaxText = 200;

Result<store::Id> CommunityOf(const org::OrgDirectory& org, const cases::Actor& actor,
                              const std::string& code) {
  if (code.empty()) {
    const store::UnitRecord* c = actor.unit_id ? org.AncestorOfKind(*actor.unit_id, "community") : nullptr;
    if (c == nullptr) {
      return InvalidArgument("请选择居住的社区 community_code: name the community where you live",
                             "community_code");
    }
    return c->id;
  }
  const store::UnitRecord* unit = org.FindByCode(code);
  if (unit == nullptr || unit->kind != "community") {
    return InvalidArgument("社区不存在 no community '" + code + "'", "community_code");
  }
  return unit->id;
}

Status CheckText(const std::string& value, const std::string& field, const std::string& zh) {
  if (value.empty()) return InvalidArgument("请填写" + zh + " " + field + " is required", field);
  if (value.size() > kMaxText) return InvalidArgument(zh + "过长 " + field + " is too long", field);
  return Status::Ok();
}

struct DecisionRule {
  std::set<std::string> from;
  std::string to;
};

DecisionRule RuleOf(RegistrationDecision d) {
  switch (d) {
    case RegistrationDecision::kConfirm:
      return {{"pending"}, "confirmed"};
    case RegistrationDecision::kDecline:
      return {{"pending"}, "declined"};
    case RegistrationDecision::kWithdraw:
      return {{"pending", "confirmed"}, "withdrawn"};
  }
  return {};
}

Status MayDecide(const org::OrgDirectory& org, const cases::Actor& actor,
                 const store::PartyRegistrationRecord& r, RegistrationDecision d) {
  if (d == RegistrationDecision::kWithdraw) {
    if (actor.user_id && *actor.user_id == r.user_id) return Status::Ok();
    return PermissionDenied("只有本人可以撤回报到 only the member withdraws a registration");
  }
  if (OrganizesUnit(org, actor, r.community_id)) return Status::Ok();
  return PermissionDenied("无权处理该社区的报到 you do not organize this community");
}

}  // namespace

Result<store::PartyRegistrationRecord> RegisterPartyMember(store::Database& db, const org::OrgDirectory& org,
                                                           const cases::Actor& actor,
                                                           const RegistrationRequest& request,
                                                           UnixSeconds now) {
  if (!org::InSet(org::ActivityParticipantRoles(), actor.role) || !actor.user_id) {
    return PermissionDenied("仅居民账户可以报到 only resident accounts register");
  }
  SW_ASSIGN_OR_RETURN(store::Id community, CommunityOf(org, actor, request.community_code));
  SW_RETURN_IF_ERROR(CheckText(request.workplace, "workplace", "工作单位"));
  SW_RETURN_IF_ERROR(CheckText(request.party_branch, "party_branch", "所在党支部"));
  store::PartyRegistrationRecord r;
  r.district_code = org.district_code();
  r.user_id = *actor.user_id;
  r.community_id = community;
  r.workplace = request.workplace;
  r.party_branch = request.party_branch;
  r.state = "pending";
  r.created_at = now;
  return store::PartyRegistrationRepository(db).Insert(r);
}

Result<store::PartyRegistrationRecord> DecideRegistration(store::Database& db, const org::OrgDirectory& org,
                                                          const cases::Actor& actor, store::Id id,
                                                          RegistrationDecision decision,
                                                          const std::string& reason, UnixSeconds now) {
  store::PartyRegistrationRepository repo(db);
  auto found = repo.Get(id);
  if (!found.ok() || found->district_code != org.district_code())
    return NotFound("报到记录不存在 no such registration");
  SW_RETURN_IF_ERROR(MayDecide(org, actor, *found, decision));
  const DecisionRule rule = RuleOf(decision);
  if (!rule.from.contains(found->state)) {
    return FailedPrecondition("报到当前状态为 " + found->state + "，不能如此处理 a registration that is " +
                              found->state + " cannot become " + rule.to);
  }
  if (decision == RegistrationDecision::kDecline && reason.empty())
    return InvalidArgument("请填写不予确认的理由 reason: give a reason", "reason");
  if (reason.size() > 500) return InvalidArgument("理由过长 reason is too long", "reason");
  SW_RETURN_IF_ERROR(repo.Change({id, rule.from, rule.to, reason, actor.user_id, now}));
  return repo.Get(id);
}

Result<RegistrationPage> RegistrationsToManage(store::Database& db, const org::OrgDirectory& org,
                                               const cases::Actor& actor, const std::set<std::string>& states,
                                               std::size_t offset, std::size_t limit) {
  if (!org::InSet(org::ActivityOrganizerRoles(), actor.role)) {
    return PermissionDenied("无权处理报到 you do not organize a community");
  }
  store::PartyRegistrationQuery query;
  query.district_code = org.district_code();
  query.states = states;
  query.offset = offset;
  query.limit = limit;
  if (actor.role != org::kAdmin) {
    const store::UnitRecord* scope = actor.unit_id ? org.Find(*actor.unit_id) : nullptr;
    if (scope == nullptr) return RegistrationPage{};
    query.community_path = scope->path;
  }
  store::PartyRegistrationRepository repo(db);
  RegistrationPage page;
  SW_ASSIGN_OR_RETURN(page.total, repo.Count(query));
  SW_ASSIGN_OR_RETURN(page.records, repo.List(query));
  return page;
}

Result<std::optional<store::PartyRegistrationRecord>> ActiveRegistration(store::Database& db,
                                                                         const std::string& district,
                                                                         store::Id user_id) {
  return store::PartyRegistrationRepository(db).ActiveOf(district, user_id);
}

}  // namespace sanwang::support
