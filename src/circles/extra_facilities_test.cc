// Extra facilities (a district's own register) added to a stored network: snapped onto it,
// left out where a facility of the same type already stands, and counted by the analysis
// like the imported ones — on the street drawn in circles_test_support.h, with the answers
// worked out by hand. Also the version that keys an analysis by them.
#include "circles/extra_facilities.h"

#include <gtest/gtest.h>

#include "circles/circle_analysis.h"
#include "circles/circle_reports.h"
#include "circles/circles_test_support.h"
#include "circles/input_digest.h"

namespace sanwang::circles {
namespace {

constexpr double kMetre = 1e-6;  // exact up to the snapping's rounding

Facility Extra(std::string id, std::string type, geo::LonLat where) {
  return Facility{std::move(id), std::move(type), where, "登记的设施", {}};
}

AnalysisResult AnalyzeStreet(const WalkNetwork& street) {
  AnalysisOptions options;
  options.walk_speed_mps = 1.0;
  return AnalyzeCircles(street, options);
}

void ExpectNear(const std::vector<double>& actual, const std::vector<double>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    if (expected[i] == kUnreached) {
      EXPECT_EQ(actual[i], kUnreached) << "home " << i;
    } else {
      EXPECT_NEAR(actual[i], expected[i], kMetre) << "home " << i;
    }
  }
}

TEST(ExtraFacilitiesTest, AClinicAtEBringsTheEastHomesWithinTheCircles) {
  WalkNetwork street = testing::DrawnStreet();
  const ExtraFacilitiesAdded added =
      AddExtraFacilities(street, {Extra("venue:7", "clinic", {113.812, 34.0})}, CirclesConfig{});
  EXPECT_EQ(added.added.size(), 1u);
  EXPECT_EQ(added.off_network, 0u);
  EXPECT_TRUE(added.same_place.empty());

  const AnalysisResult r = AnalyzeStreet(street);
  const TypeResult* clinic = r.Find("clinic");
  ASSERT_NE(clinic, nullptr);
  EXPECT_EQ(clinic->facilities, 2u);
  // Before: A's clinic alone, {160, 450, beyond, beyond, off} (coverage_test.cc). Now h3 and
  // h4 walk 150 m to E; h2 still goes to A (450 m against 750 m to E).
  ExpectNear(clinic->nearest_m, {160, 450, 150, 150, kUnreached});
  // h2 has A within 600 s and E within 900 s: two in the largest circle.
  EXPECT_EQ(clinic->counts, (std::vector<std::uint32_t>{1, 1, 1, 0, 1, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0}));
  // The school is untouched.
  ExpectNear(r.Find("school")->nearest_m, {760, 450, 150, 450, kUnreached});
}

TEST(ExtraFacilitiesTest, ANewTypeIsAnalysedAndTheFacilitiesStayInMapOrder) {
  WalkNetwork street = testing::DrawnStreet();
  AddExtraFacilities(street, {Extra("venue:2", "playground", {113.806, 34.0})}, CirclesConfig{});
  const AnalysisResult r = AnalyzeStreet(street);
  const TypeResult* playground = r.Find("playground");
  ASSERT_NE(playground, nullptr);
  // At C: h2 150, h3 150 + 300, h1 10 + 150 + 300, h4 150 + 600.
  ExpectNear(playground->nearest_m, {460, 150, 450, 750, kUnreached});
  ASSERT_EQ(street.points.facilities.size(), 3u);
  EXPECT_EQ(street.points.facilities[0].type, "clinic");
  EXPECT_EQ(street.points.facilities[1].id, "venue:2");
  EXPECT_EQ(street.points.facilities[1].name, "登记的设施");
  EXPECT_EQ(street.points.facilities[2].type, "school");
}

TEST(ExtraFacilitiesTest, OneAtThePlaceOfAFacilityOfTheSameTypeIsThatFacility) {
  WalkNetwork street = testing::DrawnStreet();
  // 0.0001° of longitude is about 9 m here: A's clinic, registered again.
  const ExtraFacilitiesAdded added =
      AddExtraFacilities(street,
                         {Extra("venue:1", "clinic", {113.8001, 34.0}),
                          Extra("venue:3", "school", {113.8001, 34.0})},  // no school at A: counts
                         CirclesConfig{});
  EXPECT_EQ(added.added.size(), 1u);
  EXPECT_EQ(added.same_place, (std::vector<std::string>{"venue:1"}));
  const AnalysisResult r = AnalyzeStreet(street);
  EXPECT_EQ(r.Find("clinic")->facilities, 1u);
  EXPECT_EQ(r.Find("clinic")->counts[0 * 3 + 2], 1u);  // h1: one clinic, not two
  EXPECT_EQ(r.Find("school")->facilities, 2u);
}

TEST(ExtraFacilitiesTest, TwoAtOnePlaceCountOnce) {
  WalkNetwork street = testing::DrawnStreet();
  // Two rooms of one service centre at E, and a third room 50 m on: a place of its own.
  const ExtraFacilitiesAdded added =
      AddExtraFacilities(street,
                         {Extra("venue:1", "cultural_center", {113.812, 34.0}),
                          Extra("venue:2", "cultural_center", {113.81205, 34.00005}),
                          Extra("venue:3", "cultural_center", {113.81254, 34.0})},
                         CirclesConfig{});
  ASSERT_EQ(added.added.size(), 2u);
  EXPECT_EQ(added.added[1].id, "venue:3");
  EXPECT_EQ(added.same_place, (std::vector<std::string>{"venue:2"}));
  EXPECT_EQ(AnalyzeStreet(street).Find("cultural_center")->facilities, 2u);
}

TEST(ExtraFacilitiesTest, OneFarFromEveryStretchIsKeptOffTheNetworkAndReachesNoOne) {
  WalkNetwork street = testing::DrawnStreet();
  const ExtraFacilitiesAdded added =
      AddExtraFacilities(street, {Extra("venue:9", "clinic", {113.9, 34.1})}, CirclesConfig{});
  EXPECT_EQ(added.added.size(), 1u);
  EXPECT_EQ(added.off_network, 1u);
  const AnalysisResult r = AnalyzeStreet(street);
  EXPECT_EQ(r.Find("clinic")->facilities, 1u);  // on the network
  ExpectNear(r.Find("clinic")->nearest_m, {160, 450, kUnreached, kUnreached, kUnreached});
}

TEST(ExtraFacilitiesTest, TheFacilitiesLayerListsThemWithTheirIdAndName) {
  WalkNetwork street = testing::DrawnStreet();
  AddExtraFacilities(street, {Extra("venue:2", "playground", {113.806, 34.0001})}, CirclesConfig{});
  const nlohmann::json layer = FacilitiesLayer(street.points);
  ASSERT_EQ(layer["features"].size(), 3u);
  const nlohmann::json& venue = layer["features"][1]["properties"];
  EXPECT_EQ(venue["id"], "venue:2");
  EXPECT_EQ(venue["type"], "playground");
  EXPECT_EQ(venue["name"], "登记的设施");
  EXPECT_NEAR(venue["snap_m"].get<double>(), 11.1, 0.05);  // 0.0001° of latitude north of C
  EXPECT_EQ(layer["features"][0]["properties"]["name"], "A 诊所");
}

TEST(ExtraFacilitiesTest, TheSnappedOnesGoOntoTheServedNetworkAsTheyWere) {
  WalkNetwork analysed = testing::DrawnStreet();
  const ExtraFacilitiesAdded added =
      AddExtraFacilities(analysed, {Extra("venue:7", "clinic", {113.812, 34.0})}, CirclesConfig{});
  WalkNetwork served = testing::DrawnStreet();
  ASSERT_TRUE(AddSnappedFacilities(served, added.added).ok());
  ASSERT_EQ(served.points.facilities.size(), analysed.points.facilities.size());
  for (std::size_t i = 0; i < served.points.facilities.size(); ++i) {
    EXPECT_EQ(served.points.facilities[i].id, analysed.points.facilities[i].id);
    EXPECT_EQ(served.points.facilities[i].at.edge, analysed.points.facilities[i].at.edge);
  }
  std::vector<Facility> foreign = added.added;
  foreign[0].at.edge = served.graph.edge_count();
  WalkNetwork other = testing::DrawnStreet();
  EXPECT_EQ(AddSnappedFacilities(other, foreign).code(), ErrorCode::kDataLoss);
  EXPECT_EQ(other.points.facilities.size(), 2u);
}

TEST(ExtraFacilitiesTest, TheVersionFollowsTheSetNotItsOrder) {
  const std::vector<Facility> two = {Extra("venue:1", "court", {113.8, 34.0}),
                                     Extra("venue:2", "playground", {113.81, 34.0})};
  const std::vector<Facility> swapped = {two[1], two[0]};
  std::vector<Facility> moved = two;
  moved[1].where.lat += 1e-7;
  EXPECT_EQ(ExtraFacilitiesVersion({}), "");
  EXPECT_EQ(ExtraFacilitiesVersion(two).size(), 64u);
  EXPECT_EQ(ExtraFacilitiesVersion(two), ExtraFacilitiesVersion(swapped));
  EXPECT_NE(ExtraFacilitiesVersion(two), ExtraFacilitiesVersion(moved));
  EXPECT_NE(ExtraFacilitiesVersion(two), ExtraFacilitiesVersion({two[0]}));
}

TEST(ExtraFacilitiesTest, TheirVersionEndsTheAnalysisKey) {
  const CirclesConfig config;
  EXPECT_EQ(AnalysisParamsText(config), "walk_speed_mps=1.2;circle_seconds=300,600,900");
  EXPECT_EQ(AnalysisParamsText(config, "ab12"),
            "walk_speed_mps=1.2;circle_seconds=300,600,900;extra_facilities=ab12");
}

}  // namespace
}  // namespace sanwang::circles
