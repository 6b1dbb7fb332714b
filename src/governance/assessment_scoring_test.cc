// Scoring units against the worked scheme (assessment_test_scheme.h), the rounding rule,
// and what scoring refuses.
#include "governance/assessment_scoring.h"

#include <gtest/gtest.h>

#include "governance/assessment_test_scheme.h"

namespace sanwang::governance {
namespace {

// Six communities of one month. A value left out is "no data".
std::vector<UnitValues> WorkedUnits() {
  return {
      {"C01",
       {{"Q1", Val(92.5)}, {"Q2", Val(8)}, {"Q3", Val(96)}, {"Q4", Val(12)}, {"B1", Val(1)}, {"D1", Val(0)}}},
      {"C02",
       {{"Q1", Val(95)}, {"Q2", Val(5)}, {"Q3", Val(90)}, {"Q4", Val(12)}, {"B1", Val(3)}, {"D1", Val(1)}}},
      {"C03", {{"Q1", Val(60)}, {"Q2", Val(20)}, {"Q3", Val(79.9)}, {"Q4", Val(7)}, {"D1", Val(5)}}},
      {"C04",
       {{"Q1", Val(77.5)},
        {"Q2", Val(12.5)},
        {"Q3", Val(85)},
        {"Q4", Val(9)},
        {"B1", Val(0)},
        {"D1", Val(3)}}},
      {"C05", {{"Q1", Val(99)}, {"Q2", Val(2)}, {"B1", Val(0)}, {"D1", Val(0)}}},
      {"C06",
       {{"Q1", Val(70)}, {"Q2", Val(15)}, {"Q3", Val(92)}, {"Q4", Val(3)}, {"B1", Val(0)}, {"D1", Val(2)}}},
  };
}

struct ExpectedRow {
  const char* unit;
  double q1, q2, q3, q4, b1, d1;  // points per indicator
  double base, bonus, deduction, total;
};

// Worked by hand.
//
// Q1 linear 60 → 95 (span 35), 20 points: 20 × (value − 60) / 35.
//   C01 92.5: 20 × 32.5 / 35 = 18.5714… → 18.57      C04 77.5: 20 × 17.5 / 35 = 10
//   C06 70:   20 × 10 / 35   =  5.7142… →  5.71      C02 95, C05 99: at or past the target, 20
//   C03 60:   at the floor, 0
// Q2 linear 20 → 5 (lower is better, span 15), 20 points: 20 × (20 − value) / 15.
//   C01 8:  20 × 12 / 15 = 16            C04 12.5: 20 × 7.5 / 15 = 10
//   C06 15: 20 × 5 / 15  = 6.666… → 6.67 C02 5, C05 2: at or below the target, 20;  C03 20: 0
// Q3 thresholds ≥80 ½, ≥90 0.8, ≥95 all, of 30 points.
//   C01 96 → 30;  C02 90 → 24;  C06 92 → 24;  C04 85 → 15;  C03 79.9 → 0;  C05 no data → 0
// Q4 rank, 30 points, 7 a place, floor 10. Values 12 (C01), 12 (C02), 9 (C04), 7 (C03),
//   3 (C06); C05 has none, so 5 units are placed.
//   C01, C02 share 1st → 30;  C04 3rd → 30 − 2 × 7 = 16;  C03 4th → 30 − 21 = 9 → floor 10;
//   C06 5th → 30 − 28 = 2 → floor 10;  C05 → 0
// B1 bonus 1 a time, cap 3; the scheme adds at most 2.5.
//   C01 1 → 1;  C02 3 → 3 (the item's cap) → 2.5 (the scheme's);  C03 no data → 0
// D1 deduction 0.5 a time, cap 2.
//   C02 1 → 0.5;  C03 5 → 2.5 → cap 2;  C04 3 → 1.5;  C06 2 → 1
//
// unit  base                              bonus  deduction  total
// C01   18.57 + 16 + 30 + 30 = 94.57      1      0          95.57
// C02   20 + 20 + 24 + 30    = 94         2.5    0.5        96
// C03   0 + 0 + 0 + 10       = 10         0      2          8
// C04   10 + 10 + 15 + 16    = 51         0      1.5        49.5
// C05   20 + 20 + 0 + 0      = 40         0      0          40
// C06   5.71 + 6.67 + 24 + 10 = 46.38     0      1          45.38
const ExpectedRow kExpected[] = {
    {"C01", 18.57, 16, 30, 30, 1, 0, 94.57, 1, 0, 95.57},  //
    {"C02", 20, 20, 24, 30, 3, 0.5, 94, 2.5, 0.5, 96},     //
    {"C03", 0, 0, 0, 10, 0, 2, 10, 0, 2, 8},               //
    {"C04", 10, 10, 15, 16, 0, 1.5, 51, 0, 1.5, 49.5},     //
    {"C05", 20, 20, 0, 0, 0, 0, 40, 0, 0, 40},             //
    {"C06", 5.71, 6.67, 24, 10, 0, 1, 46.38, 0, 1, 45.38},
};

std::vector<UnitScore> ScoreWorked() {
  auto scores = ScoreUnits(WorkedScheme(), WorkedUnits());
  EXPECT_TRUE(scores.ok()) << scores.status().ToString();
  return scores.ok() ? *scores : std::vector<UnitScore>{};
}

TEST(AssessmentScoring, ScoresTheWorkedTable) {
  std::vector<UnitScore> scores = ScoreWorked();
  ASSERT_EQ(scores.size(), std::size(kExpected));
  for (std::size_t u = 0; u < scores.size(); ++u) {
    const ExpectedRow& want = kExpected[u];
    const UnitScore& got = scores[u];
    SCOPED_TRACE(want.unit);
    EXPECT_EQ(got.unit_code, want.unit);
    const double per_indicator[] = {want.q1, want.q2, want.q3, want.q4, want.b1, want.d1};
    ASSERT_EQ(got.indicators.size(), std::size(per_indicator));
    for (std::size_t i = 0; i < got.indicators.size(); ++i) {
      EXPECT_EQ(got.indicators[i].points, Pts(per_indicator[i])) << got.indicators[i].explanation;
    }
    EXPECT_EQ(got.base, Pts(want.base));
    EXPECT_EQ(got.bonus, Pts(want.bonus));
    EXPECT_EQ(got.deduction, Pts(want.deduction));
    EXPECT_EQ(got.total, Pts(want.total));
  }
}

TEST(AssessmentScoring, ShowsTheMaximumAndThePlaceOfEachIndicator) {
  std::vector<UnitScore> scores = ScoreWorked();
  ASSERT_EQ(scores.size(), 6u);
  const UnitScore& c01 = scores[0];
  EXPECT_EQ(c01.indicators[0].code, "Q1");
  EXPECT_EQ(c01.indicators[0].name, "按时受理率");
  EXPECT_EQ(c01.indicators[0].raw, Val(92.5));
  const Hundredths maxima[] = {Pts(20), Pts(20), Pts(30), Pts(30), Pts(3), Pts(2)};
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(c01.indicators[i].max_points, maxima[i]) << i;
  EXPECT_EQ(c01.indicators[3].place, 1);
  EXPECT_EQ(scores[1].indicators[3].place, 1);  // tied with C01
  EXPECT_EQ(scores[3].indicators[3].place, 3);  // after two units sharing 1st
  EXPECT_EQ(scores[5].indicators[3].place, 5);
  EXPECT_EQ(scores[4].indicators[3].place, std::nullopt);
  EXPECT_EQ(c01.indicators[0].place, std::nullopt);
}

TEST(AssessmentScoring, FlagsNoData) {
  std::vector<UnitScore> scores = ScoreWorked();
  ASSERT_EQ(scores.size(), 6u);
  const UnitScore& c05 = scores[4];
  EXPECT_TRUE(c05.incomplete());
  EXPECT_TRUE(c05.indicators[2].no_data());
  EXPECT_TRUE(c05.indicators[3].no_data());
  EXPECT_FALSE(c05.indicators[0].no_data());
  EXPECT_EQ(c05.indicators[2].explanation, "满意率 无数据，得 0 分 No data: 0 points");
  EXPECT_TRUE(scores[2].incomplete());  // C03 has no B1
  EXPECT_EQ(scores[2].indicators[4].explanation, "表彰加分 无数据，不加分 No data: no bonus");
  for (std::size_t u : {0, 1, 3, 5}) EXPECT_FALSE(scores[u].incomplete()) << scores[u].unit_code;
}

TEST(AssessmentScoring, ExplainsHowThePointsWereEarned) {
  std::vector<UnitScore> s = ScoreWorked();
  ASSERT_EQ(s.size(), 6u);
  EXPECT_EQ(s[0].indicators[0].explanation,
            "按时受理率 92.5%，介于下限 60% 与目标 95% 之间，得 18.57 / 20 分 "
            "92.5% lies between the floor 60% and the target 95%: 18.57 of 20 points");
  EXPECT_EQ(s[1].indicators[1].explanation,
            "超期率 5%，达到目标 5%，得满分 20 分 5% reaches the target 5%: the full 20 points");
  EXPECT_EQ(
      s[2].indicators[0].explanation,
      "按时受理率 60%，未优于下限 60%，得 0 / 20 分 60% is no better than the floor 60%: 0 of 20 points");
  EXPECT_EQ(
      s[3].indicators[2].explanation,
      "满意率 85%，达到“不低于 80%”一档，得 15 / 30 分 85% reaches the step at least 80%: 15 of 30 points");
  EXPECT_EQ(s[2].indicators[2].explanation,
            "满意率 79.9%，未达到最低一档（不低于 80%），得 0 / 30 分 "
            "79.9% reaches no step (the easiest is at least 80%): 0 of 30 points");
  EXPECT_EQ(s[0].indicators[3].explanation,
            "信息采用数 12，在 5 个有数据的单位中排第 1（并列），得 30 / 30 分 "
            "12 places 1 (tied) of 5 units with data: 30 of 30 points");
  EXPECT_EQ(s[5].indicators[3].explanation,
            "信息采用数 3，在 5 个有数据的单位中排第 5，得保底 10 / 30 分 "
            "3 places 5 of 5 units with data: the floor of 10 of 30 points");
  EXPECT_EQ(s[1].indicators[4].explanation,
            "表彰加分 3 次，每次加 1 分，达到上限，加 3 分（上限 3 分） "
            "3 occurrences at 1 point each reach the cap: plus 3 points (cap 3)");
  EXPECT_EQ(s[2].indicators[5].explanation,
            "重复投诉 5 次，每次扣 0.5 分，达到上限，扣 2 分（上限 2 分） "
            "5 occurrences at 0.5 points each reach the cap: minus 2 points (cap 2)");
  EXPECT_EQ(s[3].indicators[5].explanation,
            "重复投诉 3 次，每次扣 0.5 分，扣 1.5 分（上限 2 分） "
            "3 occurrences at 0.5 points each: minus 1.5 points (cap 2)");
  EXPECT_EQ(
      s[0].indicators[4].explanation,
      "表彰加分 1 次，每次加 1 分，加 1 分（上限 3 分） 1 occurrence at 1 point each: plus 1 point (cap 3)");
  for (const UnitScore& u : s) {
    for (const IndicatorPoints& p : u.indicators)
      EXPECT_TRUE(ChineseThenEnglish(p.explanation)) << p.explanation;
  }
}

TEST(AssessmentScoring, RoundsHalfAwayFromZeroOncePerIndicator) {
  EXPECT_EQ(MultiplyDivideRounded(1, 5, 2), 3);    // 2.5
  EXPECT_EQ(MultiplyDivideRounded(-1, 5, 2), -3);  // −2.5
  EXPECT_EQ(MultiplyDivideRounded(1, 3, 2), 2);    // 1.5
  EXPECT_EQ(MultiplyDivideRounded(7, 1, 3), 2);    // 2.33…
  EXPECT_EQ(MultiplyDivideRounded(8, 1, 3), 3);    // 2.66…
  EXPECT_EQ(MultiplyDivideRounded(-8, 1, 3), -3);
  EXPECT_EQ(MultiplyDivideRounded(0, 5, 7), 0);
  // The product (1.6 × 10¹⁹) does not fit in 64 bits; the quotient does.
  EXPECT_EQ(MultiplyDivideRounded(4'000'000'000'000, 4'000'000, 1'000'000), 16'000'000'000'000);

  // Q1 from 0% to 80%: 0.1% earns 20 × 0.1 / 80 = 0.025 points, 2.5 hundredths → 0.03;
  // 0.06% earns 0.015 → 0.02 and 0.05% earns 0.0125 → 0.01.
  AssessmentScheme scheme = WorkedScheme();
  std::get<LinearRule>(scheme.indicators[0].rule) = {Val(0), Val(80)};
  auto scores =
      ScoreUnits(scheme, {{"A", {{"Q1", Val(0.1)}}}, {"B", {{"Q1", Val(0.06)}}}, {"C", {{"Q1", Val(0.05)}}}});
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  EXPECT_EQ((*scores)[0].indicators[0].points, 3);
  EXPECT_EQ((*scores)[1].indicators[0].points, 2);
  EXPECT_EQ((*scores)[2].indicators[0].points, 1);
}

TEST(AssessmentScoring, LowerIsBetterUnderThresholdsAndRanks) {
  AssessmentScheme scheme = WorkedScheme();
  // Q2 overdue share: at most 10% earns half, at most 5% all. Q4 ranked lowest first.
  scheme.indicators[1].rule = ThresholdsRule{true, {{Val(10), Val(0.5)}, {Val(5), Val(1)}}};
  std::get<RankRule>(scheme.indicators[3].rule).lower_is_better = true;
  auto scores = ScoreUnits(scheme, {{"A", {{"Q2", Val(4)}, {"Q4", Val(9)}}},
                                    {"B", {{"Q2", Val(10)}, {"Q4", Val(2)}}},
                                    {"C", {{"Q2", Val(10.01)}, {"Q4", Val(5)}}}});
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  const auto& s = *scores;
  EXPECT_EQ(s[0].indicators[1].points, Pts(20));  // 4% ≤ 5%
  EXPECT_EQ(s[1].indicators[1].points, Pts(10));  // 10% ≤ 10%: half of 20
  EXPECT_EQ(s[2].indicators[1].points, 0);        // 10.01% reaches no step
  EXPECT_EQ(
      s[1].indicators[1].explanation,
      "超期率 10%，达到“不高于 10%”一档，得 10 / 20 分 10% reaches the step at most 10%: 10 of 20 points");
  // Lowest first: B 2 → 1st, 30; C 5 → 2nd, 23; A 9 → 3rd, 16.
  EXPECT_EQ(s[1].indicators[3].points, Pts(30));
  EXPECT_EQ(s[2].indicators[3].points, Pts(23));
  EXPECT_EQ(s[0].indicators[3].points, Pts(16));
}

TEST(AssessmentScoring, FirstPlaceIsNeverCalledTheFloor) {
  // A rank floor equal to the weight: every unit with a value earns 30, and only the places
  // below the first are said to earn the floor.
  AssessmentScheme scheme = WorkedScheme();
  std::get<RankRule>(scheme.indicators[3].rule).floor = Pts(30);
  auto scores = ScoreUnits(scheme, {{"A", {{"Q4", Val(9)}}}, {"B", {{"Q4", Val(2)}}}});
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  EXPECT_EQ((*scores)[0].indicators[3].points, Pts(30));
  EXPECT_EQ((*scores)[1].indicators[3].points, Pts(30));
  EXPECT_EQ((*scores)[0].indicators[3].explanation,
            "信息采用数 9，在 2 个有数据的单位中排第 1，得 30 / 30 分 9 places 1 of 2 units with data: 30 of "
            "30 points");
  EXPECT_NE((*scores)[1].indicators[3].explanation.find("得保底 30 / 30 分"), std::string::npos);
}

TEST(AssessmentScoring, SchemeCapsAndTotalsBelowZero) {
  AssessmentScheme scheme = WorkedScheme();
  scheme.deduction_cap = Pts(1);
  std::get<DeductionRule>(scheme.indicators[5].rule) = {Pts(5), Pts(20)};
  // A: every base indicator at its floor or without data, four repeat reports → 4 × 5 = 20
  // points deducted (the item's cap is 20), cut to 1 by the scheme.
  auto capped = ScoreUnits(scheme, {{"A", {{"Q1", Val(60)}, {"Q2", Val(20)}, {"D1", Val(4)}}}});
  ASSERT_TRUE(capped.ok()) << capped.status().ToString();
  EXPECT_EQ((*capped)[0].indicators[5].points, Pts(20));
  EXPECT_EQ((*capped)[0].deduction, Pts(1));
  EXPECT_EQ((*capped)[0].total, Pts(-1));

  // Without the scheme's cap nothing floors the total.
  scheme.deduction_cap.reset();
  auto below = ScoreUnits(scheme, {{"A", {{"Q1", Val(60)}, {"Q2", Val(20)}, {"D1", Val(4)}}}});
  ASSERT_TRUE(below.ok());
  EXPECT_EQ((*below)[0].total, Pts(-20));
}

void ExpectRefused(const std::vector<UnitValues>& units, const std::string& field) {
  auto scores = ScoreUnits(WorkedScheme(), units);
  ASSERT_FALSE(scores.ok()) << field;
  EXPECT_EQ(scores.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(scores.status().field(), field) << scores.status().message();
  EXPECT_TRUE(ChineseThenEnglish(scores.status().message())) << scores.status().message();
}

TEST(AssessmentScoring, RefusesValuesItCannotScore) {
  ExpectRefused({{"C01", {{"Q9", Val(1)}}}}, "units[0].values.Q9");
  ExpectRefused({{"C01", {}}, {"C02", {{"Q1", Val(100.01)}}}}, "units[1].values.Q1");
  ExpectRefused({{"C01", {{"Q2", Val(-1)}}}}, "units[0].values.Q2");
  ExpectRefused({{"C01", {{"D1", Val(-1)}}}}, "units[0].values.D1");
  ExpectRefused({{"C01", {{"B1", Val(-2)}}}}, "units[0].values.B1");  // a manual number, but occurrences
  ExpectRefused({{"C01", {}}, {"C01", {}}}, "units[1].unit_code");
  ExpectRefused({{"", {}}}, "units[0].unit_code");
  ExpectRefused({{"C01", {{"Q4", (kMaxAbsoluteValue + 1) * kValueScale}}}}, "units[0].values.Q4");
  auto unknown = ScoreUnits(WorkedScheme(), {{"C07", {{"Q9", Val(1)}}}});
  EXPECT_EQ(
      unknown.status().message(),
      "单位 C07 的数值指向方案中没有的指标 Q9 Unit C07 has a value for Q9, which the scheme does not have");

  AssessmentScheme invalid = WorkedScheme();
  invalid.indicators[0].weight = Pts(19);
  EXPECT_EQ(ScoreUnits(invalid, WorkedUnits()).status().field(), "indicators");
}

TEST(AssessmentScoring, ScoresNoUnitsAndUnitsWithoutAnyValue) {
  auto none = ScoreUnits(WorkedScheme(), {});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  auto empty = ScoreUnits(WorkedScheme(), {{"C01", {}}});
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ((*empty)[0].total, 0);
  EXPECT_EQ((*empty)[0].indicators.size(), 6u);
  EXPECT_TRUE((*empty)[0].incomplete());
}

TEST(AssessmentScoring, FormatsFixedPoint) {
  EXPECT_EQ(FormatFixed(1857, kPointScale), "18.57");
  EXPECT_EQ(FormatFixed(2000, kPointScale), "20");
  EXPECT_EQ(FormatFixed(-350, kPointScale), "-3.5");
  EXPECT_EQ(FormatFixed(5, kPointScale), "0.05");
  EXPECT_EQ(FormatFixed(-5, kPointScale), "-0.05");
  EXPECT_EQ(FormatFixed(925000, kValueScale), "92.5");
  EXPECT_EQ(FormatFixed(1, kValueScale), "0.0001");
  EXPECT_EQ(FormatFixed(0, kValueScale), "0");
}

}  // namespace
}  // namespace sanwang::governance
