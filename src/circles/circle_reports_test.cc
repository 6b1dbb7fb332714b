// The output files' formats (docs/architecture.md §11) on the street drawn in circles_test_support.h.
#include "circles/circle_reports.h"

#include <gtest/gtest.h>

#include "circles/circles_test_support.h"

namespace sanwang::circles {
namespace {

AnalysisResult AnalyzeStreet(const WalkNetwork& street) {
  AnalysisOptions options;
  options.walk_speed_mps = 1.0;
  return AnalyzeCircles(street, options);
}

TEST(CircleReportsTest, NearestIsSecondsAndEmptyBeyondTheLargestCircle) {
  const WalkNetwork street = testing::DrawnStreet();
  const std::string csv = NearestCsv(street.points, AnalyzeStreet(street));
  EXPECT_EQ(csv,
            "home_id,type,seconds\n"
            "h1,clinic,160.000\nh1,school,760.000\n"
            "h2,clinic,450.000\nh2,school,450.000\n"
            "h3,clinic,\nh3,school,150.000\n"
            "h4,clinic,\nh4,school,450.000\n"
            "h5,clinic,\nh5,school,\n");
}

TEST(CircleReportsTest, CountsHaveAColumnPerCircle) {
  const WalkNetwork street = testing::DrawnStreet();
  const std::string csv = CountsCsv(street.points, AnalyzeStreet(street));
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "home_id,type,within_300,within_600,within_900");
  EXPECT_NE(csv.find("\nh3,school,1,1,1\n"), std::string::npos);
  EXPECT_NE(csv.find("\nh1,school,0,0,1\n"), std::string::npos);
}

TEST(CircleReportsTest, CoverageLayerHasTheUnitsWithABoundary) {
  const WalkNetwork street = testing::DrawnStreet();
  const AnalysisResult result = AnalyzeStreet(street);
  const std::vector<CoverageRow> rows =
      ComputeCoverage(street.points.homes, result, {"area", "x", "全区"}, {});
  const nlohmann::json none = CoverageLayer(rows, {});
  EXPECT_TRUE(none["features"].empty());
  const nlohmann::json square = {{"type", "Polygon"}, {"coordinates", {{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}};
  const nlohmann::json layer = CoverageLayer(rows, [&](const CoverageUnit&) { return square; });
  ASSERT_EQ(layer["features"].size(), 1u);
  const nlohmann::json& p = layer["features"][0]["properties"];
  EXPECT_EQ(p["name"], "全区");
  EXPECT_EQ(p["population"], 105);
  EXPECT_DOUBLE_EQ(p["clinic_300"].get<double>(), 0.0952);  // 10 of 105 people
  EXPECT_EQ(CoverageCsv(rows).substr(0, 69),
            "unit_kind,unit_code,unit_name,type,circle_seconds,population,covered,");
}

TEST(CircleReportsTest, GapsAndSuggestionsAsCsv) {
  const WalkNetwork street = testing::DrawnStreet();
  const AnalysisResult result = AnalyzeStreet(street);
  const std::string gaps = GapsCsv(street.points, FindGaps(street.points.homes, result));
  EXPECT_NE(gaps.find("\nclinic,h4,113.8135000,34.0000000,40.00,1\n"), std::string::npos);
  EXPECT_NE(gaps.find("\nschool,h5,113.9000000,34.1000000,5.00,0\n"), std::string::npos);
  SuggestionResult s{105, 10, {{4, {113.812, 34.0}, 70, 80}}};
  EXPECT_EQ(SuggestionsCsv(s),
            "rank,node_id,lon,lat,added_population,covered_population,covered_share\n"
            "1,4,113.8120000,34.0000000,70.00,80.00,0.7619\n");
  EXPECT_EQ(SuggestionsLayer(s, "clinic", 300)["features"][0]["properties"]["added_population"], 70);
}

}  // namespace
}  // namespace sanwang::circles
