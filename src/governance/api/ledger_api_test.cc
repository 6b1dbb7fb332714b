// The task ledger over HTTP, on SQLite and PostgreSQL: laid out by the supervision office,
// worked by the responsible unit (report with progress, submit) and the office (return
// with a reason, accept), the table's filters and paging, the workflow's states sent to
// clients, and bad input refused with the field named and nothing changed.
#include "governance/api/ledger_test_support.h"
#include "governance/io/ledger_xlsx.h"

namespace sanwang::api {
namespace {

class LedgerApiTest : public ApiTest {
 protected:
  HttpResponse Act(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    return As(who, "POST", "/api/v1/ledger/milestones/" + std::to_string(id) + "/actions", body);
  }
  nlohmann::json Milestone(std::int64_t id, const std::string& who = "supervisor") {
    HttpResponse r = As(who, "GET", "/api/v1/ledger/milestones/" + std::to_string(id));
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
  std::int64_t CountMilestones() { return db_->Query("SELECT COUNT(*) FROM gov_milestones")->at(0).Int(0); }
};

TEST_P(LedgerApiTest, AUnitReportsTheOfficeReturnsTheUnitResubmitsAndTheOfficeAccepts) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t id = AddMilestone(*this, layout.task, "2026-12-15");
  nlohmann::json m = Milestone(id, "community");
  EXPECT_EQ(m["state"], "planned");
  EXPECT_EQ(m["state_label"], "未开始 Not started");
  EXPECT_EQ(m["open"], true);
  EXPECT_EQ(m["allowed_actions"], nlohmann::json::array({"report"}));
  EXPECT_EQ(m["unit"]["code"], "C");
  EXPECT_EQ(m["leader"]["username"], "leader");
  EXPECT_EQ(m["programme"]["name"], "“1369”工程");

