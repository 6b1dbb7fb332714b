// The in-service party members and volunteer activities of `sanwang demo`: 300 demo
// resident accounts (member001 … member300, password as the other demo accounts) spread
// over the communities, registered with them with workplaces and branches marked 演示
// (demo) — most confirmed, some pending, a few declined — and resident01 … resident05
// confirmed too (the first five demo residents); four activities per community over a month (two in the past
// fortnight with participants checked in and out, two in the next fortnight with sign-ups). Written through
// the repositories (the past activities could not be published through the domain's checks). Deterministic
// for a seed.
#include <iostream>
#include <map>
#include <random>

#include "cli/context.h"
#include "cli/demo_district.h"
#include "org/password.h"
#include "store/user_repository.h"
#include "support/service_hours.h"
#include "support/store/activity_repository.h"
#include "support/store/party_registration_repository.h"

namespace sanwang::cli {
namespace {

constexpr int kMembers = 300;
constexpr std::int64_t kDay = 86400;

const char* const kWorkplaces[] = {"区财政局",   "区教育局",     "区卫健委",     "区税务局", "市第一中学",
                                   "区人民医院", "国网供电公司", "区市场监管局", "区住建局", "区法院"};
const char* const kTitles[] = {"清洁家园志愿服务", "垃圾分类宣传", "敬老助餐",
                               "反诈宣传进小区",   "文明交通劝导", "关爱留守儿童"};
const char* const kPlaces[] = {"小区广场", "社区党群服务中心", "老年食堂", "小区南门", "社区文化站"};

struct Member {
  store::Id user_id = 0;
  store::Id community_id = 0;
  std::string workplace;
  bool confirmed = false;
};

class DemoActivities {
 public:
  DemoActivities(Context& ctx, unsigned seed) : ctx_(ctx), rng_(seed) {}

  Status Build() {
    SW_RETURN_IF_ERROR(AddMembers());
    SW_RETURN_IF_ERROR(AddActivities());
    return Status::Ok();
  }
  int members() const { return static_cast<int>(members_.size()); }
  int activities() const { return activities_; }
  int signups() const { return signups_; }

 private:
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  const std::string& district() const { return ctx_.config().district_code; }

  Result<store::Id> AddAccount(int i, const store::UnitRecord& community, const std::string& hash) {
    char name[16], phone[16];
    std::snprintf(name, sizeof name, "member%03d", i);
    std::snprintf(phone, sizeof phone, "1397100%04d", i);
    store::UserRecord u;
    u.district_code = district();
    u.username = name;
    u.display_name = "演示党员" + std::to_string(i);
    u.phone = phone;
    u.role = "resident";
    u.unit_id = community.id;
    u.password_hash = hash;
    u.demo_password = true;  // the demo's published password (org/password_rules.h)
    u.created_at = ctx_.clock().Now();
    SW_ASSIGN_OR_RETURN(store::UserRecord stored, store::UserRepository(ctx_.db()).Insert(u));
    return stored.id;
  }

  Status Register(store::Id user, store::Id community, int i) {
    const int roll = Uniform(0, 99);
    store::PartyRegistrationRecord r;
    r.district_code = district();
    r.user_id = user;
    r.community_id = community;
    r.workplace = std::string("演示·") + kWorkplaces[static_cast<std::size_t>(i) % std::size(kWorkplaces)];
    r.party_branch = r.workplace + "第" + std::to_string(1 + i % 3) + "党支部";
    r.state = roll < 85 ? "confirmed" : roll < 95 ? "pending" : "declined";
    r.reason = r.state == "declined" ? "演示：不在本社区居住 demo: lives elsewhere" : "";
    r.created_at = ctx_.clock().Now() - 30 * kDay;
    if (r.state != "pending") r.decided_at = r.created_at + kDay;
    SW_RETURN_IF_ERROR(store::PartyRegistrationRepository(ctx_.db()).Insert(r).status());
    members_.push_back({user, community, r.workplace, r.state == "confirmed"});
    return Status::Ok();
  }

  Status AddMembers() {
    const auto communities = ctx_.org().OfKind("community");
    if (communities.empty()) return Status::Ok();
    SW_ASSIGN_OR_RETURN(std::string hash, org::HashPassword(kDemoPassword));
    for (int i = 1; i <= kMembers; ++i) {
      const store::UnitRecord& c = *communities[static_cast<std::size_t>(i) % communities.size()];
      SW_ASSIGN_OR_RETURN(store::Id user, AddAccount(i, c, hash));
      SW_RETURN_IF_ERROR(Register(user, c.id, i));
    }
    return ConfirmDemoResidents();
  }

