// Smart dispatch over the REST API: catalog item suggestions as a resident types, and a
// matter filed without an item dispatched to the suggested item when the classifier is
// confident, or sent to the command center with the suggestion recorded when it is not.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class ClassifyApiTest : public ApiTest {
 protected:
  // A matter about noise, filed without an item, in grid G1.
  HttpResponse FileNoise(const std::string& item_code = "") {
    nlohmann::json body = {{"title", "楼上邻居噪音很大"},
                           {"description", "深夜装修，请尽快处理"},
                           {"lon", kInG1.lon},
                           {"lat", kInG1.lat}};
    if (!item_code.empty()) body["item_code"] = item_code;
    return As("resident1", "POST", "/api/v1/cases", body);
  }
  nlohmann::json SubmitEventData(std::int64_t id) {
    auto events = Json(As("admin", "GET", "/api/v1/cases/" + std::to_string(id) + "/events"))["items"];
    return events[0]["data"];
  }
  void UseThreshold(double threshold, double suggest_floor = 0) {
    ApiOptions options;
    options.auto_dispatch_threshold = threshold;
    options.suggest_min_confidence = suggest_floor;
    api_ = std::make_unique<Api>(*pool_, clock_, *calendar_, *workflow_, "411002", options);
    ASSERT_TRUE(api_->Reload().ok());
  }
};

TEST_P(ClassifyApiTest, SuggestionsWithoutAModelAreUnavailable) {
  HttpResponse r = As("resident1", "GET", "/api/v1/classify/suggest?text=abc");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(Json(r)["error"]["code"], "unavailable");
  EXPECT_EQ(Request("GET", "/api/v1/classify/suggest?text=abc").status, 401);
}

TEST_P(ClassifyApiTest, SuggestsTheTopThreeCatalogItems) {
  UseThreshold(0.6, 0);
  StoreClassifier();
  HttpResponse r = As("resident1", "GET",
                      "/api/v1/classify/suggest?text=%E6%A5%BC%E4%B8%8A%E5%BE%88%E5%90%B5%E5%99%AA%E9%9F%B3");
  ASSERT_EQ(r.status, 200) << r.body;  // 楼上很吵噪音
  auto j = Json(r);
  EXPECT_EQ(j["model_version"], 1);
  ASSERT_EQ(j["items"].size(), 3u);
  EXPECT_EQ(j["items"][0]["item_code"], "A01-002");
  EXPECT_EQ(j["items"][0]["name"], "邻里噪音纠纷");
  double total = 0;
  for (const auto& item : j["items"]) total += item["confidence"].get<double>();
  EXPECT_NEAR(total, 1.0, 1e-9);  // the model knows exactly these three items
  EXPECT_GE(j["items"][0]["confidence"].get<double>(), j["items"][1]["confidence"].get<double>());
  EXPECT_EQ(As("resident1", "GET", "/api/v1/classify/suggest").status, 400);
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/classify/suggest?text=%20"))["error"]["field"], "text");
}

TEST_P(ClassifyApiTest, SuggestionsLessLikelyThanTheFloorAreNotOffered) {
  const std::string path =
      "/api/v1/classify/suggest?text=%E6%A5%BC%E4%B8%8A%E5%BE%88%E5%90%B5%E5%99%AA%E9%9F%B3";
  UseThreshold(0.6, 0);
  StoreClassifier();
  auto all = Json(As("resident1", "GET", path))["items"];
  ASSERT_EQ(all.size(), 3u);
  double first = all[0]["confidence"].get<double>(), second = all[1]["confidence"].get<double>();
  ASSERT_LT(second, first);
  UseThreshold(0.6, (first + second) / 2);
  auto kept = Json(As("resident1", "GET", path))["items"];
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0]["item_code"], all[0]["item_code"]);
  UseThreshold(0.6, 1.01);  // more than any confidence
  EXPECT_EQ(Json(As("resident1", "GET", path))["items"], nlohmann::json::array());
}

TEST_P(ClassifyApiTest, ConfidentSuggestionDispatchesAutomatically) {
  StoreClassifier();
  HttpResponse filed = FileNoise();
  ASSERT_EQ(filed.status, 201) << filed.body;
  auto c = Json(filed);
  EXPECT_EQ(c["item"]["code"], "A01-002");
  EXPECT_EQ(c["unit"]["code"], "C");  // the noise item is handled by the community
  auto classifier = SubmitEventData(c["id"].get<std::int64_t>())["classifier"];
  EXPECT_EQ(classifier["model_version"], 1);
  EXPECT_EQ(classifier["item_code"], "A01-002");
  EXPECT_GE(classifier["confidence"].get<double>(), 0.6);
  EXPECT_EQ(classifier["dispatched"], true);
}

TEST_P(ClassifyApiTest, UnsureSuggestionGoesToTheCommandCenterAndIsRecorded) {
  StoreClassifier();
  UseThreshold(1.01);  // never confident enough
  HttpResponse filed = FileNoise();
  ASSERT_EQ(filed.status, 201) << filed.body;
  auto c = Json(filed);
  EXPECT_TRUE(c["item"].is_null());
  EXPECT_EQ(c["unit"]["code"], "CMD");
  auto classifier = SubmitEventData(c["id"].get<std::int64_t>())["classifier"];
  EXPECT_EQ(classifier["item_code"], "A01-002");
  EXPECT_EQ(classifier["dispatched"], false);
}

TEST_P(ClassifyApiTest, ChosenItemOrNoModelLeavesFilingAsBefore) {
  HttpResponse untrained = FileNoise();
  ASSERT_EQ(untrained.status, 201);
  EXPECT_EQ(Json(untrained)["unit"]["code"], "CMD");
  EXPECT_FALSE(SubmitEventData(Json(untrained)["id"].get<std::int64_t>()).contains("classifier"));
  StoreClassifier();
  HttpResponse chosen = FileNoise("A01-001");
  ASSERT_EQ(chosen.status, 201);
  EXPECT_EQ(Json(chosen)["item"]["code"], "A01-001");
  EXPECT_FALSE(SubmitEventData(Json(chosen)["id"].get<std::int64_t>()).contains("classifier"));
}

SANWANG_INSTANTIATE_API_BACKENDS(ClassifyApiTest);

}  // namespace
}  // namespace sanwang::api