  HttpResponse reported =
      Act("community", id, {{"action", "report"}, {"percent", 80}, {"note", "已培训 40 人"}});
  ASSERT_EQ(reported.status, 200) << reported.body;
  EXPECT_EQ(Json(reported)["percent"], 80);
  EXPECT_EQ(Json(reported)["reported_at"], "2026-11-30T09:00:00+08:00");
  ASSERT_EQ(Act("community", id, {{"action", "submit"}, {"note", "请验收"}}).status, 200);
  HttpResponse returned = Act("supervisor", id, {{"action", "return"}, {"note", "缺少签到表"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(Json(returned)["state"], "in_progress");
  ASSERT_EQ(Act("community", id, {{"action", "report"}, {"percent", 100}, {"note", "已补签到表"}}).status,
            200);
  ASSERT_EQ(Act("community", id, {{"action", "submit"}}).status, 200);
  HttpResponse accepted = Act("supervisor", id, {{"action", "accept"}, {"note", "验收通过"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  nlohmann::json done = Json(accepted);
  EXPECT_EQ(done["state"], "accepted");
  EXPECT_EQ(done["open"], false);
  EXPECT_EQ(done["accepted_at"], "2026-11-30T09:00:00+08:00");
  ASSERT_EQ(done["events"].size(), 6u);
  EXPECT_EQ(done["events"][2]["action"], "return");
  EXPECT_EQ(done["events"][2]["note"], "缺少签到表");
  EXPECT_EQ(done["events"][2]["username"], "supervisor");
}

TEST_P(LedgerApiTest, TheWorkflowDecidesWhoActsAndWhen) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t id = AddMilestone(*this, layout.task, "2026-12-15");
  EXPECT_EQ(Act("street", id, {{"action", "report"}, {"percent", 10}, {"note", "代报"}}).status, 403);
  EXPECT_EQ(Act("community2", id, {{"action", "report"}, {"percent", 10}, {"note", "代报"}}).status, 404);
  EXPECT_EQ(Act("community", id, {{"action", "submit"}}).status, 422);  // nothing reported yet
  EXPECT_EQ(Act("community", id, {{"action", "accept"}}).status, 422);
  ASSERT_EQ(Act("community", id, {{"action", "report"}, {"percent", 100}, {"note", "完成"}}).status, 200);
  ASSERT_EQ(Act("community", id, {{"action", "submit"}}).status, 200);
  EXPECT_EQ(Act("community", id, {{"action", "accept"}}).status, 403);
  EXPECT_EQ(Act("leader", id, {{"action", "accept"}}).status, 403);
  EXPECT_EQ(Milestone(id)["state"], "submitted");
}

TEST_P(LedgerApiTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t first = AddMilestone(*this, layout.task, "2026-12-15");
  const std::int64_t before = CountMilestones();
  struct Case {
    nlohmann::json body;
    const char* field;
  };
  nlohmann::json base = MilestoneBody(layout.task, "2026-12-16");
  auto with = [&base](const char* key, nlohmann::json value) {
    nlohmann::json b = base;
    b[key] = std::move(value);
    return b;
  };
  const std::vector<Case> table = {
      {with("due_on", "2025-12-31"), "due_on"},  // before the task starts
      {with("due_on", "2026-12-19"), "due_on"},  // a Saturday
      {with("due_on", "31/12/2026"), "due_on"},
      {with("weight", 0), "weight"},
      {with("weight", "many"), "weight"},
      {with("unit_code", "NOPE"), "unit_code"},
      {with("leader", "resident1"), "leader"},  // not a staff account
      {with("depends_on", nlohmann::json::array({"x"})), "depends_on"},
      {with("depends_on", nlohmann::json::array({first + 1000})), "depends_on"},
      {with("name", ""), "name"},
      {with("colour", "red"), "colour"},
  };
  for (const Case& c : table) {
    HttpResponse r = As("supervisor", "POST", "/api/v1/ledger/milestones", c.body);
    EXPECT_EQ(r.status, 400) << c.field << ": " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(CountMilestones(), before);
  HttpResponse bad_percent = Act("community", first, {{"action", "report"}, {"percent", 120}, {"note", "x"}});
  EXPECT_EQ(Json(bad_percent)["error"]["field"], "percent");
  HttpResponse no_note = Act("community", first, {{"action", "report"}, {"percent", 20}});
  EXPECT_EQ(Json(no_note)["error"]["field"], "note");
  EXPECT_EQ(Milestone(first)["state"], "planned");
  HttpResponse bad_task = As("supervisor", "POST", "/api/v1/ledger/tasks",
                             {{"project_id", layout.project},
                              {"name", "倒置任务"},
                              {"starts_on", "2026-06-01"},
                              {"ends_on", "2026-05-01"},
                              {"unit_code", "S"}});
  EXPECT_EQ(Json(bad_task)["error"]["field"], "ends_on");
  EXPECT_EQ(As("supervisor", "POST", "/api/v1/ledger/programmes", {{"name", "“1369”工程"}}).status, 409);
}

TEST_P(LedgerApiTest, ACycleIsRefusedAndTheOrderOfWorkIsKept) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t a = AddMilestone(*this, layout.task, "2026-12-15");
  nlohmann::json body = MilestoneBody(layout.task, "2026-12-16");
  body["depends_on"] = {a};
  HttpResponse b = As("supervisor", "POST", "/api/v1/ledger/milestones", body);
  ASSERT_EQ(b.status, 201) << b.body;
  const std::int64_t b_id = Json(b)["id"].get<std::int64_t>();
  HttpResponse cycle =
      As("supervisor", "PUT", "/api/v1/ledger/milestones/" + std::to_string(a) + "/dependencies",
         {{"depends_on", {b_id}}});
  EXPECT_EQ(cycle.status, 400) << cycle.body;
  EXPECT_EQ(Json(cycle)["error"]["field"], "depends_on");
  EXPECT_EQ(Milestone(a)["depends_on"], nlohmann::json::array());
  ASSERT_EQ(Act("community", b_id, {{"action", "report"}, {"percent", 100}, {"note", "完成"}}).status, 200);
  HttpResponse early = Act("community", b_id, {{"action", "submit"}});
  EXPECT_EQ(early.status, 422) << early.body;
}

TEST_P(LedgerApiTest, TheTableFiltersAndPagesWhatTheCallerSees) {
  const LedgerLayout layout = LayOutLedger(*this);
  AddMilestone(*this, layout.task, "2026-11-27");        // overdue on Monday 30 November
  AddMilestone(*this, layout.task, "2026-12-02", "C2");  // due within 3 days
  AddMilestone(*this, layout.task, "2026-12-28", "DEPT");
  auto total = [this](const std::string& who, const std::string& query) {
    HttpResponse r = As(who, "GET", "/api/v1/ledger/milestones" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r)["total"].get<std::int64_t>();
  };
  EXPECT_EQ(total("supervisor", ""), 3);
  EXPECT_EQ(total("street", ""), 2);
  EXPECT_EQ(total("community", ""), 1);
  EXPECT_EQ(total("dept", ""), 1);
  EXPECT_EQ(total("supervisor", "?overdue=true"), 1);
  EXPECT_EQ(total("supervisor", "?due_within=3"), 1);
  EXPECT_EQ(total("supervisor", "?unit=S"), 2);
  EXPECT_EQ(total("supervisor", "?leader=leader&programme=" + std::to_string(layout.programme)), 3);
  EXPECT_EQ(total("supervisor", "?state=accepted"), 0);
  HttpResponse overdue = As("supervisor", "GET", "/api/v1/ledger/milestones?overdue=true");
  EXPECT_EQ(Json(overdue)["items"][0]["overdue"], true);
  HttpResponse page = As("supervisor", "GET", "/api/v1/ledger/milestones?page=2&page_size=2");
  EXPECT_EQ(Json(page)["items"].size(), 1u);
  EXPECT_EQ(Json(page)["items"][0]["due_on"], "2026-12-28");
  for (const char* bad : {"?state=lost", "?overdue=maybe", "?due_within=400", "?programme=x"}) {
    EXPECT_EQ(As("supervisor", "GET", std::string("/api/v1/ledger/milestones") + bad).status, 400) << bad;
  }
  EXPECT_EQ(As("community", "GET", "/api/v1/ledger/milestones?unit=S").status, 403);
}

TEST_P(LedgerApiTest, TheWorkbookHoldsTheMilestonesTheCallerSees) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t first = AddMilestone(*this, layout.task, "2026-12-02");
  HttpResponse later = As("supervisor", "POST", "/api/v1/ledger/milestones",
                          {{"task_id", layout.task},
                           {"name", "验收评估"},
                           {"due_on", "2026-12-28"},
                           {"unit_code", "C2"},
                           {"depends_on", {first}}});
  ASSERT_EQ(later.status, 201) << later.body;
  auto rows_for = [this](const std::string& who) {
    HttpResponse r = As(who, "GET", "/api/v1/ledger/export.xlsx");
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    auto sheet = governance::io::ReadLedgerWorkbook(r.body);
    EXPECT_TRUE(sheet.ok()) << sheet.status().ToString();
    return sheet.ok() ? sheet->rows : std::vector<governance::LedgerRow>{};
  };
  const auto all = rows_for("supervisor");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].milestone, "完成网格员培训");
  EXPECT_EQ(all[0].due_on, "2026-12-02");
  EXPECT_EQ(all[0].leader, "leader");
  EXPECT_EQ(all[0].weight, "20");
  EXPECT_EQ(all[0].state, "未开始 Not started");
  EXPECT_EQ(all[1].depends_on, all[0].seq);
  EXPECT_EQ(all[1].task_starts_on, "2026-01-01");
  const auto community = rows_for("community");
  ASSERT_EQ(community.size(), 1u);
  EXPECT_EQ(community[0].milestone, "完成网格员培训");
  EXPECT_EQ(As("grid1", "GET", "/api/v1/ledger/export.xlsx").status, 403);
}

TEST_P(LedgerApiTest, TheOutlineCarriesTheWorkflowsStatesForClients) {
  const LedgerLayout layout = LayOutLedger(*this);
  HttpResponse r = As("community", "GET", "/api/v1/ledger");
  ASSERT_EQ(r.status, 200) << r.body;
  nlohmann::json outline = Json(r);
  ASSERT_EQ(outline["programmes"].size(), 1u);
  EXPECT_EQ(outline["programmes"][0]["projects"][0]["tasks"][0]["id"], layout.task);
  EXPECT_EQ(outline["programmes"][0]["projects"][0]["tasks"][0]["unit"]["code"], "S");
  std::vector<std::string> open;
  for (const auto& s : outline["states"]) {
    if (s["open"].get<bool>()) open.push_back(s["name"].get<std::string>());
  }
  EXPECT_EQ(open, (std::vector<std::string>{"planned", "in_progress", "submitted"}));
  EXPECT_EQ(outline["actions"].size(), 4u);
}

SANWANG_INSTANTIATE_API_BACKENDS(LedgerApiTest);

}  // namespace
}  // namespace sanwang::api
