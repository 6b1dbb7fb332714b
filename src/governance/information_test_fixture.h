// Information work's domain tests, on SQLite and PostgreSQL: the small district of
// org::SmallDistrictTest (district D → street S → communities C and C2; a department
// DEPT), the item workflow from config/, a fake clock on Monday 2026-11-30 09:00 in
// Shanghai and accounts of the roles the rules tell apart.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>

#include "governance/information_desk.h"
#include "org/org_test_fixture.h"
#include "org/staff.h"
#include "testing/test_databases.h"

namespace sanwang::governance {

class InformationTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    clock_.Set(*ParseIso8601("2026-11-30T09:00:00+08:00"));
    const auto config = std::filesystem::path(testing::SourceDir()) / "config";
    auto wf = cases::Workflow::Load(config / "workflows" / "information_item.toml", InformationEffectNames());
    ASSERT_TRUE(wf.ok()) << wf.status().ToString();
    ASSERT_TRUE(CheckInformationWorkflow(*wf).ok());
    workflow_ = std::make_unique<cases::Workflow>(std::move(wf).value());
    for (auto [name, role, unit] :
         {std::tuple{"community", "community_staff", "C"}, std::tuple{"community2", "community_staff", "C2"},
          std::tuple{"street", "street_staff", "S"}, std::tuple{"dept", "dept_staff", "DEPT"},
          std::tuple{"editor", "supervisor", "D"}, std::tuple{"leader", "leader", "D"},
          std::tuple{"admin", "admin", "D"}, std::tuple{"grid1", "grid_worker", "G1"}}) {
      actors_[name] = cases::Actor::FromUser(AddTestAccount(name, role, unit));
    }
    org_ = std::make_unique<org::OrgDirectory>(Directory());
  }

  InformationDesk As(const std::string& account) {
    return {db(), *org_, actors_.at(account), *workflow_, clock_};
  }

  // An item submitted by `account` in the category work_news.
  store::InformationItemRecord Submit(const std::string& account, const std::string& title,
                                      const std::string& body = "社区开展垃圾分类宣传活动，居民参与踊跃。") {
    auto item = SubmitInformation(As(account), {{"work_news", title, body}, account});
    EXPECT_TRUE(item.ok()) << item.status().ToString();
    return item.ok() ? *item : store::InformationItemRecord{};
  }

  Result<store::InformationItemRecord> Adopt(store::Id id, const std::string& level) {
    return ActOnInformation(As("editor"), id, {"adopt", "", level, std::nullopt});
  }

  std::unique_ptr<cases::Workflow> workflow_;
  std::unique_ptr<org::OrgDirectory> org_;
  std::map<std::string, cases::Actor> actors_;
};

}  // namespace sanwang::governance
