// Who may call the ledger routes (ledger_routes.cc): staff of a unit, the supervision
// office, leaders and admins read the ledger (community2 finds C's milestone missing,
// the department likewise); the office and admins lay it out; the workflow's actions
// answer to the milestone's own unit (community reports on C's milestone; the office's
// own actions are tested state by state in ledger_api_test.cc). Grid workers, the
// command center and residents get nothing.
#include <memory>

#include "api/access_matrix.h"
#include "governance/api/ledger_test_support.h"

namespace sanwang::api {

void AddLedgerAccessRows(ApiTest& test, AccessRows& rows) {
  const LedgerLayout layout = LayOutLedger(test, "访问测试工程");
  const std::string milestone =
      "/api/v1/ledger/milestones/" + std::to_string(AddMilestone(test, layout.task, "2026-12-15"));
  auto next = std::make_shared<int>(0);
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto post = [&test](const std::string& target, const nlohmann::json& body) {
    return [&test, target, body](const std::string& who) { return test.As(who, "POST", target, body); };
  };
  auto named = [&test, next](const std::string& target, const nlohmann::json& body) {
    return [&test, next, target, body](const std::string& who) {
      nlohmann::json b = body;
      b["name"] = b["name"].get<std::string>() + std::to_string((*next)++);
      return test.As(who, "POST", target, b);
    };
  };
  const std::set<std::string> readers = {"community",  "community2", "street", "dept",
                                         "supervisor", "leader",     "admin"};
  const std::set<std::string> seers_of_c = {"community", "street", "supervisor", "leader", "admin"};
  const std::set<std::string> office = {"supervisor", "admin"};
  rows.insert({
      {"GET /api/v1/ledger", {get("/api/v1/ledger"), readers}},
      {"GET /api/v1/ledger/milestones", {get("/api/v1/ledger/milestones"), readers}},
      {"GET /api/v1/ledger/export.xlsx", {get("/api/v1/ledger/export.xlsx"), readers}},
      {"GET /api/v1/ledger/milestones/{id}", {get(milestone), seers_of_c}},
      {"POST /api/v1/ledger/milestones/{id}/actions",
       {post(milestone + "/actions", {{"action", "report"}, {"percent", 30}, {"note", "进度"}}),
        {"community"}}},
      {"POST /api/v1/ledger/programmes", {named("/api/v1/ledger/programmes", {{"name", "工程"}}), office}},
      {"POST /api/v1/ledger/projects",
       {named("/api/v1/ledger/projects", {{"programme_id", layout.programme}, {"name", "项目"}}), office}},
      {"POST /api/v1/ledger/tasks",
       {post("/api/v1/ledger/tasks", {{"project_id", layout.project},
                                      {"name", "任务"},
                                      {"starts_on", "2026-01-01"},
                                      {"ends_on", "2026-12-31"},
                                      {"unit_code", "C"}}),
        office}},
      {"POST /api/v1/ledger/milestones",
       {post("/api/v1/ledger/milestones", MilestoneBody(layout.task, "2026-12-18")), office}},
      {"PUT /api/v1/ledger/milestones/{id}/dependencies",
       {[&test, milestone](const std::string& who) {
          return test.As(who, "PUT", milestone + "/dependencies", {{"depends_on", nlohmann::json::array()}});
        },
        office}},
  });
}

}  // namespace sanwang::api
