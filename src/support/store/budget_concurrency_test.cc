// Many writers against one budget line at once, each thread on its own connection (as the
// servers sharing one PostgreSQL would): half spend, half allocate to a child unit, and the
// line's amount admits only some of them. Exactly that many succeed, the rest are refused
// as over budget, the line never commits more than its amount, and its committed sum is
// the sum of the rows written. Prints attempts, successes, refusals and the time taken.
#include <cstdio>

#include "store/org_repository.h"
#include "store/store_test_fixture.h"
#include "support/store/budget_repository.h"
#include "support/store/concurrency_test_support.h"

namespace sanwang::store {
namespace {

constexpr const char* kDistrict = "411002";
constexpr int kThreads = 8;
constexpr int kPerThread = 50;
constexpr std::int64_t kEach = 100;      // fen per request
constexpr std::int64_t kAmount = 13750;  // admits 137 of the 400 requests
constexpr int kAdmitted = 137;

class BudgetConcurrencyTest : public BackendTest {
 protected:
  BudgetConcurrencyTest() { reach_ = testing::TestDatabase::Reach::kOtherConnections; }

  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    OrgRepository org(db());
    UnitRecord d{0, kDistrict, "D", "district", "区", "", std::nullopt, "", "", false};
    auto district = org.Insert(d);
    ASSERT_TRUE(district.ok()) << district.status().ToString();
    UnitRecord s{0, kDistrict, "S", "street", "街道", "", district->id, "", "", false};
    auto street = org.Insert(s);
    ASSERT_TRUE(street.ok()) << street.status().ToString();
    street_ = street->id;
    BudgetLineRecord line;
    line.district_code = kDistrict;
    line.year = 2026;
    line.unit_id = district->id;
    line.category = "resident_services";
    line.amount_fen = kAmount;
    auto inserted = BudgetRepository(db()).InsertLine(line);
    ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
    line_ = inserted->id;
  }

  // One spending record of kEach on the line.
  BudgetSpendingRecord OneSpending() const {
    BudgetSpendingRecord s;
    s.district_code = kDistrict;
    s.line_id = line_;
    s.amount_fen = kEach;
    s.purpose = "便民服务";
    s.payee = "服务中心";
    s.spent_on = "2026-11-05";
    s.spent_month = 202611;
    s.created_by_name = "并发";
    return s;
  }

  // One request: even ones spend, odd ones allocate to the street.
  Status Request(BudgetRepository& repo, int i) {
    if (i % 2 == 0) return repo.Spend(OneSpending()).status();
    BudgetAllocationRecord a;
    a.district_code = kDistrict;
    a.from_line_id = line_;
    a.amount_fen = kEach;
    return repo.Allocate(a, street_).status();
  }

  Id line_ = 0, street_ = 0;
};

TEST_P(BudgetConcurrencyTest, TheLineAdmitsExactlyWhatItsAmountAllows) {
  auto request = [&](BudgetRepository& repo, int thread, int i) { return Request(repo, thread + i); };
  auto over_budget = [](const Status& s) {
    return s.code() == ErrorCode::kFailedPrecondition && s.field() == "amount_fen";
  };
  const ConcurrencyTally tally =
      RunConcurrently<BudgetRepository>({test_db_->url(), kThreads, kPerThread}, request, over_budget);
  std::printf("%s: %d attempts, %d succeeded, %d refused over budget, %d other errors, %.2f s\n",
              GetParam().c_str(), kThreads * kPerThread, tally.successes, tally.refusals, tally.other,
              tally.seconds);

  EXPECT_EQ(tally.successes, kAdmitted);
  EXPECT_EQ(tally.refusals, kThreads * kPerThread - kAdmitted);
  BudgetRepository repo(db());
  BudgetLineRecord line = *repo.GetLine(kDistrict, line_);
  EXPECT_LE(line.committed_fen, line.amount_fen);
  EXPECT_EQ(line.committed_fen, kAdmitted * kEach);
  auto sums = *db().Query(
      "SELECT (SELECT COALESCE(CAST(SUM(amount_fen) AS BIGINT), 0) FROM budget_spending WHERE line_id = ?), "
      "(SELECT COALESCE(CAST(SUM(amount_fen) AS BIGINT), 0) FROM budget_allocations WHERE from_line_id = ?)",
      {line_, line_});
  EXPECT_EQ(sums[0].Int(0), line.spent_fen);
  EXPECT_EQ(sums[0].Int(1), line.allocated_fen);
  EXPECT_EQ(sums[0].Int(0) + sums[0].Int(1), line.committed_fen);
  auto child = *repo.FindLine(kDistrict, 2026, street_, "resident_services");
  ASSERT_TRUE(child.has_value());
  EXPECT_EQ(child->amount_fen, line.allocated_fen);
}

// Every thread tries to reverse the same records: each is reversed exactly once, and the
// line gets back exactly what was spent.
TEST_P(BudgetConcurrencyTest, EachRecordIsReversedOnceHoweverManyTry) {
  constexpr int kRecords = 10;
  BudgetRepository setup(db());
  std::vector<Id> records;
  for (int i = 0; i < kRecords; ++i) {
    auto spent = setup.Spend(OneSpending());
    ASSERT_TRUE(spent.ok()) << spent.status().ToString();
    records.push_back(spent->id);
  }
  auto reverse = [&](BudgetRepository& repo, int thread, int i) {
    BudgetSpendingRecord r;
    r.district_code = kDistrict;
    r.reverses_id = records[static_cast<std::size_t>((i + thread) % kRecords)];
    r.spent_on = "2026-11-06";
    r.spent_month = 202611;
    r.created_by_name = "并发";
    return repo.Reverse(r).status();
  };
  auto already_reversed = [](const Status& s) { return s.code() == ErrorCode::kFailedPrecondition; };
  const ConcurrencyTally tally =
      RunConcurrently<BudgetRepository>({test_db_->url(), kThreads, kRecords}, reverse, already_reversed);
  std::printf("%s: %d reversal attempts of %d records, %d succeeded, %d refused\n", GetParam().c_str(),
              kThreads * kRecords, kRecords, tally.successes, tally.refusals);
  EXPECT_EQ(tally.successes, kRecords);
  EXPECT_EQ(tally.refusals, kThreads * kRecords - kRecords);
  BudgetLineRecord line = *setup.GetLine(kDistrict, line_);
  EXPECT_EQ(line.spent_fen, 0);
  EXPECT_EQ(line.committed_fen, 0);
  EXPECT_EQ(setup.SpendingOf(kDistrict, line_)->size(), 2u * kRecords);
}

SANWANG_INSTANTIATE_BACKENDS(BudgetConcurrencyTest);

}  // namespace
}  // namespace sanwang::store
