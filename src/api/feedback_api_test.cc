// Ratings in stars, 催办 (urge) and comments over the REST API: the request bodies, the
// errors in Chinese and English, what the case and its timeline show, and the mean
// stars in the indicators and the dashboard.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class FeedbackApiTest : public ApiTest {
 protected:
  std::string Resolved() {
    std::string path = "/api/v1/cases/" + std::to_string(FileCase("resident1", kInG2));
    EXPECT_EQ(As("grid2", "POST", path + "/transitions", {{"action", "accept"}}).status, 200);
    EXPECT_EQ(As("grid2", "POST", path + "/transitions", {{"action", "resolve"}, {"note", "已清理"}}).status,
              200);
    return path;
  }
  HttpResponse Rate(const std::string& path, nlohmann::json body) {
    body["action"] = "rate";
    return As("resident1", "POST", path + "/transitions", body);
  }
};

TEST_P(FeedbackApiTest, StarsAndCommentAreKeptShownAndCounted) {
  std::string path = Resolved();
  HttpResponse rated = Rate(path, {{"stars", 4}, {"comment", "很及时"}});
  ASSERT_EQ(rated.status, 200) << rated.body;
  auto c = Json(rated);
  EXPECT_EQ(c["state"], "closed");
  EXPECT_EQ(c["rating"], 1);
  EXPECT_EQ(c["rating_stars"], 4);
  EXPECT_EQ(c["rating_comment"], "很及时");
  EXPECT_EQ(c["event"]["data"]["stars"], 4);
  EXPECT_EQ(c["event"]["data"]["comment"], "很及时");

  auto g2 = Json(As("supervisor", "GET", "/api/v1/indicators?unit=G2"))["items"][0];
  EXPECT_EQ(g2["rated"], 1);
  EXPECT_EQ(g2["mean_stars"], 4.0);
  EXPECT_EQ(g2["satisfaction"], 1.0);
  auto dashboard = Json(As("leader", "GET", "/api/v1/dashboard?unit=G2&from=2026-11-01&to=2026-11-30"));
  EXPECT_EQ(dashboard["rates"]["mean_stars"], 4.0);
  EXPECT_EQ(dashboard["rates"]["rated"], 1);
}

TEST_P(FeedbackApiTest, OlderClientsSatisfiedIsStillAccepted) {
  std::string path = Resolved();
  HttpResponse rated = Rate(path, {{"satisfied", false}});
  ASSERT_EQ(rated.status, 200) << rated.body;
  EXPECT_EQ(Json(rated)["state"], "accepted");  // reopened
  EXPECT_EQ(Json(rated)["rating_stars"], 1);
}

TEST_P(FeedbackApiTest, BadRatingsAreRefusedAndChangeNothing) {
  std::string path = Resolved();
  for (const auto& [body, field] : std::vector<std::pair<nlohmann::json, std::string>>{
           {nlohmann::json::object(), "stars"},
           {{{"stars", 0}}, "stars"},
           {{{"stars", 6}}, "stars"},
           {{{"stars", 99999999999LL}}, "stars"},
           {{{"stars", "five"}}, "stars"},
           {{{"stars", 5}, {"satisfied", true}}, "stars"},
           {{{"stars", 5}, {"comment", std::string(501, 'x')}}, "comment"}}) {
    HttpResponse r = Rate(path, body);
    EXPECT_EQ(r.status, 400) << body.dump() << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], field) << body.dump();
  }
  EXPECT_NE(Json(Rate(path, {{"stars", 9}}))["error"]["message"].get<std::string>().find("星级"),
            std::string::npos);
  EXPECT_EQ(Json(As("resident1", "GET", path))["state"], "resolved");
}

TEST_P(FeedbackApiTest, UrgeOncePerDayOnAnOpenCaseShownToTheUnit) {
  std::string path = "/api/v1/cases/" + std::to_string(FileCase("resident1", kInG2));
  EXPECT_EQ(Json(As("resident1", "GET", path))["allowed_actions"], nlohmann::json({"urge", "comment"}));
  HttpResponse urged = As("resident1", "POST", path + "/transitions", {{"action", "urge"}});
  ASSERT_EQ(urged.status, 200) << urged.body;
  EXPECT_EQ(Json(urged)["state"], "dispatched");
  EXPECT_EQ(Json(urged)["urge_count"], 1);

  HttpResponse again = As("resident1", "POST", path + "/transitions", {{"action", "urge"}});
  EXPECT_EQ(again.status, 422);
  std::string message = Json(again)["error"]["message"];
  EXPECT_NE(message.find("已催办"), std::string::npos) << message;
  EXPECT_NE(message.find("urge again after"), std::string::npos) << message;

  auto seen_by_unit = Json(As("grid2", "GET", path));
  EXPECT_EQ(seen_by_unit["urge_count"], 1);
  EXPECT_FALSE(seen_by_unit["last_urged_at"].is_null());
  auto inbox = Json(As("grid2", "GET", "/api/v1/cases?tab=to_accept"));
  ASSERT_EQ(inbox["items"].size(), 1u);
  EXPECT_EQ(inbox["items"][0]["urge_count"], 1);
  EXPECT_EQ(As("grid2", "POST", path + "/transitions", {{"action", "urge"}}).status, 403);
}

TEST_P(FeedbackApiTest, CommentsAndRepliesJoinTheTimeline) {
  std::string path = "/api/v1/cases/" + std::to_string(FileCase("resident1", kInG2));
  HttpResponse empty = As("resident1", "POST", path + "/transitions", {{"action", "comment"}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(Json(empty)["error"]["field"], "note");
  EXPECT_EQ(
      As("resident1", "POST", path + "/transitions", {{"action", "comment"}, {"note", "什么时候来"}}).status,
      200);
  EXPECT_EQ(As("resident2", "POST", path + "/transitions", {{"action", "comment"}, {"note", "路过"}}).status,
            404);
  EXPECT_EQ(As("grid1", "POST", path + "/transitions", {{"action", "reply"}, {"note", "明天"}}).status, 404);
  EXPECT_EQ(As("grid2", "POST", path + "/transitions", {{"action", "reply"}, {"note", "明天上午"}}).status,
            200);
  auto events = Json(As("resident1", "GET", path + "/events"))["items"];
  ASSERT_GE(events.size(), 2u);
  EXPECT_EQ(events[events.size() - 2]["action"], "comment");
  EXPECT_EQ(events[events.size() - 1]["action"], "reply");
  EXPECT_EQ(events[events.size() - 1]["note"], "明天上午");
}

TEST_P(FeedbackApiTest, AClosedCaseCannotBeUrged) {
  std::string path = Resolved();
  ASSERT_EQ(Rate(path, {{"stars", 5}}).status, 200);
  HttpResponse refused = As("resident1", "POST", path + "/transitions", {{"action", "urge"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(Json(refused)["error"]["message"].get<std::string>().find("不能"), std::string::npos);
}

SANWANG_INSTANTIATE_API_BACKENDS(FeedbackApiTest);

}  // namespace
}  // namespace sanwang::api
