// The reporter's personal data over the API (cases::CanSeeReporter, cases::BindReporter):
// a resident files under their own name unless reporting for another person; the name and
// phone are shown only to those handling the case now; an anonymous report leaves nothing
// in what staff read that ties it to the resident's account.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class ReporterPrivacyApiTest : public ApiTest {
 protected:
  HttpResponse File(const nlohmann::json& extra) {
    nlohmann::json body = {
        {"item_code", "A01-001"}, {"title", "楼道堆放杂物"}, {"lon", kInG1.lon}, {"lat", kInG1.lat}};
    body.update(extra);
    return As("resident1", "POST", "/api/v1/cases", body);
  }
  nlohmann::json Reporter(const std::string& who, std::int64_t id) {
    return Json(As(who, "GET", "/api/v1/cases/" + std::to_string(id)))["reporter"];
  }
};

TEST_P(ReporterPrivacyApiTest, AResidentFilesUnderTheirOwnNameUnlessForAnotherPerson) {
  HttpResponse other_name = File({{"reporter_name", "张三"}});
  EXPECT_EQ(other_name.status, 400);
  EXPECT_EQ(Json(other_name)["error"]["field"], "reporter_name");
  HttpResponse other_phone = File({{"reporter_phone", "13839019598"}});
  EXPECT_EQ(other_phone.status, 400);
  EXPECT_EQ(Json(other_phone)["error"]["field"], "reporter_phone");
  EXPECT_EQ(File({{"source", "hotline"}}).status, 403);

  HttpResponse own = File(nlohmann::json::object());
  ASSERT_EQ(own.status, 201) << own.body;
  auto mine = Reporter("resident1", Json(own)["id"]);
  EXPECT_EQ(mine["name"], "测试resident1");  // the account's, filled in
  EXPECT_EQ(mine["phone"], "13800000000");

  HttpResponse for_other =
      File({{"reporter_name", "张三"}, {"reporter_phone", "13839019598"}, {"for_other_person", true}});
  ASSERT_EQ(for_other.status, 201) << for_other.body;
  auto theirs = Reporter("grid1", Json(for_other)["id"]);
  EXPECT_EQ(theirs["name"], "张三");
  EXPECT_EQ(theirs["phone"], "13839019598");
}

// The fixture runs with personal-data keys (api_test_fixture.cc): the number the handler
// reads in full is nowhere in the database, neither in the case nor in the accounts.
TEST_P(ReporterPrivacyApiTest, TheReportersPhoneIsEncryptedInTheDatabase) {
  std::int64_t id = FileCase("resident1", kInG1);  // 张三 13839019598
  EXPECT_EQ(Reporter("grid1", id)["phone"], "13839019598");
  auto raw = direct_db().Query("SELECT reporter_phone FROM cases WHERE id = ?", {id});
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(raw->front().Text(0).rfind("sm4:", 0), 0u);
  EXPECT_EQ(raw->front().Text(0).find("9598"), std::string::npos);
  auto phones = direct_db().Query("SELECT phone FROM users WHERE phone LIKE '%13800000000%'");
  ASSERT_TRUE(phones.ok());
  EXPECT_TRUE(phones->empty());
}

TEST_P(ReporterPrivacyApiTest, OnlyThoseHandlingTheCaseNowSeeTheReporter) {
  std::int64_t id = FileCase("resident1", kInG1);  // 张三 13839019598, dispatched to G1
  EXPECT_EQ(Reporter("grid1", id)["phone"], "13839019598");
  EXPECT_EQ(Reporter("grid1", id)["masked"], false);
  for (const char* who : {"community", "street", "center", "supervisor", "leader", "admin"}) {
    auto r = Reporter(who, id);
    EXPECT_EQ(r["name"], "张*") << who;
    EXPECT_EQ(r["phone"], "138****9598") << who;
    EXPECT_EQ(r["masked"], true) << who;
  }
  auto listed = Json(As("community", "GET", "/api/v1/cases"))["items"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["reporter"]["phone"], "138****9598");

  // Returned to the command center for triage: the center handles it now, the grid not.
  std::string path = "/api/v1/cases/" + std::to_string(id);
  ASSERT_EQ(
      As("grid1", "POST", path + "/transitions", {{"action", "return"}, {"note", "不属于本网格"}}).status,
      200);
  EXPECT_EQ(Reporter("center", id)["phone"], "13839019598");
  EXPECT_EQ(Reporter("grid1", id)["phone"], "138****9598");
}

TEST_P(ReporterPrivacyApiTest, AnAnonymousReportIsNotTiedToTheAccountInWhatStaffRead) {
  HttpResponse filed = File({{"anonymous", true}});
  ASSERT_EQ(filed.status, 201) << filed.body;
  std::int64_t id = Json(filed)["id"];
  std::string path = "/api/v1/cases/" + std::to_string(id);
  ASSERT_EQ(As("grid1", "POST", path + "/transitions", {{"action", "accept"}}).status, 200);
  ASSERT_EQ(As("grid1", "POST", path + "/transitions", {{"action", "resolve"}, {"note", "已清理"}}).status,
            200);
  // The resident still finds and rates their matter.
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/cases"))["total"], 1);
  ASSERT_EQ(As("resident1", "POST", path + "/transitions", {{"action", "rate"}, {"satisfied", true}}).status,
            200);

  // "resident1" is in the account's username and display name (测试resident1).
  std::vector<std::string> staff_reads = {
      As("grid1", "GET", path).body,
      As("center", "GET", path).body,
      As("supervisor", "GET", path).body,
      As("supervisor", "GET", "/api/v1/cases").body,
      As("supervisor", "GET", path + "/events").body,
      Request("GET", "/open311/v2/requests.json").body,
      Request("GET", "/open311/v2/requests/" + std::to_string(id) + ".xml").body};
  for (const std::string& body : staff_reads) {
    EXPECT_EQ(body.find("resident1"), std::string::npos) << body;
    EXPECT_EQ(body.find("13800000000"), std::string::npos) << body;
  }
  // The audit log names the resident's actions, but not the case they acted on.
  auto audit = Json(As("auditor", "GET", "/api/v1/audit"))["items"];
  int ratings = 0;
  for (const auto& row : audit) {
    if (row["username"] != "resident1") continue;
    EXPECT_EQ(row["target"].get<std::string>().find("/cases/" + std::to_string(id)), std::string::npos)
        << row.dump();
    if (row["action"] == "POST /api/v1/cases/{id}/transitions") ++ratings;
  }
  EXPECT_EQ(ratings, 1);
}

SANWANG_INSTANTIATE_API_BACKENDS(ReporterPrivacyApiTest);

}  // namespace
}  // namespace sanwang::api
