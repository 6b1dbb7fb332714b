// Surveys over HTTP, on SQLite and PostgreSQL: the supervisor writes and opens a survey, a
// resident answers it on the phone pages and the index moves, a second answer from the same
// account is refused, staff record a paper answer, a one-time link answers once, the window
// closes on the server's clock, the answers export without personal data; bad input is
// refused with the field named and nothing changed.
#include "api/api_test_fixture.h"
#include "governance/api/survey_test_support.h"

namespace sanwang::api {
namespace {

namespace st = survey_test;

class SurveyApiTest : public ApiTest {
 protected:
  std::int64_t Answers() { return db_->Query("SELECT COUNT(*) FROM srv_responses")->at(0).Int(0); }
  nlohmann::json Livability(std::int64_t survey) {
    HttpResponse r = As("leader", "GET", st::Path(survey) + "/results");
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r)["indices"][0];
  }
};

TEST_P(SurveyApiTest, AResidentAnswersOnThePhoneAndTheIndexMoves) {
  const std::int64_t s = st::Opened(*this, "2026年下半年群众满意度测评");
  nlohmann::json seen = Json(As("resident2", "GET", st::Path(s)));
  EXPECT_EQ(seen["state"], "open");
  EXPECT_EQ(seen["may"]["answer"], true);
  EXPECT_EQ(seen["may"]["results"], false);
  EXPECT_EQ(seen["questions"].size(), 3u);
  EXPECT_TRUE(Livability(s)["area"]["estimate"]["value"].is_null());

  HttpResponse r = As("resident2", "POST", st::Path(s) + "/answers",
                      {{"answers", {{"satisfied", 4}, {"aspects", {{"green", 5}, {"clean", 3}}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json(r)["channel"], "app");
  EXPECT_EQ(Json(r)["community"]["code"], "C2");
  // (75 + 0.5 × 100 + 0.5 × 50) / 2 = 75, in C2 alone, so the district's estimate too.
  nlohmann::json index = Livability(s);
  EXPECT_DOUBLE_EQ(index["area"]["estimate"]["value"].get<double>(), 75);
  EXPECT_EQ(index["area"]["estimate"]["sample"], 1);
  EXPECT_EQ(index["area"]["estimate"]["small_sample"], true);
  EXPECT_EQ(index["communities"][1]["name"], "单位C2");

  HttpResponse twice = As("resident2", "POST", st::Path(s) + "/answers", st::Answer(1));
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_EQ(Answers(), 1);
  EXPECT_EQ(Json(As("resident2", "GET", st::Path(s)))["may"]["answered"], true);
  EXPECT_EQ(As("resident2", "GET", st::Path(s) + "/results").status, 403);
}

TEST_P(SurveyApiTest, ABadAnswerNamesItselfAndChangesNothing) {
  const std::int64_t s = st::Opened(*this, "测评");
  HttpResponse r = As("resident2", "POST", st::Path(s) + "/answers", {{"answers", {{"satisfied", 9}}}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Json(r)["error"]["field"], "answers");
  r = As("resident2", "POST", st::Path(s) + "/answers", {{"answers", "好"}});
  EXPECT_EQ(r.status, 400);
  r = As("resident2", "POST", st::Path(s) + "/answers", {{"answers", {{"satisfied", 3}}}, {"extra", 1}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Answers(), 0);
  nlohmann::json bad = st::Terms(*this, "坏测评", clock_.Now(), clock_.Now() + 86400);
  bad["indices"][0]["questions"][0]["code"] = "comment";
  r = As("supervisor", "POST", "/api/v1/surveys", bad);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Json(r)["error"]["field"], "indices");
}

TEST_P(SurveyApiTest, StaffRecordPaperAnswersAndALinkAnswersOnce) {
  const std::int64_t s = st::Opened(*this, "测评");
  nlohmann::json paper = st::Answer(5);
  paper["community_id"] = st::UnitId(*this, "C");
  paper["channel"] = "paper";
  HttpResponse r = As("community", "POST", st::Path(s) + "/recorded", paper);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json(r)["channel"], "paper");
  EXPECT_EQ(As("community2", "POST", st::Path(s) + "/recorded", paper).status, 403);

  const std::string token = st::Link(*this, s, "C2");
  nlohmann::json shown = Json(Request("GET", "/api/v1/survey-links/" + token));
  EXPECT_EQ(shown["title"], "测评");
  EXPECT_FALSE(shown.contains("communities"));
  r = Request("POST", "/api/v1/survey-links/" + token, st::Answer(2).dump(), "",
              {{"content-type", "application/json"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Json(r)["channel"], "link");
  r = Request("POST", "/api/v1/survey-links/" + token, st::Answer(2).dump(), "",
              {{"content-type", "application/json"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(Request("GET", "/api/v1/survey-links/" + token).status, 409);
  EXPECT_EQ(Request("GET", "/api/v1/survey-links/nosuchtoken").status, 404);
  nlohmann::json results = Json(As("supervisor", "GET", st::Path(s) + "/results"));
  EXPECT_EQ(results["responses"], 2);
  EXPECT_EQ(results["by_channel"]["paper"], 1);
  EXPECT_EQ(results["by_channel"]["link"], 1);
}

TEST_P(SurveyApiTest, TheWindowClosesOnTheServersClockAndTheAnswersExport) {
  const std::int64_t s = st::Opened(*this, "测评");
  ASSERT_EQ(As("resident2", "POST", st::Path(s) + "/answers",
               {{"answers", {{"satisfied", 4}, {"comment", "希望增加路灯"}}}})
                .status,
            201);
  HttpResponse csv = As("supervisor", "GET", st::Path(s) + "/answers.csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.content_type.rfind("text/csv", 0), 0u);
  EXPECT_NE(csv.body.find("希望增加路灯"), std::string::npos);
  EXPECT_EQ(csv.body.find("resident2"), std::string::npos);
  HttpResponse xlsx = As("supervisor", "GET", st::Path(s) + "/answers.xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  nlohmann::json texts = Json(As("leader", "GET", st::Path(s) + "/texts"));
  ASSERT_EQ(texts["items"].size(), 1u);
  EXPECT_EQ(texts["items"][0]["answers"][0]["text"], "希望增加路灯");

  clock_.Advance(std::int64_t{30} * 86400);
  tokens_.clear();  // the sessions expired meanwhile
  HttpResponse late = As("supervisor", "POST", st::Path(s) + "/links",
                         {{"community_id", st::UnitId(*this, "C2")}, {"count", 1}});
  EXPECT_EQ(late.status, 422) << late.body;
  HttpResponse closed = As("supervisor", "POST", st::Path(s) + "/state", {{"state", "closed"}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(Json(closed)["state"], "closed");
  nlohmann::json trend = Json(As("leader", "GET", st::Path(s) + "/trend"));
  ASSERT_EQ(trend["items"].size(), 1u);
  EXPECT_DOUBLE_EQ(trend["items"][0]["indices"]["livability"]["value"].get<double>(), 75);
}

SANWANG_INSTANTIATE_API_BACKENDS(SurveyApiTest);

}  // namespace
}  // namespace sanwang::api
