#include "classify/case_training_set.h"

#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

store::ClassifiedCaseText Case(store::Id id, std::string title, std::string item, bool automatic = false,
                               bool accepted = false, std::string description = "") {
  return {id, std::move(title), std::move(description), std::move(item), automatic, accepted};
}

TEST(CaseTrainingSetTest, FinalItemsOfConfirmedCasesWithTextAndEnoughSiblings) {
  std::vector<store::ClassifiedCaseText> cases = {
      Case(1, "楼道堆满纸箱", "A01-001", false, false, " 三楼 "),
      Case(2, "楼道有杂物", "A01-001", true, true),  // the classifier's item, signed for: confirmed
      Case(3, "楼上很吵", "A01-002"),
      Case(4, "楼上装修噪音", "A01-002"),
      Case(5, "楼道有纸箱", "A01-001", true, false),  // the classifier's guess nobody has looked at
      Case(6, "  ", "A01-002"),                       // no text
      Case(7, "路面塌陷", "A01-004"),                 // an item with one case only
  };
  CaseTrainingSet set = BuildCaseTrainingSet(cases, 2);
  EXPECT_EQ(set.case_ids, (std::vector<store::Id>{1, 2, 3, 4}));
  ASSERT_EQ(set.examples.size(), 4u);
  EXPECT_EQ(set.examples[0].text, "楼道堆满纸箱 三楼");
  EXPECT_EQ(set.examples[0].label, "A01-001");
  EXPECT_EQ(set.class_counts, (std::map<std::string, int>{{"A01-001", 2}, {"A01-002", 2}}));
  EXPECT_EQ(set.dropped_classes, (std::map<std::string, int>{{"A01-004", 1}}));
  EXPECT_EQ(set.unconfirmed, 1);
  EXPECT_EQ(set.without_text, 1);
}

TEST(CaseTrainingSetTest, AnItemOverTheCapKeepsItsNewestRows) {
  std::vector<store::ClassifiedCaseText> cases = {
      Case(9, "楼道纸箱九", "A01-001"), Case(3, "楼上很吵", "A01-002"), Case(1, "楼道纸箱一", "A01-001"),
      Case(7, "楼道纸箱七", "A01-001"), Case(4, "楼上装修", "A01-002"), Case(5, "楼道纸箱五", "A01-001"),
      Case(8, "路面塌陷", "A01-004"),
  };
  CaseTrainingSet set = BuildCaseTrainingSet(cases, 2, 2);
  EXPECT_EQ(set.case_ids, (std::vector<store::Id>{3, 4, 7, 9}));
  EXPECT_EQ(set.class_counts, (std::map<std::string, int>{{"A01-001", 2}, {"A01-002", 2}}));
  EXPECT_EQ(set.dropped_classes, (std::map<std::string, int>{{"A01-004", 1}}));
  EXPECT_EQ(set.over_cap, 2);
  // Without a cap every row stays, in the order of their ids.
  CaseTrainingSet all = BuildCaseTrainingSet(cases, 2);
  EXPECT_EQ(all.case_ids, (std::vector<store::Id>{1, 3, 4, 5, 7, 9}));
  EXPECT_EQ(all.over_cap, 0);
}

}  // namespace
}  // namespace sanwang::classify
