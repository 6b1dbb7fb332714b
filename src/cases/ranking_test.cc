#include "cases/ranking.h"

#include <gtest/gtest.h>

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

TEST(RankingScoreTest, EqualScoresShareARankAndUnscoredComeLast) {
  store::UnitRecord a, b, c, d;
  a.code = "A";
  b.code = "B";
  c.code = "C";
  d.code = "D";
  std::vector<RankingRow> rows = {{0, &d, {}, 50.0}, {0, &c, {}, std::nullopt}, {0, &b, {}, 80.0}, {0, &a, {}, 50.0}};
  AssignRanks(rows);
  std::vector<std::pair<std::string, int>> got;
  for (const auto& r : rows) got.emplace_back(r.unit->code, r.rank);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"B", 1}, {"A", 2}, {"D", 2}, {"C", 4}}));
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
