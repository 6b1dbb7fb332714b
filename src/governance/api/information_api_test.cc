// Information work over HTTP, on SQLite and PostgreSQL: a unit submits an item, the editor
// finds it in the review queue, returns it, the unit revises it, the editor adopts it and
// the ranking changes; the words and states sent to clients; bad input refused with the
// field named and nothing changed.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class InformationApiTest : public ApiTest {
 protected:
  HttpResponse Act(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    return As(who, "POST", "/api/v1/information/items/" + std::to_string(id) + "/actions", body);
  }
  std::int64_t Submit(const std::string& who, const std::string& title, const std::string& body) {
    HttpResponse r = As(who, "POST", "/api/v1/information/items",
                        {{"category", "work_news"}, {"title", title}, {"body", body}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  nlohmann::json Standing(const std::string& unit) {
    HttpResponse r = As("leader", "GET", "/api/v1/information/ranking?period=2026-11&level=community");
    EXPECT_EQ(r.status, 200) << r.body;
    const nlohmann::json body = Json(r);
    for (const auto& row : body["items"]) {
      if (row["unit"]["code"] == unit) return row;
    }
    ADD_FAILURE() << "no row for " << unit;
    return nullptr;
  }
  std::int64_t Items() { return db_->Query("SELECT COUNT(*) FROM info_items")->at(0).Int(0); }
};

TEST_P(InformationApiTest, SubmittedReturnedRevisedAdoptedAndTheRankingMoves) {
  const nlohmann::json before = Standing("C");
  EXPECT_EQ(before["submitted"], 0);
  EXPECT_TRUE(before["adoption_rate_percent"].is_null());

  const std::int64_t id = Submit("community", "社区开展垃圾分类宣传", "11月28日，社区组织垃圾分类宣传。");
  HttpResponse queue = As("supervisor", "GET", "/api/v1/information/items?queue=review");
  ASSERT_EQ(queue.status, 200) << queue.body;
  const nlohmann::json waiting = Json(queue);
  ASSERT_EQ(waiting["total"], 1);
  EXPECT_EQ(waiting["items"][0]["id"], id);
  EXPECT_EQ(waiting["items"][0]["state_label"], "待审核 Awaiting review");
  EXPECT_EQ(waiting["items"][0]["unit"]["code"], "C");
  EXPECT_EQ(waiting["items"][0]["allowed_actions"], nlohmann::json::array({"adopt", "return", "decline"}));

  HttpResponse returned = Act("supervisor", id, {{"action", "return"}, {"note", "请补充参与人数"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(Json(returned)["state"], "returned");
  HttpResponse revised = Act("community", id,
                             {{"action", "resubmit"},
                              {"category", "practice"},
                              {"title", "社区垃圾分类宣传覆盖 320 户"},
                              {"body", "11月28日，社区组织垃圾分类宣传，覆盖 320 户居民。"}});
  ASSERT_EQ(revised.status, 200) << revised.body;
  EXPECT_EQ(Json(revised)["revision"], 2);
  EXPECT_EQ(Json(revised)["versions"].size(), 2u);
  EXPECT_EQ(Json(revised)["versions"][0]["title"], "社区开展垃圾分类宣传");

  HttpResponse adopted = Act("supervisor", id, {{"action", "adopt"}, {"level", "city"}});
  ASSERT_EQ(adopted.status, 200) << adopted.body;
  const nlohmann::json item = Json(adopted);
  EXPECT_EQ(item["state"], "adopted");
  EXPECT_EQ(item["level"], "city");
  EXPECT_EQ(item["points"], 3);
  EXPECT_EQ(item["adopted_at"], "2026-11-30T09:00:00+08:00");
  EXPECT_EQ(item["events"].size(), 4u);  // submit, return, resubmit, adopt
  EXPECT_EQ(item["events"][3]["level"], "city");

  const nlohmann::json after = Standing("C");
  EXPECT_EQ(after["submitted"], 1);
  EXPECT_EQ(after["adopted"], 1);
  EXPECT_EQ(after["points"], 3);
  EXPECT_EQ(after["adopted_at_level"], (nlohmann::json{{"city", 1}}));
  EXPECT_DOUBLE_EQ(after["adoption_rate_percent"].get<double>(), 100.0);
  EXPECT_EQ(after["rank"], 1);
  // Adopting at the same level again is refused.
  EXPECT_EQ(Act("supervisor", id, {{"action", "adopt"}, {"level", "city"}}).status, 409);
  EXPECT_EQ(Act("supervisor", id, {{"action", "return"}, {"note", "x"}}).status, 422);
}

TEST_P(InformationApiTest, TheWordsAndStatesComeFromTheServer) {
  HttpResponse r = As("community", "GET", "/api/v1/information");
  ASSERT_EQ(r.status, 200) << r.body;
  const nlohmann::json words = Json(r);
  EXPECT_EQ(words["levels"].size(), 3u);
  EXPECT_EQ(words["levels"][2]["code"], "province");
  EXPECT_EQ(words["levels"][2]["points"], 5);
  EXPECT_EQ(words["categories"][0]["name"], "本机关查办案件");
  bool adopted_is_closed = false;
  for (const auto& s : words["states"]) adopted_is_closed |= s["name"] == "adopted" && s["open"] == false;
  EXPECT_TRUE(adopted_is_closed);
  HttpResponse added = As("supervisor", "POST", "/api/v1/information/levels",
                          {{"code", "nation"}, {"name", "国家级采用"}, {"points", 10}, {"rank", 4}});
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(Json(As("leader", "GET", "/api/v1/information"))["levels"].size(), 4u);
  EXPECT_EQ(As("supervisor", "POST", "/api/v1/information/levels",
               {{"code", "nation"}, {"name", "again"}, {"points", 10}, {"rank", 4}})
                .status,
            409);
}

TEST_P(InformationApiTest, BadInputIsRefusedNamingTheFieldAndNothingIsWritten) {
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  for (const Case& c : std::vector<Case>{
           {{{"category", "nope"}, {"title", "标题"}, {"body", "正文"}}, "category"},
           {{{"category", "work_news"}, {"title", ""}, {"body", "正文"}}, "title"},
           {{{"category", "work_news"}, {"title", "标题"}}, "body"},
           {{{"category", "work_news"}, {"title", "标题"}, {"body", "正文"}, {"author", "x"}}, "author"},
       }) {
    HttpResponse r = As("community", "POST", "/api/v1/information/items", c.body);
    EXPECT_EQ(r.status, 400) << c.field << ": " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(Items(), 0);
  HttpResponse no_period = As("leader", "GET", "/api/v1/information/ranking");
  EXPECT_EQ(no_period.status, 400);
  EXPECT_EQ(Json(no_period)["error"]["field"], "period");
  EXPECT_EQ(As("leader", "GET", "/api/v1/information/ranking?period=2026-11&level=grid").status, 400);
  EXPECT_EQ(As("supervisor", "GET", "/api/v1/information/items?queue=mine").status, 400);
  EXPECT_EQ(As("supervisor", "GET", "/api/v1/information/items?from=2026-13-01").status, 400);
  const std::int64_t id = Submit("community", "标题", "正文");
  HttpResponse no_level = Act("supervisor", id, {{"action", "adopt"}});
  EXPECT_EQ(no_level.status, 400);
  EXPECT_EQ(Json(no_level)["error"]["field"], "level");
  EXPECT_EQ(Json(As("supervisor", "GET", "/api/v1/information/items/" + std::to_string(id)))["state"],
            "submitted");
}

TEST_P(InformationApiTest, AnItemSentTwiceNamesTheEarlierOne) {
  const std::string body =
      "11月28日，西大街道组织开展“清洁家园”志愿服务活动，120 余名党员志愿者清理楼道杂物。";
  const std::int64_t first = Submit("community", "西大街道开展清洁家园志愿服务", body);
  HttpResponse second =
      As("community2", "POST", "/api/v1/information/items",
         {{"category", "work_news"}, {"title", "西大街道开展清洁家园志愿服务"}, {"body", body}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(Json(second)["similar"]["id"], first);
  EXPECT_EQ(Json(second)["similar"]["similarity_percent"], 100);
}

TEST_P(InformationApiTest, TheEditorPublishesAFinishedMonthOnceAndReadersDownloadIt) {
  const std::int64_t id = Submit("community", "社区开展垃圾分类宣传", "11月28日，社区组织垃圾分类宣传。");
  ASSERT_EQ(Act("supervisor", id, {{"action", "adopt"}, {"level", "district"}}).status, 200);
  HttpResponse running = As("supervisor", "POST", "/api/v1/information/reports",
                            {{"period", "2026-11"}, {"level", "community"}});  // the clock is on 30 November
  EXPECT_EQ(running.status, 422) << running.body;
  EXPECT_EQ(Json(running)["error"]["field"], "period");
  HttpResponse published =
      As("supervisor", "POST", "/api/v1/information/reports",
         {{"period", "2026-10"}, {"level", "community"}, {"closing", "请各社区按月报送。"}});
  ASSERT_EQ(published.status, 201) << published.body;
  const nlohmann::json report = Json(published);
  EXPECT_NE(report["number"].get<std::string>().find("信息工作通报〔2026〕第 1 期"), std::string::npos)
      << report;
  EXPECT_EQ(
      As("supervisor", "POST", "/api/v1/information/reports", {{"period", "2026-10"}, {"level", "community"}})
          .status,
      422);
  HttpResponse pdf = As("community", "GET",
                        "/api/v1/information/reports/" + std::to_string(report["id"].get<int>()) + "/pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  ASSERT_EQ(pdf.headers.count("ETag"), 1u);
  EXPECT_EQ(pdf.headers.find("ETag")->second, "\"" + report["pdf_sha256"].get<std::string>() + "\"");
  HttpResponse listed = As("leader", "GET", "/api/v1/information/reports");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(Json(listed)["items"].size(), 1u);
}

SANWANG_INSTANTIATE_API_BACKENDS(InformationApiTest);

}  // namespace
}  // namespace sanwang::api
