#include "synthetic_cases.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "cases/router.h"

namespace sanwang::bench {
namespace {

constexpr int kResidents = 20;     // resident01 … resident20, the demo's reporters
constexpr int kRepeatPercent = 3;  // reports that repeat an earlier one in the same grid
constexpr std::int64_t kSecondsPerDay = 86400;

const char* const kTitles[] = {"请尽快处理", "反映问题", "居民诉求", "希望解决", "麻烦看一下"};

// One case's life after its report, on the real working calendar, stopped at `now`: a
// step that would fall after now has not happened, and the case stays where it is.
// Mirrors what the workflow's effects do to the record (cases/transition_effects.cc).
class CaseLife {
 public:
  CaseLife(const District& d, UnixSeconds now, std::mt19937& rng, const store::CatalogItemRecord& item,
           store::CaseRecord& c)
      : d_(d), now_(now), rng_(rng), item_(item), c_(c), t_(c.created_at) {}

  void Live() {
    if (item_.tier == cases::kTierOnline) {
      AnswerOnline();
    } else {
      Handle();
    }
    // The supervision sweep (督办) has flagged every open case past its deadline.
    if (d_.workflow->IsOpen(c_.state)) FlagIfLate(now_);
  }

 private:
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double Between(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
  bool Percent(int p) { return Uniform(0, 99) < p; }

  // Moves time on; false when that would pass now (the step has not happened yet).
  bool WaitUntil(UnixSeconds at) {
    if (at >= now_) return false;
    t_ = std::max(t_, at);
    return true;
  }
  bool Wait(std::int64_t seconds) { return WaitUntil(t_ + seconds); }
  bool WaitWorking(double hours) {
    return WaitUntil(d_.calendar->AddWorkingSeconds(t_, static_cast<std::int64_t>(hours * 3600)));
  }

  void Step(const char* state) {
    c_.state = state;
    c_.updated_at = t_;
    ++c_.version;
  }

  int SlaHours() const { return item_.sla_hours; }

  void FlagIfLate(UnixSeconds until) {
    if (c_.resolve_due && until > *c_.resolve_due) c_.overdue = true;
  }

  // 网上办: the catalog's answer resolves the matter at once, in the reporter's community.
  void AnswerOnline() {
    c_.unit_id = c_.community_id;
    c_.resolve_due = t_;
    MarkResolved();
    MaybeRate();
  }

  void Handle() {
    Dispatch(RoutedUnit());
    const int path = Uniform(0, 99);
    if (path < 6 && !ReturnAndRedispatch()) return;
    if (!Accept(Percent(85) ? Between(0.05, 1.9) : Between(2.1, 10))) return;
    if (path >= 6 && path < 12 && !Escalate()) return;
    if (path >= 12 && path < 17 && !Extend()) return;
    if (path >= 97) return;  // still in progress today
    if (!Resolve(c_.created_at, Percent(85))) return;
    MaybeRate();
  }

  store::Id RoutedUnit() const {
    cases::Placement place{c_.grid_id, c_.community_id, c_.street_id};
    auto route = cases::RouteCase(*d_.org, &item_, place);
    return route.ok() ? route->unit : *c_.community_id;
  }

  void Dispatch(store::Id unit) {
    c_.unit_id = unit;
    c_.dispatched_at = t_;
    c_.accept_due = d_.calendar->AddWorkingHours(t_, d_.workflow->accept_hours());
    // The resident's clock runs from the report; moving the case does not reset it.
    if (!c_.resolve_due) c_.resolve_due = d_.calendar->AddWorkingHours(c_.created_at, SlaHours());
    Step("dispatched");
  }

  // 退单: back to the command center, which sends it to the community (or still holds it).
  bool ReturnAndRedispatch() {
    if (!Wait(Uniform(600, 7200))) return false;
    ++c_.return_count;
    c_.unit_id = d_.org->CommandCenter()->id;
    Step("returned");
    if (Uniform(0, 4) == 0 || !Wait(Uniform(600, 3600))) return false;
    Dispatch(*c_.community_id);
    return true;
  }

  bool Accept(double working_hours) {
    if (!WaitWorking(working_hours)) return false;
    if (!c_.accepted_at) c_.accepted_at = t_;
    Step("accepted");
    return true;
  }

  // 上报: the tier above takes it over (the command center has none and carries on).
  bool Escalate() {
    std::optional<store::Id> up = cases::NextTierUp(*d_.org, *c_.unit_id);
    if (!up) return true;
    if (!WaitWorking(Between(0.5, 2))) return false;
    ++c_.escalate_count;
    Dispatch(*up);
    return Accept(Between(0.1, 1.5));
  }

  // 延期申请: a quarter still await approval today; the rest are approved.
  bool Extend() {
    if (!WaitWorking(Between(0.5, 2))) return false;
    c_.requested_hours = 8 * Uniform(1, 3);
    Step("extension_pending");
    if (Uniform(0, 3) == 0 || !WaitWorking(Between(0.5, 2))) return false;
    c_.resolve_due = d_.calendar->AddWorkingHours(*c_.resolve_due, *c_.requested_hours);
    c_.requested_hours.reset();
    Step("accepted");
    return true;
  }

  // Resolves within the working time from `from` to the deadline when on time, after it
  // otherwise; never before the case has reached its present step.
  bool Resolve(UnixSeconds from, bool on_time) {
    const double share = on_time ? Between(0.2, 0.9) : Between(1.05, 1.8);
    const std::int64_t span = d_.calendar->WorkingSecondsBetween(from, *c_.resolve_due);
    UnixSeconds at =
        d_.calendar->AddWorkingSeconds(from, static_cast<std::int64_t>(share * static_cast<double>(span)));
    if (at <= t_) at = d_.calendar->AddWorkingSeconds(t_, Uniform(900, 3 * 3600));
    if (!WaitUntil(at)) return false;
    MarkResolved();
    return true;
  }

  void MarkResolved() {
    c_.resolved_at = t_;
    c_.handling_seconds = d_.calendar->WorkingSecondsBetween(c_.created_at, t_);
    FlagIfLate(t_);
    Step("resolved");
  }

  // 回访 / 评价: most resolved cases are rated; an unsatisfied rating reopens the case once.
  void MaybeRate() {
    if (!Percent(80) || !Wait(Uniform(3600, 3 * kSecondsPerDay))) return;
    if (Rate(Percent(88))) return;
    if (!Resolve(t_, Percent(70)) || !Wait(Uniform(3600, kSecondsPerDay))) return;
    Rate(Percent(50));
  }

  // True when the rating closed the case, false when it reopened it.
  bool Rate(bool satisfied) {
    c_.rating = satisfied ? 1 : 0;
    if (!satisfied && c_.reopen_count < d_.workflow->max_reopen()) {
      ++c_.reopen_count;
      c_.resolved_at.reset();
      c_.handling_seconds.reset();
      c_.resolve_due = d_.calendar->AddWorkingHours(t_, SlaHours());
      Step("accepted");
      return false;
    }
    c_.closed_at = t_;
    Step("closed");
    return true;
  }

  const District& d_;
  UnixSeconds now_;
  std::mt19937& rng_;
  const store::CatalogItemRecord& item_;
  store::CaseRecord& c_;
  UnixSeconds t_;  // how far the case's life has come
};

Result<GridPlace> PlaceOf(const org::OrgDirectory& org, const cli::DemoGrid& grid) {
  const store::UnitRecord* unit = org.FindByCode(grid.code);
  if (unit == nullptr) return NotFound("demo grid " + grid.code + " is not in the org directory");
  const store::UnitRecord* community = org.AncestorOfKind(unit->id, "community");
  const store::UnitRecord* street = org.AncestorOfKind(unit->id, "street");
  if (community == nullptr || street == nullptr)
    return FailedPrecondition("grid " + grid.code + " has no community or sub-district");
  return GridPlace{unit->id, community->id, street->id, grid.box};
}

std::string ResidentName(int i) {
  char name[16];
  std::snprintf(name, sizeof name, "resident%02d", i);
  return name;
}

Result<store::Id> UserIdOf(cli::Context& ctx, const std::string& username) {
  SW_ASSIGN_OR_RETURN(cases::Actor actor, ctx.ActorFor(username));
  if (!actor.user_id) return NotFound("no account " + username);
  return *actor.user_id;
}

}  // namespace

Result<District> LoadDistrict(cli::Context& ctx, std::span<const cli::DemoGrid> grids) {
  District d{&ctx.org(), &ctx.catalog(), &ctx.workflow(), &ctx.calendar(), {}, {}, {}, 0};
  if (d.org->CommandCenter() == nullptr) return FailedPrecondition("the district has no command center");
  for (const cli::DemoGrid& grid : grids) {
    SW_ASSIGN_OR_RETURN(GridPlace place, PlaceOf(*d.org, grid));
    d.grids.push_back(place);
  }
  for (const auto& [code, item] : d.catalog->items()) d.items.push_back(&item);
  if (d.grids.empty() || d.items.empty())
    return FailedPrecondition("the demo district has no grids or no catalog");
  for (int i = 1; i <= kResidents; ++i) {
    SW_ASSIGN_OR_RETURN(store::Id id, UserIdOf(ctx, ResidentName(i)));
    d.residents.push_back(id);
  }
  SW_ASSIGN_OR_RETURN(d.center_user, UserIdOf(ctx, "center"));
  return d;
}

SyntheticCaseMaker::SyntheticCaseMaker(District district, UnixSeconds now, unsigned seed)
    : district_(std::move(district)), now_(now), rng_(seed) {}

std::vector<UnixSeconds> SyntheticCaseMaker::ReportTimes(int count, int days) {
  const std::chrono::sys_days today{LocalDateOf(now_)};
  std::vector<UnixSeconds> times;
  times.reserve(static_cast<std::size_t>(count));
  while (static_cast<int>(times.size()) < count) {
    const LocalDate day{today - std::chrono::days(Uniform(0, days - 1))};
    const UnixSeconds t = StartOfLocalDay(day) + Uniform(7 * 3600, 22 * 3600 - 1);
    if (t < now_) times.push_back(t);
  }
  std::sort(times.begin(), times.end());
  return times;
}

SyntheticCase SyntheticCaseMaker::Make(UnixSeconds reported_at) {
  const GridPlace& place = Pick(district_.grids);
  const store::CatalogItemRecord* item = Pick(district_.items);
  std::optional<store::Id> repeat_of;
  if (const LastInGrid* earlier = RepeatCandidate(place, reported_at)) {
    item = district_.catalog->FindItem(earlier->item_code);
    repeat_of = earlier->repeat_of ? earlier->repeat_of : earlier->id;
  }
  SyntheticCase made{Reported(place, *item, reported_at), {}};
  made.record.repeat_of = repeat_of;
  CaseLife(district_, now_, rng_, *item, made.record).Live();
  made.first_event = ReportEvent(made.record);
  return made;
}

void SyntheticCaseMaker::Filed(const store::CaseRecord& c) {
  last_in_grid_[*c.grid_id] = {c.id, c.repeat_of, c.item_code, c.created_at};
}

const SyntheticCaseMaker::LastInGrid* SyntheticCaseMaker::RepeatCandidate(const GridPlace& place,
                                                                          UnixSeconds at) {
  auto last = last_in_grid_.find(place.grid);
  if (last == last_in_grid_.end() || Uniform(0, 99) >= kRepeatPercent) return nullptr;
  const std::int64_t window = district_.workflow->repeat_window_days() * kSecondsPerDay;
  return at - last->second.created_at <= window ? &last->second : nullptr;
}

store::CaseRecord SyntheticCaseMaker::Reported(const GridPlace& place, const store::CatalogItemRecord& item,
                                               UnixSeconds at) {
  store::CaseRecord c;
  c.district_code = district_.org->district_code();
  c.workflow = district_.workflow->name();
  c.item_code = item.code;
  c.title = item.name + "，" + kTitles[Uniform(0, 4)];
  c.description = "基准测试数据 Benchmark data: " + item.name_en;
  const bool hotline = Uniform(0, 4) == 0;  // 12345 calls, recorded by the command center
  c.source = hotline ? "hotline" : "resident";
  if (!hotline) c.reporter_user_id = Pick(district_.residents);
  c.anonymous = Uniform(0, 9) == 0;
  if (!c.anonymous) {
    c.reporter_name = "基准居民";
    c.reporter_phone = "13800138000";
  }
  const geo::Box& b = place.box;
  c.lon = b.min.lon + Real() * (b.max.lon - b.min.lon);
  c.lat = b.min.lat + Real() * (b.max.lat - b.min.lat);
  c.grid_id = place.grid;
  c.community_id = place.community;
  c.street_id = place.street;
  c.state = district_.workflow->initial();
  c.created_at = c.updated_at = at;
  return c;
}

store::CaseEventRecord SyntheticCaseMaker::ReportEvent(const store::CaseRecord& c) const {
  store::CaseEventRecord e;
  e.action = "submit";
  e.to_state = district_.workflow->initial();
  e.actor_user_id = c.reporter_user_id ? c.reporter_user_id : district_.center_user;
  e.actor_role = c.reporter_user_id ? "resident" : "command_center";
  if (c.repeat_of) e.data = "{\"repeat_of\":" + std::to_string(*c.repeat_of) + "}";
  e.at = c.created_at;
  return e;
}

}  // namespace sanwang::bench
