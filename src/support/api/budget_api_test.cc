// The budget routes on the test district of api_test_fixture.h (D → S → C, C2): money
// handed down and spent, the JSON the browser pages read, the report and its workbook, and
// bad input refused with the field it is about and nothing changed.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class BudgetApiTest : public ApiTest {
 protected:
  // A district line of 1,000,000 分, 600,000 of it handed to S and 200,000 of that to C.
  void SetUpBooks() {
    district_ = Post(
        "admin", "/api/v1/budget/lines",
        {{"year", 2026}, {"unit_code", "D"}, {"category", "party_building"}, {"amount_fen", 1000000}})["id"];
    street_ = Post("admin", LinePath(district_) + "/allocations",
                   {{"unit_code", "S"}, {"amount_fen", 600000}, {"note", "第一批"}})["to_line_id"];
    community_ = Post("street", LinePath(street_) + "/allocations",
                      {{"unit_code", "C"}, {"amount_fen", 200000}})["to_line_id"];
  }
  static std::string LinePath(std::int64_t id) { return "/api/v1/budget/lines/" + std::to_string(id); }
  nlohmann::json Post(const std::string& who, const std::string& target, const nlohmann::json& body,
                      int status = 201) {
    HttpResponse r = As(who, "POST", target, body);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return Json(r);
  }
  nlohmann::json Get(const std::string& who, const std::string& target, int status = 200) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, status) << target << ": " << r.body;
    return Json(r);
  }
  // A refusal: the status, the error's field, and a message in Chinese and English.
  void ExpectRefused(const std::string& who, const std::string& target, const nlohmann::json& body,
                     int status, const std::string& field) {
    const std::string before = Books();
    nlohmann::json error = Post(who, target, body, status)["error"];
    EXPECT_EQ(error["field"], field) << target << " " << body.dump() << ": " << error.dump();
    EXPECT_EQ(Books(), before) << "nothing may change: " << body.dump();
  }
  // Every figure of the books, to compare before and after a refusal.
  std::string Books() {
    auto rows = *db_->Query(
        "SELECT (SELECT COUNT(*) FROM budget_lines), (SELECT COUNT(*) FROM budget_allocations), "
        "(SELECT COUNT(*) FROM budget_spending), (SELECT COALESCE(CAST(SUM(amount_fen + committed_fen) AS "
        "BIGINT), 0) "
        "FROM budget_lines)");
    return std::to_string(rows[0].Int(0)) + "/" + std::to_string(rows[0].Int(1)) + "/" +
           std::to_string(rows[0].Int(2)) + "/" + std::to_string(rows[0].Int(3));
  }
  // Takes record `id` through the approvers of its chain, in order, to approved.
  void Approve(const nlohmann::json& record, const std::vector<std::string>& chain) {
    for (const std::string& who : chain) {
      Post(who, "/api/v1/budget/spending/" + std::to_string(record["id"].get<std::int64_t>()) + "/approve",
           nullptr, 200);
    }
  }
  nlohmann::json Spending(std::int64_t fen, const std::string& spent_on = "2026-11-05") {
    return {
        {"amount_fen", fen}, {"purpose", "党员活动室桌椅"}, {"payee", "某家具公司"}, {"spent_on", spent_on}};
  }

  std::int64_t district_ = 0, street_ = 0, community_ = 0;
};

TEST_P(BudgetApiTest, MoneyFlowsDownAndIsSpentWithTheAgreedFieldNames) {
  SetUpBooks();
  auto spent = Post("community", LinePath(community_) + "/spending", Spending(12345));
  for (const char* key : {"id", "line_id", "amount_fen", "purpose", "payee", "spent_on", "created_at",
                          "created_by_name", "reverses_id", "reversed"}) {
    EXPECT_TRUE(spent.contains(key)) << key;
  }
  EXPECT_EQ(spent["amount_fen"], 12345);
  EXPECT_EQ(spent["spent_on"], "2026-11-05");
  EXPECT_TRUE(spent["reverses_id"].is_null());
  EXPECT_EQ(spent["state"], "submitted");
  Approve(spent, {"community", "street", "admin"});

  auto line = Get("community", LinePath(community_));
  EXPECT_EQ(line["unit_code"], "C");
  EXPECT_EQ(line["category"], "party_building");
  EXPECT_EQ(line["category_name"], "党建经费");
  EXPECT_EQ(line["amount_fen"], 200000);
  EXPECT_EQ(line["allocated_fen"], 0);
  EXPECT_EQ(line["spent_fen"], 12345);
  EXPECT_EQ(line["remaining_fen"], 200000 - 12345);
  EXPECT_EQ(line["parent_id"], street_);
  EXPECT_EQ(line["year"], 2026);
  EXPECT_TRUE(line.contains("unit_name"));

  auto reversal =
      Post("community", "/api/v1/budget/spending/" + std::to_string(spent["id"].get<int>()) + "/reverse",
           {{"reason", "重复录入"}});
  EXPECT_EQ(reversal["amount_fen"], -12345);
  EXPECT_EQ(reversal["reverses_id"], spent["id"]);
  auto listed = Get("street", LinePath(community_) + "/spending")["items"];
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0]["reversed"], true);
  EXPECT_EQ(Get("community", LinePath(community_))["spent_fen"], 0);

  auto street_lines = Get("street", "/api/v1/budget/lines?year=2026")["items"];
  EXPECT_EQ(street_lines.size(), 2u);  // S's and C's, not the district's
  EXPECT_EQ(Get("admin", "/api/v1/budget/lines?year=2026")["items"].size(), 3u);
  EXPECT_EQ(Get("admin", "/api/v1/budget/lines?year=2026&unit=S")["items"].size(), 1u);
}

