// The classifier on real labelled citizens' messages (../shared/data/complaints, not part
// of the product): 5-fold cross-validation must keep the accuracy measured when the
// default model was chosen (docs/classify.md). Skipped where the shared data is absent,
// failed instead under SANWANG_REQUIRE_DATA=1.
#include <gtest/gtest.h>

#include <filesystem>

#include "classify/cross_validation.h"
#include "classify/stratified_folds.h"
#include "classify/training_data.h"
#include "core/files.h"
#include "testing/shared_data.h"

namespace sanwang::classify {
namespace {

constexpr const char* kDevData = "complaints/messages-dev.csv";

std::vector<int> ClassesOf(const std::vector<Example>& examples) {
  std::vector<std::string> labels = DistinctLabels(examples);
  std::vector<int> classes;
  for (const Example& e : examples) {
    classes.push_back(static_cast<int>(std::find(labels.begin(), labels.end(), e.label) - labels.begin()));
  }
  return classes;
}

TEST(DevDataTest, DefaultModelKeepsItsCrossValidatedAccuracy) {
  std::filesystem::path file = sanwang::testing::SharedDataFile(kDevData);
  SANWANG_SKIP_WITHOUT_SHARED_DATA(file, kDevData);
  auto csv = ReadFileToString(file);
  ASSERT_TRUE(csv.ok());
  auto data = ExamplesFromCsv(*csv, {"留言主题", "留言详情"}, "一级分类");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  auto folds = StratifiedFolds(ClassesOf(data->examples), 5, 1);
  ASSERT_TRUE(folds.ok());
  auto cv = CrossValidate(data->examples, *folds, TrainOptions{});
  ASSERT_TRUE(cv.ok()) << cv.status().ToString();
  EXPECT_GE(cv->evaluation.accuracy(), 0.78);
  EXPECT_GE(cv->evaluation.macro_f1(), 0.75);
}

}  // namespace
}  // namespace sanwang::classify
