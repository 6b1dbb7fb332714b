// Coverage, gaps and counts on the street drawn in circles_test_support.h, with the
// answers worked out by hand.
#include "circles/coverage.h"

#include <gtest/gtest.h>

#include "circles/circles_test_support.h"

namespace sanwang::circles {
namespace {

AnalysisResult AnalyzeStreet(const WalkNetwork& street) {
  AnalysisOptions options;
  options.walk_speed_mps = 1.0;
  return AnalyzeCircles(street, options);
}

// West of C is grid g1, the rest g2; both in community c1.
std::vector<CoverageUnit> UnitsOfStreet(geo::LonLat where) {
  const bool west = where.lon < 113.806;
  return {{"grid", west ? "g1" : "g2", west ? "一网格" : "二网格"}, {"community", "c1", "社区"}};
}

TEST(DrawnStreetTest, NearestAndCountsAreTheHandWorkedAnswers) {
  const WalkNetwork street = testing::DrawnStreet();
  const AnalysisResult r = AnalyzeStreet(street);
  const TypeResult* clinic = r.Find("clinic");
  const TypeResult* school = r.Find("school");
  ASSERT_NE(clinic, nullptr);
  ASSERT_NE(school, nullptr);
  // Clinic at A: h1 10 + 150; h2 300 + 150; h3 and h4 beyond 900 s; h5 off the network.
  EXPECT_EQ(clinic->nearest_m, (std::vector<double>{160, 450, kUnreached, kUnreached, kUnreached}));
  // School at D: h1 10 + 150 + 600; h2 150 + 300; h3 150; h4 150 + 300.
  EXPECT_EQ(school->nearest_m, (std::vector<double>{760, 450, 150, 450, kUnreached}));
  EXPECT_EQ(school->counts, (std::vector<std::uint32_t>{0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(r.Seconds(*school, 0), 760);
}

TEST(DrawnStreetTest, CoveragePerUnitAndCircle) {
  const WalkNetwork street = testing::DrawnStreet();
  const AnalysisResult r = AnalyzeStreet(street);
  const std::vector<CoverageRow> rows =
      ComputeCoverage(street.points.homes, r, {"area", "411002", "魏都区"}, UnitsOfStreet);
  // Units area, community c1, grid g1, grid g2; two types; three circles.
  ASSERT_EQ(rows.size(), 4u * 2 * 3);
  auto row = [&rows](const std::string& code, const std::string& type, int seconds) {
    for (const CoverageRow& candidate : rows) {
      if (candidate.unit.code == code && candidate.type == type && candidate.circle_seconds == seconds) {
        return candidate;
      }
    }
    ADD_FAILURE() << "no row " << code << " " << type << " " << seconds;
    return CoverageRow{};
  };
  EXPECT_EQ(rows.front().unit.kind, "area");
  EXPECT_EQ(rows.back().unit.code, "g2");
  EXPECT_EQ(row("411002", "clinic", 300).population, 105);
  EXPECT_EQ(row("411002", "clinic", 300).covered, 10);
  EXPECT_EQ(row("411002", "clinic", 600).covered, 30);
  EXPECT_EQ(row("411002", "clinic", 900).covered, 30);
  EXPECT_EQ(row("g1", "clinic", 600).population, 30);
  EXPECT_DOUBLE_EQ(row("g1", "clinic", 600).share(), 1.0);
  EXPECT_EQ(row("g2", "clinic", 900).covered, 0);
  EXPECT_EQ(row("g2", "school", 300).covered, 30);
  EXPECT_EQ(row("g2", "school", 600).covered, 70);
  EXPECT_EQ(row("c1", "school", 900).covered, 100);  // all but h5, off the network
  EXPECT_EQ(row("g1", "school", 600).unit.name, "一网格");
}

TEST(DrawnStreetTest, GapsAreTheHomesBeyondTheLargestCircleHeaviestFirst) {
  const WalkNetwork street = testing::DrawnStreet();
  const std::vector<Gap> gaps = FindGaps(street.points.homes, AnalyzeStreet(street));
  std::vector<std::string> listed;
  for (const Gap& g : gaps) listed.push_back(g.type + ":" + street.points.homes[g.home].id);
  EXPECT_EQ(listed, (std::vector<std::string>{"clinic:h4", "clinic:h3", "clinic:h5", "school:h5"}));
}

}  // namespace
}  // namespace sanwang::circles
