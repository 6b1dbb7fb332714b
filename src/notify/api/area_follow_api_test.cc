// Following areas through Api::Handle on both engines, with the shipped rules: a new report
// in a followed community, district or circle tells the follower in the app — what the
// area's feed shows, never who reported it — and by e-mail when they chose it; not the
// reporter, not a follower of another area or aspect. Bad follows are refused naming the
// field and write nothing; a follow is the caller's alone.
#include "api/api_test_fixture.h"
#include "cases/catalog.h"
#include "testing/test_catalog.h"

namespace sanwang::api {
namespace {

constexpr const char* kFollows = "/api/v1/me/area-follows";

class AreaFollowApiTest : public ApiTest {
 protected:
  std::int64_t Follow(const std::string& who, const nlohmann::json& body) {
    HttpResponse r = As(who, "POST", kFollows, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  nlohmann::json AreaNotices(const std::string& who) {
    const nlohmann::json all = Json(As(who, "GET", "/api/v1/notices"));
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : all["items"])
      if (n["kind"] == "area_report") out.push_back(n);
    return out;
  }
  std::int64_t CountFollows() { return db_->Query("SELECT COUNT(*) FROM notify_area_follows")->at(0).Int(0); }
  // The test catalog with a second aspect, B01, beside A01.
  void AddSecondAspect() {
    const std::string csv = std::string(testing::kTestCatalogCsv) +
                            "B01-001,B01,市政设施,Public works,路灯不亮,Street light out,grid,,8,,,路灯\n";
    auto imported = cases::ImportCatalog(*db_, "411002", csv, "");
    ASSERT_TRUE(imported.ok()) << imported.status().ToString();
    ASSERT_TRUE(api_->Reload().ok());
  }
};

TEST_P(AreaFollowApiTest, AFollowerOfTheCommunityHearsOfANewReportThereAndNothingOfTheReporter) {
  Follow("resident2", {{"unit_code", "C"}});
  Follow("resident1", {{"unit_code", "C"}});  // the reporter follows it too: not told of their own
  const std::int64_t id = FileCase("resident1", kInG1);
  const nlohmann::json told = AreaNotices("resident2");
  ASSERT_EQ(told.size(), 1U) << told;
  EXPECT_EQ(told[0]["case_id"], id);
  EXPECT_EQ(told[0]["link"], "/follows");
  const std::string body = told[0]["body"].get<std::string>();
  EXPECT_NE(body.find("楼道堆放杂物"), std::string::npos) << body;  // the item and the title
  EXPECT_NE(body.find(std::to_string(id)), std::string::npos) << body;
  for (const std::string& secret : {"张三", "13839019598", "测试resident1"})
    EXPECT_EQ(told[0].dump().find(secret), std::string::npos) << "the reporter: " << told[0];
  EXPECT_NE(told[0]["body_en"].get<std::string>().find("Clutter in stairwell"), std::string::npos);
  EXPECT_TRUE(AreaNotices("resident1").empty());
  // A report in the other community (G3 lies in C2) is not this area's.
  FileCase("resident1", kInG3);
  EXPECT_EQ(AreaNotices("resident2").size(), 1U);
  // Reading another person's matter stays refused: the notice opens the follows, not the case.
  EXPECT_EQ(As("resident2", "GET", "/api/v1/cases/" + std::to_string(id)).status, 404);
}

TEST_P(AreaFollowApiTest, ACircleHearsOfReportsWithinItsRadiusOnly) {
  Follow("grid3", {{"lon", kInG2.lon}, {"lat", kInG2.lat}, {"radius_m", 500}});
  FileCase("resident1", {kInG2.lon + 0.003, kInG2.lat});  // about 280 m east
  FileCase("resident1", kInG1);                           // about 920 m west: outside
  const nlohmann::json told = AreaNotices("grid3");
  ASSERT_EQ(told.size(), 1U) << told;
}

TEST_P(AreaFollowApiTest, AspectsNarrowWhatAFollowerHearsOf) {
  AddSecondAspect();
  Follow("resident2", {{"unit_code", "D"}, {"aspects", {"B01"}}});
  Follow("street", {{"unit_code", "D"}, {"aspects", {"A01", "B01"}}});
  FileCase("resident1", kInG1);  // item A01-001, aspect A01
  EXPECT_TRUE(AreaNotices("resident2").empty());
  EXPECT_EQ(AreaNotices("street").size(), 1U);
  const nlohmann::json listed = Json(As("street", "GET", kFollows));
  ASSERT_EQ(listed["items"].size(), 1U);
  EXPECT_EQ(listed["items"][0]["aspects"][0]["code"], "A01");
  EXPECT_EQ(listed["items"][0]["aspects"][1]["name"], "市政设施");
  EXPECT_EQ(listed["items"][0]["unit"]["kind"], "district");
  EXPECT_EQ(listed["items"][0]["feed"], "/api/v1/areas/D/reports.atom");
  EXPECT_EQ(listed["max"], 20);
}

TEST_P(AreaFollowApiTest, AFollowerWhoChoseEmailGetsTheReportByEmail) {
  ApiOptions options;
  options.delivery_channels = {"email"};
  UseOptions(options);
  ASSERT_EQ(As("resident2", "PUT", "/api/v1/me/notification-settings",
               {{"channels", {"email"}}, {"email", "wang@example.cn"}})
                .status,
            200);
  Follow("resident2", {{"unit_code", "G1"}});
  FileCase("resident1", kInG1);
  auto rows = db_->Query("SELECT channel, subject FROM notify_outbox WHERE kind = 'area_report'");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1U);
  EXPECT_EQ(rows->at(0).Text(0), "email");
  EXPECT_EQ(rows->at(0).Text(1), "您关注的区域有新反映 / A new report in an area you follow");
}

TEST_P(AreaFollowApiTest, BadFollowsAreRefusedNamingTheFieldAndWriteNothing) {
  const std::vector<std::pair<nlohmann::json, std::string>> bad = {
      {nlohmann::json::object(), "unit_code"},
      {{{"unit_code", "C"}, {"lon", kInG1.lon}, {"lat", kInG1.lat}, {"radius_m", 300}}, "unit_code"},
      {{{"unit_code", "NOPE"}}, "unit_code"},
      {{{"unit_code", "DEPT"}}, "unit_code"},  // a department is no area
      {{{"unit_code", "CMD"}}, "unit_code"},
      {{{"lon", 120.0}, {"lat", 30.0}, {"radius_m", 300}}, "lon"},  // outside the district
      {{{"lon", kInG1.lon}, {"lat", kInG1.lat}}, "radius_m"},
      {{{"lon", kInG1.lon}, {"lat", kInG1.lat}, {"radius_m", 50}}, "radius_m"},
      {{{"lon", kInG1.lon}, {"lat", kInG1.lat}, {"radius_m", 3001}}, "radius_m"},
      {{{"unit_code", "C"}, {"aspects", {"Z99"}}}, "aspects"},
      {{{"unit_code", "C"}, {"aspects", "A01"}}, "aspects"},
      {{{"unit_code", "C"}, {"colour", "red"}}, "colour"},
  };
  for (const auto& [body, field] : bad) {
    HttpResponse r = As("resident1", "POST", kFollows, body);
    EXPECT_EQ(r.status, 400) << body << " " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], field) << body << " " << r.body;
  }
  EXPECT_EQ(CountFollows(), 0);
  EXPECT_EQ(As("", "POST", kFollows, {{"unit_code", "C"}}).status, 401);
}

