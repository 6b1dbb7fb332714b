// The campaign store on SQLite and PostgreSQL: a campaign's title once per district, its
// state moved only from the state read, reviewers replaced, entries listed without their
// bytes and read with them, reviews only where assigned, awards replaced whole.
#include "governance/store/campaign_repository.h"

#include "org/org_test_fixture.h"
#include "org/staff.h"
#include "testing/test_databases.h"

namespace sanwang::store {
namespace {

class CampaignRepositoryTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    for (const char* name : {"reviewer1", "reviewer2", "author"}) {
      auto u = org::AddAccount(db(), org::kTestDistrict,
                               {name, name, "13800000000", "community_staff", "C", "", ""}, clock_);
      ASSERT_TRUE(u.ok()) << u.status().ToString();
      users_.push_back(u->id);
    }
  }

  CampaignRecord Campaign(const std::string& title = "“我与政协”征文") {
    CampaignRecord c;
    c.district_code = org::kTestDistrict;
    c.title = title;
    c.theme = "我与政协";
    c.rules = "征文时间：5月28日至8月31日。";
    c.issuer = "政协魏都区委员会";
    c.opens_at = 1000;
    c.closes_at = 2000;
    c.formats = "docx,pdf,txt";
    c.max_bytes = 10 << 20;
    c.reviews_per_entry = 2;
    c.rubric = R"([{"code":"content","name":"思想内容","most":100}])";
    c.tiers = R"([{"code":"first","name":"一等奖","quota":3}])";
    c.state = "open";
    c.created_at = 900;
    return c;
  }

  CampaignEntryRecord Entry(Id campaign, const std::string& bytes) {
    CampaignEntryRecord e;
    e.campaign_id = campaign;
    e.district_code = org::kTestDistrict;
    e.title = "我与政协的十年";
    e.author_user_id = users_[2];
    e.author_name = "王建国";
    e.author_unit_id = IdOf("C");
    e.file_name = "essay.txt";
    e.content_type = "text/plain";
    e.size_bytes = static_cast<std::int64_t>(bytes.size());
    e.sha256 = "x";
    e.data = bytes;
    e.submitted_at = 1500;
    return e;
  }

  std::vector<Id> users_;
};

TEST_P(CampaignRepositoryTest, ACampaignKeepsItsTitleOnceAndMovesFromTheStateRead) {
  CampaignRepository repo(db());
  auto made = repo.InsertCampaign(Campaign());
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_EQ(repo.InsertCampaign(Campaign()).status().code(), ErrorCode::kAlreadyExists);
  auto read = repo.GetCampaign(made->id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->issuer, "政协魏都区委员会");
  EXPECT_EQ(read->reviews_per_entry, 2);
  EXPECT_TRUE(repo.MoveCampaign(made->id, "open", "reviewing").ok());
  EXPECT_EQ(repo.MoveCampaign(made->id, "open", "reviewing").code(), ErrorCode::kConflict);
  EXPECT_EQ(repo.GetCampaign(made->id)->state, "reviewing");
  EXPECT_EQ(repo.GetCampaign(made->id + 100).status().code(), ErrorCode::kNotFound);
}

TEST_P(CampaignRepositoryTest, EntriesAreListedWithoutTheirBytesAndReadWithThem) {
  CampaignRepository repo(db());
  const Id campaign = repo.InsertCampaign(Campaign())->id;
  const std::string bytes = std::string("我与政协") + '\0' + "的十年";
  auto entry = repo.InsertEntry(Entry(campaign, bytes));
  ASSERT_TRUE(entry.ok()) << entry.status().ToString();
  auto listed = repo.Entries(campaign);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->front().data.empty());
  EXPECT_EQ(listed->front().author_name, "王建国");
  auto read = repo.GetEntry(entry->id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->data, bytes);
  EXPECT_EQ(read->author_unit_id, IdOf("C"));
  // Counted per author.
  EXPECT_EQ(*repo.CountEntriesBy(campaign, *read->author_user_id), 1);
  EXPECT_EQ(*repo.CountEntriesBy(campaign, *read->author_user_id + 1000), 0);
}

TEST_P(CampaignRepositoryTest, ReviewsAreTakenOnlyWhereAssignedAndAwardsAreReplacedWhole) {
  CampaignRepository repo(db());
  const Id campaign = repo.InsertCampaign(Campaign())->id;
  ASSERT_TRUE(repo.PutReviewer({campaign, users_[0], "[]"}).ok());
  ASSERT_TRUE(repo.PutReviewer({campaign, users_[0], "[" + std::to_string(users_[2]) + "]"}).ok());
  ASSERT_TRUE(repo.PutReviewer({campaign, users_[1], "[]"}).ok());
  auto reviewers = repo.Reviewers(campaign);
  ASSERT_TRUE(reviewers.ok());
  ASSERT_EQ(reviewers->size(), 2u);
  EXPECT_EQ(reviewers->front().declared, "[" + std::to_string(users_[2]) + "]");
  const Id entry = repo.InsertEntry(Entry(campaign, "text"))->id;
  ASSERT_TRUE(repo.ReplaceAssignments(campaign, {{entry, users_[1]}}).ok());
  CampaignReviewRecord review{entry, users_[1], R"({"content":86})", 86, "立意深刻", 1800};
  EXPECT_TRUE(repo.SubmitReview(review).ok());
  review.reviewer_id = users_[0];  // not assigned to this entry
  EXPECT_EQ(repo.SubmitReview(review).code(), ErrorCode::kNotFound);
  auto reviews = repo.Reviews(campaign);
  ASSERT_TRUE(reviews.ok());
  ASSERT_EQ(reviews->size(), 1u);
  EXPECT_EQ(reviews->front().total, 86);
  EXPECT_EQ(reviews->front().submitted_at, 1800);
  // One entry's rows alone: another entry's assignment is not among them.
  const Id other = repo.InsertEntry(Entry(campaign, "text"))->id;
  ASSERT_TRUE(repo.ReplaceAssignments(campaign, {{entry, users_[1]}, {other, users_[0]}}).ok());
  auto of_entry = repo.ReviewsOfEntry(entry);
  ASSERT_TRUE(of_entry.ok());
  ASSERT_EQ(of_entry->size(), 1u);
  EXPECT_EQ(of_entry->front().reviewer_id, users_[1]);
  EXPECT_FALSE(of_entry->front().submitted_at);  // assignments replaced: an empty review again
  ASSERT_TRUE(repo.ReplaceAwards(campaign, {{entry, "first", users_[0], 1900}}).ok());
  ASSERT_TRUE(repo.ReplaceAwards(campaign, {{entry, "second", users_[0], 1950}}).ok());
  auto awards = repo.Awards(campaign);
  ASSERT_TRUE(awards.ok());
  ASSERT_EQ(awards->size(), 1u);
  EXPECT_EQ(awards->front().tier, "second");
}

SANWANG_INSTANTIATE_BACKENDS(CampaignRepositoryTest);

}  // namespace
}  // namespace sanwang::store
