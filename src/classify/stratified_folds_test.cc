#include "classify/stratified_folds.h"

#include <gtest/gtest.h>

#include <map>

namespace sanwang::classify {
namespace {

std::vector<int> Classes() {
  std::vector<int> classes;
  for (auto [c, n] : {std::pair{0, 10}, std::pair{1, 7}, std::pair{2, 3}})
    classes.insert(classes.end(), n, c);
  return classes;
}

TEST(StratifiedFoldsTest, EveryFoldHoldsEachClassInProportion) {
  std::vector<int> classes = Classes();
  auto folds = StratifiedFolds(classes, 3, 42);
  ASSERT_TRUE(folds.ok());
  std::map<int, std::map<int, int>> count;  // fold → class → rows
  std::map<int, int> size;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    ++count[(*folds)[i]][classes[i]];
    ++size[(*folds)[i]];
  }
  ASSERT_EQ(count.size(), 3u);
  for (auto [c, n] : {std::pair{0, 10}, std::pair{1, 7}, std::pair{2, 3}}) {
    for (int f = 0; f < 3; ++f) {
      EXPECT_GE(count[f][c], n / 3) << "class " << c << " fold " << f;
      EXPECT_LE(count[f][c], (n + 2) / 3) << "class " << c << " fold " << f;
    }
  }
  for (int f = 0; f < 3; ++f) EXPECT_NEAR(size[f], 20.0 / 3, 1.0);
}

TEST(StratifiedFoldsTest, SameSeedSameFolds) {
  EXPECT_EQ(*StratifiedFolds(Classes(), 5, 1), *StratifiedFolds(Classes(), 5, 1));
  EXPECT_NE(*StratifiedFolds(Classes(), 5, 1), *StratifiedFolds(Classes(), 5, 2));
}

TEST(StratifiedFoldsTest, RefusesImpossibleCounts) {
  EXPECT_EQ(StratifiedFolds(Classes(), 1, 1).status().field(), "folds");
  EXPECT_FALSE(StratifiedFolds({0, 1}, 3, 1).ok());
}

}  // namespace
}  // namespace sanwang::classify
