// Target assessment over HTTP, on SQLite and PostgreSQL: schemes saved with their versions
// and refused with the field at fault; a quarter computed, tied units sharing first place,
// a hand-entered bonus counting only once a second account confirms it; a unit's staff
// seeing only their own line until the result is published; publishing once as a numbered
// notice listed and downloadable without signing in, and frozen after.
#include "governance/api/assessment_test_support.h"

namespace sanwang::api {
namespace {

class AssessmentApiTest : public ApiTest {
 protected:
  std::int64_t Count(const std::string& table) {
    return db_->Query("SELECT COUNT(*) FROM " + table)->at(0).Int(0);
  }
  nlohmann::json Result(const std::string& who, std::int64_t id) {
    HttpResponse r = As(who, "GET", "/api/v1/assessment/results/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
  static std::vector<std::string> Codes(const nlohmann::json& result) {
    std::vector<std::string> out;
    for (const auto& u : result["units"]) out.push_back(u["unit"]["code"]);
    return out;
  }
};

TEST_P(AssessmentApiTest, SchemesKeepTheirVersionsAndRefuseWeightsNotSummingToOneHundred) {
  const std::int64_t id = SaveQuarterlyScheme(*this);
  HttpResponse same = As("supervisor", "POST", "/api/v1/assessment/schemes", QuarterlyScheme());
  EXPECT_EQ(same.status, 200) << same.body;
  EXPECT_EQ(Json(same)["version"], 1);

  nlohmann::json changed = QuarterlyScheme();
  changed["indicators"][0]["rule"]["floor"] = 70;
  HttpResponse second = As("admin", "POST", "/api/v1/assessment/schemes", changed);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(Json(second)["version"], 2);
  EXPECT_EQ(Json(second)["saved_by"], "admin");
  EXPECT_EQ(Json(second)["versions"].size(), 2u);

  nlohmann::json first =
      Json(As("community", "GET", "/api/v1/assessment/schemes/" + std::to_string(id) + "?version=1"));
  EXPECT_EQ(first["version"], 1);
  EXPECT_EQ(first["scheme"]["indicators"][0]["rule"]["floor"], 60);
  EXPECT_EQ(first["saved_by"], "supervisor");

  nlohmann::json bad = QuarterlyScheme();
  bad["indicators"][1]["weight"] = 40;
  HttpResponse refused = As("supervisor", "POST", "/api/v1/assessment/schemes", bad);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(Json(refused)["error"]["message"].get<std::string>().find("100"), std::string::npos)
      << refused.body;
  EXPECT_EQ(Count("gov_assessment_scheme_versions"), 2);

  nlohmann::json misspelt = QuarterlyScheme();
  misspelt["indicators"][2]["rule"]["caps"] = 3;
  HttpResponse unknown = As("supervisor", "POST", "/api/v1/assessment/schemes", misspelt);
  EXPECT_EQ(unknown.status, 400) << unknown.body;
  EXPECT_EQ(Json(unknown)["error"]["field"], "indicators[2].rule.caps");

  auto list = Json(As("street", "GET", "/api/v1/assessment/schemes"));
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["version"], 2);
  EXPECT_EQ(As("community", "POST", "/api/v1/assessment/schemes", QuarterlyScheme("别的方案")).status, 403);
  EXPECT_EQ(As("supervisor", "GET", "/api/v1/assessment/schemes/99999").status, 404);
}

TEST_P(AssessmentApiTest, AHandEnteredBonusCountsOnceASecondAccountConfirmsIt) {
  const std::int64_t scheme = SaveQuarterlyScheme(*this);
  const std::int64_t value = EnterBonus(*this, "supervisor", scheme, "2026-Q4");

  // Unconfirmed, the bonus does not count: C and C2 tie on nothing and share first place.
  const std::int64_t result = ComputePeriod(*this, scheme, "2026-Q4");
  nlohmann::json tied = Result("supervisor", result);
  ASSERT_EQ(tied["units"].size(), 2u);
  for (const auto& u : tied["units"]) {
    EXPECT_EQ(u["rank"], 1);
    EXPECT_TRUE(u["tied"].get<bool>());
    EXPECT_TRUE(u["incomplete"].get<bool>()) << "no cases and no milestones: no data";
  }

  HttpResponse own =
      As("supervisor", "POST", "/api/v1/assessment/values/" + std::to_string(value) + "/confirm");
  EXPECT_EQ(own.status, 403) << own.body;
  HttpResponse confirmed =
      As("admin", "POST", "/api/v1/assessment/values/" + std::to_string(value) + "/confirm");
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(Json(confirmed)["confirmed_by"], "admin");
  EXPECT_EQ(As("admin", "POST", "/api/v1/assessment/values/" + std::to_string(value) + "/confirm").status,
            409);

  ComputePeriod(*this, scheme, "2026-Q4");
  nlohmann::json ranked = Result("leader", result);
  ASSERT_EQ(Codes(ranked), (std::vector<std::string>{"C", "C2"}));
  EXPECT_EQ(ranked["units"][0]["total"], 2);
  EXPECT_EQ(ranked["units"][0]["rank"], 1);
  EXPECT_EQ(ranked["units"][1]["rank"], 2);
  EXPECT_FALSE(ranked["units"][0]["tied"].get<bool>());
  const auto& bonus = ranked["units"][0]["breakdown"]["indicators"][2];
  EXPECT_EQ(bonus["code"], "B1");
  EXPECT_EQ(bonus["raw"], 2);
  EXPECT_EQ(bonus["points"], 2);
  EXPECT_EQ(bonus["max_points"], 3);
  EXPECT_FALSE(bonus["explanation"].get<std::string>().empty());

  auto values = Json(As("supervisor", "GET",
                        "/api/v1/assessment/values?scheme=" + std::to_string(scheme) + "&period=2026-Q4"));
  ASSERT_EQ(values["items"].size(), 1u);
  EXPECT_EQ(values["items"][0]["entered_by"], "supervisor");
  EXPECT_EQ(values["items"][0]["unit"]["code"], "C");
}

TEST_P(AssessmentApiTest, BadValuesAndPeriodsAreRefusedNamingTheFieldAndChangeNothing) {
  const std::int64_t scheme = SaveQuarterlyScheme(*this);
  auto entry = [&](const nlohmann::json& body) {
    nlohmann::json b = {{"scheme_id", scheme}, {"period", "2026-Q4"}, {"unit", "C"},
                        {"indicator", "B1"},   {"value", 1},          {"evidence", "表彰文件"}};
    b.update(body);
    return As("supervisor", "POST", "/api/v1/assessment/values", b);
  };
  EXPECT_EQ(Json(entry({{"indicator", "Q1"}}))["error"]["field"], "indicator");
  EXPECT_EQ(Json(entry({{"unit", "S"}}))["error"]["field"], "unit");
  EXPECT_EQ(Json(entry({{"period", "2026-11"}}))["error"]["field"], "period");
  EXPECT_EQ(Json(entry({{"value", 1.23456}}))["error"]["field"], "value");
  EXPECT_EQ(Json(entry({{"evidence", ""}}))["error"]["field"], "evidence");
  EXPECT_EQ(Count("gov_assessment_values"), 0);

  HttpResponse month =
      As("supervisor", "POST", "/api/v1/assessment/results", {{"scheme_id", scheme}, {"period", "2026-11"}});
  EXPECT_EQ(month.status, 400) << month.body;
  EXPECT_EQ(Json(month)["error"]["field"], "period");
  EXPECT_EQ(
      As("supervisor", "POST", "/api/v1/assessment/results", {{"scheme_id", 4242}, {"period", "2026-Q4"}})
          .status,
      404);
  EXPECT_EQ(Count("gov_assessment_results"), 0);
}

TEST_P(AssessmentApiTest, AUnitSeesItsOwnLineUntilTheResultIsPublishedAsANumberedNotice) {
  const std::int64_t scheme = SaveQuarterlyScheme(*this);
  const std::int64_t result = ComputePeriod(*this, scheme, "2026-Q4");
  EXPECT_EQ(Codes(Result("community", result)), std::vector<std::string>{"C"});
  EXPECT_EQ(Codes(Result("community2", result)), std::vector<std::string>{"C2"});
  EXPECT_EQ(Codes(Result("street", result)), (std::vector<std::string>{"C", "C2"}));
  EXPECT_EQ(As("grid1", "GET", "/api/v1/assessment/results/" + std::to_string(result)).status, 403);

  HttpResponse published =
      As("supervisor", "POST", "/api/v1/assessment/results/" + std::to_string(result) + "/publish",
         {{"opening", "现将2026年第四季度社区目标考评结果通报如下。"}, {"closing", "请各社区对照整改。"}});
  ASSERT_EQ(published.status, 201) << published.body;
  const nlohmann::json report = Json(published);
  EXPECT_NE(report["number"].get<std::string>().find("〔2026〕第 1 期"), std::string::npos)
      << report["number"];

  EXPECT_EQ(Codes(Result("community", result)), (std::vector<std::string>{"C", "C2"}));
  nlohmann::json summary =
      Json(As("community", "GET", "/api/v1/assessment/results?scheme=" + std::to_string(scheme)));
  ASSERT_EQ(summary["items"].size(), 1u);
  EXPECT_EQ(summary["items"][0]["number"], report["number"]);
  EXPECT_EQ(summary["items"][0]["report_id"], report["id"]);
  EXPECT_EQ(summary["items"][0]["unit_count"], 2);

  HttpResponse list = Request("GET", "/api/v1/assessment/reports");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(Json(list)["items"].size(), 1u);
  HttpResponse pdf = Request("GET", report["pdf_url"].get<std::string>());
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(pdf.content_type, "application/pdf");
  HttpResponse xlsx = Request("GET", report["xlsx_url"].get<std::string>());
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u);
  EXPECT_EQ(Request("GET", "/api/v1/assessment/reports/4242/pdf").status, 404);

  // Frozen: neither published again nor recomputed, and nothing changes.
  const std::string pdf_before = pdf.body;
  EXPECT_EQ(
      As("admin", "POST", "/api/v1/assessment/results/" + std::to_string(result) + "/publish", {}).status,
      422);
  EXPECT_EQ(As("admin", "POST", "/api/v1/assessment/results", {{"scheme_id", scheme}, {"period", "2026-Q4"}})
                .status,
            422);
  EXPECT_EQ(Count("gov_assessment_reports"), 1);
  EXPECT_EQ(Request("GET", report["pdf_url"].get<std::string>()).body, pdf_before);
}

SANWANG_INSTANTIATE_API_BACKENDS(AssessmentApiTest);

}  // namespace
}  // namespace sanwang::api
