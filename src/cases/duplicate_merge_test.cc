// Duplicates end to end in the engine: a new case near a similar open one of the same item
// is flagged on filing, and staff handling it merge it into the original; the duplicate's
// reporter then follows the original. Every refused merge changes nothing.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "cases/case_access.h"
#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

class DuplicateMergeTest : public CasesTest {
 protected:
  Result<store::CaseRecord> Report(const std::string& title, double lon, const std::string& reporter,
                                   const std::string& item = kGridItem) {
    NewCase m = MatterAt(item, lon, 34.01);
    m.title = title;
    m.description = "";
    return engine_->Submit(m, As(reporter));
  }

  TransitionRequest MergeInto(store::Id target) {
    TransitionRequest r{"merge", "同一处纸箱"};
    r.target_case_id = target;
    return r;
  }

  std::int64_t ReadableCount(const std::string& who) {
    store::CaseFilter f;
    f.district_code = org::kTestDistrict;
    EXPECT_TRUE(RestrictToReadable(*org_, As(who), f).ok());
    return *store::CaseRepository(db()).Count(f);
  }
};

TEST_P(DuplicateMergeTest, SimilarReportNearbyIsFlaggedAndTheFlagIsAnEvent) {
  auto original = Report("楼道里堆满了纸箱", 113.805, "resident1");
  auto copy = Report("楼道堆满纸箱没人管", 113.8053, "resident2");  // about 28 m away
  auto other = Report("路灯坏了晚上很黑", 113.8053, "resident2");
  ASSERT_TRUE(original.ok() && copy.ok() && other.ok());
  EXPECT_FALSE(original->duplicate_of);
  ASSERT_EQ(copy->duplicate_of, original->id);
  EXPECT_NEAR(*copy->duplicate_distance_m, 27.7, 1.0);
  EXPECT_NEAR(*copy->duplicate_similarity, 0.4, 1e-9);
  EXPECT_FALSE(other->duplicate_of);          // same place and item, another matter
  EXPECT_EQ(other->repeat_of, original->id);  // still a repeat report of the place
  auto data = nlohmann::json::parse(Events(copy->id).front().data);
  EXPECT_EQ(data["possible_duplicate_of"]["id"], original->id);
  EXPECT_NEAR(data["possible_duplicate_of"]["similarity"].get<double>(), 0.4, 1e-9);
  EXPECT_EQ(Get(copy->id).duplicate_of, original->id);
}

TEST_P(DuplicateMergeTest, MergeClosesTheDuplicateAndTheReporterFollowsTheOriginal) {
  auto original = Report("楼道里堆满了纸箱", 113.805, "resident1");
  auto copy = Report("楼道堆满纸箱没人管", 113.8053, "resident2");
  ASSERT_TRUE(original.ok() && copy.ok());
  EXPECT_EQ(ReadableCount("resident2"), 1);
  EXPECT_FALSE(CanReadCase(*org_, As("resident2"), Get(original->id)));

  auto merged = Do(copy->id, "grid1", MergeInto(original->id));
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  EXPECT_EQ(merged->updated.state, "closed");
  EXPECT_EQ(merged->updated.merged_into, original->id);
  EXPECT_TRUE(merged->updated.closed_at.has_value());
  EXPECT_EQ(merged->event.action, "merge");
  EXPECT_EQ(merged->event.note, "同一处纸箱");
  EXPECT_EQ(nlohmann::json::parse(merged->event.data)["target_case_id"], original->id);

  store::CaseRecord kept = Get(original->id);
  EXPECT_EQ(kept.state, "dispatched");
  auto events = Events(original->id);
  EXPECT_EQ(events.back().action, "merged_in");
  EXPECT_EQ(nlohmann::json::parse(events.back().data)["duplicate_case_id"], copy->id);
  EXPECT_EQ(events.back().actor_user_id, As("grid1").user_id);

  EXPECT_TRUE(*store::CaseRepository(db()).IsFollower(original->id, *As("resident2").user_id));
  EXPECT_EQ(ReadableCount("resident2"), 2);  // their own (merged) case and the original
  EXPECT_TRUE(CanReadCase(*org_, As("resident2"), kept, true));
  EXPECT_EQ(ReadableCount("resident1"), 1);
}

