#include "circles/point_csv.h"

#include <gtest/gtest.h>

namespace sanwang::circles {
namespace {

TEST(PointCsvTest, ReadsHomesAndFacilitiesAndRefusesBadRows) {
  auto homes = ParseHomesCsv("id,lon,lat,weight\na,113.8,34.0,12.5\nb,113.81,34.01,\n");
  ASSERT_TRUE(homes.ok()) << homes.status().ToString();
  ASSERT_EQ(homes->size(), 2u);
  EXPECT_EQ(homes->at(0).weight, 12.5);
  EXPECT_EQ(homes->at(1).weight, 1);
  EXPECT_FALSE(homes->at(0).at.on_network());
  EXPECT_EQ(ParseHomesCsv("id,lon,lat\na,200,34\n").status().field(), "line 2");
  EXPECT_EQ(ParseHomesCsv("id,lon,lat\na,1,2\na,1,2\n").status().field(), "line 3");
  EXPECT_FALSE(ParseHomesCsv("id,lon,lat,weight\na,1,2,-1\n").ok());
  EXPECT_FALSE(ParseHomesCsv("id,lon,lat\na,1x,2\n").ok());
  auto facilities = ParseFacilitiesCsv("id,type,lon,lat\nf1,clinic,113.8,34\nf1,school,113.8,34\n");
  ASSERT_TRUE(facilities.ok());
  EXPECT_EQ(facilities->at(1).type, "school");
  EXPECT_FALSE(ParseFacilitiesCsv("id,type,lon,lat\nf1,Clinic,113.8,34\n").ok());
}

}  // namespace
}  // namespace sanwang::circles
