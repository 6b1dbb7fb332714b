#include "cli/demo_cases.h"

#include <iostream>
#include <random>

namespace sanwang::cli {
namespace {

constexpr int kBatch = 200;  // cases per transaction: one fsync per batch, not per event

const char* kTitles[] = {"请尽快处理", "反映问题", "居民诉求", "希望解决", "麻烦看一下"};

class DemoPlayer {
 public:
  DemoPlayer(Context& ctx, const std::vector<DemoGrid>& grids, const DemoCaseOptions& options)
      : ctx_(ctx),
        grids_(grids),
        options_(options),
        rng_(options.seed),
        now_(ctx.clock().Now()),
        clock_(now_),
        engine_(ctx.db(), clock_, ctx.calendar(), ctx.workflow(), ctx.org(), ctx.catalog()) {
    for (const auto& [code, item] : ctx.catalog().items()) items_.push_back(&item);
  }

  Status FileOne() {
    UnixSeconds created = now_ - static_cast<UnixSeconds>(Uniform(0, options_.days * 86400));
    created = StartOfLocalDay(LocalDateOf(created)) + Uniform(8 * 3600, 20 * 3600);
    if (created > now_) created = now_ - 60;
    clock_.Set(created);
    const store::CatalogItemRecord* item =
        items_[static_cast<std::size_t>(Uniform(0, static_cast<int>(items_.size()) - 1))];
    const DemoGrid& grid = grids_[static_cast<std::size_t>(Uniform(0, static_cast<int>(grids_.size()) - 1))];
    cases::NewCase c;
    c.item_code = item->code;
    c.title = item->name + "，" + kTitles[Uniform(0, 4)];
    c.description = "演示数据 Demo data: " + item->name_en;
    c.location = geo::LonLat{grid.box.min.lon + Real() * (grid.box.max.lon - grid.box.min.lon),
                             grid.box.min.lat + Real() * (grid.box.max.lat - grid.box.min.lat)};
    c.anonymous = Uniform(0, 9) == 0;
    char resident[16];
    std::snprintf(resident, sizeof resident, "resident%02d", Uniform(1, 20));
    SW_ASSIGN_OR_RETURN(cases::Actor reporter, ctx_.ActorFor(resident));
    SW_ASSIGN_OR_RETURN(store::CaseRecord filed, Engine().Submit(c, reporter));
    return Play(filed, reporter);
  }

 private:
  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double Real() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }
  cases::CaseEngine& Engine() { return engine_; }

  // Moves the clock forward; false when that would pass the real present (the case stays
  // where it is, as a case still open today).
  bool Wait(std::int64_t seconds) {
    if (clock_.Now() + seconds >= now_) return false;
    clock_.Advance(seconds);
    return true;
  }

  bool WaitWorking(double hours) {
    UnixSeconds due =
        ctx_.calendar().AddWorkingSeconds(clock_.Now(), static_cast<std::int64_t>(hours * 3600));
    return Wait(due - clock_.Now());
  }

  Result<store::CaseRecord> Step(const store::CaseRecord& c, cases::TransitionRequest req,
                                 const cases::Actor& actor) {
    SW_ASSIGN_OR_RETURN(store::CaseChange ch, Engine().Apply(c.id, req, actor));
    return ch.updated;
  }

  Result<cases::Actor> HandlerOf(const store::CaseRecord& c) {
    const store::UnitRecord* unit = c.unit_id ? ctx_.org().Find(*c.unit_id) : nullptr;
    if (unit == nullptr) return NotFound("case has no handling unit");
    return ctx_.ActorFor(DemoHandlerFor(*unit));
  }