TEST_P(AreaFollowApiTest, TheSameAreaTwiceAndMoreThanTheMostAreRefused) {
  Follow("resident1", {{"unit_code", "C"}, {"aspects", {"A01"}}});
  EXPECT_EQ(As("resident1", "POST", kFollows, {{"unit_code", "C"}, {"aspects", {"A01", "A01"}}}).status, 409);
  Follow("resident1", {{"unit_code", "C"}});  // all aspects: another follow
  for (int r = 0; r < 18; ++r)
    Follow("resident1", {{"lon", kInG1.lon}, {"lat", kInG1.lat}, {"radius_m", 200 + r}});
  HttpResponse over = As("resident1", "POST", kFollows, {{"unit_code", "G1"}});
  EXPECT_EQ(over.status, 422) << over.body;
  EXPECT_EQ(CountFollows(), 20);
  EXPECT_EQ(Json(As("resident1", "GET", kFollows))["items"].size(), 20U);
  EXPECT_EQ(Json(As("resident2", "GET", kFollows))["items"].size(), 0U) << "each account has its own";
}

TEST_P(AreaFollowApiTest, AFollowIsRemovedByItsOwnerOnly) {
  const std::int64_t id = Follow("resident1", {{"unit_code", "C"}});
  const std::string remove = std::string(kFollows) + "/" + std::to_string(id) + "/remove";
  EXPECT_EQ(As("resident2", "POST", remove).status, 404);
  EXPECT_EQ(CountFollows(), 1);
  HttpResponse removed = As("resident1", "POST", remove);
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_TRUE(Json(removed)["items"].empty());
  EXPECT_EQ(As("resident1", "POST", remove).status, 404);
  FileCase("resident2", kInG1);
  EXPECT_TRUE(AreaNotices("resident1").empty()) << "no longer following";
}

SANWANG_INSTANTIATE_API_BACKENDS(AreaFollowApiTest);

}  // namespace
}  // namespace sanwang::api
