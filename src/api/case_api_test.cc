// A resident's matter over the REST API, end to end: filed from a phone in GCJ-02
// coordinates, routed to the grid, signed for and resolved by the grid worker, rated by
// the resident, and counted in the indicators.
#include "api/api_test_fixture.h"
#include "geo/china_coordinates.h"

namespace sanwang::api {
namespace {

class CaseApiTest : public ApiTest {};

TEST_P(CaseApiTest, WholeWorkflowOverHttp) {
  geo::LonLat phone = geo::Wgs84ToGcj02(kInG2);  // what AMap on a phone reports
  HttpResponse filed = As("resident1", "POST", "/api/v1/cases",
                          {{"item_code", "A01-001"},
                           {"title", "楼道堆放杂物"},
                           {"description", "三楼楼道堆满纸箱"},
                           {"lon", phone.lon},
                           {"lat", phone.lat},
                           {"coord_system", "gcj02"},
                           {"reporter_name", "张三"},
                           {"reporter_phone", "13839019598"},
                           {"for_other_person", true}});
  ASSERT_EQ(filed.status, 201) << filed.body;
  auto c = Json(filed);
  EXPECT_EQ(c["state"], "dispatched");
  EXPECT_EQ(c["open"], true);  // the workflow's mark, so the browser need not know the states
  EXPECT_EQ(c["grid"]["code"], "G2");
  EXPECT_EQ(c["unit"]["code"], "G2");
  EXPECT_NEAR(c["location"]["lon"].get<double>(), kInG2.lon, 1e-7);  // stored in WGS-84
  EXPECT_EQ(c["accept_due"], "2026-11-30T11:00:00+08:00");
  std::string path = "/api/v1/cases/" + c["id"].dump();
  EXPECT_EQ(filed.headers.find("Location")->second, path);

  auto inbox = Json(As("grid2", "GET", "/api/v1/cases?state=dispatched"));
  ASSERT_EQ(inbox["total"], 1);
  EXPECT_EQ(Json(As("grid2", "GET", path))["allowed_actions"],
            nlohmann::json({"accept", "return", "reclassify", "merge", "reply"}));
  clock_.Advance(1200);
  EXPECT_EQ(As("grid2", "POST", path + "/transitions", {{"action", "accept"}}).status, 200);
  HttpResponse no_note = As("grid2", "POST", path + "/transitions", {{"action", "resolve"}});
  EXPECT_EQ(no_note.status, 400);
  EXPECT_EQ(Json(no_note)["error"]["field"], "note");
  clock_.Advance(1500);  // within the 30-minute idle timeout
  auto resolved = As("grid2", "POST", path + "/transitions", {{"action", "resolve"}, {"note", "已清理"}});
  ASSERT_EQ(resolved.status, 200) << resolved.body;
  EXPECT_EQ(Json(resolved)["event"]["note"], "已清理");
  tokens_.erase("resident1");  // idle for over 30 minutes: signed out, signs in again
  auto rated = As("resident1", "POST", path + "/transitions", {{"action", "rate"}, {"satisfied", true}});
  ASSERT_EQ(rated.status, 200) << rated.body;
  EXPECT_EQ(Json(rated)["state"], "closed");
  EXPECT_EQ(Json(rated)["open"], false);

  auto events = Json(As("resident1", "GET", path + "/events"))["items"];
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[4]["action"], "rate");
  EXPECT_EQ(events[2]["at"], "2026-11-30T09:20:00+08:00");

