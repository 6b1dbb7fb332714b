// One answer per account and one per link, also when many arrive at once: eight threads on
// connections of their own (as several servers on one PostgreSQL would) each try to answer
// for the same account, and then through the same link; exactly one of each is taken and
// the rest are refused as answered or used.
#include "governance/store/survey_repository.h"
#include "org/org_test_fixture.h"
#include "support/store/concurrency_test_support.h"
#include "testing/test_databases.h"

namespace sanwang::store {
namespace {

constexpr int kThreads = 8;

class SurveyConcurrencyTest : public org::SmallDistrictTest {
 protected:
  SurveyConcurrencyTest() { reach_ = testing::TestDatabase::Reach::kOtherConnections; }

  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    resident_ = AddTestAccount("resident", "resident", "C").id;
    community_ = IdOf("C");
    SurveyRecord s;
    s.district_code = org::kTestDistrict;
    s.title = "测评";
    s.series = "群众满意度";
    s.period = "2026年下半年";
    s.area_unit_id = IdOf("D");
    s.opens_at = 1000;
    s.closes_at = 2000;
    s.questionnaire = "[]";
    s.indices = "[]";
    s.state = "open";
    auto made = SurveyRepository(db()).InsertSurvey(s);
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    survey_ = made->id;
    ASSERT_TRUE(SurveyRepository(db())
                    .InsertLinks({{"hash", survey_, IdOf("C"), std::nullopt, 1000, std::nullopt}})
                    .ok());
  }

  SurveyResponseRecord Response(std::optional<Id> account) const {
    SurveyResponseRecord r;
    r.survey_id = survey_;
    r.district_code = org::kTestDistrict;
    r.community_id = community_;
    r.account_id = account;
    r.channel = account ? "app" : "link";
    r.answers = "{}";
    r.submitted_at = 1500;
    return r;
  }

  Id resident_ = 0;
  Id survey_ = 0;
  Id community_ = 0;
};

TEST_P(SurveyConcurrencyTest, ManyAnswersAtOnceAreTakenOnce) {
  const std::string url = test_db_->url();
  auto twice = [](const Status& s) { return s.code() == ErrorCode::kAlreadyExists; };
  ConcurrencyTally by_account = RunConcurrently<SurveyRepository>(
      {url, kThreads, 1},
      [&](SurveyRepository& repo, int, int) { return repo.InsertResponse(Response(resident_)).status(); },
      twice);
  EXPECT_EQ(by_account.successes, 1);
  EXPECT_EQ(by_account.refusals, kThreads - 1);
  auto used = [](const Status& s) { return s.code() == ErrorCode::kConflict; };
  ConcurrencyTally by_link = RunConcurrently<SurveyRepository>(
      {url, kThreads, 1},
      [&](SurveyRepository& repo, int, int) {
        return repo.AnswerThroughLink("hash", Response(std::nullopt)).status();
      },
      used);
  EXPECT_EQ(by_link.successes, 1);
  EXPECT_EQ(by_link.refusals, kThreads - 1);
  EXPECT_EQ(SurveyRepository(db()).Responses(survey_)->size(), 2u);
}

SANWANG_INSTANTIATE_BACKENDS(SurveyConcurrencyTest);

}  // namespace
}  // namespace sanwang::store
