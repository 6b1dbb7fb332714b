#include "governance/information_ranking.h"

#include "governance/assessment_sources.h"
#include "governance/information_test_fixture.h"

namespace sanwang::governance {
namespace {

InformationStanding Unit(const std::string& code, std::int64_t submitted, std::int64_t adopted,
                         std::int64_t points) {
  InformationStanding s;
  s.unit_code = code;
  s.counts.submitted = submitted;
  s.counts.adopted = adopted;
  s.counts.points = points;
  return s;
}

// The worked table: points first, then items adopted, then the adoption rate; equal on all
// three is a tie, listed by code; no rate (nothing submitted) below a rate of 0%.
//
//   unit  submitted  adopted  points  rate    rank
//   C         5         5       12    100%     1
//   B         8         4       12     50%     2
//   A        10         4       12     40%     3
//   D         6         3       12     50%     4
//   E         4         2        6     50%     5 =
//   G         4         2        6     50%     5 =
//   H         4         2        6     50%     5 =
//   F         2         1        3     50%     8
//   J         3         0        0      0%     9
//   I         0         0        0      —     10 =
//   K         0         0        0      —     10 =
TEST(InformationRankingTest, PointsThenAdoptedThenRateAndEqualsShareARank) {
  auto ranked =
      RankInformation({Unit("K", 0, 0, 0), Unit("A", 10, 4, 12), Unit("H", 4, 2, 6), Unit("B", 8, 4, 12),
                       Unit("J", 3, 0, 0), Unit("C", 5, 5, 12), Unit("E", 4, 2, 6), Unit("D", 6, 3, 12),
                       Unit("G", 4, 2, 6), Unit("I", 0, 0, 0), Unit("F", 2, 1, 3)});
  struct Want {
    const char* code;
    int rank;
    bool tied;
    std::optional<TenThousandths> rate;
  };
  const std::vector<Want> want = {
      {"C", 1, false, 1000000},      {"B", 2, false, 500000},      {"A", 3, false, 400000},
      {"D", 4, false, 500000},       {"E", 5, true, 500000},       {"G", 5, true, 500000},
      {"H", 5, true, 500000},        {"F", 8, false, 500000},      {"J", 9, false, 0},
      {"I", 10, true, std::nullopt}, {"K", 10, true, std::nullopt}};
  ASSERT_EQ(ranked.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(ranked[i].unit_code, want[i].code) << i;
    EXPECT_EQ(ranked[i].rank, want[i].rank) << want[i].code;
    EXPECT_EQ(ranked[i].tied, want[i].tied) << want[i].code;
    EXPECT_EQ(ranked[i].adoption_rate, want[i].rate) << want[i].code;
  }
}

TEST(InformationRankingTest, ARateIsPrintedToTwoDecimalsRoundedHalfUp) {
  EXPECT_EQ(AdoptionRateText(333333), "33.33%");
  EXPECT_EQ(AdoptionRateText(666667), "66.67%");
  EXPECT_EQ(AdoptionRateText(1000000), "100.00%");
  EXPECT_EQ(AdoptionRateText(50), "0.01%");
  EXPECT_EQ(AdoptionRateText(49), "0.00%");
  EXPECT_EQ(AdoptionRateText(0), "0.00%");
  EXPECT_EQ(AdoptionRateText(std::nullopt), "—");
}

class InformationCountsTest : public InformationTest {};

// Community C in November 2026: three items count (the first adopted by the district and
// then the city: 1 adopted, 3 points; one declined; one waiting, sent at the first second
// of the month), one withdrawn does not, and one sent the last second of October belongs
// to October. Community C2: one item adopted by the province.
//
//   unit  submitted  adopted  district  city  province  points  rate
//   C2        1         1        0        0       1        5    100%
//   C         3         1        1        1       0        3    33.3333%
TEST_P(InformationCountsTest, AnItemCountsInTheMonthItWasFirstSentAndAtItsHighestLevel) {
  auto at = [&](const char* iso) { clock_.Set(*ParseIso8601(iso)); };
  at("2026-10-31T23:59:59+08:00");
  auto october = Submit("community", "十月信息");
  ASSERT_TRUE(Adopt(october.id, "province").ok());
  at("2026-11-01T00:00:00+08:00");
  Submit("community", "月初信息");
  at("2026-11-10T10:00:00+08:00");
  auto adopted = Submit("community", "被采用的信息");
  ASSERT_TRUE(Adopt(adopted.id, "district").ok());
  auto declined = Submit("community", "未采用的信息", "另一条内容完全不同的信息正文。");
  ASSERT_TRUE(
      ActOnInformation(As("editor"), declined.id, {"decline", "内容不够典型", "", std::nullopt}).ok());
  auto withdrawn = Submit("community", "撤回的信息", "第三条内容也不同的正文。");
  ASSERT_TRUE(ActOnInformation(As("community"), withdrawn.id, {"withdraw", "", "", std::nullopt}).ok());
  auto other = Submit("community2", "另一社区的信息", "第四条正文。");
  ASSERT_TRUE(Adopt(other.id, "province").ok());
  at("2026-12-02T09:00:00+08:00");  // adopted by the city in December: still November's item
  ASSERT_TRUE(Adopt(adopted.id, "city").ok());

  auto period = ParsePeriod("2026-11");
  ASSERT_TRUE(period.ok());
  auto ranking = InformationRanking(db(), *org_, "community", *period);
  ASSERT_TRUE(ranking.ok()) << ranking.status().ToString();
  ASSERT_GE(ranking->size(), 2u);
  const InformationStanding& first = (*ranking)[0];
  const InformationStanding& second = (*ranking)[1];
  EXPECT_EQ(first.unit_code, "C2");
  EXPECT_EQ(first.rank, 1);
  EXPECT_EQ(first.counts.submitted, 1);
  EXPECT_EQ(first.counts.points, 5);
  EXPECT_EQ(first.adoption_rate, 1000000);
  EXPECT_EQ(second.unit_code, "C");
  EXPECT_EQ(second.rank, 2);
  EXPECT_EQ(second.counts.submitted, 3);
  EXPECT_EQ(second.counts.adopted, 1);
  EXPECT_EQ(second.counts.points, 3);
  EXPECT_EQ(second.counts.adopted_at_level,
            (std::map<std::string, std::int64_t>{{"city", 1}, {"district", 1}}));
  EXPECT_EQ(second.adoption_rate, 333333);  // 1 / 3 as a percent in ten-thousandths, rounded
  // The same counts are the assessment's information_* values.
  EXPECT_EQ(InformationSourceValue(IndicatorSource::kInformationSubmitted, second.counts), 3 * kValueScale);
  EXPECT_EQ(InformationSourceValue(IndicatorSource::kInformationAdopted, second.counts), 1 * kValueScale);
  EXPECT_EQ(InformationSourceValue(IndicatorSource::kInformationAdoptionRate, second.counts), 333333);
  EXPECT_EQ(InformationSourceValue(IndicatorSource::kInformationAdoptionRate, {}), std::nullopt);

  auto october_period = ParsePeriod("2026-10");
  ASSERT_TRUE(october_period.ok());
  auto in_october = InformationRanking(db(), *org_, "community", *october_period);
  ASSERT_TRUE(in_october.ok());
  EXPECT_EQ((*in_october)[0].unit_code, "C");
  EXPECT_EQ((*in_october)[0].counts.submitted, 1);
  EXPECT_EQ((*in_october)[0].counts.points, 5);
  EXPECT_EQ(InformationRanking(db(), *org_, "grid", *period).status().field(), "level");
}

SANWANG_INSTANTIATE_BACKENDS(InformationCountsTest);

}  // namespace
}  // namespace sanwang::governance