  auto indicators = Json(As("supervisor", "GET", "/api/v1/indicators?unit=G2&from=2026-11&to=2026-11"));
  ASSERT_EQ(indicators["items"].size(), 1u);
  auto g2 = indicators["items"][0];
  EXPECT_EQ(g2["cases"], 1);
  EXPECT_EQ(g2["on_time_acceptance"], 1.0);
  EXPECT_EQ(g2["satisfaction"], 1.0);
  EXPECT_EQ(As("grid1", "GET", "/api/v1/indicators?unit=G2").status, 403);
}

TEST_P(CaseApiTest, ListFiltersAndPages) {
  for (int i = 0; i < 5; ++i) FileCase("resident1", i % 2 ? kInG1 : kInG2);
  auto page = Json(As("supervisor", "GET", "/api/v1/cases?page=2&page_size=2"));
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(page["items"].size(), 2u);
  EXPECT_EQ(page["page"], 2);
  EXPECT_EQ(Json(As("supervisor", "GET", "/api/v1/cases?unit=G1"))["total"], 2);
  EXPECT_EQ(Json(As("supervisor", "GET", "/api/v1/cases?q=%E6%A5%BC%E9%81%93"))["total"], 5);
  EXPECT_EQ(Json(As("supervisor", "GET", "/api/v1/cases?overdue=true"))["total"], 0);
  EXPECT_EQ(As("supervisor", "GET", "/api/v1/cases?page_size=501").status, 400);
  EXPECT_EQ(As("supervisor", "GET", "/api/v1/cases?unit=NOPE").status, 400);
}

// The feed is cached between writes; a write through the server must show at once.
TEST_P(CaseApiTest, TheOpen311FeedShowsEveryWriteAtOnce) {
  const std::string feed = "/open311/v2/requests.json?status=open";
  std::int64_t first = FileCase("resident1", kInG1);
  HttpResponse before = Request("GET", feed);
  ASSERT_EQ(before.status, 200);
  EXPECT_NE(before.body.find("\"" + std::to_string(first) + "\""), std::string::npos);
  EXPECT_EQ(Request("GET", feed).body, before.body);  // unchanged data, the same answer
  std::int64_t second = FileCase("resident1", kInG2);
  HttpResponse after = Request("GET", feed);
  EXPECT_NE(after.body.find("\"" + std::to_string(second) + "\""), std::string::npos);
  HttpResponse accepted =
      As("grid2", "POST", "/api/v1/cases/" + std::to_string(second) + "/transitions", {{"action", "accept"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  ASSERT_EQ(As("grid2", "POST", "/api/v1/cases/" + std::to_string(second) + "/transitions",
               {{"action", "resolve"}, {"note", "已清理"}})
                .status,
            200);
  HttpResponse closed = Request("GET", feed);
  EXPECT_EQ(closed.body.find("\"" + std::to_string(second) + "\""), std::string::npos) << closed.body;
  HttpResponse finished = Request("GET", "/open311/v2/requests.json?status=closed");
  EXPECT_NE(finished.body.find("\"" + std::to_string(second) + "\""), std::string::npos) << finished.body;
  EXPECT_EQ(finished.body.find("\"" + std::to_string(first) + "\""), std::string::npos) << finished.body;
}

TEST_P(CaseApiTest, OnlineItemAnsweredAtOnceAndOpen311Flow) {
  auto answered =
      Json(As("resident1", "POST", "/api/v1/cases", {{"item_code", "A01-005"}, {"title", "垃圾怎么分类"}}));
  EXPECT_EQ(answered["state"], "resolved");
  std::string key;
  {
    auto lease = pool_->Acquire();
    key = *api_->auth().CreateApiKey(*lease, "test");
  }
  HttpResponse posted =
      Request("POST", "/open311/v2/requests.json",
              "api_key=" + key +
                  "&service_code=A01-001&lat=34.01&long=113.805&description=%E6%A5%BC%E9%81%93%E5%A0%86%E7%"
                  "89%A9&first_name=%E4%B8%89&last_name=%E5%BC%A0&phone=13839019598");
  ASSERT_EQ(posted.status, 201) << posted.body;
  std::string id = Json(posted)[0]["service_request_id"];
  auto got = Json(Request("GET", "/open311/v2/requests/" + id + ".json"));
  EXPECT_EQ(got[0]["status"], "open");
  EXPECT_EQ(got[0]["agency_responsible"], "一网格");
  EXPECT_EQ(got[0]["expected_datetime"], "2026-12-01T10:30:00+08:00");
  EXPECT_EQ(Request("GET", "/open311/v2/requests/" + id + ".json").body.find("13839019598"),
            std::string::npos);
  HttpResponse xml = Request("GET", "/open311/v2/requests.xml?status=open");
  EXPECT_EQ(xml.content_type, "text/xml; charset=utf-8");
  EXPECT_NE(xml.body.find("<service_request_id>" + id + "</service_request_id>"), std::string::npos);
  HttpResponse bad_key =
      Request("POST", "/open311/v2/requests.xml", "api_key=nope&service_code=A01-001&lat=34.01&long=113.805");
  EXPECT_EQ(bad_key.status, 403);
  EXPECT_NE(bad_key.body.find("<errors>"), std::string::npos);
  EXPECT_EQ(Request("POST", "/open311/v2/requests.json", "api_key=" + key + "&service_code=A01-001").status,
            400);
  EXPECT_EQ(Request("GET", "/open311/v2/requests/999999.json").status, 404);
  EXPECT_EQ(Request("GET", "/open311/v2/requests.yaml").status, 404);
}

TEST_P(CaseApiTest, Open311PagingFarPastTheEndIsEmptyOrRefusedNeverWrapped) {
  FileCase("resident1", kInG1);
  // The last page the parser allows: its first row is far past every case.
  HttpResponse last = Request("GET", "/open311/v2/requests.json?page=2147484&page_size=1000");
  ASSERT_EQ(last.status, 200) << last.body;
  EXPECT_EQ(Json(last), nlohmann::json::array());
  // One page further, (page - 1) * page_size passes INT_MAX: refused, not wrapped to a
  // negative offset (which gave the first page, or a database error).
  HttpResponse past = Request("GET", "/open311/v2/requests.json?page=2147485&page_size=1000");
  EXPECT_EQ(past.status, 400) << past.body;
}

TEST_P(CaseApiTest, Open311OnlineAnswersCloseTheRequestWithTheAnswerInStatusNotes) {
  std::string key;
  {
    auto lease = pool_->Acquire();
    key = *api_->auth().CreateApiKey(*lease, "test");
  }
  // A01-005 is an online (网上办) item: the catalog answers it when it is filed.
  HttpResponse posted = Request("POST", "/open311/v2/requests.json",
                                "api_key=" + key + "&service_code=A01-005&lat=34.01&long=113.805");
  ASSERT_EQ(posted.status, 201) << posted.body;
  std::string id = Json(posted)[0]["service_request_id"];
  EXPECT_EQ(Json(posted)[0]["service_notice"], "按四分类投放。 Sort into four kinds.");
  auto got = Json(Request("GET", "/open311/v2/requests/" + id + ".json"));
  EXPECT_EQ(got[0]["status"], "closed");
  EXPECT_EQ(got[0]["status_notes"], "按四分类投放。 Sort into four kinds.");
  // Every service's id comes back at once: GeoReport's "realtime", whatever the tier.
  auto services = Json(Request("GET", "/open311/v2/services.json"));
  ASSERT_FALSE(services.empty());
  for (const auto& s : services) EXPECT_EQ(s["type"], "realtime") << s["service_code"];
}

SANWANG_INSTANTIATE_API_BACKENDS(CaseApiTest);

}  // namespace
}  // namespace sanwang::api
