// A quarterly community scheme saved over HTTP for the assessment API tests and access
// rows: on-time acceptance (50 points, linear 60% → 95%), milestones on time (50 points,
// thresholds) and a hand-entered commendation bonus (1 point each, at most 3). Test code;
// not thread-safe.
#pragma once

#include <string>

#include "api/api_test_fixture.h"

namespace sanwang::api {

inline nlohmann::json QuarterlyScheme(const std::string& name = "社区季度目标考评") {
  return {{"name", name},
          {"period", "quarter"},
          {"unit_kind", "community"},
          {"indicators",
           {{{"code", "Q1"},
             {"name", "按时受理率"},
             {"source", "cases_on_time_acceptance"},
             {"weight", 50},
             {"rule", {{"kind", "linear"}, {"floor", 60}, {"target", 95}}}},
            {{"code", "Q2"},
             {"name", "节点按时完成率"},
             {"source", "ledger_milestones_on_time"},
             {"weight", 50},
             {"rule",
              {{"kind", "thresholds"},
               {"steps", {{{"bound", 80}, {"fraction", 0.5}}, {{"bound", 100}, {"fraction", 1}}}}}}},
            {{"code", "B1"},
             {"name", "表彰加分"},
             {"source", "manual"},
             {"rule", {{"kind", "bonus"}, {"per_occurrence", 1}, {"cap", 3}}}}}}};
}

// Saves the scheme as the supervision office; its id.
inline std::int64_t SaveQuarterlyScheme(ApiTest& test, const std::string& name = "社区季度目标考评") {
  HttpResponse r = test.As("supervisor", "POST", "/api/v1/assessment/schemes", QuarterlyScheme(name));
  EXPECT_EQ(r.status, 200) << r.body;
  return r.status == 200 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

// Computes the scheme's period as the office; the result's id.
inline std::int64_t ComputePeriod(ApiTest& test, std::int64_t scheme, const std::string& period) {
  HttpResponse r = test.As("supervisor", "POST", "/api/v1/assessment/results",
                           {{"scheme_id", scheme}, {"period", period}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

// Enters a value of the bonus item B1 for community C; its id.
inline std::int64_t EnterBonus(ApiTest& test, const std::string& who, std::int64_t scheme,
                               const std::string& period, double value = 2) {
  HttpResponse r = test.As(who, "POST", "/api/v1/assessment/values",
                           {{"scheme_id", scheme},
                            {"period", period},
                            {"unit", "C"},
                            {"indicator", "B1"},
                            {"value", value},
                            {"evidence", "区委办表扬通报〔2026〕12号"}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

}  // namespace sanwang::api
