#include "circles/circles_codec.h"

#include <gtest/gtest.h>

#include "circles/circles_test_support.h"

namespace sanwang::circles {
namespace {

TEST(CirclesCodecTest, NetworkRoundTripsExactly) {
  WalkNetwork n = testing::RandomNetwork({});
  std::string bytes = EncodeNetwork(n);
  auto back = DecodeNetwork(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(EncodeNetwork(*back), bytes);
  EXPECT_EQ(back->graph.node_count(), n.graph.node_count());
  EXPECT_EQ(back->graph.components().island_nodes, n.graph.components().island_nodes);
  ASSERT_EQ(back->points.homes.size(), n.points.homes.size());
  EXPECT_EQ(back->points.homes[5].at.fraction, n.points.homes[5].at.fraction);
  EXPECT_EQ(back->points.facilities.back().type, n.points.facilities.back().type);
}

TEST(CirclesCodecTest, DamagedBlobsAreDataLoss) {
  std::string bytes = EncodeNetwork(testing::RandomNetwork({}));
  EXPECT_EQ(DecodeNetwork(bytes.substr(0, bytes.size() - 3)).status().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(DecodeNetwork("SWCA").status().code(), ErrorCode::kDataLoss);
  std::string bad_target = bytes;
  // The first target: after the magic, version, the coordinates and the row offsets.
  WalkNetwork n = testing::RandomNetwork({});
  const std::size_t at = 8 + 8 + n.graph.node_count() * 8 + 8 + (n.graph.node_count() + 1) * 4 + 8;
  bad_target[at + 3] = '\x7f';
  EXPECT_EQ(DecodeNetwork(bad_target).status().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(DecodeAnalysis(bytes).status().code(), ErrorCode::kDataLoss);
}

TEST(CirclesCodecTest, AnalysisRoundTrips) {
  AnalysisResult a{1.1,
                   {300, 900},
                   {{"clinic", 3, {1.5, kUnreached}, {1, 2, 0, 0}}, {"school", 0, {kUnreached, 7}, {}}},
                   {}};
  auto back = DecodeAnalysis(EncodeAnalysis(a));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->walk_speed_mps, 1.1);
  EXPECT_EQ(back->circle_seconds, a.circle_seconds);
  ASSERT_EQ(back->types.size(), 2u);
  EXPECT_EQ(back->types[0].nearest_m, a.types[0].nearest_m);
  EXPECT_EQ(back->types[0].counts, a.types[0].counts);
  EXPECT_EQ(back->types[1].type, "school");
  EXPECT_TRUE(back->types[1].counts.empty());
}

TEST(CirclesCodecTest, FacilityNamesAndSuggestedSitesAreKept) {
  WalkNetwork street = testing::DrawnStreet();
  auto network = DecodeNetwork(EncodeNetwork(street));
  ASSERT_TRUE(network.ok()) << network.status().ToString();
  EXPECT_EQ(network->points.facilities[0].name, "A 诊所");
  AnalysisResult a{1.2, {900}, {{"clinic", 1, {kUnreached}, {}}}, {}};
  a.suggestions = {
      {"clinic", 900, {100, 40, {{7, {113.8, 34.0}, 25.5, 65.5}, {3, {113.9, 34.1}, 10, 75.5}}}}};
  auto back = DecodeAnalysis(EncodeAnalysis(a));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  const TypeSuggestions* s = back->FindSuggestions("clinic");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->circle_seconds, 900);
  EXPECT_EQ(s->result.covered_before, 40);
  ASSERT_EQ(s->result.sites.size(), 2u);
  EXPECT_EQ(s->result.sites[1].node, 3u);
  EXPECT_EQ(s->result.sites[1].where.lat, 34.1);
  EXPECT_EQ(s->result.sites[0].added_population, 25.5);
  EXPECT_EQ(back->FindSuggestions("school"), nullptr);
}

// Blobs written before facility names and suggestions (format 1) still read.
TEST(CirclesCodecTest, FormatOneBlobsStillRead) {
  std::string bytes = EncodeAnalysis({1.2, {900}, {{"clinic", 1, {5}, {}}}, {}});
  bytes[4] = 1;                     // the version, after the magic
  bytes.resize(bytes.size() - 16);  // without the counts of suggestion sets and extra facilities
  auto back = DecodeAnalysis(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->types[0].nearest_m[0], 5);
  EXPECT_TRUE(back->suggestions.empty());
}

// Blobs written before analyses kept their extra facilities (format 2) still read.
TEST(CirclesCodecTest, FormatTwoBlobsStillRead) {
  std::string bytes = EncodeAnalysis({1.2, {900}, {{"clinic", 1, {5}, {}}}, {}});
  bytes[4] = 2;
  bytes.resize(bytes.size() - 8);  // without the count of extra facilities
  auto back = DecodeAnalysis(bytes);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->extra_facilities.empty());
}

TEST(CirclesCodecTest, AnAnalysisKeepsItsExtraFacilitiesSnapped) {
  AnalysisResult a{1.2, {900}, {{"playground", 1, {kUnreached}, {}}}, {}};
  a.extra_facilities = {{"venue:4", "playground", {113.806, 34.0001}, "儿童游乐场", {3, 2, 0.25, 11.1}},
                        {"venue:5", "court", {113.9, 34.1}, "篮球场", {}}};
  auto back = DecodeAnalysis(EncodeAnalysis(a));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->extra_facilities.size(), 2u);
  const Facility& f = back->extra_facilities[0];
  EXPECT_EQ(f.id, "venue:4");
  EXPECT_EQ(f.type, "playground");
  EXPECT_EQ(f.name, "儿童游乐场");
  EXPECT_EQ(f.where.lat, 34.0001);
  EXPECT_EQ(f.at.edge, 3u);
  EXPECT_EQ(f.at.twin, 2u);
  EXPECT_EQ(f.at.fraction, 0.25);
  EXPECT_EQ(f.at.snap_m, 11.1);
  EXPECT_FALSE(back->extra_facilities[1].at.on_network());

  std::string damaged = EncodeAnalysis(a);
  damaged.resize(damaged.size() - 3);
  EXPECT_EQ(DecodeAnalysis(damaged).status().code(), ErrorCode::kDataLoss);
}

}  // namespace
}  // namespace sanwang::circles
