// Who may call the ledger routes (ledger_routes.cc): staff of a unit, the supervision
// office, leaders and admins read the ledger (community2 finds C's milestone missing,
// the department likewise); the office and admins lay it out; the workflow's actions
// answer to the milestone's own unit (community reports on C's milestone; the office's
// own actions are tested state by state in ledger_api_test.cc); supervision notices and
// evidence files likewise (below). Grid workers, the command center and residents get nothing.
#include <memory>

#include "api/access_matrix.h"
#include "api/test_images.h"
#include "governance/api/ledger_test_support.h"

namespace sanwang::api {
namespace {

// Supervision notices: readers list them; C's notice is seen by those who see C's
// milestones; the office issues and escalates; only C's staff and the milestone's leader
// answer. Each allowed call gets a fresh milestone or notice, so none finds the state moved.
void AddSupervisionAccessRows(ApiTest& test, const LedgerLayout& layout, AccessRows& rows) {
  auto fresh_milestone = [&test, layout] { return AddMilestone(test, layout.task, "2026-12-16"); };
  auto fresh_notice = [&test, fresh_milestone] {
    HttpResponse r = test.As("supervisor", "POST",
                             "/api/v1/ledger/milestones/" + std::to_string(fresh_milestone()) + "/notices",
                             {{"level", 1}, {"note", "请加快推进"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return "/api/v1/ledger/notices/" +
           std::to_string(r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0);
  };
  const std::string notice = fresh_notice();
  const std::set<std::string> readers = {"community",  "community2", "street", "dept",
                                         "supervisor", "leader",     "admin"};
  const std::set<std::string> office = {"supervisor", "admin"};
  rows.insert({
      {"GET /api/v1/ledger/notices",
       {[&test](const std::string& who) { return test.As(who, "GET", "/api/v1/ledger/notices"); }, readers}},
      {"GET /api/v1/ledger/notices/{id}",
       {[&test, notice](const std::string& who) { return test.As(who, "GET", notice); },
        {"community", "street", "supervisor", "leader", "admin"}}},
      {"GET /api/v1/ledger/accountability",
       {[&test](const std::string& who) { return test.As(who, "GET", "/api/v1/ledger/accountability"); },
        readers}},
      {"POST /api/v1/ledger/milestones/{id}/notices",
       {[&test, fresh_milestone](const std::string& who) {
          return test.As(who, "POST",
                         "/api/v1/ledger/milestones/" + std::to_string(fresh_milestone()) + "/notices",
                         {{"level", 2}, {"note", "区委交办"}});
        },
        office}},
      {"POST /api/v1/ledger/notices/{id}/answer",
       {[&test, fresh_notice](const std::string& who) {
          return test.As(who, "POST", fresh_notice() + "/answer", {{"answer", "已安排推进"}});
        },
        {"community", "leader"}}},
      {"POST /api/v1/ledger/notices/{id}/escalate",
       {[&test, fresh_notice](const std::string& who) {
          return test.As(who, "POST", fresh_notice() + "/escalate", {{"note", "未见进展"}});
        },
        office}},
  });
}

// Evidence: only C's staff upload to C's milestone; those who see it list and download.
void AddEvidenceAccessRows(ApiTest& test, const std::string& milestone, AccessRows& rows) {
  auto upload = [&test, milestone](const std::string& who) {
    return test.Request("POST", milestone + "/evidence?name=photo.png", test_images::MakePng(300),
                        who.empty() ? "" : test.TokenOf(who), {{"content-type", "image/png"}});
  };
  HttpResponse first = upload("community");
  EXPECT_EQ(first.status, 201) << first.body;
  const std::string file = first.status == 201 ? ApiTest::Json(first)["url"].get<std::string>() : "";
  const std::set<std::string> seers_of_c = {"community", "street", "supervisor", "leader", "admin"};
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  rows.insert({
      {"POST /api/v1/ledger/milestones/{id}/evidence", {upload, {"community"}}},
      {"GET /api/v1/ledger/milestones/{id}/evidence", {get(milestone + "/evidence"), seers_of_c}},
      {"GET /api/v1/ledger/milestones/{id}/evidence/{evidence_id}", {get(file), seers_of_c}},
  });
}

}  // namespace

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
  AddSupervisionAccessRows(test, layout, rows);
  AddEvidenceAccessRows(test, milestone, rows);
}

}  // namespace sanwang::api
