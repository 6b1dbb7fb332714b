// A small district for the budget's domain tests, on SQLite and PostgreSQL: district D →
// streets S and S2; S → communities C and C2, C → grid G; S2 → community C3; a department
// DEPT. Actors of every role the rules tell apart, and a Ledger for each.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "store/org_repository.h"
#include "store/store_test_fixture.h"
#include "support/budget_ledger.h"
#include "support/spending_approval.h"
#include "testing/test_databases.h"

namespace sanwang::support {

inline constexpr const char* kTestDistrict = "411002";
inline constexpr UnixSeconds kNow = 1796000400;  // 2026-11-30T09:00:00+08:00

class BudgetTest : public store::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    store::OrgRepository repo(db());
    for (auto [code, kind, parent] : {std::tuple{"D", "district", ""}, std::tuple{"S", "street", "D"},
                                      std::tuple{"S2", "street", "D"}, std::tuple{"C", "community", "S"},
                                      std::tuple{"C2", "community", "S"}, std::tuple{"C3", "community", "S2"},
                                      std::tuple{"G", "grid", "C"}, std::tuple{"DEPT", "department", "D"}}) {
      store::UnitRecord u;
      u.district_code = kTestDistrict;
      u.code = code;
      u.kind = kind;
      u.name = std::string(code) + "单位";
      if (*parent) u.parent_id = ids_.at(parent);
      auto inserted = repo.Insert(u);
      ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
      ids_[code] = inserted->id;
    }
    auto org = org::OrgDirectory::Load(repo, kTestDistrict);
    ASSERT_TRUE(org.ok()) << org.status().ToString();
    org_ = std::make_unique<org::OrgDirectory>(std::move(org).value());
    auto wf = cases::Workflow::Load(
        std::filesystem::path(testing::SourceDir()) / "config" / "workflows" / "budget_spending.toml",
        SpendingEffectNames());
    ASSERT_TRUE(wf.ok()) << wf.status().ToString();
    workflow_ = std::make_unique<cases::Workflow>(std::move(wf).value());
    ASSERT_TRUE(CheckSpendingWorkflow(*workflow_).ok());
    auto calendar =
        WorkingCalendar::LoadDirectory(std::filesystem::path(testing::SourceDir()) / "config" / "calendar");
    ASSERT_TRUE(calendar.ok()) << calendar.status().ToString();
    calendar_ = std::make_unique<WorkingCalendar>(std::move(calendar).value());
  }

  // An actor of `role` scoped to `unit` (no unit for residents).
  static cases::Actor As(const std::string& role, std::optional<store::Id> unit, store::Id user = 7) {
    return {user, role, unit};
  }
  cases::Actor Admin() { return As("admin", ids_.at("D")); }
  cases::Actor StreetStaff(const std::string& street = "S") { return As("street_staff", ids_.at(street)); }
  cases::Actor CommunityStaff(const std::string& c = "C") { return As("community_staff", ids_.at(c)); }
  Ledger LedgerOf(const cases::Actor& actor, UnixSeconds now = kNow) {
    return {db(), *org_, actor, "测试员", now, workflow_.get(), *calendar_};
  }

  // Spending on `line_id` recorded by `keeper` and approved through every step of the
  // chain its line's unit has (the approvers of the unit's sub-district and the district).
  Result<store::BudgetSpendingRecord> SpendApproved(const cases::Actor& keeper, store::Id line_id,
                                                    const NewSpending& s) {
    SW_ASSIGN_OR_RETURN(auto record, RecordSpending(LedgerOf(keeper), line_id, s));
    const store::UnitRecord* unit = org_->Find(Line(line_id).unit_id);
    std::vector<cases::Actor> chain;
    if (unit->kind == "community") chain.push_back(As("community_staff", unit->id, 8));
    if (unit->kind != "district")
      chain.push_back(As("street_staff", unit->kind == "street" ? unit->id : *unit->parent_id, 9));
    chain.push_back(As("admin", ids_.at("D"), 10));
    for (const auto& approver : chain) {
      SW_ASSIGN_OR_RETURN(record, ApproveSpending(LedgerOf(approver), record.id));
    }
    return record;
  }

  // A 2026 district line of `category` made by the admin.
  store::BudgetLineRecord DistrictLine(std::int64_t amount_fen,
                                       const std::string& category = "party_building") {
    auto line = CreateDistrictLine(LedgerOf(Admin()), {2026, "D", category, amount_fen});
    EXPECT_TRUE(line.ok()) << line.status().ToString();
    return line.ok() ? *line : store::BudgetLineRecord{};
  }
  store::BudgetLineRecord Line(store::Id id) {
    return *store::BudgetRepository(db()).GetLine(kTestDistrict, id);
  }

  std::map<std::string, store::Id> ids_;
  std::unique_ptr<org::OrgDirectory> org_;
  std::unique_ptr<cases::Workflow> workflow_;
  std::unique_ptr<WorkingCalendar> calendar_;
};

}  // namespace sanwang::support