TEST_P(DuplicateMergeTest, FollowersOfAMergedCaseFollowTheNewOriginal) {
  auto original = Report("楼道里堆满了纸箱", 113.805, "center");
  auto first = Report("楼道堆满纸箱没人管", 113.8052, "resident1");
  auto second = Report("楼道纸箱堆满了", 113.8053, "resident2");
  ASSERT_TRUE(original.ok() && first.ok() && second.ok());
  ASSERT_TRUE(Do(second->id, "grid1", MergeInto(first->id)).ok());  // resident2 follows `first`
  auto merged = Do(first->id, "grid1", MergeInto(original->id));
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  store::CaseRepository repo(db());
  EXPECT_TRUE(*repo.IsFollower(original->id, *As("resident1").user_id));  // the reporter
  EXPECT_TRUE(*repo.IsFollower(original->id, *As("resident2").user_id));  // and the follower
  EXPECT_TRUE(CanReadCase(*org_, As("resident2"), Get(original->id), true));
  EXPECT_EQ(*repo.Followers(original->id),
            (std::vector<store::Id>{std::min(*As("resident1").user_id, *As("resident2").user_id),
                                    std::max(*As("resident1").user_id, *As("resident2").user_id)}));
}

TEST_P(DuplicateMergeTest, RefusedMergesChangeNothing) {
  auto original = Report("楼道里堆满了纸箱", 113.805, "resident1");
  auto copy = Report("楼道堆满纸箱没人管", 113.8053, "resident2");
  auto other_item = Report("楼道里堆满了纸箱", 113.805, "resident1", kCommunityItem);
  auto elsewhere = Report("楼道里堆满了纸箱", 113.815, "resident1");  // in G2
  auto done = Report("楼道里堆满了纸箱", 113.809, "resident1");
  ASSERT_TRUE(original.ok() && copy.ok() && other_item.ok() && elsewhere.ok() && done.ok());
  ASSERT_TRUE(Do(done->id, "grid1", {"accept"}).ok());
  ASSERT_TRUE(Do(done->id, "grid1", {"resolve", "已清理"}).ok());
  struct Refusal {
    const char* who;
    TransitionRequest request;
    ErrorCode code;
  };
  TransitionRequest no_target{"merge"};
  const std::vector<Refusal> refusals = {
      {"grid1", MergeInto(copy->id), ErrorCode::kInvalidArgument},           // into itself
      {"grid1", no_target, ErrorCode::kInvalidArgument},                     // into nothing
      {"grid1", MergeInto(done->id), ErrorCode::kFailedPrecondition},        // into a resolved case
      {"grid1", MergeInto(other_item->id), ErrorCode::kFailedPrecondition},  // another item
      {"grid1", MergeInto(elsewhere->id), ErrorCode::kNotFound},             // a case grid1 cannot read
      {"grid1", MergeInto(999999), ErrorCode::kNotFound},                    // no such case
      {"resident2", MergeInto(original->id), ErrorCode::kPermissionDenied},  // residents do not merge
      {"grid2", MergeInto(original->id), ErrorCode::kPermissionDenied},      // another grid's worker
  };
  const std::size_t copy_events = Events(copy->id).size();
  const std::size_t original_events = Events(original->id).size();
  for (const Refusal& r : refusals) {
    auto result = Do(copy->id, r.who, r.request);
    ASSERT_FALSE(result.ok()) << r.who << " merged into " << r.request.target_case_id.value_or(0);
    EXPECT_EQ(result.status().code(), r.code) << result.status().ToString();
  }
  EXPECT_EQ(Get(copy->id).state, "dispatched");
  EXPECT_FALSE(Get(copy->id).merged_into);
  EXPECT_EQ(Events(copy->id).size(), copy_events);
  EXPECT_EQ(Events(original->id).size(), original_events);
  EXPECT_FALSE(*store::CaseRepository(db()).IsFollower(original->id, *As("resident2").user_id));
  // A merged case is closed: it cannot be merged again.
  ASSERT_TRUE(Do(copy->id, "grid1", MergeInto(original->id)).ok());
  EXPECT_EQ(Do(copy->id, "grid1", MergeInto(original->id)).status().code(), ErrorCode::kFailedPrecondition);
}

SANWANG_INSTANTIATE_BACKENDS(DuplicateMergeTest);

}  // namespace
}  // namespace sanwang::cases
