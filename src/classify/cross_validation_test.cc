#include "classify/cross_validation.h"

#include <gtest/gtest.h>

#include <random>

#include "classify/stratified_folds.h"
#include "classify/synthetic_examples.h"

namespace sanwang::classify {
namespace {

std::vector<int> ClassesOf(const std::vector<Example>& examples) {
  std::vector<std::string> labels = DistinctLabels(examples);
  std::vector<int> classes;
  for (const Example& e : examples) {
    classes.push_back(static_cast<int>(std::find(labels.begin(), labels.end(), e.label) - labels.begin()));
  }
  return classes;
}

TEST(CrossValidationTest, EveryRowIsPredictedOnce) {
  testing::SyntheticSplit data = testing::SyntheticData();
  std::vector<Example> all = data.train;
  all.insert(all.end(), data.test.begin(), data.test.end());
  auto folds = StratifiedFolds(ClassesOf(all), 3, 7);
  ASSERT_TRUE(folds.ok());
  auto cv = CrossValidate(all, *folds, TrainOptions{});
  ASSERT_TRUE(cv.ok()) << cv.status().ToString();
  EXPECT_EQ(cv->folds, 3);
  EXPECT_EQ(cv->evaluation.total(), static_cast<int>(all.size()));
  EXPECT_GE(cv->evaluation.accuracy(), 0.9);
  EXPECT_EQ(cv->top3_accuracy, 1.0);  // three labels
  EXPECT_GT(cv->predict_p50_micros, 0);
  EXPECT_LE(cv->predict_p50_micros, cv->predict_p99_micros);
  EXPECT_GE(cv->predict_micros * static_cast<double>(all.size()), cv->predict_p99_micros);  // the sum
}

// Texts with nothing in common and random labels: a model tested on its own training rows
// would score near 1 (it memorizes them); tested on unseen rows it can only guess.
TEST(CrossValidationTest, NeverTestsOnTrainingRows) {
  const std::string chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川";
  std::vector<Example> rows;
  std::mt19937 rng(3);
  for (int i = 0; i < 60; ++i) {
    std::size_t a = (static_cast<std::size_t>(i) * 2) % 32, b = (static_cast<std::size_t>(i) * 2 + 1) % 32;
    std::string text = chars.substr(a * 3, 3) + chars.substr(b * 3, 3) + std::to_string(i * 7919);
    rows.push_back({text, rng() % 2 ? "x" : "y"});
  }
  auto folds = StratifiedFolds(ClassesOf(rows), 5, 1);
  auto cv = CrossValidate(rows, *folds, TrainOptions{});
  ASSERT_TRUE(cv.ok()) << cv.status().ToString();
  EXPECT_LT(cv->evaluation.accuracy(), 0.75);
}

TEST(CrossValidationTest, RefusesMismatchedFolds) {
  auto data = testing::SyntheticData().train;
  EXPECT_FALSE(CrossValidate(data, {0, 1}, TrainOptions{}).ok());
}

}  // namespace
}  // namespace sanwang::classify
