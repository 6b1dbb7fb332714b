#include "cases/router.h"

#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

class RouterTest : public CasesTest {};

TEST_P(RouterTest, PlacesByPointOrFallsBackToTheReportersCommunity) {
  Placement p = PlaceCase(*org_, geo::LonLat{113.815, 34.01}, std::nullopt);
  EXPECT_EQ(UnitCode(p.grid), "G2");
  EXPECT_EQ(UnitCode(p.community), "C");
  EXPECT_EQ(UnitCode(p.street), "S");
  Placement fallback = PlaceCase(*org_, geo::LonLat{100.0, 30.0}, IdOf("C2"));
  EXPECT_FALSE(fallback.grid);
  EXPECT_EQ(UnitCode(fallback.community), "C2");
  Placement nowhere = PlaceCase(*org_, std::nullopt, std::nullopt);
  EXPECT_FALSE(nowhere.community);
}

TEST_P(RouterTest, TierPicksTheUnit) {
  Placement p = PlaceCase(*org_, geo::LonLat{113.805, 34.01}, std::nullopt);
  auto unit_for = [&](const char* item) {
    return UnitCode(RouteCase(*org_, catalog_->FindItem(item), p)->unit);
  };
  EXPECT_EQ(unit_for(kGridItem), "G1");
  EXPECT_EQ(unit_for(kCommunityItem), "C");
  EXPECT_EQ(unit_for(kStreetItem), "S");
  EXPECT_EQ(unit_for(kDeptItem), "DEPT");
  EXPECT_EQ(UnitCode(RouteCase(*org_, nullptr, p)->unit), "CMD");
  // A grid item with no grid goes to the community; with no place at all, to the center.
  Placement community_only = PlaceCase(*org_, std::nullopt, IdOf("C2"));
  EXPECT_EQ(UnitCode(RouteCase(*org_, catalog_->FindItem(kGridItem), community_only)->unit), "C2");
  EXPECT_EQ(UnitCode(RouteCase(*org_, catalog_->FindItem(kGridItem), Placement{})->unit), "CMD");
}

TEST_P(RouterTest, NextTierUp) {
  EXPECT_EQ(UnitCode(NextTierUp(*org_, IdOf("G1"))), "C");
  EXPECT_EQ(UnitCode(NextTierUp(*org_, IdOf("C"))), "S");
  EXPECT_EQ(UnitCode(NextTierUp(*org_, IdOf("S"))), "CMD");
  EXPECT_EQ(UnitCode(NextTierUp(*org_, IdOf("DEPT"))), "CMD");
  EXPECT_FALSE(NextTierUp(*org_, IdOf("CMD")));
}

SANWANG_INSTANTIATE_BACKENDS(RouterTest);

}  // namespace
}  // namespace sanwang::cases
