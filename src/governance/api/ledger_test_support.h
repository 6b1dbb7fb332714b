// A ledger laid out over HTTP for the ledger's API tests and access rows: a programme, a
// project and a 2026 task of street S, and milestones of community C under the leader.
// Test code; not thread-safe.
#pragma once

#include <string>

#include "api/api_test_fixture.h"

namespace sanwang::api {

struct LedgerLayout {
  std::int64_t programme = 0;
  std::int64_t project = 0;
  std::int64_t task = 0;
};

inline LedgerLayout LayOutLedger(ApiTest& test, const std::string& programme_name = "“1369”工程") {
  LedgerLayout out;
  HttpResponse g = test.As("supervisor", "POST", "/api/v1/ledger/programmes", {{"name", programme_name}});
  EXPECT_EQ(g.status, 201) << g.body;
  out.programme = g.status == 201 ? ApiTest::Json(g)["id"].get<std::int64_t>() : 0;
  HttpResponse p = test.As("supervisor", "POST", "/api/v1/ledger/projects",
                           {{"programme_id", out.programme}, {"name", "基层治理"}});
  EXPECT_EQ(p.status, 201) << p.body;
  out.project = p.status == 201 ? ApiTest::Json(p)["id"].get<std::int64_t>() : 0;
  HttpResponse t = test.As("supervisor", "POST", "/api/v1/ledger/tasks",
                           {{"project_id", out.project},
                            {"name", "网格化治理提升"},
                            {"starts_on", "2026-01-01"},
                            {"ends_on", "2026-12-31"},
                            {"unit_code", "S"}});
  EXPECT_EQ(t.status, 201) << t.body;
  out.task = t.status == 201 ? ApiTest::Json(t)["id"].get<std::int64_t>() : 0;
  return out;
}

inline nlohmann::json MilestoneBody(std::int64_t task, const std::string& due_on,
                                    const std::string& unit = "C") {
  return {{"task_id", task},  {"name", "完成网格员培训"}, {"deliverables", "培训记录"},
          {"due_on", due_on}, {"unit_code", unit},        {"leader", "leader"},
          {"weight", 20}};
}

inline std::int64_t AddMilestone(ApiTest& test, std::int64_t task, const std::string& due_on,
                                 const std::string& unit = "C") {
  HttpResponse m =
      test.As("supervisor", "POST", "/api/v1/ledger/milestones", MilestoneBody(task, due_on, unit));
  EXPECT_EQ(m.status, 201) << m.body;
  return m.status == 201 ? ApiTest::Json(m)["id"].get<std::int64_t>() : 0;
}

}  // namespace sanwang::api
