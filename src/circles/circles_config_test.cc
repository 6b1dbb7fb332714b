#include "circles/circles_config.h"

#include <gtest/gtest.h>

#include "testing/test_databases.h"

namespace sanwang::circles {
namespace {

TEST(CirclesConfigTest, EmptyTextGivesTheDefaults) {
  auto config = ParseCirclesConfig("");
  ASSERT_TRUE(config.ok());
  EXPECT_DOUBLE_EQ(config->walk_speed_mps, 1.2);
  EXPECT_EQ(config->circle_seconds, (std::vector<int>{300, 600, 900}));
  EXPECT_DOUBLE_EQ(config->max_snap_m, 200);
  EXPECT_EQ(config->LargestCircleSeconds(), 900);
}

TEST(CirclesConfigTest, TheShippedFileStatesTheDefaults) {
  auto shipped =
      LoadCirclesConfig(std::filesystem::path(sanwang::testing::SourceDir()) / "config" / "circles.toml");
  ASSERT_TRUE(shipped.ok()) << shipped.status().ToString();
  const CirclesConfig defaults;
  EXPECT_EQ(ImportSettingsText(*shipped), ImportSettingsText(defaults));
  EXPECT_EQ(AnalysisParamsText(*shipped), AnalysisParamsText(defaults));
  EXPECT_EQ(shipped->walk.highways, defaults.walk.highways);
}

TEST(CirclesConfigTest, KeysOverrideTheDefaults) {
  auto config = ParseCirclesConfig(R"(
walk_speed_mps = 1
circle_seconds = [300, 500, 900]
max_snap_m = 150
snap_to_largest_component = false
threads = 1
[walk]
highways = ["footway"]
[homes]
weight = "one"
)");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_DOUBLE_EQ(config->walk_speed_mps, 1.0);
  EXPECT_EQ(config->circle_seconds, (std::vector<int>{300, 500, 900}));
  EXPECT_FALSE(config->snap_to_largest_component);
  EXPECT_EQ(config->walk.highways, std::vector<std::string>{"footway"});
  EXPECT_EQ(config->homes.weight, "one");
  EXPECT_EQ(AnalysisParamsText(*config), "walk_speed_mps=1;circle_seconds=300,500,900");
  EXPECT_NE(ImportSettingsText(*config), ImportSettingsText(CirclesConfig{}));
}

TEST(CirclesConfigTest, BadValuesAreRefusedWithTheKey) {
  for (const char* text : {"walk_speed_mps = 0", "walk_speed_mps = \"fast\"", "circle_seconds = [600, 300]",
                           "circle_seconds = []", "max_snap_m = -1", "speed = 1", "[walk]\nroads = []",
                           "[homes]\nweight = \"area\"", "walk_speed_mps = "}) {
    auto config = ParseCirclesConfig(text);
    EXPECT_EQ(config.status().code(), ErrorCode::kInvalidArgument) << text;
  }
  EXPECT_EQ(ParseCirclesConfig("max_snap_m = -1").status().field(), "max_snap_m");
}

TEST(CirclesConfigTest, AMissingFileMeansDefaults) {
  auto config = LoadCirclesConfig("/nonexistent/circles.toml");
  ASSERT_TRUE(config.ok());
  EXPECT_DOUBLE_EQ(config->walk_speed_mps, 1.2);
}

}  // namespace
}  // namespace sanwang::circles
