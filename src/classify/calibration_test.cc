#include "classify/calibration.h"

#include <gtest/gtest.h>

#include <cmath>

namespace sanwang::classify {
namespace {

TEST(CalibrationTest, SoftmaxIsStableAndSumsToOne) {
  std::vector<double> p = Softmax({1000, 999, -1000}, 1.0);
  EXPECT_NEAR(p[0] + p[1] + p[2], 1.0, 1e-12);
  EXPECT_NEAR(p[0] / p[1], std::exp(1.0), 1e-9);
  std::vector<double> flat = Softmax({2, 0}, 1e6);
  EXPECT_NEAR(flat[0], 0.5, 1e-5);
  EXPECT_TRUE(Softmax({}, 1.0).empty());
}

TEST(CalibrationTest, TemperatureMatchesTheHitRate) {
  // Two classes, score margin 2, right three times in four: the NLL is least where
  // sigmoid(2 / T) = 0.75, that is T = 2 / ln 3.
  std::vector<std::vector<double>> scores = {{2, 0}, {2, 0}, {2, 0}, {2, 0}};
  std::vector<int> truth = {0, 0, 0, 1};
  EXPECT_NEAR(FitTemperature(scores, truth), 2 / std::log(3.0), 1e-3);
}

TEST(CalibrationTest, AlwaysRightMeansSharpAlwaysWrongMeansFlat) {
  std::vector<std::vector<double>> scores = {{1, 0}, {0, 1}};
  EXPECT_NEAR(FitTemperature(scores, {0, 1}), kMinTemperature, 1e-3);
  EXPECT_GT(FitTemperature(scores, {1, 0}), 100.0);
  EXPECT_EQ(FitTemperature({}, {}), 1.0);
}

}  // namespace
}  // namespace sanwang::classify
