// The demo district's workforce for `sanwang demo`, in the reference district's
// proportions: 670 workers — 670 cannot staff the demo's 600-odd grids and its communities
// both, so five grids in six get a grid worker (the sixth shows up as a gap), 30 are
// professional social workers, and the rest community workers shared among the
// communities in proportion to their households — each with a valid (made-up) ID number and mobile, marked as
// demo data; a households figure per community; a few trainings. A grid worker is linked to the demo account
// of its grid and each community's first worker (its 社区书记) to the community's account, under the
// account's name. Seeded: the same demo every time.
#include <algorithm>
#include <chrono>
#include <random>

#include "cli/context.h"
#include "cli/demo_district.h"
#include "store/user_repository.h"
#include "support/personal_data.h"
#include "support/store/roster_repository.h"

namespace sanwang::cli {
namespace {

constexpr int kWorkers = 670;
constexpr int kSocialWorkers = 30;
constexpr int kGridWithoutWorkerEvery = 6;

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                 "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
const char* const kGiven[] = {"芳", "伟", "娜", "敏", "静", "丽", "强", "磊",   "军", "洋",
                              "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"};
const char* const kTrainings[] = {"社会工作实务培训", "网格化服务管理培训", "社区治理能力提升班",
                                  "矛盾纠纷调解培训", "党建引领基层治理专题"};
const char* const kQualifications[] = {"none", "none", "assistant", "intermediate", "senior"};

class DemoWorkforce {
 public:
  DemoWorkforce(Context& ctx, unsigned seed) : ctx_(ctx), rng_(seed) {}

  Status Add(const store::UnitRecord& unit, const std::string& kind, const std::string& post,
             const store::UnitRecord* grid, const std::string& username) {
    store::WorkerRecord w;
    w.district_code = ctx_.config().district_code;
    w.kind = kind;
    w.post = post;
    w.unit_id = unit.id;
    if (grid != nullptr) w.grid_id = grid->id;
    w.name = Name();
    SW_RETURN_IF_ERROR(LinkAccount(username, w));
    w.started_on = Date(2008, 17 * 365);
    w.qualification = kind == "social_worker" ? kQualifications[2 + Pick(3)] : kQualifications[Pick(5)];
    w.id_number = IdNumber();
    w.phone = "13" + std::to_string(500000000 + static_cast<int>(Pick(499999999)));
    w.demo = true;
    SW_ASSIGN_OR_RETURN(auto made, store::RosterRepository(ctx_.db()).Insert(w));
    ++count_;
    return Trainings(made.id);
  }
  int count() const { return count_; }
  std::size_t Pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

 private:
  std::string Name() {
    return std::string(kSurnames[Pick(std::size(kSurnames))]) + kGiven[Pick(std::size(kGiven))];
  }
  // A date `within` days after 1 January of `year`.
  std::string Date(int year, int within) {
    const std::chrono::sys_days start{std::chrono::year{year} / 1 / 1};
    return FormatDate(start + std::chrono::days(static_cast<int>(Pick(static_cast<std::size_t>(within)))));
  }
  // Born 1965 to 2000; the sequence number keeps every one apart.
  std::string IdNumber() {
    std::string birth = Date(1965, 35 * 365);
    birth.erase(std::remove(birth.begin(), birth.end(), '-'), birth.end());
    const std::string sequence = std::to_string(100 + count_ % 900);
    const std::string first17 = "410102" + birth + sequence;
    return first17 + support::IdNumberCheckCharacter(first17);
  }
  Status LinkAccount(const std::string& username, store::WorkerRecord& w) {
    if (username.empty()) return Status::Ok();
    SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(ctx_.db()).FindByUsername(username));
    if (!user) return Status::Ok();
    w.user_id = user->id;
    if (!user->display_name.empty()) w.name = user->display_name;
    return Status::Ok();
  }
  Status Trainings(store::Id worker) {
    if (Pick(3) != 0) return Status::Ok();
    store::RosterRepository repo(ctx_.db());
    for (std::size_t i = 0, n = 1 + Pick(2); i < n; ++i) {
      store::TrainingRecord t{0,
                              ctx_.config().district_code,
                              worker,
                              Date(2026, 300),
                              kTrainings[Pick(std::size(kTrainings))],
                              static_cast<std::int64_t>(10 * (2 + Pick(6)) + 5 * Pick(2))};
      SW_RETURN_IF_ERROR(repo.AddTraining(t).status());
    }
    return Status::Ok();
  }

