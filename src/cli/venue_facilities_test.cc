// The support net's venues in the service circles: which venues count, under which facility
// type, and that `circles analyze`'s composition counts them in the stored analysis and
// analyses anew when they change — on the street drawn in circles_test_support.h, stored
// in the small test district, on both engines.
#include "cli/venue_facilities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "circles/circles_codec.h"
#include "circles/circles_test_support.h"
#include "circles/facility_tags.h"
#include "circles/served_circles.h"
#include "core/files.h"
#include "org/org_test_fixture.h"
#include "support/store/venue_repository.h"
#include "support/venue.h"
#include "testing/test_databases.h"

namespace sanwang::cli {
namespace {

store::VenueRecord Venue(store::Id id, std::string kind, std::optional<geo::LonLat> where,
                         bool active = true) {
  store::VenueRecord v;
  v.id = id;
  v.district_code = org::kTestDistrict;
  v.name = "场地 " + std::to_string(id);
  v.kind = std::move(kind);
  if (where) v.lon = where->lon, v.lat = where->lat;
  v.capacity = 20;
  v.workday_hours = "08:30-21:00";
  v.active = active;
  return v;
}

TEST(VenueFacilitiesTest, OnlyActiveVenuesWithAPointAndAFacilityTypeCount) {
  const std::vector<circles::Facility> facilities = VenueFacilities(
      {Venue(1, "court", geo::LonLat{113.81, 34.01}), Venue(2, "court", geo::LonLat{113.81, 34.01}, false),
       Venue(3, "reading_space", std::nullopt), Venue(4, "other", geo::LonLat{113.81, 34.01}),
       Venue(5, "party_service_room", geo::LonLat{113.805, 34.005})});
  ASSERT_EQ(facilities.size(), 2u);
  EXPECT_EQ(facilities[0].id, "venue:1");
  EXPECT_EQ(facilities[0].type, "court");
  EXPECT_EQ(facilities[0].name, "场地 1");
  EXPECT_DOUBLE_EQ(facilities[0].where.lon, 113.81);
  EXPECT_DOUBLE_EQ(facilities[0].where.lat, 34.01);
  EXPECT_FALSE(facilities[0].at.on_network());  // not snapped yet
  EXPECT_EQ(facilities[1].id, "venue:5");
  EXPECT_EQ(facilities[1].type, "cultural_center");
}

// A venue's facility type must be one the circles know from the tag mapping, or its
// venues would form a type of their own that no OSM facility joins.
TEST(VenueFacilitiesTest, EveryVenueFacilityTypeIsATypeOfTheTagMapping) {
  auto text =
      ReadFileToString(std::filesystem::path(sanwang::testing::SourceDir()) / "config" / "facility-tags.csv");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  auto tags = circles::FacilityTagMap::Parse(*text);
  ASSERT_TRUE(tags.ok()) << tags.status().ToString();
  for (std::string_view kind : support::VenueKinds()) {
    const std::string type(support::FacilityTypeOfVenueKind(kind));
    if (type.empty()) continue;
    EXPECT_NE(std::find(tags->types().begin(), tags->types().end(), type), tags->types().end())
        << kind << " → " << type;
  }
}

class VenueCirclesTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    const circles::WalkNetwork street = circles::testing::DrawnStreet();
    store::CircleNetworkRecord record;
    record.district_code = org::kTestDistrict;
    record.input_sha256 = "drawn street";
    record.source_name = "drawn street";
    record.network = circles::EncodeNetwork(street);
    record.imported_at = 1795924000;
    ASSERT_TRUE(store::CirclesRepository(db()).ReplaceNetwork(std::move(record)).ok());
    config_.walk_speed_mps = 1.0;  // metres are seconds on the drawn street
    config_.suggested_sites = 0;
    config_.threads = 1;
  }

  void AddVenue(const std::string& kind, std::optional<geo::LonLat> where, bool active = true) {
    store::VenueRecord v = Venue(0, kind, where, active);
    v.owner_unit_id = IdOf("C");
    auto stored = store::VenueRepository(db()).Insert(v);
    ASSERT_TRUE(stored.ok()) << stored.status().ToString();
    if (first_venue_ == 0) first_venue_ = stored->id;
  }

  Result<circles::AnalysisRun> Analyze() {
    SW_ASSIGN_OR_RETURN(circles::StoredNetwork stored, circles::LoadCurrentNetwork(db(), org::kTestDistrict));
    return AnalyzeWithVenues(db(), org::kTestDistrict, stored, config_, Directory(), clock_.Now());
  }

  circles::AnalysisResult Stored(store::Id analysis_id) {
    auto record = store::CirclesRepository(db()).GetAnalysis(analysis_id);
    EXPECT_TRUE(record.ok() && record->has_value());
    auto decoded = circles::DecodeAnalysis((*record)->results);
    EXPECT_TRUE(decoded.ok());
    return *decoded;
  }