  Status Play(store::CaseRecord c, const cases::Actor& reporter) {
    if (c.state != "dispatched") return MaybeRate(c, reporter);
    int path = Uniform(0, 99);
    if (path < 6) {  // returned to the command center, then sent to the community
      if (!Wait(Uniform(600, 7200))) return Status::Ok();
      SW_ASSIGN_OR_RETURN(cases::Actor handler, HandlerOf(c));
      SW_ASSIGN_OR_RETURN(c, Step(c, {"return", "不属于本单位职责 Not ours to handle"}, handler));
      if (Uniform(0, 4) == 0 || !Wait(Uniform(600, 3600))) return Status::Ok();  // still with the center
      cases::TransitionRequest again("redispatch");
      again.target_unit_code = ctx_.org().Find(*c.community_id)->code;
      SW_ASSIGN_OR_RETURN(c, Step(c, again, *ctx_.ActorFor("center")));
    }
    if (!Wait(Uniform(300, path < 80 ? 6000 : 40000))) return Status::Ok();
    SW_ASSIGN_OR_RETURN(cases::Actor handler, HandlerOf(c));
    SW_ASSIGN_OR_RETURN(c, Step(c, {"accept"}, handler));
    if (path >= 6 && path < 12 && c.unit_id && ctx_.org().Find(*c.unit_id)->kind != "command_center") {
      if (!Wait(Uniform(1800, 7200))) return Status::Ok();
      SW_ASSIGN_OR_RETURN(c, Step(c, {"escalate", "需要上级协调 Needs the tier above"}, handler));
      if (!Wait(Uniform(600, 5400))) return Status::Ok();
      SW_ASSIGN_OR_RETURN(handler, HandlerOf(c));
      SW_ASSIGN_OR_RETURN(c, Step(c, {"accept"}, handler));
    }
    if (path >= 12 && path < 17) {
      SW_RETURN_IF_ERROR(Extend(c, handler));
      if (c.state != "accepted") return Status::Ok();
    }
    if (path >= 95) return Status::Ok();  // left in progress; the sweep flags it when late
    const store::CatalogItemRecord* item = ctx_.catalog().FindItem(c.item_code);
    double sla = item ? item->sla_hours : 16;
    if (!WaitWorking(sla * (path < 85 ? 0.2 + 0.7 * Real() : 0.9 + 0.8 * Real()))) return Status::Ok();
    SW_ASSIGN_OR_RETURN(c, Step(c, {"resolve", "已处理完毕 Done"}, handler));
    return MaybeRate(c, reporter);
  }

  Status Extend(store::CaseRecord& c, const cases::Actor& handler) {
    if (!Wait(Uniform(1800, 7200))) return Status::Ok();
    cases::TransitionRequest ask("request_extension", "需协调物业 Waiting for the property manager");
    ask.hours = 8 * Uniform(1, 3);
    SW_ASSIGN_OR_RETURN(c, Step(c, ask, handler));
    if (Uniform(0, 3) == 0 || !Wait(Uniform(1800, 7200))) return Status::Ok();  // still awaiting approval
    SW_ASSIGN_OR_RETURN(c, Step(c, {"approve_extension"}, *ctx_.ActorFor("supervisor")));
    return Status::Ok();
  }

  // Most pleased residents give 5 stars, some 4; the displeased give 1 to 3.
  int DemoStars(bool pleased) { return pleased ? (Uniform(0, 3) == 0 ? 4 : 5) : Uniform(1, 3); }

  Status MaybeRate(store::CaseRecord c, const cases::Actor& reporter) {
    if (c.state != "resolved" || Uniform(0, 9) < 2 || !Wait(Uniform(3600, 3 * 86400))) return Status::Ok();
    cases::TransitionRequest rate("rate");
    rate.stars = DemoStars(Uniform(0, 99) < 88);
    SW_ASSIGN_OR_RETURN(c, Step(c, rate, reporter));
    if (c.state != "accepted") return Status::Ok();
    SW_ASSIGN_OR_RETURN(cases::Actor handler, HandlerOf(c));
    if (!WaitWorking(4 + 8 * Real())) return Status::Ok();
    SW_ASSIGN_OR_RETURN(c, Step(c, {"resolve", "重新处理 Handled again"}, handler));
    if (!Wait(Uniform(3600, 86400))) return Status::Ok();
    rate.stars = DemoStars(Uniform(0, 1) == 0);
    return Step(c, rate, reporter).status();
  }

  Context& ctx_;
  const std::vector<DemoGrid>& grids_;
  DemoCaseOptions options_;
  std::mt19937 rng_;
  UnixSeconds now_;
  FakeClock clock_;
  cases::CaseEngine engine_;
  std::vector<const store::CatalogItemRecord*> items_;
};

}  // namespace

Result<int> BuildDemoCases(Context& ctx, const std::vector<DemoGrid>& grids, const DemoCaseOptions& options) {
  if (grids.empty()) return FailedPrecondition("the demo district has no grids");
  DemoPlayer player(ctx, grids, options);
  for (int done = 0; done < options.count;) {
    int batch = std::min(kBatch, options.count - done);
    Status filed = ctx.db().InTransaction([&]() -> Status {
      for (int i = 0; i < batch; ++i) SW_RETURN_IF_ERROR(player.FileOne());
      return Status::Ok();
    });
    SW_RETURN_IF_ERROR(filed);
    done += batch;
    std::cerr << "demo cases: " << done << "/" << options.count << "\n";
  }
  SW_ASSIGN_OR_RETURN(cases::SweepResult sweep, ctx.engine().Sweep());
  std::cerr << "supervision sweep: " << sweep.supervised << " overdue cases flagged\n";
  return options.count;
}

}  // namespace sanwang::cli
