// Where maps open: the district's view, and a person's own unit before it.
#include "org/map_view.h"

#include "org/org_test_fixture.h"

namespace sanwang::org {
namespace {

class MapViewTest : public SmallDistrictTest {};

TEST_P(MapViewTest, APersonsMapOpensOnTheirCommunity) {
  const OrgDirectory org = Directory();
  auto start = StartViewFor(org, IdOf("C"));
  ASSERT_TRUE(start.has_value());
  ASSERT_NE(start->unit, nullptr);
  EXPECT_EQ(start->unit->code, "C");
  EXPECT_NEAR(start->view.center_lon, 113.81, 1e-9);
  EXPECT_NEAR(start->view.center_lat, 34.01, 1e-9);
  // 0.02° filling 600 px: zoom 15 (at 16 the square would need 1200 px).
  EXPECT_EQ(start->view.zoom, 15);
  auto grid = StartViewFor(org, IdOf("G1"));
  EXPECT_GE(grid->view.zoom, start->view.zoom);
}

TEST_P(MapViewTest, AUnitWithoutItsOwnBoundaryIsSeenThroughItsGrids) {
  const OrgDirectory org = Directory();
  // The street S has no boundary of its own; its community C has.
  auto box = UnitBox(org, *org.FindByCode("S"));
  ASSERT_TRUE(box.has_value());
  EXPECT_NEAR(box->min.lon, 113.80, 1e-9);
  EXPECT_NEAR(box->max.lat, 34.02, 1e-9);
  EXPECT_FALSE(UnitBox(org, *org.FindByCode("C2")).has_value());
}

TEST_P(MapViewTest, WithoutAUnitWithABoundaryTheDistrictIsShown) {
  const OrgDirectory org = Directory();
  const auto district = DistrictView(org);
  ASSERT_TRUE(district.has_value());
  for (std::optional<store::Id> unit :
       {std::optional<store::Id>(), std::optional<store::Id>(IdOf("C2")), std::optional<store::Id>(IdOf("D")),
        std::optional<store::Id>(999999)}) {
    auto start = StartViewFor(org, unit);
    ASSERT_TRUE(start.has_value());
    EXPECT_EQ(start->unit, nullptr);
    EXPECT_EQ(start->view.zoom, district->zoom);
    EXPECT_EQ(start->view.center_lat, district->center_lat);
  }
}

SANWANG_INSTANTIATE_BACKENDS(MapViewTest);

}  // namespace
}  // namespace sanwang::org
