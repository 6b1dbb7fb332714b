// The task ledger's domain tests, on SQLite and PostgreSQL: the small district of
// org::SmallDistrictTest (district D → street S → communities C and C2, C → grids G1 and
// G2; a department DEPT), the working calendar and the milestone workflow from config/,
// a fake clock on Monday 2026-11-30 09:00 in Shanghai, accounts of the roles the rules
// tell apart, and a programme → project → task (2026) laid out by the supervisor.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>

#include "governance/ledger_book.h"
#include "org/org_test_fixture.h"
#include "org/staff.h"
#include "testing/test_databases.h"

namespace sanwang::governance {

class LedgerTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    clock_.Set(*ParseIso8601("2026-11-30T09:00:00+08:00"));
    const auto config = std::filesystem::path(testing::SourceDir()) / "config";
    auto cal = WorkingCalendar::LoadDirectory(config / "calendar");
    ASSERT_TRUE(cal.ok()) << cal.status().ToString();
    calendar_ = std::make_unique<WorkingCalendar>(std::move(cal).value());
    auto wf = cases::Workflow::Load(config / "workflows" / "ledger_milestone.toml", MilestoneEffectNames());
    ASSERT_TRUE(wf.ok()) << wf.status().ToString();
    workflow_ = std::make_unique<cases::Workflow>(std::move(wf).value());
    for (auto [name, role, unit] :
         {std::tuple{"community", "community_staff", "C"}, std::tuple{"community2", "community_staff", "C2"},
          std::tuple{"street", "street_staff", "S"}, std::tuple{"dept", "dept_staff", "DEPT"},
          std::tuple{"supervisor", "supervisor", "D"}, std::tuple{"leader", "leader", "D"},
          std::tuple{"admin", "admin", "D"}, std::tuple{"grid1", "grid_worker", "G1"}}) {
      actors_[name] = cases::Actor::FromUser(AddTestAccount(name, role, unit));
    }
    org_ = std::make_unique<org::OrgDirectory>(Directory());
    auto programme = CreateProgramme(As("supervisor"), "“1369”工程", "示例工程");
    ASSERT_TRUE(programme.ok()) << programme.status().ToString();
    auto project = CreateProject(As("supervisor"), programme->id, "基层治理", "");
    ASSERT_TRUE(project.ok()) << project.status().ToString();
    project_ = project->id;
    auto task = CreateTask(As("supervisor"), {project_, "网格化治理提升", "2026-01-01", "2026-12-31", "S"});
    ASSERT_TRUE(task.ok()) << task.status().ToString();
    task_ = task->id;
  }

  Ledger As(const std::string& account) {
    return {db(), *org_, actors_.at(account), *workflow_, clock_, *calendar_};
  }

  // A milestone of the task due on `due_on` from `unit`, laid out by the supervisor.
  store::LedgerMilestoneRecord Milestone(const std::string& due_on, const std::string& unit = "C",
                                         std::vector<store::Id> depends_on = {}) {
    NewMilestone m{task_, "节点 " + due_on, "成果材料", due_on, unit, "leader", 10, std::move(depends_on)};
    auto made = CreateMilestone(As("supervisor"), m);
    EXPECT_TRUE(made.ok()) << made.status().ToString();
    return made.ok() ? *made : store::LedgerMilestoneRecord{};
  }

  std::unique_ptr<WorkingCalendar> calendar_;
  std::unique_ptr<cases::Workflow> workflow_;
  std::unique_ptr<org::OrgDirectory> org_;
  std::map<std::string, cases::Actor> actors_;
  store::Id project_ = 0;
  store::Id task_ = 0;
};

}  // namespace sanwang::governance
