// Books for the spending chain's domain tests: 1,000 fen on D's line, 600 passed to S and
// 400 of those to C, and records submitted on them.
#pragma once

#include "support/budget_test_fixture.h"

namespace sanwang::support {

class SpendingChainTest : public BudgetTest {
 protected:
  void SetUpBooks() {
    top_ = DistrictLine(1000);
    street_line_ = Allocate(LedgerOf(Admin()), top_.id, {"S", 600, ""})->to_line_id;
    community_line_ = Allocate(LedgerOf(StreetStaff()), street_line_, {"C", 400, ""})->to_line_id;
  }
  store::BudgetSpendingRecord Submit(const cases::Actor& keeper, store::Id line, std::int64_t fen,
                                     UnixSeconds now = kNow) {
    auto r = RecordSpending(LedgerOf(keeper, now), line, {fen, "宣传栏制作", "某广告公司", "2026-11-05", ""});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : store::BudgetSpendingRecord{};
  }
  store::BudgetSpendingRecord Stored(store::Id id) {
    return *store::BudgetRepository(db()).GetSpending(kTestDistrict, id);
  }
  std::string StateOf(store::Id id) { return Stored(id).state; }
  std::size_t Events(store::Id id) { return SpendingHistory(LedgerOf(Admin()), id)->size(); }

  store::BudgetLineRecord top_;
  store::Id street_line_ = 0;
  store::Id community_line_ = 0;
};

}  // namespace sanwang::support
