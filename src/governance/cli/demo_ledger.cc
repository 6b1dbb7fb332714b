// The task ledger of `sanwang demo`: the reference district's “1369” programme (labelled
// 演示 demo) with its nine projects, two tasks each over the twelve months around today,
// and four milestones per task, each due on a working day, each waiting on the one before
// it, under the demo leader. Milestones due before today were mostly reported, submitted
// and accepted on their way; some are late (reported but not finished, or waiting for
// acceptance); those due soon are in progress; the last two weeks' supervision sweeps
// have sent their notices, some answered. Every step goes through the ledger's
// domain on a clock set to when it happened, so the demo keeps the rules the server keeps.
// Deterministic for a seed.
#include <chrono>
#include <iostream>
#include <random>

#include "cli/context.h"
#include "cli/demo_district.h"
#include "governance/ledger_book.h"
#include "governance/supervision.h"

namespace sanwang::cli {
namespace {

constexpr std::int64_t kDay = 86400;

struct DemoProject {
  const char* name;
  const char* tasks[2];
};

// The nine sub-projects of the reference district's “1369” programme and two tasks each.
const DemoProject kProjects[] = {
    {"基层引领", {"党建引领网格化治理", "“双报到”常态化"}},
    {"基层堡垒", {"软弱涣散党组织整顿", "党支部标准化建设"}},
    {"基层治理", {"“三网融合”平台推广", "矛盾纠纷多元化解"}},
    {"基层廉政", {"村（社区）“三资”监管", "廉政教育进社区"}},
    {"基本阵地", {"党群服务中心提质", "社区阵地共享开放"}},
    {"基本服务", {"十五分钟服务圈建设", "“一站式”便民服务"}},
    {"基本活动", {"主题党日活动规范", "志愿服务品牌培育"}},
    {"基本制度", {"“四议两公开”落实", "社区工作准入清单"}},
    {"基本队伍", {"社区工作者职业体系", "网格员培训轮训"}},
};
const char* const kSteps[] = {"制定实施方案", "完成摸底排查", "推进整改落实", "总结验收评估"};
const char* const kDeliverables[] = {"实施方案、工作台账", "摸底清单、问题台账", "整改记录、现场照片",
                                     "总结报告、佐证材料"};

class DemoLedger {
 public:
  DemoLedger(Context& ctx, const cases::Workflow& workflow, unsigned seed)
      : ctx_(ctx), workflow_(workflow), rng_(seed), today_(ctx.clock().Now()) {}

  Status Build() {
    SW_ASSIGN_OR_RETURN(supervisor_, ctx_.ActorFor("supervisor"));
    const UnixSeconds start = today_ - 270 * kDay;
    clock_.Set(start - 30 * kDay);
    SW_ASSIGN_OR_RETURN(auto programme, governance::CreateProgramme(
                                            Office(), "“1369”工程（演示）",
                                            "演示数据 demo data: 一个引领、三个基层、六个基本、九项工程"));
    const auto streets = ctx_.org().OfKind("street");
    const auto communities = ctx_.org().OfKind("community");
    int n = 0;
    for (const DemoProject& p : kProjects) {
      SW_ASSIGN_OR_RETURN(auto project, governance::CreateProject(Office(), programme.id, p.name, ""));
      for (const char* task_name : p.tasks) {
        const store::UnitRecord* lead = streets.at(n % streets.size());
        governance::NewTask task{project.id, task_name, Date(start), Date(start + 364 * kDay), lead->code};
        SW_ASSIGN_OR_RETURN(auto made, governance::CreateTask(Office(), task));
        SW_RETURN_IF_ERROR(AddMilestones(made, *communities.at((n * 7) % communities.size()), start));
        ++n;
      }
    }
    return Status::Ok();
  }

  int milestones() const { return milestones_; }
  int late() const { return late_; }
  int notices() const { return notices_; }

  // The timer's sweeps over the last two weeks, one a day at 09:00, with about one unit in
  // three answering the notice it got: notices at each level, as a district would find them.
  Status Supervise() {
    for (int back = 14; back >= 0; --back) {
      auto morning = ParseIso8601(Date(today_ - back * kDay) + "T09:00:00+08:00");
      clock_.Set(std::min(*morning, today_));
      SW_ASSIGN_OR_RETURN(auto swept, governance::Supervise(As(cases::Actor::System()), {}));
      notices_ += swept.opened + swept.escalated;
      SW_RETURN_IF_ERROR(AnswerSome());
    }
    return Status::Ok();
  }

 private:
  governance::Ledger As(const cases::Actor& actor) {
    return {ctx_.db(), ctx_.org(), actor, workflow_, clock_, ctx_.calendar()};
  }
  governance::Ledger Office() { return As(supervisor_); }

  static std::string Date(UnixSeconds t) { return FormatDate(LocalDateOf(t)); }

  // The working day on or before `t`'s date.
  std::string WorkingDayBefore(UnixSeconds t) const {
    while (!ctx_.calendar().IsWorkday(LocalDateOf(t))) t -= kDay;
    return Date(t);
  }

