#include "cases/ranking.h"

#include <gtest/gtest.h>

#include <memory>

#include "cases/period_counters.h"

namespace sanwang::cases {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Indicators Measured(std::int64_t cases, std::optional<double> accept, std::optional<double> resolve,
                    std::optional<double> satisfied, std::int64_t overdue) {
  Indicators i;
  i.cases = cases;
  i.on_time_acceptance = accept;
  i.on_time_resolution = resolve;
  i.satisfaction = satisfied;
  i.overdue = overdue;
  return i;
}

TEST(RankingScoreTest, WeighsTheFourIndicators) {
  EXPECT_DOUBLE_EQ(*RankingScore(Measured(10, 1, 1, 1, 0)), 100);
  // 100 × (0.25·0.8 + 0.35·0.6 + 0.30·0.9 + 0.10·(1 − 2/10)) = 76.
  EXPECT_DOUBLE_EQ(*RankingScore(Measured(10, 0.8, 0.6, 0.9, 2)), 76);
  EXPECT_DOUBLE_EQ(*RankingScore(Measured(4, 0, 0, 0, 4)), 0);
}

TEST(RankingScoreTest, UnmeasuredIndicatorsAreLeftOut) {
  // No rated case: 100 × (0.25·1 + 0.35·0.5 + 0.10·1) / 0.70 = 75.
  EXPECT_DOUBLE_EQ(*RankingScore(Measured(2, 1, 0.5, std::nullopt, 0)), 75);
  EXPECT_FALSE(RankingScore(Measured(0, std::nullopt, std::nullopt, std::nullopt, 0)).has_value());
}

// Units A..Z by code, each with the given indicators and the score they give.
class AssignRanksTest : public ::testing::Test {
 protected:
  void Add(const std::string& code, const Indicators& indicators) {
    auto unit = std::make_unique<store::UnitRecord>();
    unit->code = code;
    rows_.push_back({0, unit.get(), indicators, RankingScore(indicators)});
    units_.push_back(std::move(unit));
  }
  std::vector<std::pair<std::string, int>> Ranked(int min_cases) {
    AssignRanks(rows_, min_cases);
    std::vector<std::pair<std::string, int>> got;
    for (const auto& r : rows_) got.emplace_back(r.unit->code, r.rank);
    return got;
  }

  std::vector<std::unique_ptr<store::UnitRecord>> units_;
  std::vector<RankingRow> rows_;
};

TEST_F(AssignRanksTest, EqualOnEveryKeyShareARankAndUnscoredComeLast) {
  Add("D", Measured(10, 0.5, 0.5, 0.5, 5));
  Add("C", Measured(0, std::nullopt, std::nullopt, std::nullopt, 0));
  Add("B", Measured(10, 0.8, 0.8, 0.8, 2));
  Add("A", Measured(10, 0.5, 0.5, 0.5, 5));
  EXPECT_EQ(Ranked(1), (std::vector<std::pair<std::string, int>>{{"B", 1}, {"A", 2}, {"D", 2}, {"C", 0}}));
}

TEST_F(AssignRanksTest, UnitsBelowTheMinimumAreListedUnranked) {
  // One case resolved on time scores 100, but five cases at 90 are ranked above it.
  Add("A", Measured(1, 1, 1, 1, 0));
  Add("B", Measured(5, 0.9, 0.9, 0.9, 0));
  Add("C", Measured(4, 1, 1, 1, 0));
  EXPECT_EQ(Ranked(5), (std::vector<std::pair<std::string, int>>{{"B", 1}, {"A", 0}, {"C", 0}}));
  // With no minimum, A and C tie on every rate; C handled more cases.
  EXPECT_EQ(Ranked(1), (std::vector<std::pair<std::string, int>>{{"C", 1}, {"A", 2}, {"B", 3}}));
}

TEST_F(AssignRanksTest, TieBreakersInOrder) {
  // Equal scores set by hand, so that only the tie-breakers differ.
  Add("A", Measured(10, 0.4, 1.0, 0.8, 0));
  rows_.back().score = 85;
  Add("B", Measured(10, 0.4, 0.9, 0.9, 0));
  rows_.back().score = 85;
  Add("C", Measured(10, 0.6, 0.9, 0.9, 0));
  rows_.back().score = 85;
  Add("D", Measured(12, 0.6, 0.9, 0.9, 0));
  rows_.back().score = 85;
  Add("E", Measured(10, std::nullopt, 0.9, 0.9, 0));
  rows_.back().score = 85;
  // A: best resolution. D before C: same rates, more cases. C before B: acceptance.
  // E: acceptance unmeasured, after the measured ones.
  EXPECT_EQ(Ranked(1),
            (std::vector<std::pair<std::string, int>>{{"A", 1}, {"D", 2}, {"C", 3}, {"B", 4}, {"E", 5}}));
}

TEST(PeriodSplitTest, WholeMonthsFromTheSummaryAndTheRestFromCases) {
  PeriodSplit split = SplitByMonth({year{2026} / month{10} / day{15}, year{2027} / month{1} / day{31}});
  EXPECT_EQ(split.first_month, 202611);
  EXPECT_EQ(split.last_month, 202701);
  ASSERT_EQ(split.partial.size(), 1u);
  EXPECT_EQ(split.partial[0].first, StartOfLocalDay(year{2026} / month{10} / day{15}));
  EXPECT_EQ(split.partial[0].second, StartOfLocalDay(year{2026} / month{11} / day{1}));
}

TEST(PeriodSplitTest, DaysInsideOneMonth) {
  PeriodSplit split = SplitByMonth({year{2026} / month{2} / day{3}, year{2026} / month{2} / day{27}});
  EXPECT_EQ(split.first_month, 0);
  ASSERT_EQ(split.partial.size(), 1u);
  EXPECT_EQ(split.partial[0].second - split.partial[0].first, 25 * 86400);
  PeriodSplit february = SplitByMonth({year{2026} / month{2} / day{1}, year{2026} / month{2} / day{28}});
  EXPECT_EQ(february.first_month, 202602);
  EXPECT_TRUE(february.partial.empty());
}

}  // namespace
}  // namespace sanwang::cases
