// Duplicates and corrections over the REST API: a similar report near an open case of the
// same item carries "possible_duplicate_of"; staff handling it merge it into the original
// (transition "merge" with "target_case_id"), after which its reporter lists and reads the
// original; staff correct an automatically chosen item (transition "reclassify").
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class DuplicateApiTest : public ApiTest {
 protected:
  std::int64_t Report(const std::string& who, const std::string& title, double lon) {
    HttpResponse r = As(who, "POST", "/api/v1/cases",
                        {{"item_code", "A01-001"},
                         {"title", title},
                         {"lon", lon},
                         {"lat", kInG1.lat},
                         {"reporter_name", "李四"},
                         {"reporter_phone", "13839019598"},
                         {"for_other_person", true}});
    EXPECT_EQ(r.status, 201) << r.body;
    last_ = Json(r);
    return r.status == 201 ? last_["id"].get<std::int64_t>() : 0;
  }
  HttpResponse Merge(const std::string& who, std::int64_t id, const nlohmann::json& target) {
    return As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions",
              {{"action", "merge"}, {"target_case_id", target}, {"note", "同一处纸箱"}});
  }
  nlohmann::json last_;
};

TEST_P(DuplicateApiTest, FlaggedDuplicateIsMergedAndItsReporterFollowsTheOriginal) {
  std::int64_t original = Report("resident1", "楼道里堆满了纸箱", kInG1.lon);
  EXPECT_TRUE(last_["possible_duplicate_of"].is_null());
  std::int64_t copy = Report("resident2", "楼道堆满纸箱没人管", kInG1.lon + 0.0003);  // about 28 m away
  ASSERT_TRUE(last_["possible_duplicate_of"].is_object()) << last_.dump();
  EXPECT_EQ(last_["possible_duplicate_of"]["id"], original);
  EXPECT_NEAR(last_["possible_duplicate_of"]["distance_m"].get<double>(), 27.7, 1.0);
  EXPECT_NEAR(last_["possible_duplicate_of"]["similarity"].get<double>(), 0.4, 1e-9);
  std::string original_path = "/api/v1/cases/" + std::to_string(original);
  EXPECT_EQ(Json(As("resident2", "GET", "/api/v1/cases"))["total"], 1);
  EXPECT_EQ(As("resident2", "GET", original_path).status, 404);

  EXPECT_EQ(Merge("resident2", copy, original).status, 403);  // residents do not merge
  EXPECT_EQ(Merge("grid2", copy, original).status, 404);      // another grid's worker cannot even read it
  HttpResponse itself = Merge("grid1", copy, copy);
  EXPECT_EQ(itself.status, 400);
  EXPECT_EQ(Json(itself)["error"]["field"], "target_case_id");
  EXPECT_EQ(Merge("grid1", copy, 999999).status, 404);
  EXPECT_EQ(Merge("grid1", copy, "seven").status, 400);
  EXPECT_EQ(Json(As("admin", "GET", "/api/v1/cases/" + std::to_string(copy)))["state"], "dispatched");

  HttpResponse merged = Merge("grid1", copy, original);
  ASSERT_EQ(merged.status, 200) << merged.body;
  auto j = Json(merged);
  EXPECT_EQ(j["state"], "closed");
  EXPECT_EQ(j["merged_into"], original);
  EXPECT_EQ(j["event"]["action"], "merge");
  EXPECT_EQ(j["allowed_actions"], nlohmann::json::array());

  auto mine = Json(As("resident2", "GET", "/api/v1/cases"));
  EXPECT_EQ(mine["total"], 2);
  HttpResponse followed = As("resident2", "GET", original_path);
  ASSERT_EQ(followed.status, 200) << followed.body;
  EXPECT_EQ(Json(followed)["reporter"]["masked"], true);  // another resident's name stays hidden
  // A follower may urge and comment on the open original, as its reporter may.
  EXPECT_EQ(Json(followed)["allowed_actions"], nlohmann::json::array({"urge", "comment"}));
  auto events = Json(As("resident2", "GET", original_path + "/events"))["items"];
  EXPECT_EQ(events.back()["action"], "merged_in");
  EXPECT_EQ(events.back()["data"]["duplicate_case_id"], copy);
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/cases"))["total"], 1);
}

TEST_P(DuplicateApiTest, TheFlagSaysWhenTheOriginalIsNoLongerOpen) {
  std::int64_t original = Report("resident1", "楼道里堆满了纸箱", kInG1.lon);
  std::int64_t copy = Report("resident2", "楼道堆满纸箱没人管", kInG1.lon + 0.0003);
  std::string copy_path = "/api/v1/cases/" + std::to_string(copy);
  auto flag = Json(As("grid1", "GET", copy_path))["possible_duplicate_of"];
  EXPECT_EQ(flag["open"], true);
  EXPECT_EQ(flag["state"], "dispatched");

  std::string path = "/api/v1/cases/" + std::to_string(original) + "/transitions";
  ASSERT_EQ(As("grid1", "POST", path, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(As("grid1", "POST", path, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  flag = Json(As("grid1", "GET", copy_path))["possible_duplicate_of"];
  EXPECT_EQ(flag["id"], original);
  EXPECT_EQ(flag["open"], false);
  EXPECT_EQ(flag["state"], "resolved");
  EXPECT_EQ(Merge("grid1", copy, original).status, 422);  // the engine refuses it too
}

TEST_P(DuplicateApiTest, StaffCorrectAnAutomaticallyChosenItem) {
  StoreClassifier();
  HttpResponse filed = As("resident1", "POST", "/api/v1/cases",
                          {{"title", "楼上邻居噪音很大"},
                           {"description", "深夜装修，请尽快处理"},
                           {"lon", kInG1.lon},
                           {"lat", kInG1.lat}});
  ASSERT_EQ(filed.status, 201) << filed.body;
  auto c = Json(filed);
  ASSERT_EQ(c["item"]["code"], "A01-002");
  double confidence = c["auto_item_confidence"].get<double>();
  EXPECT_GE(confidence, 0.6);
  std::string path = "/api/v1/cases/" + c["id"].dump() + "/transitions";
  // grid1 reads the case (it lies in G1) but the community handles it.
  EXPECT_EQ(As("grid1", "POST", path, {{"action", "reclassify"}, {"item_code", "A01-001"}}).status, 403);
  EXPECT_EQ(As("community", "POST", path, {{"action", "reclassify"}, {"item_code", "Z99-999"}}).status, 400);
  HttpResponse fixed = As("community", "POST", path, {{"action", "reclassify"}, {"item_code", "A01-001"}});
  ASSERT_EQ(fixed.status, 200) << fixed.body;
  auto j = Json(fixed);
  EXPECT_EQ(j["item"]["code"], "A01-001");
  EXPECT_EQ(j["unit"]["code"], "G1");  // a grid-tier item
  EXPECT_TRUE(j["auto_item_confidence"].is_null());
  EXPECT_EQ(j["event"]["data"]["old_item_code"], "A01-002");
  EXPECT_EQ(j["event"]["data"]["classifier_confidence"], confidence);
}

SANWANG_INSTANTIATE_API_BACKENDS(DuplicateApiTest);

}  // namespace
}  // namespace sanwang::api
