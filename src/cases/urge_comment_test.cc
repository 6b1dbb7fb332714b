// Stars, 催办 (urge) and comments in the engine: the threshold decides satisfied and the
// reopen; an open matter may be urged by its residents at most once per interval and
// never once closed; comments come from its residents and replies from its handlers.
#include <nlohmann/json.hpp>

#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

class FeedbackTest : public CasesTest {
 protected:
  store::CaseRecord Resolved() {
    auto c = File(kGridItem);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_TRUE(Do(c->id, "grid1", {"accept"}).ok());
    EXPECT_TRUE(Do(c->id, "grid1", {"resolve", "已处理"}).ok());
    return Get(c->id);
  }

  static TransitionRequest Stars(int stars, std::string comment = "") {
    TransitionRequest r{"rate"};
    r.stars = stars;
    r.comment = std::move(comment);
    return r;
  }

  nlohmann::json LastEventData(store::Id id) { return nlohmann::json::parse(Events(id).back().data); }
};

TEST_P(FeedbackTest, FourStarsCloseAsSatisfiedWithTheComment) {
  store::CaseRecord c = Resolved();
  auto rated = Do(c.id, "resident1", Stars(4, " 处理很快 "));
  ASSERT_TRUE(rated.ok()) << rated.status().ToString();
  store::CaseRecord now = Get(c.id);
  EXPECT_EQ(now.state, "closed");
  EXPECT_EQ(now.rating, 1);
  EXPECT_EQ(now.rating_stars, 4);
  EXPECT_EQ(now.rating_comment, "处理很快");
  nlohmann::json data = LastEventData(c.id);
  EXPECT_EQ(data["stars"], 4);
  EXPECT_EQ(data["satisfied"], true);
  EXPECT_EQ(data["comment"], "处理很快");
}

TEST_P(FeedbackTest, StarsBelowTheThresholdReopenOnceThenClose) {
  store::CaseRecord c = Resolved();
  ASSERT_TRUE(Do(c.id, "resident1", Stars(3)).ok());
  EXPECT_EQ(Get(c.id).state, "accepted");
  EXPECT_EQ(Get(c.id).reopen_count, 1);
  EXPECT_EQ(Get(c.id).rating, 0);
  ASSERT_TRUE(Do(c.id, "grid1", {"resolve", "再次处理"}).ok());
  ASSERT_TRUE(Do(c.id, "resident1", Stars(2)).ok());
  EXPECT_EQ(Get(c.id).state, "closed");
  EXPECT_EQ(Get(c.id).rating_stars, 2);
}

TEST_P(FeedbackTest, OlderClientsYesOrNoIsFiveOrOneStar) {
  store::CaseRecord c = Resolved();
  TransitionRequest yes{"rate"};
  yes.satisfied = true;
  ASSERT_TRUE(Do(c.id, "resident1", yes).ok());
  EXPECT_EQ(Get(c.id).rating_stars, 5);
  EXPECT_EQ(Get(c.id).rating, 1);
}

TEST_P(FeedbackTest, ARatingWithoutStarsChangesNothing) {
  store::CaseRecord c = Resolved();
  auto refused = Do(c.id, "resident1", {"rate"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(Get(c.id), c);
}

TEST_P(FeedbackTest, UrgeIsCountedOncePerIntervalWithoutChangingTheState) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok());
  ASSERT_TRUE(Do(c->id, "resident1", {"urge"}).ok());
  store::CaseRecord urged = Get(c->id);
  EXPECT_EQ(urged.state, "dispatched");
  EXPECT_EQ(urged.urge_count, 1);
  EXPECT_EQ(urged.last_urged_at, clock_.Now());
  EXPECT_EQ(Events(c->id).back().action, "urge");

  clock_.Advance(23 * 3600);
  auto again = Do(c->id, "resident1", {"urge"});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.status().message().find("已催办"), std::string::npos);
  EXPECT_EQ(Get(c->id), urged);

  clock_.Advance(3600);
  ASSERT_TRUE(Do(c->id, "resident1", {"urge"}).ok());
  EXPECT_EQ(Get(c->id).urge_count, 2);
}

TEST_P(FeedbackTest, AClosedMatterCannotBeUrgedOrCommented) {
  store::CaseRecord c = Resolved();
  ASSERT_TRUE(Do(c.id, "resident1", Stars(5)).ok());
  for (TransitionRequest r : {TransitionRequest{"urge"}, TransitionRequest{"comment", "还有问题"}}) {
    auto refused = Do(c.id, "resident1", r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.status().code(), ErrorCode::kFailedPrecondition) << r.action;
    EXPECT_NE(refused.status().message().find("不能"), std::string::npos);
  }
  EXPECT_EQ(Get(c.id).urge_count, 0);
}

TEST_P(FeedbackTest, OnlyTheReporterAndFollowersUrgeOrComment) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(Do(c->id, "resident2", {"urge"}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Do(c->id, "resident2", {"comment", "我也遇到"}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Do(c->id, "grid1", {"urge"}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Do(c->id, "grid1", {"comment", "收到"}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(engine_->AllowedActions(Get(c->id), As("resident2")).empty());

  ASSERT_TRUE(
      store::CaseRepository(db())
          .AddFollower(org::kTestDistrict, c->id, *As("resident2").user_id, std::nullopt, clock_.Now())
          .ok());
  auto allowed = engine_->AllowedActions(Get(c->id), As("resident2"));
  EXPECT_EQ(allowed, (std::vector<std::string>{"urge", "comment"}));
  ASSERT_TRUE(Do(c->id, "resident2", {"comment", "我也遇到"}).ok());
  ASSERT_TRUE(Do(c->id, "resident2", {"urge"}).ok());
  EXPECT_EQ(Get(c->id).urge_count, 1);
}

TEST_P(FeedbackTest, CommentsNeedTextAndStaffOfTheUnitReply) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(Do(c->id, "resident1", {"comment", "  "}).status().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(Do(c->id, "resident1", {"comment", "什么时候来修"}).ok());
  EXPECT_EQ(Do(c->id, "grid2", {"reply", "明天"}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Do(c->id, "resident1", {"reply", "明天"}).status().code(), ErrorCode::kPermissionDenied);
  ASSERT_TRUE(Do(c->id, "grid1", {"reply", "明天上午到场"}).ok());
  auto events = Events(c->id);
  EXPECT_EQ(events.back().action, "reply");
  EXPECT_EQ(events.back().note, "明天上午到场");
  EXPECT_EQ(events.back().to_state, "dispatched");
  EXPECT_EQ(events[events.size() - 2].action, "comment");
  EXPECT_EQ(Get(c->id).state, "dispatched");
}

SANWANG_INSTANTIATE_BACKENDS(FeedbackTest);

}  // namespace
}  // namespace sanwang::cases
