// Who may call the assessment routes (assessment_routes.cc): staff of a unit, the
// supervision office, leaders and admins read the schemes and results; the office and admins
// save schemes, compute, enter and confirm values and publish; everyone, signed in or not,
// reads the published notices. Grid workers, the command center and residents get nothing
// else. Each allowed write gets a fresh period or value, so none finds the state moved.
#include <memory>

#include "api/access_matrix.h"
#include "governance/api/assessment_test_support.h"

namespace sanwang::api {

void AddAssessmentAccessRows(ApiTest& test, AccessRows& rows) {
  const std::int64_t scheme = SaveQuarterlyScheme(test, "访问测试考评方案");
  const std::int64_t result = ComputePeriod(test, scheme, "2026-Q3");
  HttpResponse published =
      test.As("supervisor", "POST", "/api/v1/assessment/results/" + std::to_string(result) + "/publish", {});
  EXPECT_EQ(published.status, 201) << published.body;
  const std::string report =
      "/api/v1/assessment/reports/" +
      std::to_string(published.status == 201 ? ApiTest::Json(published)["id"].get<std::int64_t>() : 0);
  // Quarters of years long past, one per allowed call.
  auto next_quarter = std::make_shared<int>(0);
  auto fresh_period = [next_quarter] {
    const int n = (*next_quarter)++;
    return std::to_string(2000 + n / 4) + "-Q" + std::to_string(n % 4 + 1);
  };
  auto next_name = std::make_shared<int>(0);
  const std::set<std::string> readers = {"community",  "community2", "street", "dept",
                                         "supervisor", "leader",     "admin"};
  const std::set<std::string> office = {"supervisor", "admin"};
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  rows.insert({
      {"GET /api/v1/assessment/schemes", {get("/api/v1/assessment/schemes"), readers}},
      {"GET /api/v1/assessment/schemes/{id}",
       {get("/api/v1/assessment/schemes/" + std::to_string(scheme)), readers}},
      {"POST /api/v1/assessment/schemes",
       {[&test, next_name](const std::string& who) {
          return test.As(who, "POST", "/api/v1/assessment/schemes",
                         QuarterlyScheme("新考评方案" + std::to_string((*next_name)++)));
        },
        office}},
      {"GET /api/v1/assessment/results", {get("/api/v1/assessment/results"), readers}},
      {"GET /api/v1/assessment/results/{id}",
       {get("/api/v1/assessment/results/" + std::to_string(result)), readers}},
      {"POST /api/v1/assessment/results",
       {[&test, scheme, fresh_period](const std::string& who) {
          return test.As(who, "POST", "/api/v1/assessment/results",
                         {{"scheme_id", scheme}, {"period", fresh_period()}});
        },
        office}},
      {"POST /api/v1/assessment/results/{id}/publish",
       {[&test, scheme, fresh_period](const std::string& who) {
          const std::int64_t fresh = ComputePeriod(test, scheme, fresh_period());
          return test.As(who, "POST", "/api/v1/assessment/results/" + std::to_string(fresh) + "/publish",
                         {{"closing", "请各社区对照整改"}});
        },
        office}},
      {"GET /api/v1/assessment/values",
       {get("/api/v1/assessment/values?scheme=" + std::to_string(scheme) + "&period=2026-Q4"), office}},
      {"POST /api/v1/assessment/values",
       {[&test, scheme](const std::string& who) {
          return test.As(who, "POST", "/api/v1/assessment/values",
                         {{"scheme_id", scheme},
                          {"period", "2026-Q4"},
                          {"unit", "C"},
                          {"indicator", "B1"},
                          {"value", 1},
                          {"evidence", "表彰文件"}});
        },
        office}},
      // The value is entered by the other account of the office: nobody confirms their own.
      {"POST /api/v1/assessment/values/{id}/confirm",
       {[&test, scheme](const std::string& who) {
          const std::int64_t value =
              EnterBonus(test, who == "supervisor" ? "admin" : "supervisor", scheme, "2026-Q4");
          return test.As(who, "POST", "/api/v1/assessment/values/" + std::to_string(value) + "/confirm");
        },
        office}},
      {"GET /api/v1/assessment/reports", {get("/api/v1/assessment/reports"), AllCallers()}},
      {"GET /api/v1/assessment/reports/{id}/pdf", {get(report + "/pdf"), AllCallers()}},
      {"GET /api/v1/assessment/reports/{id}/xlsx", {get(report + "/xlsx"), AllCallers()}},
  });
}

}  // namespace sanwang::api
