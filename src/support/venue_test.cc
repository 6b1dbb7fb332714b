// The venue kinds and the facility type of the service circles each one counts as.
#include "support/venue.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

TEST(VenueKindTest, EachKindButOtherCountsAsAFacilityTypeOfTheCircles) {
  EXPECT_EQ(FacilityTypeOfVenueKind("party_service_room"), "cultural_center");
  EXPECT_EQ(FacilityTypeOfVenueKind("activity_room"), "cultural_center");
  EXPECT_EQ(FacilityTypeOfVenueKind("reading_space"), "reading_space");
  EXPECT_EQ(FacilityTypeOfVenueKind("court"), "court");
  EXPECT_EQ(FacilityTypeOfVenueKind("playground"), "playground");
  EXPECT_EQ(FacilityTypeOfVenueKind("other"), "");
  EXPECT_EQ(FacilityTypeOfVenueKind("swimming_pool"), "");
}

TEST(VenueKindTest, TheKindsAreTheTablesKindsInOrder) {
  ASSERT_EQ(VenueKinds().size(), 6u);
  EXPECT_EQ(VenueKinds().front(), "party_service_room");
  EXPECT_EQ(VenueKinds().back(), "other");
  EXPECT_TRUE(IsVenueKind("court"));
  EXPECT_FALSE(IsVenueKind("cultural_center"));
}

}  // namespace
}  // namespace sanwang::support
