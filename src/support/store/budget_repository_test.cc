// The budget tables through their repository, on SQLite and PostgreSQL: lines, allocations
// down the tree, spending and reversals, and the refusals that keep a line's books within
// its amount with nothing written.
#include "support/store/budget_repository.h"

#include "store/org_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

constexpr const char* kDistrict = "411002";

class BudgetRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    OrgRepository org(db());
    district_ = Unit(org, "D", "district", std::nullopt);
    street_ = Unit(org, "S", "street", district_);
    community_ = Unit(org, "C", "community", street_);
  }
  Id Unit(OrgRepository& org, const std::string& code, const std::string& kind, std::optional<Id> parent) {
    UnitRecord u;
    u.district_code = kDistrict;
    u.code = code;
    u.kind = kind;
    u.name = code;
    u.parent_id = parent;
    auto inserted = org.Insert(u);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->id : 0;
  }
  BudgetLineRecord DistrictLine(std::int64_t amount_fen) {
    BudgetLineRecord l;
    l.district_code = kDistrict;
    l.year = 2026;
    l.unit_id = district_;
    l.category = "party_building";
    l.amount_fen = amount_fen;
    l.created_at = 1796000400;
    auto inserted = repo().InsertLine(l);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? *inserted : l;
  }
  Result<BudgetAllocationRecord> Allocate(Id from, Id to_unit, std::int64_t fen) {
    BudgetAllocationRecord a;
    a.district_code = kDistrict;
    a.from_line_id = from;
    a.amount_fen = fen;
    a.note = "下拨";
    a.created_at = 1796000400;
    return repo().Allocate(a, to_unit);
  }
  Result<BudgetSpendingRecord> Spend(Id line, std::int64_t fen) {
    BudgetSpendingRecord s;
    s.district_code = kDistrict;
    s.line_id = line;
    s.amount_fen = fen;
    s.purpose = "党员学习资料";
    s.payee = "新华书店";
    s.spent_on = "2026-11-05";
    s.spent_month = 202611;
    s.created_by_name = "张三";
    s.created_at = 1796000400;
    return repo().Spend(s);
  }
  Result<BudgetSpendingRecord> Reverse(Id spending) {
    BudgetSpendingRecord r;
    r.district_code = kDistrict;
    r.reverses_id = spending;
    r.spent_on = "2026-11-06";
    r.spent_month = 202611;
    r.note = "录入错误";
    r.created_by_name = "张三";
    r.created_at = 1796000500;
    return repo().Reverse(r);
  }
  BudgetLineRecord Line(Id id) { return *repo().GetLine(kDistrict, id); }
  BudgetRepository repo() { return BudgetRepository(db()); }

  Id district_ = 0, street_ = 0, community_ = 0;
};

TEST_P(BudgetRepositoryTest, AllocationCreatesThenIncreasesTheChildLine) {
  BudgetLineRecord top = DistrictLine(100000);
  auto first = Allocate(top.id, street_, 30000);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  auto second = Allocate(top.id, street_, 20000);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(first->to_line_id, second->to_line_id);
  BudgetLineRecord child = Line(first->to_line_id);
  EXPECT_EQ(child.amount_fen, 50000);
  EXPECT_EQ(child.parent_id, top.id);
  EXPECT_EQ(child.unit_id, street_);
  EXPECT_EQ(child.category, "party_building");
  EXPECT_EQ(child.committed_fen, 0);
  BudgetLineRecord parent = Line(top.id);
  EXPECT_EQ(parent.allocated_fen, 50000);
  EXPECT_EQ(parent.committed_fen, 50000);
  EXPECT_EQ(parent.remaining_fen(), 50000);
  EXPECT_EQ(repo().AllocationsFrom(kDistrict, top.id)->size(), 2u);
}

TEST_P(BudgetRepositoryTest, OverAllocationIsRefusedAndWritesNothing) {
  BudgetLineRecord top = DistrictLine(100000);
  ASSERT_TRUE(Allocate(top.id, street_, 60000).ok());
  auto over = Allocate(top.id, street_, 40001);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(over.status().field(), "amount_fen");
  EXPECT_NE(over.status().message().find("40000"), std::string::npos) << over.status().message();
  EXPECT_EQ(Line(top.id).committed_fen, 60000);
  EXPECT_EQ(repo().AllocationsFrom(kDistrict, top.id)->size(), 1u);
  EXPECT_EQ(repo().FindLine(kDistrict, 2026, street_, "party_building")->value().amount_fen, 60000);
}

TEST_P(BudgetRepositoryTest, SpendingUpToTheRemainderAndNotBeyond) {
  BudgetLineRecord top = DistrictLine(1000);
  ASSERT_TRUE(Allocate(top.id, street_, 400).ok());
  ASSERT_TRUE(Spend(top.id, 600).ok());
  auto over = Spend(top.id, 1);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(repo().SpendingOf(kDistrict, top.id)->size(), 1u);
  BudgetLineRecord line = Line(top.id);
  EXPECT_EQ(line.spent_fen, 600);
  EXPECT_EQ(line.remaining_fen(), 0);
}

