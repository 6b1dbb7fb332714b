// The classifier on real labelled citizens' messages (../shared/data/complaints, not part
// of the product): 5-fold cross-validation must keep the accuracy measured when the
// default model was chosen (docs/classify.md). Skipped where the shared data is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "classify/cross_validation.h"
#include "classify/stratified_folds.h"
#include "classify/training_data.h"
#include "core/files.h"
#include "testing/test_databases.h"

namespace sanwang::classify {
namespace {

std::filesystem::path DevFile() {
  for (std::filesystem::path shared : {std::filesystem::path(sanwang::testing::SourceDir()) / ".." / "shared",
                                       std::filesystem::path("/work/shared")}) {
    std::filesystem::path file = shared / "data" / "complaints" / "messages-dev.csv";
    if (std::filesystem::exists(file)) return file;
  }
  return {};
}

std::vector<int> ClassesOf(const std::vector<Example>& examples) {
  std::vector<std::string> labels = DistinctLabels(examples);
  std::vector<int> classes;
  for (const Example& e : examples) {
    classes.push_back(static_cast<int>(std::find(labels.begin(), labels.end(), e.label) - labels.begin()));
  }
  return classes;
}

TEST(DevDataTest, DefaultModelKeepsItsCrossValidatedAccuracy) {
  std::filesystem::path file = DevFile();
  if (file.empty())
    GTEST_SKIP() << "../shared/data/complaints/messages-dev.csv is absent: nothing to measure";
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
