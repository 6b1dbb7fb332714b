// The demo district's party and social organizations for `sanwang demo`: a party working
// committee (党工委) per sub-district; under it a general branch per community, or a branch
// for a small one, led by the community's secretary from the roster (社区书记, with the
// account the roster links) when there is one; and per sub-district two social
// organizations with a made-up but valid credit code, two activity groups and a volunteer
// team, each serving one of its communities — all marked as demo data. Seeded: the same
// demo every time.
#include <random>

#include "bodies/credit_code.h"
#include "bodies/store/party_org_repository.h"
#include "bodies/store/social_org_repository.h"
#include "cli/context.h"
#include "support/store/roster_repository.h"

namespace sanwang::cli {
namespace {

const char* const kSecretaries[] = {"王建国", "李秀兰", "张志强", "刘玉梅",
                                    "陈卫东", "杨淑华", "赵国庆", "周红霞"};
struct DemoSocialOrg {
  const char* suffix;
  const char* kind;
  const char* field;
};
const DemoSocialOrg kSocialOrgs[] = {{"夕阳红养老服务中心", "social_organization", "elder_care"},
                                     {"阳光青少年服务社", "social_organization", "children_youth"},
                                     {"广场舞队", "activity_group", "culture_sports"},
                                     {"太极拳队", "activity_group", "culture_sports"},
                                     {"红马甲志愿服务队", "volunteer_team", "community_safety"}};

class DemoBodies {
 public:
  DemoBodies(Context& ctx, unsigned seed) : ctx_(ctx), rng_(seed) {}

  Status Street(const store::UnitRecord& street) {
    SW_ASSIGN_OR_RETURN(store::PartyOrgRecord committee,
                        Base("party_committee", "中共" + street.name + "工作委员会", street));
    committee.secretary = kSecretaries[Pick(std::size(kSecretaries))];
    committee.members = 300 + static_cast<std::int64_t>(Pick(400));
    SW_ASSIGN_OR_RETURN(committee, store::PartyOrgRepository(ctx_.db()).Insert(committee));
    const auto communities = ctx_.org().Children(street.id);
    for (const store::UnitRecord* c : communities) {
      if (c->kind == "community") SW_RETURN_IF_ERROR(Community(*c, committee.id));
    }
    return SocialOrgs(communities);
  }

 private:
  std::size_t Pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  // Names are unique in a district; two units of one name tell theirs apart by code.
  Result<std::string> FreeName(const std::string& name, const store::UnitRecord& unit) {
    SW_ASSIGN_OR_RETURN(auto taken,
                        store::PartyOrgRepository(ctx_.db()).FindByName(ctx_.config().district_code, name));
    return taken ? name + "（" + unit.code + "）" : name;
  }

  Result<store::PartyOrgRecord> Base(const std::string& kind, const std::string& name,
                                     const store::UnitRecord& unit) {
    store::PartyOrgRecord p;
    p.district_code = ctx_.config().district_code;
    p.kind = kind;
    SW_ASSIGN_OR_RETURN(p.name, FreeName(name, unit));
    p.unit_id = unit.id;
    p.founded_on = std::to_string(1990 + Pick(30)) + "-07-01";
    p.demo = true;
    return p;
  }

  // The roster's 社区书记 of the community, with their account, when the roster has one.
  Status LedBySecretary(const store::UnitRecord& community, store::PartyOrgRecord& p) {
    store::WorkerQuery q = store::WorkerQuery::AllOf(ctx_.config().district_code);
    q.unit_id = community.id;
    q.kind = "community_worker";
    SW_ASSIGN_OR_RETURN(auto workers, store::RosterRepository(ctx_.db()).List(q));
    for (const store::WorkerRecord& w : workers) {
      if (w.post != "社区书记") continue;
      p.secretary = w.name;
      p.secretary_user_id = w.user_id;
      return Status::Ok();
    }
    p.secretary = kSecretaries[Pick(std::size(kSecretaries))];
    return Status::Ok();
  }

  Status Community(const store::UnitRecord& community, store::Id committee) {
    const std::int64_t members = 20 + static_cast<std::int64_t>(Pick(120));
    const bool general = members >= 50;  // a branch of 50 or more members sets up a general branch
    SW_ASSIGN_OR_RETURN(store::PartyOrgRecord p,
                        Base(general ? "general_branch" : "branch",
                             "中共" + community.name + (general ? "总支部委员会" : "支部委员会"), community));
    p.parent_id = committee;
    p.members = members;
    SW_RETURN_IF_ERROR(LedBySecretary(community, p));
    return store::PartyOrgRepository(ctx_.db()).Insert(p).status();
  }

  // 52: registered with civil affairs as a social service organization; the district's
  // code; nine digits of the organization; the check character.
  std::string CreditCode() {
    std::string first17 = "52" + ctx_.config().district_code;
    while (first17.size() < 17) first17 += static_cast<char>('0' + Pick(10));
    return first17 + bodies::CreditCodeCheckCharacter(first17);
  }

  // A sub-district's social organizations, each serving one of its communities.
  Status SocialOrgs(const std::vector<const store::UnitRecord*>& communities) {
    if (communities.empty()) return Status::Ok();
    for (std::size_t i = 0; i < std::size(kSocialOrgs); ++i) {
      const store::UnitRecord& served = *communities[(i + Pick(communities.size())) % communities.size()];
      store::SocialOrgRecord s;
      s.district_code = ctx_.config().district_code;
      s.kind = kSocialOrgs[i].kind;
      s.name = served.name + kSocialOrgs[i].suffix;
      s.credit_code = s.kind == "activity_group" ? "" : CreditCode();
      s.field = kSocialOrgs[i].field;
      s.contact_name = kSecretaries[Pick(std::size(kSecretaries))];
      s.contact_phone = "139" + std::to_string(10000000 + static_cast<int>(Pick(89999999)));
      s.community_id = served.id;
      s.demo = true;
      auto free = store::SocialOrgRepository(ctx_.db()).FindByName(s.district_code, s.name);
      if (!free.ok()) return free.status();
      if (*free) continue;  // two picks of one community for one kind: one is enough
      SW_RETURN_IF_ERROR(store::SocialOrgRepository(ctx_.db()).Insert(s).status());
    }
    return Status::Ok();
  }

  Context& ctx_;
  std::mt19937 rng_;
};

}  // namespace

Status BuildDemoBodies(Context& ctx, unsigned seed) {
  DemoBodies bodies(ctx, seed);
  return ctx.db().InTransaction([&]() -> Status {
    for (const store::UnitRecord* street : ctx.org().OfKind("street"))
      SW_RETURN_IF_ERROR(bodies.Street(*street));
    return Status::Ok();
  });
}

}  // namespace sanwang::cli