  circles::CirclesConfig config_;
  store::Id first_venue_ = 0;
};

TEST_P(VenueCirclesTest, ActiveVenuesWithAPointAndAFacilityTypeCountInTheStoredAnalysis) {
  AddVenue("playground", geo::LonLat{113.806, 34.0});         // at C: counts
  AddVenue("playground", geo::LonLat{113.812, 34.0}, false);  // at E, not in use
  AddVenue("court", std::nullopt);                            // nowhere on the map
  AddVenue("other", geo::LonLat{113.803, 34.0});              // at B, no facility type
  auto run = Analyze();
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->extra.added.size(), 1u);
  const circles::AnalysisResult stored = Stored(run->analysis_id);
  const circles::TypeResult* playground = stored.Find("playground");
  ASSERT_NE(playground, nullptr);
  EXPECT_EQ(playground->facilities, 1u);
  EXPECT_EQ(stored.Find("court"), nullptr);
  // From C: h1 10 + 150 + 300, h2 150, h3 150 + 300, h4 150 + 600 (not E's 150).
  const std::vector<double> expected = {460, 150, 450, 750};
  for (std::size_t h = 0; h < expected.size(); ++h) EXPECT_NEAR(playground->nearest_m[h], expected[h], 1e-6);
  EXPECT_EQ(playground->nearest_m[4], circles::kUnreached);  // h5, off the network
  EXPECT_EQ(stored.Find("clinic")->facilities, 1u);          // the network's own stay

  // The server's network holds the venue the analysis counted: the nearby page finds it.
  circles::ServedCircles served(config_);
  auto snapshot = served.Get(db(), org::kTestDistrict);
  ASSERT_TRUE(snapshot.ok()) << snapshot.status().ToString();
  const std::vector<circles::Facility>& facilities = (*snapshot)->network().points.facilities;
  ASSERT_EQ(facilities.size(), 3u);
  EXPECT_EQ(facilities[1].id, "venue:" + std::to_string(first_venue_));
  const circles::NearbyResult nearby = (*snapshot)->Nearby({113.8045, 34.0}, 200);  // h2's place
  ASSERT_EQ(nearby.facilities.size(), 1u);
  EXPECT_EQ(facilities[nearby.facilities[0].facility].type, "playground");
  EXPECT_NEAR(nearby.facilities[0].metres, 150, 1e-3);
}

TEST_P(VenueCirclesTest, AChangedVenueIsAnalysedAnewAndTheStaleResultReplaced) {
  AddVenue("playground", geo::LonLat{113.806, 34.0});
  auto first = Analyze();
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  AddVenue("playground", geo::LonLat{113.812, 34.0});  // at E
  auto second = Analyze();
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->extra.added.size(), 2u);

  store::CirclesRepository repo(db());
  auto versions = repo.CurrentVersions(org::kTestDistrict);
  ASSERT_TRUE(versions.ok() && versions->has_value());
  EXPECT_EQ((*versions)->analysis_id, second->analysis_id);
  auto keys = repo.AnalysisKeys((*versions)->network_id);
  ASSERT_TRUE(keys.ok());
  ASSERT_EQ(keys->size(), 1u);  // the result for the one playground is gone
  EXPECT_TRUE(keys->front().params.starts_with(circles::AnalysisParamsText(config_) + ";extra_facilities="));
  const circles::AnalysisResult stored = Stored(second->analysis_id);
  const circles::TypeResult* playground = stored.Find("playground");
  ASSERT_NE(playground, nullptr);
  EXPECT_EQ(playground->facilities, 2u);
  EXPECT_NEAR(playground->nearest_m[3], 150, 1e-6);  // h4 now walks to E

  // With no venue counted the key is the bare parameters again.
  auto venues = store::VenueRepository(db()).List({org::kTestDistrict, {}, "", true, ""});
  ASSERT_TRUE(venues.ok());
  for (store::VenueRecord v : *venues) {
    v.active = false;
    ASSERT_TRUE(store::VenueRepository(db()).Update(v).ok());
  }
  auto third = Analyze();
  ASSERT_TRUE(third.ok()) << third.status().ToString();
  EXPECT_EQ(Stored(third->analysis_id).Find("playground"), nullptr);
  keys = repo.AnalysisKeys((*versions)->network_id);
  ASSERT_EQ(keys->size(), 1u);
  EXPECT_EQ(keys->front().params, circles::AnalysisParamsText(config_));
}

SANWANG_INSTANTIATE_BACKENDS(VenueCirclesTest);

}  // namespace
}  // namespace sanwang::cli
