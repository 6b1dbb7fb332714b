#include "governance/campaign_review.h"

#include "governance/campaign_awards.h"
#include "governance/campaign_test_fixture.h"

namespace sanwang::governance {
namespace {

std::int64_t Rows(store::Database& db, const std::string& table) {
  return db.Query("SELECT COUNT(*) FROM " + table)->at(0).Int(0);
}

TEST_P(CampaignReviewTest, ReviewsAreAssignedOnlyAfterTheWindowClosesAndNeverInConflict) {
  clock_.Set(Terms().closes_at - 1);
  EXPECT_EQ(AssignCampaignReviews(As("organizer"), campaign_).status().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Rows(db(), "camp_reviews"), 0);
  CloseAndAssign();
  EXPECT_EQ(FindCampaign(As("organizer"), campaign_)->record.state, "reviewing");
  EXPECT_EQ(Rows(db(), "camp_reviews"), 6);  // 3 entries × 2 reviews
  // r_c is in C: never the entry of C's resident.
  EXPECT_FALSE(AssignedTo("r_c").count(entries_["resident_c"]));
  EXPECT_FALSE(AssignedTo("r_c2").count(entries_["resident_c2"]));  // same community
  EXPECT_FALSE(AssignedTo("r_c2").count(entries_["grid1"]));        // declared
  int total = 0;
  for (const char* r : {"r_c", "r_c2", "r_s", "r_dept"}) {
    total += static_cast<int>(AssignedTo(r).size());
    EXPECT_LE(AssignedTo(r).size(), 2u) << r;  // 6 reviews over 4 reviewers: at most 2 each
  }
  EXPECT_EQ(total, 6);
  // Once assigned, the reviewers are fixed and no entry comes in.
  EXPECT_EQ(NameReviewers(As("organizer"), campaign_, {{UserId("r_c"), {}}}).code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(AssignCampaignReviews(As("organizer"), campaign_).status().code(),
            ErrorCode::kFailedPrecondition);
}

TEST_P(CampaignReviewTest, AReviewerSeesNoAuthorAndMayNotNameOne) {
  CloseAndAssign();
  const std::set<store::Id> mine = AssignedTo("r_s");
  ASSERT_FALSE(mine.empty());
  auto file = ReadBlindEntry(As("r_s"), *mine.begin());
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_FALSE(file->text.empty());
  EXPECT_TRUE(file->data.empty());  // a text entry is read as its words
  // Naming the author in the comment is refused.
  const store::Id e = entries_["resident_c"];
  const std::string reviewer = AssignedTo("r_s").count(e)      ? "r_s"
                               : AssignedTo("r_dept").count(e) ? "r_dept"
                                                               : "r_c2";
  for (const char* named : {"这是王小明的文章，写得好。", "作者王小明很用心"}) {
    auto refused = ReviewEntry(As(reviewer), e, Scores(80), named);
    EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument) << named;
    EXPECT_EQ(refused.status().field(), "comment");
  }
  auto scored = ReviewEntry(As(reviewer), e, Scores(80), "立意鲜明，文字流畅。");
  ASSERT_TRUE(scored.ok()) << scored.status().ToString();
  EXPECT_EQ(scored->total, 80);
  // Bad scores change nothing.
  auto bad = ReviewEntry(As(reviewer), e, {{"content", 41}}, "");
  EXPECT_EQ(bad.status().field(), "scores");
  EXPECT_EQ(db().Query("SELECT total FROM camp_reviews WHERE entry_id = ? AND reviewer_id = ?",
                       {e, UserId(reviewer)})
                ->at(0)
                .Int(0),
            80);
}

TEST_P(CampaignReviewTest, ADeclaredConflictOrAnEntryNotAssignedIsRefused) {
  CloseAndAssign();
  auto declared = ReadBlindEntry(As("r_c2"), entries_["grid1"]);
  EXPECT_EQ(declared.status().code(), ErrorCode::kPermissionDenied);
  EXPECT_NE(declared.status().message().find("回避"), std::string::npos);
  EXPECT_EQ(ReviewEntry(As("r_c2"), entries_["grid1"], Scores(90), "").status().code(),
            ErrorCode::kPermissionDenied);
  for (const auto& [author, entry] : entries_) {
    for (const char* r : {"r_c", "r_s", "r_dept", "leader"}) {
      if (AssignedTo(r).count(entry)) continue;
      EXPECT_EQ(ReadBlindEntry(As(r), entry).status().code(), ErrorCode::kPermissionDenied) << r;
    }
  }
  EXPECT_EQ(Rows(db(), "camp_reviews WHERE submitted_at IS NOT NULL"), 0);
}

TEST_P(CampaignReviewTest, TheDiscussionShowsTheOtherReviewsUnsigned) {
  CloseAndAssign();
  const store::Id e = entries_["resident_c2"];
  std::vector<std::string> reviewers;
  for (const char* r : {"r_c", "r_c2", "r_s", "r_dept"}) {
    if (AssignedTo(r).count(e)) reviewers.push_back(r);
  }
  ASSERT_EQ(reviewers.size(), 2u);
  ASSERT_TRUE(ReviewEntry(As(reviewers[0]), e, Scores(90), "很好").ok());
  ASSERT_TRUE(ReviewEntry(As(reviewers[1]), e, Scores(60), "一般").ok());
  // While reviewing, nobody sees another's review.
  EXPECT_TRUE(ReadBlindEntry(As(reviewers[0]), e)->entry.others.empty());
  EXPECT_EQ(OpenDiscussion(As("r_c"), campaign_).code(), ErrorCode::kPermissionDenied);
  ASSERT_TRUE(OpenDiscussion(As("organizer"), campaign_).ok());
  auto seen = ReadBlindEntry(As(reviewers[0]), e);
  ASSERT_TRUE(seen.ok());
  ASSERT_EQ(seen->entry.others.size(), 1u);
  EXPECT_EQ(seen->entry.others[0].total, 60);
  EXPECT_EQ(seen->entry.others[0].comment, "一般");
  EXPECT_EQ(seen->entry.others[0].label, "评审乙");
  // In the discussion a reviewer may revise their score.
  auto revised = ReviewEntry(As(reviewers[1]), e, Scores(70), "讨论后上调");
  ASSERT_TRUE(revised.ok()) << revised.status().ToString();
  EXPECT_EQ(ReadBlindEntry(As(reviewers[0]), e)->entry.others[0].total, 70);
}

TEST_P(CampaignReviewTest, UntilTheReviewsAreWrittenTheStandingsSayWhatIsMissing) {
  EXPECT_EQ(StandingsOf(As("organizer"), campaign_).status().code(), ErrorCode::kFailedPrecondition);
  CloseAndAssign();
  auto s = StandingsOf(As("organizer"), campaign_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->reviews_missing, 6);
  ASSERT_EQ(s->entries.size(), 3u);
  for (const auto& e : s->entries) {
    EXPECT_EQ(e.score.reviews, 0);
    EXPECT_EQ(e.reviews_assigned, 2);
  }
  EXPECT_EQ(StandingsOf(As("r_c"), campaign_).status().code(), ErrorCode::kPermissionDenied);
  // Nothing is decided or published before the discussion, nor published without awards.
  EXPECT_EQ(DecideAwards(As("organizer"), campaign_, {{entries_["grid1"], "first"}}).code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(PublishCampaign(As("organizer"), campaign_).code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(OpenDiscussion(As("organizer"), campaign_).ok());
  EXPECT_EQ(PublishCampaign(As("organizer"), campaign_).code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Rows(db(), "camp_awards"), 0);
}

TEST_P(CampaignReviewTest, ATieAcrossAQuotaGoesToTheCommitteeWhichDecidesAndPublishes) {
  CloseAndAssign();
  for (const char* r : {"r_c", "r_c2", "r_s", "r_dept"}) {
    for (store::Id e : AssignedTo(r)) ASSERT_TRUE(ReviewEntry(As(r), e, Scores(80), "").ok());
  }
  ASSERT_TRUE(OpenDiscussion(As("organizer"), campaign_).ok());
  auto s = StandingsOf(As("organizer"), campaign_);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->reviews_missing, 0);
  for (const auto& e : s->entries) {
    EXPECT_EQ(e.score.score_hundredths, 8000);
    EXPECT_EQ(e.score.raw_mean, 80);
  }
  // Three entries alike and one first prize: the proposal stops and shows the tie.
  ASSERT_TRUE(s->proposal.tie);
  EXPECT_EQ(s->proposal.tie->tier, "first");
  EXPECT_EQ(s->proposal.tie->places, 1);
  EXPECT_EQ(s->proposal.tie->entries.size(), 3u);
  EXPECT_TRUE(s->proposal.tier_of.empty());
  // The committee decides the first prize; the two others then fit the two second prizes.
  const store::Id first = entries_["resident_c"];
  ASSERT_TRUE(DecideAwards(As("organizer"), campaign_, {{first, "first"}}).ok());
  s = StandingsOf(As("organizer"), campaign_);
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(s->proposal.tie);
  EXPECT_EQ(s->proposal.tier_of,
            (std::map<store::Id, std::string>{
                {first, "first"}, {entries_["resident_c2"], "second"}, {entries_["grid1"], "second"}}));
  // More than a quota, an unknown tier or another campaign's entry is refused; nothing changes.
  for (const auto& bad : std::vector<std::map<store::Id, std::string>>{
           {{first, "second"}, {entries_["resident_c2"], "second"}, {entries_["grid1"], "second"}},
           {{first, "gold"}},
           {{999999, "first"}}}) {
    EXPECT_EQ(DecideAwards(As("organizer"), campaign_, bad).field(), "awards");
  }
  EXPECT_EQ(Rows(db(), "camp_awards"), 1);
  EXPECT_EQ(DecideAwards(As("leader"), campaign_, s->proposal.tier_of).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(CampaignResults(As("resident_c2"), campaign_).status().code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(DecideAwards(As("organizer"), campaign_, s->proposal.tier_of).ok());
  ASSERT_TRUE(PublishCampaign(As("organizer"), campaign_).ok());
  auto results = CampaignResults(As("resident_c2"), campaign_);
  ASSERT_TRUE(results.ok()) << results.status().ToString();
  ASSERT_EQ(results->size(), 3u);
  EXPECT_EQ(results->at(0).tier_name, "一等奖");
  EXPECT_EQ(results->at(0).author_name, "王小明");
  EXPECT_EQ(results->at(0).title, "社区协商议事记");
  EXPECT_EQ(results->at(1).tier_code, "second");
  // Published: the reviews and the awards are closed.
  const std::set<store::Id> of_r_s = AssignedTo("r_s");
  ASSERT_FALSE(of_r_s.empty());
  EXPECT_EQ(ReviewEntry(As("r_s"), *of_r_s.begin(), Scores(10), "").status().code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(DecideAwards(As("organizer"), campaign_, {}).code(), ErrorCode::kFailedPrecondition);
}

SANWANG_INSTANTIATE_BACKENDS(CampaignReviewTest);

}  // namespace
}  // namespace sanwang::governance
