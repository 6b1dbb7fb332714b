#include "governance/review_assignment.h"

#include <gtest/gtest.h>

#include <random>

namespace sanwang::governance {
namespace {

// Checks what every assignment must be: each entry has exactly `n` different reviewers,
// none in conflict with it, and the loads add up.
void ExpectSound(const std::vector<EntryProfile>& entries, const std::vector<ReviewerProfile>& reviewers,
                 int n, const ReviewAssignment& a) {
  std::map<store::Id, const ReviewerProfile*> by_id;
  for (const auto& r : reviewers) by_id[r.reviewer] = &r;
  std::map<store::Id, int> load;
  ASSERT_EQ(a.reviewers_of.size(), entries.size());
  for (const auto& entry : entries) {
    const auto& chosen = a.reviewers_of.at(entry.entry);
    ASSERT_EQ(static_cast<int>(chosen.size()), n) << "entry " << entry.entry;
    EXPECT_EQ(std::set<store::Id>(chosen.begin(), chosen.end()).size(), chosen.size())
        << "entry " << entry.entry;
    for (store::Id reviewer : chosen) {
      EXPECT_FALSE(InConflict(*by_id.at(reviewer), entry))
          << "reviewer " << reviewer << ", entry " << entry.entry;
      ++load[reviewer];
    }
  }
  int max_load = 0;
  for (const auto& [reviewer, count] : load) {
    EXPECT_EQ(a.load.at(reviewer), count);
    max_load = std::max(max_load, count);
  }
  EXPECT_EQ(a.max_load, max_load);
}

TEST(ReviewAssignmentTest, ConflictsAreTheAuthorTheSameUnitAndDeclaredPeople) {
  const ReviewerProfile reviewer{10, 3, {77}};
  EXPECT_TRUE(InConflict(reviewer, {1, 10, std::nullopt}));  // their own entry
  EXPECT_TRUE(InConflict(reviewer, {1, 20, 3}));             // a colleague of the same unit
  EXPECT_TRUE(InConflict(reviewer, {1, 77, 4}));             // a person they named
  EXPECT_FALSE(InConflict(reviewer, {1, 20, 4}));
  EXPECT_FALSE(InConflict(reviewer, {1, std::nullopt, std::nullopt}));  // a public entry
  EXPECT_FALSE(InConflict({11, std::nullopt, {}}, {1, 20, 3}));         // a reviewer of no unit
}

TEST(ReviewAssignmentTest, WithoutConflictsTheLoadIsTheEvenShare) {
  std::vector<EntryProfile> entries;
  for (store::Id e = 1; e <= 200; ++e) entries.push_back({e, std::nullopt, std::nullopt});
  std::vector<ReviewerProfile> reviewers;
  for (store::Id r = 1; r <= 7; ++r) reviewers.push_back({100 + r, std::nullopt, {}});
  auto a = AssignReviews(entries, reviewers, 3);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ExpectSound(entries, reviewers, 3, *a);
  EXPECT_EQ(a->max_load, 86);  // ⌈200 × 3 / 7⌉
}

// Random contests: authors from five units (some public), reviewers from the same units
// (some of none) with a few declared people. Every assignment is sound; a contest the
// conflicts make impossible is refused, never half assigned.
TEST(ReviewAssignmentTest, RandomContestsNeverGetAConflictAndAlwaysGetTheirReviews) {
  std::mt19937 rng(20261206);
  int assigned = 0;
  for (int round = 0; round < 300; ++round) {
    const int entry_count = 1 + static_cast<int>(rng() % 60);
    const int reviewer_count = 2 + static_cast<int>(rng() % 9);
    const int n = 1 + static_cast<int>(rng() % std::min(3, reviewer_count));
    auto unit = [&rng]() -> std::optional<store::Id> {
      const auto u = rng() % 6;
      return u == 0 ? std::nullopt : std::optional<store::Id>(u);
    };
    std::vector<EntryProfile> entries;
    for (int e = 1; e <= entry_count; ++e) {
      entries.push_back(
          {e, rng() % 4 == 0 ? std::nullopt : std::optional<store::Id>(1000 + rng() % 40), unit()});
    }
    std::vector<ReviewerProfile> reviewers;
    for (int r = 1; r <= reviewer_count; ++r) {
      ReviewerProfile p{1000 + static_cast<store::Id>(rng() % 40), unit(), {}};
      if (rng() % 3 == 0) p.declared_authors.insert(1000 + rng() % 40);
      bool taken = false;
      for (const auto& other : reviewers) taken = taken || other.reviewer == p.reviewer;
      if (!taken) reviewers.push_back(p);
    }
    if (static_cast<int>(reviewers.size()) < n) continue;
    auto a = AssignReviews(entries, reviewers, n);
    if (!a.ok()) {
      EXPECT_EQ(a.status().code(), ErrorCode::kFailedPrecondition) << a.status().ToString();
      continue;
    }
    ++assigned;
    ExpectSound(entries, reviewers, n, *a);
  }
  EXPECT_GT(assigned, 150);  // most random contests can be assigned
}

// The lightest heaviest load over every possible assignment, by trying them all (small
// contests only); -1 when there is none.
int BestMaxLoad(const std::vector<EntryProfile>& entries, const std::vector<ReviewerProfile>& reviewers,
                int n, std::size_t next, std::vector<int>& load) {
  if (next == entries.size()) return *std::max_element(load.begin(), load.end());
  int best = -1;
  const int r = static_cast<int>(reviewers.size());
  for (int mask = 0; mask < (1 << r); ++mask) {
    if (__builtin_popcount(static_cast<unsigned>(mask)) != n) continue;
    bool free = true;
    for (int j = 0; j < r; ++j) {
      if ((mask >> j & 1) && InConflict(reviewers[static_cast<std::size_t>(j)], entries[next])) free = false;
    }
    if (!free) continue;
    for (int j = 0; j < r; ++j) load[static_cast<std::size_t>(j)] += mask >> j & 1;
    const int found = BestMaxLoad(entries, reviewers, n, next + 1, load);
    for (int j = 0; j < r; ++j) load[static_cast<std::size_t>(j)] -= mask >> j & 1;
    if (found >= 0 && (best < 0 || found < best)) best = found;
  }
  return best;
}

// Small random contests against every possible assignment: one is found exactly when one
// exists, and its heaviest load is the lightest there is.
TEST(ReviewAssignmentTest, SmallContestsGetTheLightestHeaviestLoadThereIs) {
  std::mt19937 rng(61);
  for (int round = 0; round < 200; ++round) {
    const int entry_count = 1 + static_cast<int>(rng() % 6);
    const int reviewer_count = 2 + static_cast<int>(rng() % 3);
    const int n = 1 + static_cast<int>(rng() % 2);
    std::vector<EntryProfile> entries;
    for (int e = 1; e <= entry_count; ++e) {
      entries.push_back({e, std::optional<store::Id>(100 + rng() % 5), std::optional<store::Id>(rng() % 3)});
    }
    std::vector<ReviewerProfile> reviewers;
    for (int r = 1; r <= reviewer_count; ++r) {
      reviewers.push_back(
          {200 + r, std::optional<store::Id>(rng() % 3), {100 + static_cast<store::Id>(rng() % 5)}});
    }
    std::vector<int> load(reviewers.size(), 0);
    const int best = BestMaxLoad(entries, reviewers, n, 0, load);
    auto a = AssignReviews(entries, reviewers, n);
    if (best < 0) {
      EXPECT_FALSE(a.ok()) << "round " << round;
      continue;
    }
    ASSERT_TRUE(a.ok()) << "round " << round << ": " << a.status().ToString();
    ExpectSound(entries, reviewers, n, *a);
    EXPECT_EQ(a->max_load, best) << "round " << round;
  }
}

TEST(ReviewAssignmentTest, AnEntryWithTooFewFreeReviewersIsNamed) {
  // Both reviewers sit in unit 1, as does entry 2's author.
  const std::vector<ReviewerProfile> reviewers = {{10, 1, {}}, {11, 1, {}}, {12, 2, {}}};
  const std::vector<EntryProfile> entries = {{1, 50, 3}, {2, 51, 1}};
  auto a = AssignReviews(entries, reviewers, 2);
  ASSERT_EQ(a.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(a.status().message().find("entry 2 has 1 reviewers"), std::string::npos) << a.status().message();
  EXPECT_EQ(AssignReviews(entries, reviewers, 0).status().field(), "reviews_per_entry");
  EXPECT_EQ(AssignReviews(entries, reviewers, 4).status().field(), "reviews_per_entry");
}

TEST(ReviewAssignmentTest, TheLoadIsBalancedAroundAConflict) {
  // Reviewer 10 may not review entries 1-4 (same unit); the others take them, and the
  // even share (8 × 1 / 2 = 4) is still met: 10 takes 5-8.
  std::vector<EntryProfile> entries;
  for (store::Id e = 1; e <= 8; ++e)
    entries.push_back({e, 100 + e, e <= 4 ? std::optional<store::Id>(1) : 2});
  const std::vector<ReviewerProfile> reviewers = {{10, 1, {}}, {11, 3, {}}};
  auto a = AssignReviews(entries, reviewers, 1);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ExpectSound(entries, reviewers, 1, *a);
  EXPECT_EQ(a->max_load, 4);
  for (store::Id e = 1; e <= 4; ++e) EXPECT_EQ(a->reviewers_of.at(e), std::vector<store::Id>{11});
  for (store::Id e = 5; e <= 8; ++e) EXPECT_EQ(a->reviewers_of.at(e), std::vector<store::Id>{10});
}

}  // namespace
}  // namespace sanwang::governance
