#include "classify/evaluation.h"

#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

// Truth → prediction: a→a ×3, a→b, b→b ×2, b→c, c→c, c→a ×2; d never occurs.
Evaluation HandWorked() {
  Evaluation e({"a", "b", "c", "d"});
  for (auto [truth, predicted, times] : {std::tuple{0, 0, 3}, std::tuple{0, 1, 1}, std::tuple{1, 1, 2},
                                         std::tuple{1, 2, 1}, std::tuple{2, 2, 1}, std::tuple{2, 0, 2}}) {
    for (int i = 0; i < times; ++i) e.Add(truth, predicted);
  }
  return e;
}

TEST(EvaluationTest, ConfusionMatrixCounts) {
  Evaluation e = HandWorked();
  EXPECT_EQ(e.confusion()[0], (std::vector<int>{3, 1, 0, 0}));
  EXPECT_EQ(e.confusion()[2], (std::vector<int>{2, 0, 1, 0}));
  EXPECT_EQ(e.total(), 10);
  EXPECT_EQ(e.support(0), 4);
  EXPECT_EQ(e.predicted(0), 5);
}

TEST(EvaluationTest, MetricsAsComputedByHand) {
  Evaluation e = HandWorked();
  EXPECT_DOUBLE_EQ(e.accuracy(), 0.6);
  EXPECT_DOUBLE_EQ(e.precision(0), 3.0 / 5);
  EXPECT_DOUBLE_EQ(e.recall(0), 3.0 / 4);
  EXPECT_DOUBLE_EQ(e.precision(1), 2.0 / 3);
  EXPECT_DOUBLE_EQ(e.recall(2), 1.0 / 3);
  EXPECT_NEAR(e.f1(0), 2.0 / 3, 1e-12);
  EXPECT_NEAR(e.f1(2), 0.4, 1e-12);
  EXPECT_EQ(e.precision(3), 0.0);  // never predicted
  // d neither occurs nor is predicted: left out of the mean.
  EXPECT_NEAR(e.macro_f1(), (2.0 / 3 + 2.0 / 3 + 0.4) / 3, 1e-12);
}

TEST(EvaluationTest, EmptyIsZero) {
  Evaluation e({"a", "b"});
  EXPECT_EQ(e.accuracy(), 0.0);
  EXPECT_EQ(e.macro_f1(), 0.0);
}

}  // namespace
}  // namespace sanwang::classify