TEST_P(BudgetRepositoryTest, AReversalGivesTheMoneyBackOnce) {
  BudgetLineRecord top = DistrictLine(1000);
  auto spent = Spend(top.id, 700);
  ASSERT_TRUE(spent.ok());
  auto reversal = Reverse(spent->id);
  ASSERT_TRUE(reversal.ok()) << reversal.status().ToString();
  EXPECT_EQ(reversal->amount_fen, -700);
  EXPECT_EQ(reversal->line_id, top.id);
  EXPECT_EQ(Line(top.id).spent_fen, 0);
  auto twice = Reverse(spent->id);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().code(), ErrorCode::kFailedPrecondition);
  auto of_reversal = Reverse(reversal->id);
  EXPECT_EQ(of_reversal.status().code(), ErrorCode::kFailedPrecondition);
  auto rows = *repo().SpendingOf(kDistrict, top.id);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[0].reversed);
  EXPECT_FALSE(rows[1].reversed);
  EXPECT_EQ(rows[1].reverses_id, spent->id);
  EXPECT_EQ(Line(top.id).committed_fen, 0);
}

TEST_P(BudgetRepositoryTest, AmountCannotGoBelowWhatIsCommitted) {
  BudgetLineRecord top = DistrictLine(1000);
  ASSERT_TRUE(Spend(top.id, 700).ok());
  Status lower = repo().SetAmount(kDistrict, top.id, 699);
  EXPECT_EQ(lower.code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Line(top.id).amount_fen, 1000);
  EXPECT_TRUE(repo().SetAmount(kDistrict, top.id, 700).ok());
  EXPECT_EQ(Line(top.id).amount_fen, 700);
}

TEST_P(BudgetRepositoryTest, TheTableRefusesOverCommitmentEvenWithoutTheCondition) {
  BudgetLineRecord top = DistrictLine(1000);
  auto raw =
      db().Execute("UPDATE budget_lines SET committed_fen = 1001, spent_fen = 1001 WHERE id = ?", {top.id});
  EXPECT_FALSE(raw.ok());
  auto negative = db().Execute(
      "INSERT INTO budget_spending (district_code, line_id, amount_fen, purpose, payee, spent_on, "
      "spent_month, "
      "note, created_by_name, created_at) VALUES ('411002', ?, -5, 'x', 'y', '2026-11-05', 202611, '', 'z', "
      "0)",
      {top.id});
  EXPECT_FALSE(negative.ok());
}

TEST_P(BudgetRepositoryTest, LinesAreUniquePerYearUnitAndCategory) {
  DistrictLine(1000);
  BudgetLineRecord again;
  again.district_code = kDistrict;
  again.year = 2026;
  again.unit_id = district_;
  again.category = "party_building";
  again.amount_fen = 5;
  auto dup = repo().InsertLine(again);
  EXPECT_EQ(dup.status().code(), ErrorCode::kAlreadyExists);
  again.year = 2027;
  EXPECT_TRUE(repo().InsertLine(again).ok());
  EXPECT_EQ(repo().LinesOfYear(kDistrict, 2026)->size(), 1u);
}

// The server runs each write in a savepoint of a shared transaction: a refused duplicate
// must not spoil it for what follows (PostgreSQL aborts a transaction on a failed statement).
TEST_P(BudgetRepositoryTest, ARefusedDuplicateLeavesTheTransactionUsable) {
  Status outer = db().InTransaction([&]() -> Status {
    BudgetLineRecord top = DistrictLine(1000);
    BudgetLineRecord again = top;
    EXPECT_EQ(repo().InsertLine(again).status().code(), ErrorCode::kAlreadyExists);
    BudgetCategoryRecord c{0, kDistrict, "training", "培训经费", "Training", 0};
    EXPECT_TRUE(repo().InsertCategory(c).ok());
    EXPECT_EQ(repo().InsertCategory(c).status().code(), ErrorCode::kAlreadyExists);
    return Spend(top.id, 10).status();
  });
  EXPECT_TRUE(outer.ok()) << outer.ToString();
  EXPECT_EQ(repo().LinesOfYear(kDistrict, 2026)->size(), 1u);
}

TEST_P(BudgetRepositoryTest, MonthlySpendingIsNetOfReversals) {
  BudgetLineRecord top = DistrictLine(100000);
  auto a = Spend(top.id, 300);
  ASSERT_TRUE(Spend(top.id, 200).ok());
  ASSERT_TRUE(Reverse(a->id).ok());
  auto months = *repo().MonthlySpending(kDistrict, 2026);
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].month, 202611);
  EXPECT_EQ(months[0].spent_fen, 200);
}

TEST_P(BudgetRepositoryTest, CategoriesAreTheDistrictsOwn) {
  BudgetCategoryRecord c{0, kDistrict, "training", "培训经费", "Training", 1796000400};
  ASSERT_TRUE(repo().InsertCategory(c).ok());
  EXPECT_EQ(repo().InsertCategory(c).status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(repo().Categories(kDistrict)->size(), 1u);
  EXPECT_TRUE(repo().Categories("999999")->empty());
}

SANWANG_INSTANTIATE_BACKENDS(BudgetRepositoryTest);

}  // namespace
}  // namespace sanwang::store
