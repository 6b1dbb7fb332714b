// A deadline extension over the API: the preview the request form shows is the deadline
// an approval gives, a pending request shows that deadline on the case, and a list sorted
// by deadline carries each case's actions for one-tap 签收 / 办结.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class ExtensionApiTest : public ApiTest {
 protected:
  nlohmann::json Move(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    HttpResponse r = As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
  nlohmann::json Get(const std::string& who, const std::string& path) {
    HttpResponse r = As(who, "GET", path);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
};

TEST_P(ExtensionApiTest, ThePreviewIsTheDeadlineTheApprovalGives) {
  const std::int64_t id = FileCase("resident1", kInG1);
  const std::string path = "/api/v1/cases/" + std::to_string(id);
  Move("grid1", id, {{"action", "accept"}});
  // Filed Monday 09:00 with a deadline of Tuesday 10:30. Working hours are 08:30-12:00 and
  // 14:30-17:30, so 8 more are 1.5 h Tuesday morning, 3 h Tuesday afternoon and 3.5 h
  // Wednesday morning: Wednesday 12:00.
  nlohmann::json preview = Get("grid1", path + "/extension-preview?hours=8");
  EXPECT_EQ(preview["resolve_due"], "2026-12-01T10:30:00+08:00");
  EXPECT_EQ(preview["requested_resolve_due"], "2026-12-02T12:00:00+08:00");
  EXPECT_EQ(Get("grid1", path)["requested_resolve_due"], nullptr);

  Move("grid1", id, {{"action", "request_extension"}, {"hours", 8}, {"note", "需要采购配件"}});
  nlohmann::json pending = Get("grid1", path);
  EXPECT_EQ(pending["state"], "extension_pending");
  EXPECT_EQ(pending["requested_hours"], 8);
  EXPECT_EQ(pending["requested_resolve_due"], preview["requested_resolve_due"]);
  // The worker keeps the case in 办理中 while the request waits.
  nlohmann::json in_progress = Get("grid1", "/api/v1/cases?tab=in_progress");
  ASSERT_EQ(in_progress["items"].size(), 1u);
  EXPECT_EQ(in_progress["items"][0]["id"], id);

  nlohmann::json approved = Move("community", id, {{"action", "approve_extension"}});
  EXPECT_EQ(approved["resolve_due"], preview["requested_resolve_due"]);
  EXPECT_EQ(approved["requested_resolve_due"], nullptr);
}

TEST_P(ExtensionApiTest, ThePreviewRefusesHoursOutOfRangeAndCasesOutOfScope) {
  const std::int64_t id = FileCase("resident1", kInG1);
  const std::string path = "/api/v1/cases/" + std::to_string(id) + "/extension-preview";
  for (const char* hours : {"0", "481", "-3", "8h", "", "99999999999999999999"}) {
    HttpResponse r = As("grid1", "GET", path + "?hours=" + hours);
    EXPECT_EQ(r.status, 400) << hours << ": " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], "hours") << hours;
  }
  EXPECT_EQ(As("grid2", "GET", path + "?hours=8").status, 404);
  EXPECT_EQ(As("resident1", "GET", path + "?hours=8").status, 403);
}

TEST_P(ExtensionApiTest, AListSortedByDeadlineCarriesEachCasesActions) {
  const std::int64_t first = FileCase("resident1", kInG1);
  clock_.Advance(600);
  const std::int64_t second = FileCase("resident1", kInG1);
  Move("grid1", second, {{"action", "accept"}});
  Move("grid1", second, {{"action", "request_extension"}, {"hours", 1}, {"note", "等待配件"}});
  Move("community", second, {{"action", "deny_extension"}, {"note", "请按期办结"}});
  Move("grid1", first, {{"action", "accept"}});
  clock_.Advance(600);
  const std::int64_t third = FileCase("resident1", kInG1);

  // Newest first by default; the nearest resolve deadline first when asked.
  auto ids = [&](const std::string& query) {
    const nlohmann::json page = Get("grid1", "/api/v1/cases?" + query);
    std::vector<std::int64_t> out;
    for (const auto& c : page["items"]) out.push_back(c["id"]);
    return out;
  };
  EXPECT_EQ(ids("tab=in_progress"), (std::vector<std::int64_t>{second, first}));
  EXPECT_EQ(ids("tab=in_progress&sort=deadline"), (std::vector<std::int64_t>{first, second}));
  EXPECT_EQ(ids("sort=deadline"), (std::vector<std::int64_t>{first, second, third}));

  nlohmann::json inbox = Get("grid1", "/api/v1/cases?tab=to_accept&sort=deadline");
  ASSERT_EQ(inbox["items"].size(), 1u);
  EXPECT_EQ(inbox["items"][0]["allowed_actions"],
            nlohmann::json::array({"accept", "return", "reclassify", "merge", "reply"}));
  HttpResponse bad = As("grid1", "GET", "/api/v1/cases?sort=oldest");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(Json(bad)["error"]["field"], "sort");
}

SANWANG_INSTANTIATE_API_BACKENDS(ExtensionApiTest);

}  // namespace
}  // namespace sanwang::api
