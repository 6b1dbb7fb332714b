#include "circles/facility_tags.h"

#include <gtest/gtest.h>

#include "core/files.h"
#include "testing/test_databases.h"

namespace sanwang::circles {
namespace {

TEST(FacilityTagsTest, MatchesEachTypeOnceInFileOrder) {
  auto map = FacilityTagMap::Parse(
      "key,value,type\namenity,clinic,clinic\nhealthcare,clinic,clinic\namenity,school,school\n"
      "school,primary,primary_school\n");
  ASSERT_TRUE(map.ok()) << map.status().ToString();
  EXPECT_EQ(map->types(), (std::vector<std::string>{"clinic", "school", "primary_school"}));
  const std::map<std::string, std::string> clinic = {{"amenity", "clinic"}, {"healthcare", "clinic"}};
  EXPECT_EQ(map->Match(LookupIn(clinic)), std::vector<std::string>{"clinic"});
  const std::map<std::string, std::string> school = {
      {"school", "primary"}, {"amenity", "school"}, {"name", "x"}};
  EXPECT_EQ(map->Match(LookupIn(school)), (std::vector<std::string>{"school", "primary_school"}));
  const std::map<std::string, std::string> none = {{"amenity", "bench"}};
  EXPECT_TRUE(map->Match(LookupIn(none)).empty());
}

TEST(FacilityTagsTest, BadRowsAreRefusedWithTheLine) {
  EXPECT_EQ(FacilityTagMap::Parse("key,value\namenity,clinic\n").status().code(),
            ErrorCode::kInvalidArgument);
  auto bad_type = FacilityTagMap::Parse("key,value,type\namenity,clinic,Clinic Station\n");
  EXPECT_EQ(bad_type.status().field(), "line 2");
  auto repeated = FacilityTagMap::Parse("key,value,type\namenity,clinic,clinic\namenity,clinic,clinic\n");
  EXPECT_EQ(repeated.status().field(), "line 3");
  EXPECT_FALSE(FacilityTagMap::Parse("key,value,type\n,clinic,clinic\n").ok());
}

TEST(FacilityTagsTest, TheShippedMappingParsesAndNamesTheReferenceTypes) {
  auto text =
      ReadFileToString(std::filesystem::path(sanwang::testing::SourceDir()) / "config" / "facility-tags.csv");
  ASSERT_TRUE(text.ok());
  auto map = FacilityTagMap::Parse(*text);
  ASSERT_TRUE(map.ok()) << map.status().ToString();
  for (const char* type : {"elderly_care", "elderly_daycare", "clinic", "kindergarten", "primary_school",
                           "middle_school", "fitness", "court", "playground", "cultural_center",
                           "reading_space", "convenience_store", "fresh_food_market"}) {
    EXPECT_NE(std::find(map->types().begin(), map->types().end(), type), map->types().end()) << type;
  }
}

}  // namespace
}  // namespace sanwang::circles
