// The survey store on SQLite and PostgreSQL: a title once per district, a draft rewritten
// only while it is one, the state moved only from the state read, one answer per account
// (answers without an account are not limited), a one-time link used once and the answer
// it carries stored with it or not at all.
#include "governance/store/survey_repository.h"

#include "org/org_test_fixture.h"
#include "testing/test_databases.h"

namespace sanwang::store {
namespace {

class SurveyRepositoryTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    resident_ = AddTestAccount("resident", "resident", "C").id;
  }

  SurveyRecord Survey(const std::string& title = "2026年下半年群众满意度测评") {
    SurveyRecord s;
    s.district_code = org::kTestDistrict;
    s.title = title;
    s.intro = "";
    s.series = "群众满意度";
    s.period = "2026年下半年";
    s.area_unit_id = IdOf("D");
    s.opens_at = 1000;
    s.closes_at = 2000;
    s.questionnaire = "[]";
    s.indices = "[]";
    s.state = "draft";
    s.created_at = 900;
    return s;
  }

  SurveyResponseRecord Response(Id survey, std::optional<Id> account) {
    SurveyResponseRecord r;
    r.survey_id = survey;
    r.district_code = org::kTestDistrict;
    r.community_id = IdOf("C");
    r.account_id = account;
    r.channel = account ? "app" : "paper";
    r.answers = R"({"satisfied":4})";
    r.submitted_at = 1500;
    return r;
  }

  Id resident_ = 0;
};

TEST_P(SurveyRepositoryTest, ADraftIsRewrittenOnlyWhileItIsOne) {
  SurveyRepository repo(db());
  auto s = repo.InsertSurvey(Survey());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(repo.InsertSurvey(Survey()).status().code(), ErrorCode::kAlreadyExists);
  s->intro = "新的说明";
  ASSERT_TRUE(repo.UpdateDraft(*s).ok());
  EXPECT_EQ(repo.GetSurvey(s->id)->intro, "新的说明");
  ASSERT_TRUE(repo.MoveSurvey(s->id, "draft", "open").ok());
  EXPECT_EQ(repo.MoveSurvey(s->id, "draft", "open").code(), ErrorCode::kConflict);
  s->intro = "再改";
  EXPECT_EQ(repo.UpdateDraft(*s).code(), ErrorCode::kConflict);
  EXPECT_EQ(repo.GetSurvey(s->id)->intro, "新的说明");
  EXPECT_EQ(repo.GetSurvey(s->id)->state, "open");
}

TEST_P(SurveyRepositoryTest, AnAccountAnswersOnceAndPaperAnswersAreNotLimited) {
  SurveyRepository repo(db());
  const Id survey = repo.InsertSurvey(Survey())->id;
  ASSERT_TRUE(repo.InsertResponse(Response(survey, resident_)).ok());
  EXPECT_EQ(repo.InsertResponse(Response(survey, resident_)).status().code(), ErrorCode::kAlreadyExists);
  ASSERT_TRUE(repo.InsertResponses({Response(survey, std::nullopt), Response(survey, std::nullopt)}).ok());
  auto all = repo.Responses(survey);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ(all->at(0).account_id, resident_);
  EXPECT_EQ(all->at(1).channel, "paper");
  EXPECT_TRUE(*repo.HasAnswered(survey, resident_));
  // A batch with an account's second answer is taken whole or not at all.
  EXPECT_FALSE(repo.InsertResponses({Response(survey, std::nullopt), Response(survey, resident_)}).ok());
  EXPECT_EQ(repo.Responses(survey)->size(), 3u);
}

TEST_P(SurveyRepositoryTest, ALinkIsUsedOnceWithItsAnswer) {
  SurveyRepository repo(db());
  const Id survey = repo.InsertSurvey(Survey())->id;
  ASSERT_TRUE(repo.InsertLinks({{"hash-a", survey, IdOf("C"), std::nullopt, 1000, std::nullopt},
                                {"hash-b", survey, IdOf("C"), std::nullopt, 1000, std::nullopt}})
                  .ok());
  EXPECT_EQ(*repo.LinkCounts(survey), std::make_pair(std::int64_t{2}, std::int64_t{0}));
  auto answered = repo.AnswerThroughLink("hash-a", Response(survey, std::nullopt));
  ASSERT_TRUE(answered.ok()) << answered.status().ToString();
  EXPECT_GT(answered->id, 0);
  EXPECT_EQ(repo.AnswerThroughLink("hash-a", Response(survey, std::nullopt)).status().code(),
            ErrorCode::kConflict);
  EXPECT_EQ(repo.Responses(survey)->size(), 1u);
  EXPECT_TRUE((*repo.FindLink("hash-a"))->used_at);
  EXPECT_FALSE((*repo.FindLink("hash-b"))->used_at);
  EXPECT_FALSE(*repo.FindLink("hash-c"));
  EXPECT_EQ(*repo.LinkCounts(survey), std::make_pair(std::int64_t{2}, std::int64_t{1}));
}

SANWANG_INSTANTIATE_BACKENDS(SurveyRepositoryTest);

}  // namespace
}  // namespace sanwang::store