  // resident01 … resident05 are confirmed members of the community they live in, so that
  // the resident pages show a member's view.
  Status ConfirmDemoResidents() {
    store::UserRepository users(ctx_.db());
    for (int i = 1; i <= 5; ++i) {
      char name[16];
      std::snprintf(name, sizeof name, "resident%02d", i);
      SW_ASSIGN_OR_RETURN(auto user, users.FindByUsername(name));
      if (!user || !user->unit_id) continue;
      const store::UnitRecord* c = ctx_.org().AncestorOfKind(*user->unit_id, "community");
      if (c == nullptr) continue;
      store::PartyRegistrationRecord r;
      r.district_code = district();
      r.user_id = user->id;
      r.community_id = c->id;
      r.workplace = std::string("演示·") + kWorkplaces[static_cast<std::size_t>(i) % std::size(kWorkplaces)];
      r.party_branch = r.workplace + "第一党支部";
      r.state = "confirmed";
      r.created_at = ctx_.clock().Now() - 30 * kDay;
      r.decided_at = r.created_at + kDay;
      SW_RETURN_IF_ERROR(store::PartyRegistrationRepository(ctx_.db()).Insert(r).status());
      members_.push_back({user->id, c->id, r.workplace, true});
    }
    return Status::Ok();
  }

  // `day` days from today (negative: the past), 9:00 to 11:00 Shanghai.
  store::ActivityRecord Activity(const store::UnitRecord& community, int day, int n) {
    store::ActivityRecord a;
    a.district_code = district();
    a.unit_id = community.id;
    a.title = std::string("演示·") + kTitles[static_cast<std::size_t>(n) % std::size(kTitles)];
    a.description = "演示数据 demo data";
    const UnixSeconds today = StartOfLocalDay(LocalDateOf(ctx_.clock().Now()));
    a.starts_at = today + day * kDay + 9 * 3600;
    a.ends_at = a.starts_at + 2 * 3600;
    a.place = community.name + kPlaces[static_cast<std::size_t>(n) % std::size(kPlaces)];
    a.places = Uniform(8, 20);
    a.open_to = n % 4 == 3 ? "members" : "public";
    a.state = "published";
    a.created_at = a.starts_at - 10 * kDay;
    return a;
  }

  Status Attend(const store::ActivityRecord& a, const std::vector<const Member*>& people) {
    store::ActivityRepository repo(ctx_.db());
    const UnixSeconds now = ctx_.clock().Now();
    for (const Member* m : people) {
      if (Uniform(0, 99) < 40) continue;
      store::ActivitySignupRecord s;
      s.district_code = district();
      s.activity_id = a.id;
      s.user_id = m->user_id;
      s.workplace = m->confirmed ? m->workplace : "";
      s.created_at = a.created_at + kDay;
      auto stored = repo.SignUp(s);
      if (!stored.ok() && stored.status().code() == ErrorCode::kConflict) break;  // full
      SW_RETURN_IF_ERROR(stored.status());
      ++signups_;
      if (a.ends_at > now || Uniform(0, 9) == 0) continue;  // to come, or did not turn up
      const UnixSeconds in = a.starts_at + Uniform(-2, 3) * 300;
      const UnixSeconds out = a.ends_at + Uniform(-4, 2) * 300;
      SW_RETURN_IF_ERROR(repo.CheckIn(stored->id, in));
      SW_RETURN_IF_ERROR(repo.CheckOut(stored->id, out, support::CreditedMinutes(in, out)));
    }
    return Status::Ok();
  }

  Status AddActivities() {
    std::map<store::Id, std::vector<const Member*>> by_community;
    for (const Member& m : members_) by_community[m.community_id].push_back(&m);
    int n = 0;
    for (const store::UnitRecord* c : ctx_.org().OfKind("community")) {
      for (int day : {-12, -5, 3, 10}) {
        store::ActivityRecord a = Activity(*c, day + Uniform(0, 1), n++);
        SW_ASSIGN_OR_RETURN(a, store::ActivityRepository(ctx_.db()).Insert(a));
        ++activities_;
        std::vector<const Member*> people;
        for (const Member* m : by_community[c->id]) {
          if (a.open_to == "public" || m->confirmed) people.push_back(m);
        }
        SW_RETURN_IF_ERROR(Attend(a, people));
      }
    }
    return Status::Ok();
  }

  Context& ctx_;
  std::mt19937 rng_;
  std::vector<Member> members_;
  int activities_ = 0;
  int signups_ = 0;
};

}  // namespace

// Needs the domain loaded (Context::LoadDomain). Prints one line to standard error.
Status BuildDemoActivities(Context& ctx, unsigned seed) {
  DemoActivities demo(ctx, seed);
  SW_RETURN_IF_ERROR(ctx.db().InTransaction([&]() -> Status { return demo.Build(); }));
  std::cerr << "demo party members: " << demo.members() << " registered, " << demo.activities()
            << " activities, " << demo.signups() << " sign-ups\n";
  return Status::Ok();
}

}  // namespace sanwang::cli