  Context& ctx_;
  std::mt19937 rng_;
  int count_ = 0;
};

// Households per community, and each one's share of the community workers (at least one).
std::vector<int> CommunityShares(const std::vector<std::int64_t>& households, int workers) {
  std::int64_t total = 0;
  for (std::int64_t h : households) total += h;
  std::vector<int> shares;
  for (std::int64_t h : households) {
    shares.push_back(
        std::max(1, static_cast<int>((h * workers + total / 2) / std::max<std::int64_t>(total, 1))));
  }
  return shares;
}

Status AddGridWorkers(const org::OrgDirectory& org, DemoWorkforce& force,
                      const std::vector<const store::UnitRecord*>& grids) {
  for (std::size_t i = 0; i < grids.size(); ++i) {
    const store::UnitRecord* community = org.AncestorOfKind(grids[i]->id, "community");
    if (community == nullptr || i % kGridWithoutWorkerEvery == kGridWithoutWorkerEvery - 1) continue;
    SW_RETURN_IF_ERROR(force.Add(*community, "grid_worker", "网格员", grids[i], DemoHandlerFor(*grids[i])));
  }
  return Status::Ok();
}

Status AddCommunityWorkers(Context& ctx, DemoWorkforce& force,
                           const std::vector<const store::UnitRecord*>& communities) {
  std::vector<std::int64_t> households;
  store::RosterRepository repo(ctx.db());
  for (const store::UnitRecord* c : communities) {
    households.push_back(1500 + static_cast<std::int64_t>(force.Pick(3000)));
    SW_RETURN_IF_ERROR(repo.SetHouseholds({ctx.config().district_code, c->id, households.back(), ""}));
  }
  const int last = kWorkers - kSocialWorkers;
  const std::vector<int> shares = CommunityShares(households, std::max(0, last - force.count()));
  // Round by round, so every community has its secretary before any has a second worker.
  const int rounds = *std::max_element(shares.begin(), shares.end());
  for (int k = 0; k < rounds; ++k) {
    for (std::size_t c = 0; c < communities.size() && force.count() < last; ++c) {
      if (k >= shares[c]) continue;
      const char* post = k == 0 ? "社区书记" : k == 1 ? "社区居委会主任" : "社区工作者";
      SW_RETURN_IF_ERROR(force.Add(*communities[c], "community_worker", post, nullptr,
                                   k == 0 ? DemoHandlerFor(*communities[c]) : ""));
    }
  }
  return Status::Ok();
}

std::vector<const store::UnitRecord*> InCodeOrder(std::vector<const store::UnitRecord*> units) {
  std::sort(units.begin(), units.end(), [](auto* a, auto* b) { return a->code < b->code; });
  return units;
}

}  // namespace

Result<int> BuildDemoRoster(Context& ctx, unsigned seed) {
  const org::OrgDirectory& org = ctx.org();
  const auto communities = InCodeOrder(org.OfKind("community"));
  if (communities.empty()) return 0;
  DemoWorkforce force(ctx, seed);
  Status written = ctx.db().InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(AddGridWorkers(org, force, InCodeOrder(org.OfKind("grid"))));
    SW_RETURN_IF_ERROR(AddCommunityWorkers(ctx, force, communities));
    for (std::size_t k = 0; force.count() < kWorkers; ++k) {
      SW_RETURN_IF_ERROR(
          force.Add(*communities[k % communities.size()], "social_worker", "专业社工", nullptr, ""));
    }
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return force.count();
}

}  // namespace sanwang::cli
