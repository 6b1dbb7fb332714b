#include "classify/tfidf_vectorizer.h"

#include <gtest/gtest.h>

#include <cmath>

namespace sanwang::classify {
namespace {

using Docs = std::vector<std::vector<std::string>>;

TEST(TfidfVectorizerTest, VocabularyAndIdfComeFromTrainingDocuments) {
  Docs docs = {{"a", "b"}, {"a", "c"}, {"a", "a"}};
  TfidfVectorizer v = TfidfVectorizer::Fit(docs, {}, {});
  ASSERT_EQ(v.terms(), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_FLOAT_EQ(v.idf()[0], 1.0f);                                       // in every document
  EXPECT_FLOAT_EQ(v.idf()[1], static_cast<float>(std::log(4.0 / 2) + 1));  // in one of three
}

TEST(TfidfVectorizerTest, VectorsAreSublinearAndUnitLength) {
  Docs docs = {{"a", "b"}, {"a", "c"}, {"a"}};
  TfidfVectorizer v = TfidfVectorizer::Fit(docs, {}, {});
  SparseVector x = v.Transform({"c", "a", "a", "unseen"});
  ASSERT_EQ(x.index, (std::vector<std::uint32_t>{0, 2}));
  double a = (1 + std::log(2.0)) * 1.0, c = std::log(4.0 / 2) + 1;
  double norm = std::sqrt(a * a + c * c);
  EXPECT_NEAR(x.value[0], a / norm, 1e-6);
  EXPECT_NEAR(x.value[1], c / norm, 1e-6);
  EXPECT_EQ(v.Transform({"unseen"}).size(), 0u);
}

TEST(TfidfVectorizerTest, FitsOnTheGivenRowsOnly) {
  Docs docs = {{"a"}, {"b"}, {"c"}};
  TfidfVectorizer v = TfidfVectorizer::Fit(docs, {0, 2}, {});
  EXPECT_EQ(v.terms(), (std::vector<std::string>{"a", "c"}));
}

TEST(TfidfVectorizerTest, MinDfAndMaxFeaturesPrune) {
  Docs docs = {{"a", "b", "d"}, {"a", "c", "d"}, {"a", "b"}};
  EXPECT_EQ(TfidfVectorizer::Fit(docs, {}, {2, 100}).terms(), (std::vector<std::string>{"a", "b", "d"}));
  EXPECT_EQ(TfidfVectorizer::Fit(docs, {}, {1, 2}).terms(), (std::vector<std::string>{"a", "b"}));
}

TEST(TfidfVectorizerTest, RebuiltFromTermsTransformsTheSame) {
  Docs docs = {{"x", "y"}, {"y", "z"}};
  TfidfVectorizer v = TfidfVectorizer::Fit(docs, {}, {});
  auto copy = TfidfVectorizer::FromTerms(v.terms(), v.idf());
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->Transform({"y", "z", "z"}).value, v.Transform({"y", "z", "z"}).value);
  EXPECT_FALSE(TfidfVectorizer::FromTerms({"a", "a"}, {1, 1}).ok());
  EXPECT_FALSE(TfidfVectorizer::FromTerms({"a"}, {}).ok());
}

}  // namespace
}  // namespace sanwang::classify
