#include "classify/feature_index.h"

#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

TEST(FeatureIndexTest, FindsEveryTermShortAndLong) {
  std::vector<std::string> terms = {
      "c:路",         "c:路灯",        "w:路灯", "w:人行道地砖",         "w:internationalization",
      "w:abcdefghij", "w:abcdefghijk", "c:a",    std::string("c:a\0", 4)};
  FeatureIndex index = FeatureIndex::Build(terms);
  for (std::size_t i = 0; i < terms.size(); ++i) {
    EXPECT_EQ(index.Find(terms, terms[i][0], std::string_view(terms[i]).substr(2)), i) << terms[i];
  }
}

TEST(FeatureIndexTest, TellsKindsLengthsAndUnknownTextsApart) {
  std::vector<std::string> terms = {"c:路灯", "w:abcdefghij", "w:internationalization", "c:a"};
  FeatureIndex index = FeatureIndex::Build(terms);
  EXPECT_EQ(index.Find(terms, 'w', "路灯"), FeatureIndex::kNotFound);  // only the n-gram is known
  EXPECT_EQ(index.Find(terms, 'c', "路"), FeatureIndex::kNotFound);
  EXPECT_EQ(index.Find(terms, 'w', "abcdefghi"), FeatureIndex::kNotFound);
  EXPECT_EQ(index.Find(terms, 'w', "abcdefghijk"), FeatureIndex::kNotFound);
  EXPECT_EQ(index.Find(terms, 'w', "internationalisation"), FeatureIndex::kNotFound);
  EXPECT_EQ(index.Find(terms, 'c', std::string_view("a\0", 2)), FeatureIndex::kNotFound);  // not the padding
  EXPECT_EQ(index.Find(terms, 'c', ""), FeatureIndex::kNotFound);
}

TEST(FeatureIndexTest, TermsWithoutAKindCannotBeFound) {
  std::vector<std::string> terms = {"x", "路灯", "w:路灯"};
  FeatureIndex index = FeatureIndex::Build(terms);
  EXPECT_EQ(index.Find(terms, 'w', "路灯"), 2u);
  EXPECT_EQ(FeatureIndex().Find(terms, 'w', "路灯"), FeatureIndex::kNotFound);  // never built
}

}  // namespace
}  // namespace sanwang::classify
