#include "governance/award_quota.h"

#include <gtest/gtest.h>

namespace sanwang::governance {
namespace {

// The reference contest's tiers: 3 first, 5 second, 10 third prizes and honourable mentions
// for every other entry scoring at least 60.
std::vector<AwardTier> Tiers() {
  return {{"first", "一等奖", 3, std::nullopt},
          {"second", "二等奖", 5, std::nullopt},
          {"third", "三等奖", 10, std::nullopt},
          {"mention", "优秀奖", std::nullopt, 6000}};
}

// Entries 1..n scoring 100, 99, 98, … (no ties) unless `scores` says otherwise.
std::vector<ScoredEntry> Ranked(int n, const std::map<store::Id, std::int64_t>& scores = {}) {
  std::vector<ScoredEntry> out;
  for (int i = 1; i <= n; ++i) {
    auto found = scores.find(i);
    out.push_back({i, found != scores.end() ? found->second : (101 - i) * 100});
  }
  return out;
}

std::map<std::string, int> Counts(const AwardProposal& p) {
  std::map<std::string, int> counts;
  for (const auto& [entry, tier] : p.tier_of) ++counts[tier];
  return counts;
}

TEST(AwardQuotaTest, TiersFillFromTheTopWithinTheirQuotasAndTheFloor) {
  auto p = ProposeAwards(Ranked(50), Tiers(), {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_FALSE(p->tie.has_value());
  EXPECT_EQ(p->tier_of.at(1), "first");
  EXPECT_EQ(p->tier_of.at(3), "first");
  EXPECT_EQ(p->tier_of.at(4), "second");
  EXPECT_EQ(p->tier_of.at(18), "third");
  EXPECT_EQ(p->tier_of.at(19), "mention");
  // Entry 41 scores 60.00, the floor; entry 42 59.00 gets nothing.
  EXPECT_EQ(p->tier_of.at(41), "mention");
  EXPECT_FALSE(p->tier_of.count(42));
  EXPECT_EQ(Counts(*p),
            (std::map<std::string, int>{{"first", 3}, {"second", 5}, {"third", 10}, {"mention", 23}}));
}

TEST(AwardQuotaTest, ATieAcrossAQuotaIsShownNotBroken) {
  // Entries 3, 4 and 5 share 97.00: the first prize has one place left for the three.
  auto p = ProposeAwards(Ranked(30, {{3, 9700}, {4, 9700}, {5, 9700}}), Tiers(), {});
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_TRUE(p->tie.has_value());
  EXPECT_EQ(p->tie->tier, "first");
  EXPECT_EQ(p->tie->places, 1);
  EXPECT_EQ(p->tie->entries, (std::vector<store::Id>{3, 4, 5}));
  EXPECT_EQ(p->tie->score_hundredths, 9700);
  // Above the tie is placed; from the tie on, nothing is.
  EXPECT_EQ(p->tier_of, (std::map<store::Id, std::string>{{1, "first"}, {2, "first"}}));

  // The committee gives entry 4 the first prize; the two others then both fit the second.
  auto decided = ProposeAwards(Ranked(30, {{3, 9700}, {4, 9700}, {5, 9700}}), Tiers(), {{4, "first"}});
  ASSERT_TRUE(decided.ok()) << decided.status().ToString();
  EXPECT_FALSE(decided->tie.has_value());
  EXPECT_EQ(decided->tier_of.at(4), "first");
  EXPECT_EQ(decided->tier_of.at(3), "second");
  EXPECT_EQ(decided->tier_of.at(5), "second");
  EXPECT_EQ(Counts(*decided).at("first"), 3);
  EXPECT_EQ(Counts(*decided).at("second"), 5);
}

TEST(AwardQuotaTest, ATieThatFitsItsTierTakesItWhole) {
  // Entries 2 and 3 share second place; the first prize has room for both.
  auto p = ProposeAwards(Ranked(20, {{2, 9900}, {3, 9900}}), Tiers(), {});
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->tie.has_value());
  EXPECT_EQ(p->tier_of.at(2), "first");
  EXPECT_EQ(p->tier_of.at(3), "first");
  EXPECT_EQ(p->tier_of.at(4), "second");
}

TEST(AwardQuotaTest, BadDecisionsAndOverfullAwardsAreRefused) {
  EXPECT_EQ(ProposeAwards(Ranked(5), Tiers(), {{99, "first"}}).status().field(), "decisions");
  EXPECT_EQ(ProposeAwards(Ranked(5), Tiers(), {{1, "gold"}}).status().field(), "decisions");
  EXPECT_EQ(ProposeAwards(Ranked(5), Tiers(), {{1, "first"}, {2, "first"}, {3, "first"}, {4, "first"}})
                .status()
                .field(),
            "decisions");
  EXPECT_TRUE(CheckAwards({{1, "first"}, {2, "first"}, {3, "first"}, {9, "mention"}}, Tiers()).ok());
  auto over = CheckAwards({{1, "first"}, {2, "first"}, {3, "first"}, {4, "first"}}, Tiers());
  EXPECT_EQ(over.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(over.message().find("一等奖名额为 3 个"), std::string::npos) << over.message();
}

}  // namespace
}  // namespace sanwang::governance
