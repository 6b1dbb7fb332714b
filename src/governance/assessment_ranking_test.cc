// Rankings of scored units: ties (two, three, at the top, at the bottom), the order of
// tied units, and movement against the previous period.
#include "governance/assessment_ranking.h"

#include <gtest/gtest.h>

#include "governance/assessment_test_scheme.h"

namespace sanwang::governance {
namespace {

// Scores with only a total, as (unit, points).
std::vector<UnitScore> Totals(const std::vector<std::pair<std::string, double>>& totals) {
  std::vector<UnitScore> scores;
  scores.reserve(totals.size());
  for (const auto& [unit, points] : totals) {
    UnitScore s;
    s.unit_code = unit;
    s.total = Pts(points);
    scores.push_back(s);
  }
  return scores;
}

using Row = std::tuple<int, std::string, bool>;  // rank, unit, tied

std::vector<Row> Rows(const std::vector<RankedUnit>& ranking) {
  std::vector<Row> rows;
  rows.reserve(ranking.size());
  for (const RankedUnit& r : ranking) rows.emplace_back(r.rank, r.unit_code, r.tied);
  return rows;
}

TEST(AssessmentRanking, RanksTheWorkedTableByTotal) {
  auto scores = ScoreUnits(WorkedScheme(), {
                                               {"C01", {{"Q1", Val(92.5)}, {"Q2", Val(8)}, {"Q3", Val(96)}}},
                                               {"C02", {{"Q1", Val(95)}, {"Q2", Val(5)}, {"Q3", Val(90)}}},
                                               {"C03", {{"Q1", Val(60)}}},
                                           });
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  // C01 18.57 + 16 + 30 = 64.57; C02 20 + 20 + 24 = 64; C03 0.
  std::vector<RankedUnit> ranking = RankUnits(*scores);
  EXPECT_EQ(Rows(ranking), (std::vector<Row>{{1, "C01", false}, {2, "C02", false}, {3, "C03", false}}));
  EXPECT_EQ(ranking[0].total, (*scores)[0].total);
  EXPECT_TRUE(ranking[2].incomplete);
}

TEST(AssessmentRanking, TwoUnitsEqualShareARankAndTheNextSkipsOne) {
  // Given out of order: tied units are listed by unit code whatever order they came in.
  auto ranking = RankUnits(Totals({{"D", 80}, {"C", 85}, {"A", 90}, {"B", 85}}));
  EXPECT_EQ(Rows(ranking),
            (std::vector<Row>{{1, "A", false}, {2, "B", true}, {2, "C", true}, {4, "D", false}}));
}

TEST(AssessmentRanking, ThreeUnitsEqual) {
  auto ranking = RankUnits(Totals({{"E", 70}, {"D", 80}, {"B", 80}, {"C", 80}, {"A", 90}}));
  EXPECT_EQ(
      Rows(ranking),
      (std::vector<Row>{{1, "A", false}, {2, "B", true}, {2, "C", true}, {2, "D", true}, {5, "E", false}}));
}

TEST(AssessmentRanking, TieAtTheTopAndAtTheBottom) {
  auto top = RankUnits(Totals({{"Z", 90}, {"Y", 95}, {"X", 95}}));
  EXPECT_EQ(Rows(top), (std::vector<Row>{{1, "X", true}, {1, "Y", true}, {3, "Z", false}}));

  auto bottom = RankUnits(Totals({{"A", 90}, {"B", 80}, {"D", 70}, {"C", 70}}));
  EXPECT_EQ(Rows(bottom),
            (std::vector<Row>{{1, "A", false}, {2, "B", false}, {3, "C", true}, {3, "D", true}}));

  auto all = RankUnits(Totals({{"B", 50}, {"A", 50}}));
  EXPECT_EQ(Rows(all), (std::vector<Row>{{1, "A", true}, {1, "B", true}}));
}

TEST(AssessmentRanking, ATieIsEqualToTheHundredth) {
  // 85.01 and 85 are not tied; two ties of different totals stay apart.
  auto ranking = RankUnits(Totals({{"A", 85}, {"B", 85.01}, {"C", 85}, {"D", 60}, {"E", 60}, {"F", -2}}));
  EXPECT_EQ(
      Rows(ranking),
      (std::vector<Row>{
          {1, "B", false}, {2, "A", true}, {2, "C", true}, {4, "D", true}, {4, "E", true}, {6, "F", false}}));
  EXPECT_TRUE(RankUnits({}).empty());
}

TEST(AssessmentRanking, MovementAgainstThePreviousPeriod) {
  // Last month: A 1st, B 2nd, C 3rd, D 4th, E 5th.
  auto previous = RankUnits(Totals({{"A", 95}, {"B", 90}, {"C", 85}, {"D", 80}, {"E", 75}}));
  // This month: D 1st (up 3); A and C share 2nd (A down 1, C up 1); B 4th (down 2);
  // F is new at 5th; E has dropped out and is not listed.
  auto ranking = RankUnits(Totals({{"A", 88}, {"B", 70}, {"C", 88}, {"D", 99}, {"F", 60}}), previous);
  ASSERT_EQ(ranking.size(), 5u);
  struct Want {
    std::string unit;
    MovementKind kind;
    int places;
    std::string text;
  };
  const std::vector<Want> want = {
      {"D", MovementKind::kUp, 3, "上升 3 位 up 3"},
      {"A", MovementKind::kDown, 1, "下降 1 位 down 1"},
      {"C", MovementKind::kUp, 1, "上升 1 位 up 1"},
      {"B", MovementKind::kDown, 2, "下降 2 位 down 2"},
      {"F", MovementKind::kNewEntry, 0, "新上榜 new entry"},
  };
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE(want[i].unit);
    EXPECT_EQ(ranking[i].unit_code, want[i].unit);
    EXPECT_EQ(ranking[i].movement.kind, want[i].kind);
    EXPECT_EQ(ranking[i].movement.places, want[i].places);
    EXPECT_EQ(MovementText(ranking[i].movement), want[i].text);
  }
}

TEST(AssessmentRanking, ASharedRankEqualToTheLastIsTheSamePlace) {
  // B was 2nd alone; now B and C share 2nd: B is the same, C (3rd before) is up 1.
  auto previous = RankUnits(Totals({{"A", 90}, {"B", 80}, {"C", 70}}));
  auto ranking = RankUnits(Totals({{"A", 90}, {"B", 75}, {"C", 75}}), previous);
  ASSERT_EQ(ranking.size(), 3u);
  EXPECT_EQ(ranking[0].movement.kind, MovementKind::kSame);
  EXPECT_EQ(ranking[1].movement.kind, MovementKind::kSame);
  EXPECT_EQ(MovementText(ranking[1].movement), "持平 same");
  EXPECT_EQ(ranking[2].movement.kind, MovementKind::kUp);
  EXPECT_EQ(ranking[2].movement.places, 1);
  // Without a previous ranking every unit is new.
  for (const RankedUnit& r : RankUnits(Totals({{"A", 1}})))
    EXPECT_EQ(r.movement.kind, MovementKind::kNewEntry);
}

}  // namespace
}  // namespace sanwang::governance
