#include "governance/campaign_desk.h"

#include "governance/campaign_test_fixture.h"
#include "governance/evidence_file.h"
#include "governance/evidence_test_files.h"

namespace sanwang::governance {
namespace {

std::int64_t Rows(store::Database& db, const std::string& table) {
  return db.Query("SELECT COUNT(*) FROM " + table)->at(0).Int(0);
}

TEST_P(CampaignTest, TheOrganizerSetsACampaignUpAndItsTermsReadBack) {
  auto c = governance::CreateCampaign(As("organizer"), Terms());
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->record.state, "open");
  auto found = FindCampaign(As("resident_c"), c->record.id);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(found->terms.formats, (std::vector<std::string>{"docx", "pdf", "txt"}));
  EXPECT_EQ(RubricScale(found->terms.rubric), 100);
  ASSERT_EQ(found->terms.tiers.size(), 3u);
  EXPECT_EQ(found->terms.tiers[1].quota, 2);
  EXPECT_FALSE(found->terms.tiers[2].quota);
  EXPECT_EQ(found->terms.tiers[2].floor_hundredths, 6000);
  // The same title again is a conflict; nobody else sets campaigns up.
  EXPECT_EQ(governance::CreateCampaign(As("organizer"), Terms()).status().code(), ErrorCode::kConflict);
  for (const char* refused : {"admin", "leader", "r_c", "resident_c"}) {
    CampaignTerms t = Terms();
    t.title = std::string("另一个") + refused;
    EXPECT_EQ(governance::CreateCampaign(As(refused), t).status().code(), ErrorCode::kPermissionDenied)
        << refused;
  }
  EXPECT_EQ(Rows(db(), "camp_campaigns"), 1);
}

TEST_P(CampaignTest, BadTermsAreRefusedNamingTheField) {
  std::vector<std::pair<std::string, std::function<void(CampaignTerms&)>>> cases = {
      {"title", [](CampaignTerms& t) { t.title = ""; }},
      {"issuer", [](CampaignTerms& t) { t.issuer = " "; }},
      {"closes_at", [](CampaignTerms& t) { t.closes_at = t.opens_at; }},
      {"formats", [](CampaignTerms& t) { t.formats = {"exe"}; }},
      {"formats",
       [](CampaignTerms& t) {
         t.formats = {"pdf", "pdf"};
       }},
      {"max_bytes", [](CampaignTerms& t) { t.max_bytes = kMaxEntryBytesAllowed + 1; }},
      {"reviews_per_entry", [](CampaignTerms& t) { t.reviews_per_entry = 0; }},
      {"rubric", [](CampaignTerms& t) { t.rubric.clear(); }},
      {"tiers", [](CampaignTerms& t) { t.tiers.clear(); }},
      {"tiers", [](CampaignTerms& t) { t.tiers[0].quota = 0; }},
      {"tiers", [](CampaignTerms& t) { t.tiers[1].code = "first"; }},
      {"tiers", [](CampaignTerms& t) { t.tiers[2].floor_hundredths = 10001; }},
  };
  for (auto& [field, spoil] : cases) {
    CampaignTerms t = Terms();
    spoil(t);
    auto r = governance::CreateCampaign(As("organizer"), t);
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << field;
    EXPECT_EQ(r.status().field(), field);
  }
  EXPECT_EQ(Rows(db(), "camp_campaigns"), 0);
}

TEST_P(CampaignTest, EntriesAreTakenExactlyWhileTheWindowIsOpenOnTheServerClock) {
  const store::Id c = CreateCampaign();
  const CampaignTerms t = Terms();
  clock_.Set(t.opens_at - 1);
  auto early = SubmitEntry(As("resident_c"), c, {"早到的作品", "王小明", "a.txt", "text/plain", "正文"});
  EXPECT_EQ(early.status().code(), ErrorCode::kFailedPrecondition);
  clock_.Set(t.opens_at);
  EXPECT_NE(Enter(c, "resident_c", "第一件"), 0);
  clock_.Set(t.closes_at - 1);
  EXPECT_NE(Enter(c, "grid1", "最后一秒"), 0);
  clock_.Set(t.closes_at);
  auto late = SubmitEntry(As("resident_c2"), c, {"迟到的作品", "李晓红", "a.txt", "text/plain", "正文"});
  EXPECT_EQ(late.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(late.status().message().find("征集已截止"), std::string::npos);
  EXPECT_EQ(Rows(db(), "camp_entries"), 2);
}

TEST_P(CampaignTest, AnEntryIsItsAuthorsAndItsFileIsCheckedByItsBytes) {
  const store::Id c = CreateCampaign();
  auto entry = SubmitEntry(As("resident_c"), c,
                           {"我与政协", "王小明", "../征文.docx", kDocxType, test_files::MakeDocx()});
  ASSERT_TRUE(entry.ok()) << entry.status().ToString();
  EXPECT_EQ(entry->author_user_id, UserId("resident_c"));
  EXPECT_EQ(entry->author_unit_id, IdOf("C"));
  EXPECT_EQ(entry->file_name, "征文.docx");
  EXPECT_EQ(entry->sha256.size(), 64u);
  const std::string exe = std::string("MZ\x90\x00\x03", 5) + std::string(300, '\0');
  const std::string bomb = test_files::MakeZip(
      {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", std::string(std::size_t{4} << 20, 'a')}});
  struct Bad {
    NewEntry entry;
    std::string field;
  };
  for (const Bad& bad :
       std::vector<Bad>{{{"作品", "王小明", "作品.pdf", "application/pdf", exe}, "body"},
                        {{"作品", "王小明", "作品.docx", kDocxType, bomb}, "body"},
                        {{"作品", "王小明", "作品.jpg", "image/jpeg", exe}, "content_type"},
                        {{"作品", "王小明", "作品.txt", "text/plain", std::string(2 << 20, 'a')}, "body"},
                        {{"", "王小明", "作品.txt", "text/plain", "正文"}, "title"},
                        {{"作品", "", "作品.txt", "text/plain", "正文"}, "author_name"}}) {
    auto r = SubmitEntry(As("resident_c2"), c, bad.entry);
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << bad.field;
    EXPECT_EQ(r.status().field(), bad.field);
  }
  EXPECT_EQ(Rows(db(), "camp_entries"), 1);
  // Each author sees their own; the organizer every one; the auditor's kind none.
  EXPECT_EQ(MyEntries(As("resident_c"), c)->size(), 1u);
  EXPECT_TRUE(MyEntries(As("resident_c2"), c)->empty());
  EXPECT_EQ(AllEntries(As("organizer"), c)->size(), 1u);
  EXPECT_EQ(AllEntries(As("r_c"), c).status().code(), ErrorCode::kPermissionDenied);
}

TEST_P(CampaignTest, AnAuthorSendsAtMostThreeEntries) {
  const store::Id c = CreateCampaign();
  for (int i = 0; i < 3; ++i) Enter(c, "resident_c", "作品" + std::to_string(i));
  auto fourth = SubmitEntry(As("resident_c"), c, {"作品4", "王小明", "a.txt", "text/plain", "正文"});
  EXPECT_EQ(fourth.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Rows(db(), "camp_entries"), 3);
}

TEST_P(CampaignTest, ReviewersAreNamedFromTheDistrictsStaffWhileTheCampaignIsOpen) {
  const store::Id c = CreateCampaign();
  EXPECT_EQ(NameReviewers(As("organizer"), c, {{UserId("resident_c"), {}}}).field(), "reviewers");
  EXPECT_EQ(NameReviewers(As("organizer"), c, {{UserId("admin"), {}}}).field(), "reviewers");
  EXPECT_EQ(NameReviewers(As("organizer"), c, {{UserId("r_c"), {999999}}}).field(), "declared");
  EXPECT_EQ(NameReviewers(As("r_c"), c, {{UserId("r_c"), {}}}).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Rows(db(), "camp_reviewers"), 0);
  ASSERT_TRUE(NameReviewers(As("organizer"), c, {{UserId("r_c"), {UserId("resident_c2")}}}).ok());
  auto reviewers = CampaignReviewers(As("organizer"), c);
  ASSERT_TRUE(reviewers.ok());
  ASSERT_EQ(reviewers->size(), 1u);
  EXPECT_EQ(reviewers->at(0).declared, "[" + std::to_string(UserId("resident_c2")) + "]");
}

SANWANG_INSTANTIATE_BACKENDS(CampaignTest);

}  // namespace
}  // namespace sanwang::governance
