#include "classify/model_registry.h"

#include "classify/active_model_cache.h"
#include "classify/synthetic_examples.h"
#include "store/store_test_fixture.h"

namespace sanwang::classify {
namespace {

class ModelRegistryTest : public store::BackendTest {
 protected:
  static Classifier Trained(ModelKind kind) {
    TrainOptions o;
    o.kind = kind;
    return *Classifier::Train(testing::SyntheticData().train, o);
  }
};

TEST_P(ModelRegistryTest, StoredModelIsLoadedBackAsTheActiveOne) {
  Classifier nb = Trained(ModelKind::kNaiveBayes);
  auto first = StoreModel(db(), "411002", nb, {45, 0.93, 0.92}, 1796000400);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->version, 1);
  EXPECT_EQ(first->kind, "nb");
  EXPECT_EQ(first->labels, 3);
  Classifier linear = Trained(ModelKind::kLinear);
  ASSERT_TRUE(StoreModel(db(), "411002", linear, {45, std::nullopt, std::nullopt}, 1796000500).ok());

  auto active = LoadActiveModel(db(), "411002");
  ASSERT_TRUE(active.ok() && active->has_value()) << active.status().ToString();
  EXPECT_EQ((*active)->version, 2);
  EXPECT_EQ((*active)->classifier.kind(), ModelKind::kLinear);
  const std::string text = testing::SyntheticData().test[0].text;
  EXPECT_EQ((*active)->classifier.Confidences(text), linear.Confidences(text));
  EXPECT_FALSE(LoadActiveModel(db(), "999999")->has_value());
}

TEST_P(ModelRegistryTest, CacheFollowsTheActiveVersion) {
  ActiveModelCache cache;
  EXPECT_EQ(cache.Get(db(), "411002").status().code(), ErrorCode::kUnavailable);
  ASSERT_TRUE(
      StoreModel(db(), "411002", Trained(ModelKind::kLinear), {45, std::nullopt, std::nullopt}, 1796000400)
          .ok());
  auto first = cache.Get(db(), "411002");
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ((*first)->version, 1);
  EXPECT_EQ(cache.Get(db(), "411002")->get(), first->get());  // not read again
  ASSERT_TRUE(StoreModel(db(), "411002", Trained(ModelKind::kNaiveBayes), {45, std::nullopt, std::nullopt},
                         1796000500)
                  .ok());
  auto second = cache.Get(db(), "411002");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ((*second)->version, 2);
  EXPECT_EQ((*second)->classifier.kind(), ModelKind::kNaiveBayes);
}

SANWANG_INSTANTIATE_BACKENDS(ModelRegistryTest);

}  // namespace
}  // namespace sanwang::classify
