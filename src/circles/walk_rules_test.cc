#include "circles/walk_rules.h"

#include <gtest/gtest.h>

namespace sanwang::circles {
namespace {

struct Case {
  std::map<std::string, std::string> tags;
  WalkDirection expected;
};

TEST(WalkRulesTest, ClassifiesWaysAsPedestriansMayUseThem) {
  const WalkRules rules{WalkSettings{}};
  using D = WalkDirection;
  const std::vector<Case> cases = {
      {{{"highway", "footway"}}, D::kBoth},
      {{{"highway", "residential"}, {"oneway", "yes"}}, D::kBoth},  // oneway binds vehicles only
      {{{"highway", "footway"}, {"oneway:foot", "yes"}}, D::kForward},
      {{{"highway", "steps"}, {"oneway:foot", "-1"}}, D::kBackward},
      {{{"highway", "residential"}, {"foot", "no"}}, D::kNone},
      {{{"highway", "primary"}, {"foot", "use_sidepath"}}, D::kNone},
      {{{"highway", "service"}, {"access", "no"}}, D::kNone},
      {{{"highway", "service"}, {"access", "no"}, {"foot", "yes"}}, D::kBoth},
      {{{"highway", "service"}, {"access", "private"}}, D::kBoth},  // compound roads
      {{{"highway", "motorway"}}, D::kNone},
      {{{"highway", "trunk"}}, D::kNone},
      {{{"highway", "trunk"}, {"sidewalk", "both"}}, D::kBoth},
      {{{"highway", "trunk"}, {"sidewalk", "separate"}}, D::kNone},
      {{{"highway", "trunk"}, {"foot", "designated"}}, D::kBoth},
      {{{"highway", "construction"}, {"foot", "yes"}}, D::kNone},
      {{{"railway", "platform"}}, D::kNone},
      {{{"building", "yes"}}, D::kNone},
  };
  for (const Case& c : cases) {
    std::string described;
    for (const auto& [k, v] : c.tags) described += k + "=" + v + " ";
    EXPECT_EQ(rules.Classify(LookupIn(c.tags)), c.expected) << described;
  }
}

TEST(WalkRulesTest, TheWalkableClassesAreConfiguration) {
  WalkSettings settings;
  settings.highways = {"footway"};
  settings.blocked_access = {"no", "private"};
  const WalkRules rules{settings};
  const std::map<std::string, std::string> residential = {{"highway", "residential"}};
  const std::map<std::string, std::string> private_footway = {{"highway", "footway"}, {"access", "private"}};
  EXPECT_EQ(rules.Classify(LookupIn(residential)), WalkDirection::kNone);
  EXPECT_EQ(rules.Classify(LookupIn(private_footway)), WalkDirection::kNone);
}

}  // namespace
}  // namespace sanwang::circles