TEST_P(BudgetApiTest, EachLineSaysWhatTheCallerMayDoWithIt) {
  SetUpBooks();
  auto rights = [this](const std::string& who, std::int64_t line) {
    nlohmann::json l = Get(who, LinePath(line));
    return std::pair{l["may_spend"].get<bool>(), l["may_allocate"].get<bool>()};
  };
  EXPECT_EQ(rights("community", community_), std::pair(true, false));
  EXPECT_EQ(rights("street", street_), std::pair(true, true));
  EXPECT_EQ(rights("street", community_), std::pair(false, false));  // read from above, spent by C
  EXPECT_EQ(rights("admin", district_), std::pair(true, true));
  EXPECT_EQ(rights("leader", district_), std::pair(false, false));
  nlohmann::json listed = Get("street", "/api/v1/budget/lines?year=2026&unit=S")["items"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_TRUE(listed[0]["may_allocate"].get<bool>());
}

TEST_P(BudgetApiTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  SetUpBooks();
  const std::string alloc = LinePath(district_) + "/allocations";
  ExpectRefused("admin", alloc, {{"unit_code", "S"}, {"amount_fen", 400001}}, 422, "amount_fen");
  ExpectRefused("admin", alloc, {{"unit_code", "S"}, {"amount_fen", 0}}, 400, "amount_fen");
  ExpectRefused("admin", alloc, {{"unit_code", "S"}, {"amount_fen", -5}}, 400, "amount_fen");
  ExpectRefused("admin", alloc, {{"unit_code", "S"}, {"amount_fen", 12.5}}, 400, "amount_fen");
  ExpectRefused("admin", alloc, {{"unit_code", "S"}, {"amount_fen", "100"}}, 400, "amount_fen");
  ExpectRefused("admin", alloc, {{"unit_code", "NOPE"}, {"amount_fen", 5}}, 400, "unit_code");
  ExpectRefused("admin", alloc, {{"unit_code", "C"}, {"amount_fen", 5}}, 400, "unit_code");  // not a child
  ExpectRefused("admin", alloc, {{"unit_code", "S"}}, 400, "amount_fen");
  ExpectRefused("admin", alloc, {{"unit_code", "S"}, {"amount_fen", 5}, {"amout", 1}}, 400, "amout");

  const std::string spend = LinePath(community_) + "/spending";
  ExpectRefused("community", spend, Spending(200001), 422, "amount_fen");
  ExpectRefused("community", spend, Spending(0), 400, "amount_fen");
  ExpectRefused("community", spend, Spending(-1), 400, "amount_fen");
  ExpectRefused("community", spend, Spending(10, "2026-02-30"), 400, "spent_on");
  ExpectRefused("community", spend, Spending(10, "5 Nov 2026"), 400, "spent_on");
  ExpectRefused("community", spend, Spending(10, "2025-11-05"), 400, "spent_on");

  ExpectRefused("admin", "/api/v1/budget/lines",
                {{"year", 2026}, {"unit_code", "D"}, {"category", "travel"}, {"amount_fen", 5}}, 400,
                "category");
  ExpectRefused("admin", "/api/v1/budget/lines",
                {{"year", 2026}, {"unit_code", "D"}, {"category", "party_building"}, {"amount_fen", 5}}, 409,
                "category");
  ExpectRefused("admin", "/api/v1/budget/lines",
                {{"year", 2026}, {"unit_code", "S"}, {"category", "personnel"}, {"amount_fen", 5}}, 400,
                "unit_code");

  auto spent = Post("community", spend, Spending(100));
  const std::string reverse_early =
      "/api/v1/budget/spending/" + std::to_string(spent["id"].get<int>()) + "/reverse";
  const std::string early = Post("community", reverse_early, {{"reason", "错"}}, 422)["error"]["message"];
  EXPECT_NE(early.find("只能冲销已批准的支出"), std::string::npos) << early;
  Approve(spent, {"community", "street", "admin"});
  const std::string reverse =
      "/api/v1/budget/spending/" + std::to_string(spent["id"].get<int>()) + "/reverse";
  Post("community", reverse, {{"reason", "错"}});
  auto twice = Post("community", reverse, {{"reason", "again"}}, 422);
  EXPECT_NE(twice["error"]["message"].get<std::string>().find("已冲销"), std::string::npos) << twice.dump();
}

TEST_P(BudgetApiTest, ADistrictLineIsResizedButNotBelowWhatItHandedOn) {
  SetUpBooks();
  HttpResponse lower = As("admin", "PATCH", LinePath(district_), {{"amount_fen", 599999}});
  EXPECT_EQ(lower.status, 422) << lower.body;
  EXPECT_EQ(Json(lower)["error"]["field"], "amount_fen");
  HttpResponse ok = As("admin", "PATCH", LinePath(district_), {{"amount_fen", 700000}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(Json(ok)["remaining_fen"], 100000);
  EXPECT_EQ(As("admin", "PATCH", LinePath(street_), {{"amount_fen", 1}}).status, 400);
}

TEST_P(BudgetApiTest, OverSpendingTellsHowMuchIsLeftInChineseAndEnglish) {
  SetUpBooks();
  Post("community", LinePath(community_) + "/spending", Spending(150000));
  auto error = Post("community", LinePath(community_) + "/spending", Spending(50001), 422)["error"];
  EXPECT_EQ(error["message"], "预算余额不足：该预算仅剩 50000 分 the line has only 50000 分 left");
}

TEST_P(BudgetApiTest, TheReportDrillsDownAndComesAsAWorkbook) {
  SetUpBooks();
  Approve(Post("community", LinePath(community_) + "/spending", Spending(50000)),
          {"community", "street", "admin"});
  Approve(Post("street", LinePath(street_) + "/spending", Spending(10000, "2026-10-01")),
          {"street", "admin"});
  auto report = Get("leader", "/api/v1/budget/report?year=2026");
  EXPECT_EQ(report["unit_code"], "D");
  ASSERT_EQ(report["rows"].size(), 1u);
  const auto& s = report["rows"][0];
  for (const char* key : {"unit_code", "unit_name", "category", "amount_fen", "allocated_fen", "spent_fen",
                          "remaining_fen", "execution_rate"}) {
    EXPECT_TRUE(s.contains(key)) << key;
  }
  EXPECT_EQ(s["unit_code"], "S");
  EXPECT_EQ(s["spent_fen"], 60000);
  EXPECT_EQ(s["remaining_fen"], 600000 - 200000 - 10000);
  EXPECT_DOUBLE_EQ(s["execution_rate"].get<double>(), 0.1);
  auto street = Get("street", "/api/v1/budget/report?year=2026&unit=S");
  ASSERT_EQ(street["rows"].size(), 2u);  // C and C2
  EXPECT_EQ(street["monthly"].size(), 2u);
  EXPECT_EQ(street["monthly"][0]["month"], "2026-10");
  Get("street", "/api/v1/budget/report?year=2026&unit=D", 403);
  Get("admin", "/api/v1/budget/report?year=twenty", 400);

  HttpResponse xlsx = As("leader", "GET", "/api/v1/budget/report.xlsx?year=2026");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_GT(xlsx.body.size(), 1000u);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");  // a zip, as every XLSX
  EXPECT_NE(xlsx.body.find("xl/worksheets/sheet2.xml"), std::string::npos);
}

TEST_P(BudgetApiTest, CategoriesCanBeAddedByAdmins) {
  EXPECT_EQ(Get("street", "/api/v1/budget/categories")["items"].size(), 4u);
  auto added = Post("admin", "/api/v1/budget/categories",
                    {{"code", "training"}, {"name", "培训经费"}, {"name_en", "Training"}});
  EXPECT_EQ(added["built_in"], false);
  EXPECT_EQ(Get("street", "/api/v1/budget/categories")["items"].size(), 5u);
  EXPECT_EQ(Post("admin", "/api/v1/budget/categories", {{"code", "Bad Code"}, {"name", "x"}},
                 400)["error"]["field"],
            "code");
  Get("grid1", "/api/v1/budget/categories", 403);
  Get("resident1", "/api/v1/budget/lines", 403);
}

SANWANG_INSTANTIATE_API_BACKENDS(BudgetApiTest);

}  // namespace
}  // namespace sanwang::api
