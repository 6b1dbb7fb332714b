#include "store/classifier_repository.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class ClassifierRepositoryTest : public BackendTest {
 protected:
  static ClassifierModelRecord Model(const std::string& district, std::string bytes) {
    ClassifierModelRecord m;
    m.district_code = district;
    m.kind = "linear";
    m.created_at = 1795924149;
    m.labels = 7;
    m.training_rows = 241;
    m.model = std::move(bytes);
    return m;
  }
};

TEST_P(ClassifierRepositoryTest, NoModelUntilOneIsTrained) {
  ClassifierRepository repo(db());
  auto active = repo.LoadActive("411002");
  ASSERT_TRUE(active.ok()) << active.status().ToString();
  EXPECT_FALSE(active->has_value());
  EXPECT_FALSE(repo.ActiveKey("411002")->has_value());
}

TEST_P(ClassifierRepositoryTest, EachInsertIsTheNextActiveVersion) {
  ClassifierRepository repo(db());
  std::string bytes("\0\x01\xFFmodel", 8);  // binary, NULs included
  ClassifierModelRecord first = Model("411002", bytes);
  first.cv_accuracy = 0.875;
  first.cv_macro_f1 = 0.8125;
  auto v1 = repo.InsertActive(first);
  ASSERT_TRUE(v1.ok()) << v1.status().ToString();
  EXPECT_EQ(v1->version, 1);
  auto v2 = repo.InsertActive(Model("411002", "second"));
  ASSERT_TRUE(v2.ok()) << v2.status().ToString();
  EXPECT_EQ(v2->version, 2);
  ASSERT_TRUE(repo.InsertActive(Model("411003", "other district")).ok());

  auto active = repo.LoadActive("411002");
  ASSERT_TRUE(active.ok() && active->has_value());
  EXPECT_EQ((*active)->version, 2);
  EXPECT_EQ((*active)->model, "second");
  EXPECT_FALSE((*active)->cv_accuracy.has_value());
  EXPECT_EQ(**repo.ActiveKey("411002"), (ActiveModelKey{v2->id, 2}));
  auto count =
      db().Query("SELECT COUNT(*) FROM classifier_models WHERE district_code = '411002' AND active = 1");
  EXPECT_EQ(count->at(0).Int(0), 1);
  auto old = db().Query(
      "SELECT model, cv_accuracy, cv_macro_f1 FROM classifier_models WHERE version = 1 AND "
      "district_code = '411002'");
  EXPECT_EQ(old->at(0).Bytes(0), bytes);
  EXPECT_DOUBLE_EQ(old->at(0).Real(1), 0.875);
  EXPECT_DOUBLE_EQ(old->at(0).Real(2), 0.8125);
}

SANWANG_INSTANTIATE_BACKENDS(ClassifierRepositoryTest);

}  // namespace
}  // namespace sanwang::store