  Status AddMilestones(const store::LedgerTaskRecord& task, const store::UnitRecord& community,
                       UnixSeconds start) {
    std::vector<store::Id> before;
    bool previous_accepted = true;
    for (int step = 0; step < 4; ++step) {
      const UnixSeconds due = start + (45 + step * 95) * kDay;
      clock_.Set(start - 20 * kDay);
      governance::NewMilestone m{
          task.id, kSteps[step], kDeliverables[step], WorkingDayBefore(due), community.code, "leader",
          25,      before};
      SW_ASSIGN_OR_RETURN(auto made, governance::CreateMilestone(Office(), m));
      ++milestones_;
      SW_ASSIGN_OR_RETURN(previous_accepted,
                          Work(made, StartOfLocalDay(*ParseDate(made.due_on)), previous_accepted, community));
      before = {made.id};
    }
    return Status::Ok();
  }

  // Plays the milestone's history up to today; true when it ends accepted.
  Result<bool> Work(const store::LedgerMilestoneRecord& m, UnixSeconds due, bool previous_accepted,
                    const store::UnitRecord& unit) {
    SW_ASSIGN_OR_RETURN(cases::Actor staff, ctx_.ActorFor(DemoHandlerFor(unit)));
    const UnixSeconds first_report = due - 40 * kDay;
    if (first_report > today_) return false;  // not begun
    std::uniform_int_distribution<int> percent(30, 80);
    SW_RETURN_IF_ERROR(
        Step(staff, m.id, first_report, {"report", percent(rng_), "已按方案推进，完成阶段性工作"}));
    if (due > today_) return false;  // in progress, due later
    const int roll = std::uniform_int_distribution<int>(0, 9)(rng_);
    if (!previous_accepted || roll < 2) {  // late: not finished by its due date
      ++late_;
      return false;
    }
    SW_RETURN_IF_ERROR(Step(staff, m.id, due - 5 * kDay, {"report", 100, "已完成全部工作，佐证材料已上传"}));
    SW_RETURN_IF_ERROR(Step(staff, m.id, due - 4 * kDay, {"submit", std::nullopt, "请督察室验收"}));
    if (roll == 2) {  // waiting for the office
      ++late_;
      return false;
    }
    if (roll == 3) {  // returned once, then accepted
      SW_RETURN_IF_ERROR(
          Step(supervisor_, m.id, due - 3 * kDay, {"return", std::nullopt, "佐证材料不全，请补充"}));
      SW_RETURN_IF_ERROR(Step(staff, m.id, due - 2 * kDay, {"report", 100, "已补充现场照片和签到表"}));
      SW_RETURN_IF_ERROR(Step(staff, m.id, due - 2 * kDay + 3600, {"submit", std::nullopt, ""}));
    }
    SW_RETURN_IF_ERROR(Step(supervisor_, m.id, due - kDay, {"accept", std::nullopt, "验收通过"}));
    return true;
  }

  Status AnswerSome() {
    governance::NoticeFilter waiting;
    waiting.active_only = true;
    waiting.limit = 1000;
    SW_ASSIGN_OR_RETURN(auto page, governance::ListNotices(Office(), waiting));
    for (const auto& notice : page.items) {
      if (notice.answered_at || notice.opened_at != clock_.Now()) continue;  // today's new ones
      if (std::uniform_int_distribution<int>(0, 2)(rng_) != 0) continue;
      const store::UnitRecord* unit = ctx_.org().FindByCode(notice.unit_code);
      SW_ASSIGN_OR_RETURN(cases::Actor staff, ctx_.ActorFor(DemoHandlerFor(*unit)));
      SW_RETURN_IF_ERROR(
          governance::AnswerNotice(As(staff), notice.id, "已召开专题会研究，明确专人负责，本周内补齐")
              .status());
    }
    return Status::Ok();
  }

  Status Step(const cases::Actor& actor, store::Id id, UnixSeconds at,
              const governance::MilestoneAction& action) {
    clock_.Set(at + 10 * 3600);  // 10:00 that day
    return governance::Act(As(actor), id, action).status();
  }

  Context& ctx_;
  const cases::Workflow& workflow_;
  std::mt19937 rng_;
  const UnixSeconds today_;
  FakeClock clock_{0};
  cases::Actor supervisor_;
  int milestones_ = 0;
  int late_ = 0;
  int notices_ = 0;
};

}  // namespace

// Needs the domain loaded (Context::LoadDomain) and the demo accounts. Prints one line to
// standard error.
Status BuildDemoLedger(Context& ctx, unsigned seed) {
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(ctx.config().workflows_dir() / "ledger_milestone.toml",
                                            governance::MilestoneEffectNames()));
  DemoLedger demo(ctx, workflow, seed);
  SW_RETURN_IF_ERROR(ctx.db().InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(demo.Build());
    return demo.Supervise();
  }));
  std::cerr << "demo ledger: the 1369 programme, " << demo.milestones() << " milestones, " << demo.late()
            << " late, " << demo.notices() << " supervision notices\n";
  return Status::Ok();
}

}  // namespace sanwang::cli
