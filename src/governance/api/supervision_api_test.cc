// Supervision of the task ledger over HTTP, on SQLite and PostgreSQL: the timer's notice
// reaches the responsible unit and leader and no one outside their sight, the unit answers
// once, the office escalates by hand to the top, issues by hand, the accountability list
// says how late; bad input is refused naming the field, with nothing changed.
#include "governance/api/ledger_test_support.h"
#include "governance/supervision.h"
#include "store/org_repository.h"

namespace sanwang::api {
namespace {

constexpr std::int64_t kDay = 24 * 3600;

class SupervisionApiTest : public ApiTest {
 protected:
  // The server's minute sweep, as the timer runs it.
  governance::SupervisionSweep Sweep() {
    auto workflow = api_->WorkflowNamed(governance::kMilestoneWorkflow);
    EXPECT_TRUE(workflow.ok());
    store::OrgRepository org_repo(*db_);
    auto org = org::OrgDirectory::Load(org_repo, api_->default_district());
    EXPECT_TRUE(org.ok()) << org.status().ToString();
    governance::Ledger ledger{*db_,   *org,       cases::Actor::System(),       **workflow,
                              clock_, *calendar_, api_->options().notices.get()};
    auto swept = governance::Supervise(ledger, {});
    EXPECT_TRUE(swept.ok()) << swept.status().ToString();
    return swept.ok() ? *swept : governance::SupervisionSweep{-1, -1, -1};
  }
  nlohmann::json Notices(const std::string& who, const std::string& query = "") {
    HttpResponse r = As(who, "GET", "/api/v1/ledger/notices" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
  // The kinds of `who`'s notices behind the bell about the ledger, the newest first.
  std::vector<nlohmann::json> Told(const std::string& who) {
    std::vector<nlohmann::json> out;
    const nlohmann::json all = Json(As(who, "GET", "/api/v1/notices"));
    for (const auto& n : all["items"])
      if (n["kind"] == "ledger_supervision") out.push_back(n);
    return out;
  }
  std::int64_t CountNotices() {
    return db_->Query("SELECT COUNT(*) FROM gov_supervision_notices")->at(0).Int(0);
  }
};

TEST_P(SupervisionApiTest, TheTimersNoticeReachesTheUnitWhichAnswersOnce) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t late = AddMilestone(*this, layout.task, "2026-11-27");  // Friday; today is Monday
  AddMilestone(*this, layout.task, "2026-12-18");
  EXPECT_EQ(Sweep().opened, 1);

  nlohmann::json own = Notices("community");
  ASSERT_EQ(own["total"], 1);
  const nlohmann::json notice = own["items"][0];
  EXPECT_EQ(notice["milestone"]["id"], late);
  EXPECT_EQ(notice["level"], 1);
  EXPECT_EQ(notice["level_label"], "提醒 Reminder");
  EXPECT_EQ(notice["reason"], "overdue");
  EXPECT_EQ(notice["unit"]["code"], "C");
  EXPECT_EQ(notice["leader"]["username"], "leader");
  EXPECT_EQ(notice["opened_by"], nullptr);
  EXPECT_EQ(notice["opened_at"], "2026-11-30T09:00:00+08:00");
  EXPECT_EQ(notice["active"], true);
  EXPECT_EQ(notice["allowed_actions"], nlohmann::json::array({"answer"}));
  EXPECT_EQ(Notices("community2")["total"], 0);
  EXPECT_EQ(Notices("leader")["items"][0]["allowed_actions"], nlohmann::json::array({"answer"}));
  EXPECT_EQ(Notices("supervisor")["items"][0]["allowed_actions"], nlohmann::json::array({"escalate"}));

  HttpResponse accountability = As("supervisor", "GET", "/api/v1/ledger/accountability");
  ASSERT_EQ(accountability.status, 200) << accountability.body;
  nlohmann::json rows = Json(accountability);
  ASSERT_EQ(rows["total"], 1);
  EXPECT_EQ(rows["items"][0]["late_since"], "2026-11-27");
  EXPECT_EQ(rows["items"][0]["working_days_late"], 1);
  EXPECT_EQ(rows["items"][0]["notices"][0]["id"], notice["id"]);

  const std::string path = "/api/v1/ledger/notices/" + std::to_string(notice["id"].get<std::int64_t>());
  EXPECT_EQ(As("community2", "POST", path + "/answer", {{"answer", "不是我们"}}).status, 404);
  EXPECT_EQ(As("street", "POST", path + "/answer", {{"answer", "代答"}}).status, 403);
  HttpResponse answered = As("community", "POST", path + "/answer", {{"answer", "已安排专人推进"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(Json(answered)["answered_by"], "community");
  EXPECT_EQ(Json(answered)["allowed_actions"], nlohmann::json::array());
  EXPECT_EQ(As("leader", "POST", path + "/answer", {{"answer", "再答"}}).status, 422);
  clock_.Advance(10 * kDay);
  EXPECT_EQ(Sweep().escalated, 0);  // answered: the timer leaves it
}

TEST_P(SupervisionApiTest, UnansweredItRisesAndTheOfficeRaisesItToTheTop) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t late = AddMilestone(*this, layout.task, "2026-11-27", "C2");
  Sweep();
  clock_.Advance(3 * kDay);  // Thursday: sixteen working hours are up
  tokens_.clear();           // sessions lapse over days: sign in again
  EXPECT_EQ(Sweep().escalated, 1);
  nlohmann::json chain = Notices("supervisor", "?milestone=" + std::to_string(late));
  ASSERT_EQ(chain["total"], 2);
  EXPECT_EQ(chain["items"][0]["level"], 2);
  EXPECT_EQ(chain["items"][0]["previous_id"], chain["items"][1]["id"]);
  EXPECT_EQ(chain["items"][1]["closed_reason"], "escalated");
  EXPECT_EQ(Notices("supervisor", "?active=true")["total"], 1);
  EXPECT_EQ(Notices("supervisor", "?level=1")["total"], 1);

  const std::string path =
      "/api/v1/ledger/notices/" + std::to_string(chain["items"][0]["id"].get<std::int64_t>());
  EXPECT_EQ(As("community2", "POST", path + "/escalate", {{"note", "升级"}}).status, 403);
  HttpResponse top =
      As("supervisor", "POST", path + "/escalate", {{"note", "多次督办未见进展，约谈责任领导"}});
  ASSERT_EQ(top.status, 201) << top.body;
  EXPECT_EQ(Json(top)["level"], 3);
  EXPECT_EQ(Json(top)["opened_by"], "supervisor");
  EXPECT_EQ(Json(top)["note"], "多次督办未见进展，约谈责任领导");
  const std::string top_path =
      "/api/v1/ledger/notices/" + std::to_string(Json(top)["id"].get<std::int64_t>());
  EXPECT_EQ(As("supervisor", "POST", top_path + "/escalate", {{"note", "再升"}}).status, 422);
  EXPECT_EQ(As("supervisor", "POST", path + "/escalate", {{"note", "旧单"}}).status, 422);  // closed
  EXPECT_EQ(As("community2", "GET", top_path).status, 200);
  EXPECT_EQ(As("community", "GET", top_path).status, 404);
}

TEST_P(SupervisionApiTest, TheOfficeIssuesByHand) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t id = AddMilestone(*this, layout.task, "2026-12-18");
  const std::string path = "/api/v1/ledger/milestones/" + std::to_string(id) + "/notices";
  EXPECT_EQ(As("community", "POST", path, {{"level", 1}, {"note", "自己督办"}}).status, 403);
  HttpResponse issued = As("supervisor", "POST", path, {{"level", 2}, {"note", "区委交办，请于本周内推进"}});
  ASSERT_EQ(issued.status, 201) << issued.body;
  EXPECT_EQ(Json(issued)["reason"], "office");
  EXPECT_EQ(Json(issued)["reason_label"], "督察室交办 Issued by the supervision office");
  EXPECT_EQ(As("supervisor", "POST", path, {{"level", 1}, {"note", "再发"}}).status, 422);
  EXPECT_EQ(Sweep().resolved, 0);
}

TEST_P(SupervisionApiTest, TheResponsibleUnitAndLeaderHearOfEachNoticeBehindTheBell) {
  const LedgerLayout layout = LayOutLedger(*this);
  AddMilestone(*this, layout.task, "2026-11-27");  // past due
  EXPECT_EQ(Sweep().opened, 1);
  for (const std::string who : {"community", "leader"}) {
    const auto told = Told(who);
    ASSERT_EQ(told.size(), 1U) << who;
    EXPECT_NE(told[0]["body"].get<std::string>().find("提醒 Reminder"), std::string::npos) << told[0];
    EXPECT_NE(told[0]["body"].get<std::string>().find("2026-11-27"), std::string::npos) << told[0];
    EXPECT_EQ(told[0]["link"], "/ledger/notices");
  }
  for (const std::string who : {"community2", "street", "supervisor", "grid1", "resident1"})
    EXPECT_TRUE(Told(who).empty()) << who;
  clock_.Advance(10 * kDay);
  tokens_.clear();                  // the sessions went idle meanwhile
  EXPECT_EQ(Sweep().escalated, 1);  // unanswered: raised a level, told again
  ASSERT_EQ(Told("community").size(), 2U);
  EXPECT_NE(Told("community")[0]["body"].get<std::string>().find("督办 Supervision"), std::string::npos);

  // Issued by hand: the office that issued it is not told of it.
  const std::int64_t next = AddMilestone(*this, layout.task, "2026-12-31");
  const std::string path = "/api/v1/ledger/milestones/" + std::to_string(next) + "/notices";
  ASSERT_EQ(As("supervisor", "POST", path, {{"level", 2}, {"note", "请于本周内推进"}}).status, 201);
  EXPECT_EQ(Told("community").size(), 3U);
  EXPECT_NE(Told("community")[0]["body"].get<std::string>().find("请于本周内推进"), std::string::npos);
  EXPECT_TRUE(Told("supervisor").empty());
}

TEST_P(SupervisionApiTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  const LedgerLayout layout = LayOutLedger(*this);
  const std::int64_t id = AddMilestone(*this, layout.task, "2026-12-18");
  const std::string path = "/api/v1/ledger/milestones/" + std::to_string(id) + "/notices";
  struct Case {
    nlohmann::json body;
    const char* field;
  };
  for (const Case& c :
       {Case{{{"level", 0}, {"note", "x"}}, "level"}, Case{{{"level", 4}, {"note", "x"}}, "level"},
        Case{{{"note", "x"}}, "level"}, Case{{{"level", 1}}, "note"},
        Case{{{"level", 1}, {"note", ""}}, "note"}, Case{{{"level", "1"}, {"note", "x"}}, "level"},
        Case{{{"level", 1}, {"note", "x"}, {"to", "all"}}, "to"}}) {
    HttpResponse r = As("supervisor", "POST", path, c.body);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(Json(r)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(
      As("supervisor", "POST", "/api/v1/ledger/milestones/999999/notices", {{"level", 1}, {"note", "x"}})
          .status,
      404);
  EXPECT_EQ(CountNotices(), 0);
  HttpResponse issued = As("supervisor", "POST", path, {{"level", 1}, {"note", "请推进"}});
  ASSERT_EQ(issued.status, 201);
  const std::string notice =
      "/api/v1/ledger/notices/" + std::to_string(Json(issued)["id"].get<std::int64_t>());
  HttpResponse empty = As("community", "POST", notice + "/answer", {{"answer", "  "}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(Json(empty)["error"]["field"], "answer");
  EXPECT_EQ(Json(As("supervisor", "POST", notice + "/escalate", nlohmann::json::object()))["error"]["field"],
            "note");
  for (const char* query : {"?active=yes", "?level=x", "?level=9", "?milestone=-1", "?unit=NOPE"}) {
    HttpResponse r = As("supervisor", "GET", std::string("/api/v1/ledger/notices") + query);
    EXPECT_EQ(r.status, 400) << query << " " << r.body;
  }
  EXPECT_EQ(CountNotices(), 1);
  EXPECT_EQ(Notices("supervisor")["items"][0]["answered_at"], nullptr);
  EXPECT_EQ(Notices("supervisor")["items"][0]["level"], 1);
}

SANWANG_INSTANTIATE_API_BACKENDS(SupervisionApiTest);

}  // namespace
}  // namespace sanwang::api
