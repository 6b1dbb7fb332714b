#include "classify/dispatch_advice.h"

#include <gtest/gtest.h>

#include "classify/synthetic_examples.h"

namespace sanwang::classify {
namespace {

class DispatchAdviceTest : public ::testing::Test {
 protected:
  Classifier model_ = *Classifier::Train(testing::SyntheticData().train, TrainOptions{});
  const std::string noise_ = "楼上邻居噪音很大，谢谢";
};

TEST_F(DispatchAdviceTest, ConfidentPredictionIsDispatchedAutomatically) {
  auto advice = AdviseDispatch(model_, noise_, 0.6, [](const std::string&) { return true; });
  ASSERT_TRUE(advice.has_value());
  EXPECT_EQ(advice->item_code, "A01-002");
  EXPECT_GE(advice->confidence, 0.6);
  EXPECT_TRUE(advice->automatic);
}

TEST_F(DispatchAdviceTest, BelowTheThresholdItIsOnlyASuggestion) {
  auto advice = AdviseDispatch(model_, noise_, 1.01, [](const std::string&) { return true; });
  ASSERT_TRUE(advice.has_value());
  EXPECT_EQ(advice->item_code, "A01-002");
  EXPECT_FALSE(advice->automatic);
}

TEST_F(DispatchAdviceTest, OnlyCatalogItemsAreSuggested) {
  auto not_noise = [](const std::string& label) { return label != "A01-002"; };
  std::vector<Prediction> top = CatalogSuggestions(model_, noise_, 3, not_noise);
  ASSERT_EQ(top.size(), 2u);
  for (const Prediction& p : top) EXPECT_NE(p.label, "A01-002");
  EXPECT_FALSE(AdviseDispatch(model_, noise_, 0.6, [](const std::string&) { return false; }).has_value());
}

TEST_F(DispatchAdviceTest, SuggestionsUnderTheFloorAreLeftOut) {
  auto any = [](const std::string&) { return true; };
  std::vector<Prediction> all = CatalogSuggestions(model_, noise_, 3, any);
  ASSERT_EQ(all.size(), 3u);
  // A floor between the first and the second keeps the first only.
  ASSERT_LT(all[1].confidence, all[0].confidence);
  double floor = (all[0].confidence + all[1].confidence) / 2;
  std::vector<Prediction> kept = CatalogSuggestions(model_, noise_, 3, any, floor);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].label, all[0].label);
  EXPECT_EQ(CatalogSuggestions(model_, noise_, 3, any, 0).size(), 3u);
  EXPECT_TRUE(CatalogSuggestions(model_, noise_, 3, any, 1.01).empty());
}

}  // namespace
}  // namespace sanwang::classify
