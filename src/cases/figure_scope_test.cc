#include "cases/figure_scope.h"

#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

class FigureScopeTest : public CasesTest {};

// Street S holds community C, which holds grids G1 and G2; C2 is another community.
TEST_P(FigureScopeTest, StaffSeeTheirOwnSubtreeAndDistrictWideRolesEverything) {
  const store::UnitRecord& g1 = *org_->FindByCode("G1");
  const store::UnitRecord& c2 = *org_->FindByCode("C2");
  struct Expect {
    const char* who;
    bool g1, c2;
  };
  for (const Expect& e :
       {Expect{"grid1", true, false}, Expect{"grid2", false, false}, Expect{"community", true, false},
        Expect{"community2", false, true}, Expect{"center", true, true}, Expect{"supervisor", true, true},
        Expect{"resident1", false, false}}) {
    EXPECT_EQ(SeesUnit(*org_, As(e.who), g1), e.g1) << e.who;
    EXPECT_EQ(SeesUnit(*org_, As(e.who), c2), e.c2) << e.who;
  }
  const geo::LonLat in_g1{113.805, 34.01};
  const geo::LonLat nowhere{100.0, 20.0};
  EXPECT_TRUE(SeesPoint(*org_, As("grid1"), in_g1));
  EXPECT_FALSE(SeesPoint(*org_, As("grid2"), in_g1));
  EXPECT_FALSE(SeesPoint(*org_, As("grid1"), nowhere));
  EXPECT_TRUE(SeesPoint(*org_, As("leader"), nowhere));
}

TEST_P(FigureScopeTest, FigureUnitRefusesUnitsOutsideTheScope) {
  EXPECT_EQ((*FigureUnit(*org_, As("community"), ""))->code, "C");
  EXPECT_EQ((*FigureUnit(*org_, As("community"), "G2"))->code, "G2");
  EXPECT_EQ(FigureUnit(*org_, As("community"), "C2").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(FigureUnit(*org_, As("dept"), "").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(FigureUnit(*org_, As("grid1"), "NOPE").status().field(), "unit");
}

SANWANG_INSTANTIATE_BACKENDS(FigureScopeTest);

}  // namespace
}  // namespace sanwang::cases
