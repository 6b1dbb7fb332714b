// Open matters near a pin and following one (open_nearby_routes.cc): what a resident sees of
// other people's matters, the radius and the open states, following and its effect on "my
// matters", and who may call the routes (access rows).
#include "api/access_matrix.h"
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

// About 110 m north of kInG1, and about 1.1 km east (in G2).
constexpr geo::LonLat kNearG1{113.805, 34.011};
constexpr geo::LonLat kFarInG2{113.815, 34.01};

class OpenNearbyApiTest : public ApiTest {
 protected:
  nlohmann::json Get(const std::string& who, const std::string& target, int status = 200) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return Json(r);
  }
  nlohmann::json Nearby(const std::string& who) {
    return Get(who, "/api/v1/cases/open-nearby?lon=" + std::to_string(kInG1.lon) +
                        "&lat=" + std::to_string(kInG1.lat));
  }
  std::vector<std::int64_t> MyMatters(const std::string& who) {
    std::vector<std::int64_t> ids;
    const nlohmann::json list = Get(who, "/api/v1/cases");
    for (const auto& c : list["items"]) ids.push_back(c["id"].get<std::int64_t>());
    return ids;
  }
};

TEST_P(OpenNearbyApiTest, ShowsOpenMattersWithinTheRadiusNearestFirstWithoutTheReporter) {
  const std::int64_t near = FileCase("resident1", kNearG1);
  const std::int64_t here = FileCase("resident1", kInG1);
  FileCase("resident1", kFarInG2);
  const std::int64_t closed = FileCase("resident1", kInG1);
  ASSERT_TRUE(direct_db().Execute("UPDATE cases SET state = 'closed' WHERE id = ?", {closed}).ok());
  auto answer = Nearby("resident2");
  EXPECT_EQ(answer["radius_m"], 300);
  const auto& items = answer["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["id"], here);
  EXPECT_EQ(items[0]["metres"], 0);
  EXPECT_EQ(items[1]["id"], near);
  EXPECT_NEAR(items[1]["metres"].get<double>(), 111, 1);
  EXPECT_EQ(items[0]["title"], "楼道堆放杂物");
  EXPECT_EQ(items[0]["item_code"], "A01-001");
  EXPECT_EQ(items[0]["mine"], false);
  // Nothing of the reporter or the description reaches another resident.
  const std::string body = answer.dump();
  for (const char* secret : {"张三", "13839019598", "reporter", "description"}) {
    EXPECT_EQ(body.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(Nearby("resident1")["items"][0]["mine"], true);  // the reporter's own
}

TEST_P(OpenNearbyApiTest, AFollowerSeesTheMatterAmongTheirMatters) {
  const std::int64_t id = FileCase("resident1", kInG1);
  const std::string path = "/api/v1/cases/" + std::to_string(id);
  EXPECT_TRUE(MyMatters("resident2").empty());
  EXPECT_EQ(As("resident2", "GET", path).status, 404);
  HttpResponse followed = As("resident2", "POST", path + "/follow");
  ASSERT_EQ(followed.status, 200) << followed.body;
  EXPECT_EQ(Json(followed)["following"], true);
  EXPECT_EQ(As("resident2", "POST", path + "/follow").status, 200);  // twice: no change
  EXPECT_EQ(MyMatters("resident2"), std::vector<std::int64_t>{id});
  EXPECT_EQ(As("resident2", "GET", path).status, 200);
  EXPECT_EQ(Nearby("resident2")["items"][0]["mine"], true);
  // Following one's own matter changes nothing.
  EXPECT_EQ(As("resident1", "POST", path + "/follow").status, 200);
  auto count = direct_db().Query("SELECT COUNT(*) FROM case_followers WHERE case_id = ?", {id});
  EXPECT_EQ(count->at(0).Int(0), 1);
}

TEST_P(OpenNearbyApiTest, ClosedUnknownOrBadInputIsRefusedAndChangesNothing) {
  const std::int64_t id = FileCase("resident1", kInG1);
  ASSERT_TRUE(direct_db().Execute("UPDATE cases SET state = 'closed' WHERE id = ?", {id}).ok());
  HttpResponse closed = As("resident2", "POST", "/api/v1/cases/" + std::to_string(id) + "/follow");
  EXPECT_EQ(closed.status, 422) << closed.body;  // failed precondition
  EXPECT_EQ(As("resident2", "POST", "/api/v1/cases/999999/follow").status, 404);
  EXPECT_EQ(As("resident2", "POST", "/api/v1/cases/abc/follow").status, 400);
  EXPECT_EQ(Get("resident2", "/api/v1/cases/open-nearby?lon=200&lat=34", 400)["error"]["code"],
            "invalid_argument");
  auto count = direct_db().Query("SELECT COUNT(*) FROM case_followers");
  EXPECT_EQ(count->at(0).Int(0), 0);
}

SANWANG_INSTANTIATE_API_BACKENDS(OpenNearbyApiTest);

}  // namespace

void AddOpenNearbyAccessRows(ApiTest& test, AccessRows& rows) {
  const std::int64_t id = test.FileCase("resident1", kInG1);
  rows.insert({
      {"GET /api/v1/cases/open-nearby",
       {[&test](const std::string& who) {
          return test.As(who, "GET", "/api/v1/cases/open-nearby?lon=113.805&lat=34.01");
        },
        {"resident1", "resident2"}}},
      {"POST /api/v1/cases/{id}/follow",
       {[&test, id](const std::string& who) {
          return test.As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/follow");
        },
        {"resident1", "resident2"}}},
  });
}

}  // namespace sanwang::api
