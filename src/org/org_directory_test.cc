#include "org/org_directory.h"

#include "org/org_test_fixture.h"

namespace sanwang::org {
namespace {

class OrgDirectoryTest : public SmallDistrictTest {};

TEST_P(OrgDirectoryTest, TreeQueries) {
  OrgDirectory dir = Directory();
  EXPECT_EQ(dir.size(), 8u);
  EXPECT_EQ(dir.Root()->code, "D");
  EXPECT_EQ(dir.CommandCenter()->code, "CMD");
  EXPECT_EQ(dir.AncestorOfKind(IdOf("G2"), "community")->code, "C");
  EXPECT_EQ(dir.AncestorOfKind(IdOf("G2"), "street")->code, "S");
  EXPECT_EQ(dir.AncestorOfKind(IdOf("C"), "grid"), nullptr);
  EXPECT_TRUE(dir.InSubtree(IdOf("S"), IdOf("G1")));
  EXPECT_TRUE(dir.InSubtree(IdOf("G1"), IdOf("G1")));
  EXPECT_FALSE(dir.InSubtree(IdOf("G1"), IdOf("G2")));
  EXPECT_FALSE(dir.InSubtree(IdOf("C2"), IdOf("G1")));
  EXPECT_EQ(dir.Children(IdOf("C")).size(), 2u);
  EXPECT_EQ(dir.OfKind("grid").size(), 2u);
}

TEST_P(OrgDirectoryTest, LocatesGridsByPoint) {
  OrgDirectory dir = Directory();
  EXPECT_EQ(dir.LocateGrid({113.805, 34.01}), IdOf("G1"));
  EXPECT_EQ(dir.LocateGrid({113.815, 34.01}), IdOf("G2"));
  EXPECT_EQ(dir.LocateGrid({113.9, 34.01}), std::nullopt);
}

SANWANG_INSTANTIATE_BACKENDS(OrgDirectoryTest);

}  // namespace
}  // namespace sanwang::org
