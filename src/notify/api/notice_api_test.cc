// In-app notices through Api::Handle on both engines: a matter's moves tell the reporter,
// the handling unit's staff and the command center what the rules say, in Chinese and
// English, never the one who acted; each account reads and marks only its own notices; a
// change that rolls back leaves no notice, and a change that commits leaves exactly one.
#include "api/api_test_fixture.h"
#include "support/api/venue_test_support.h"
#include "testing/fault_injecting_database.h"

namespace sanwang::api {
namespace {

class NoticeApiTest : public ApiTest {
 protected:
  nlohmann::json Notices(const std::string& who, const std::string& query = "") {
    HttpResponse r = As(who, "GET", "/api/v1/notices" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
  std::int64_t Unread(const std::string& who) {
    HttpResponse r = As(who, "GET", "/api/v1/notices/unread-count");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Json(r)["unread"].get<std::int64_t>() : -1;
  }
  // The kinds of `who`'s notices, the newest first.
  std::vector<std::string> Kinds(const std::string& who) {
    std::vector<std::string> kinds;
    const nlohmann::json notices = Notices(who);  // kept: the loop reads into it
    for (const auto& n : notices["items"]) kinds.push_back(n["kind"].get<std::string>());
    return kinds;
  }
  HttpResponse Act(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    return As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", body);
  }
  std::int64_t NoticeRows(const std::string& kind) {
    auto rows = db_->Query("SELECT COUNT(*) FROM notify_inbox WHERE kind = ?", {kind});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }
};

TEST_P(NoticeApiTest, AMattersMovesTellTheReporterAndTheHandlers) {
  const std::int64_t id = FileCase("resident1", kInG2);
  // Routed to grid G2 at once: its grid worker hears of it, no one else.
  EXPECT_EQ(Kinds("grid2"), std::vector<std::string>{"case_assigned"});
  EXPECT_TRUE(Kinds("grid1").empty());
  EXPECT_TRUE(Kinds("community").empty()) << "the community's staff are not the grid's handlers";
  EXPECT_TRUE(Kinds("resident1").empty()) << "filing tells the reporter nothing they do not know";

  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  EXPECT_EQ(Kinds("resident1"), (std::vector<std::string>{"case_resolved", "case_accepted"}));
  EXPECT_EQ(Kinds("grid2"), std::vector<std::string>{"case_assigned"}) << "not told of what they did";
  EXPECT_TRUE(Kinds("resident2").empty());

  const nlohmann::json resolved = Notices("resident1")["items"][0];
  EXPECT_EQ(resolved["case_id"], id);
  EXPECT_EQ(resolved["link"], "/r/matters/" + std::to_string(id));
  EXPECT_EQ(resolved["title"], "您反映的诉求已办结，请评价");
  EXPECT_EQ(resolved["title_en"], "Your report has been resolved: please rate it");
  EXPECT_EQ(resolved["body"], "「楼道堆放杂物」（编号 " + std::to_string(id) + "）已办结：已清理");
  EXPECT_FALSE(resolved["read"].get<bool>());
  EXPECT_EQ(resolved["created_at"], "2026-11-30T09:00:00+08:00");
  const nlohmann::json assigned = Notices("grid2")["items"][0];
  EXPECT_EQ(assigned["link"], "/workbench/cases/" + std::to_string(id));
  EXPECT_EQ(assigned["body_en"],
            "\"楼道堆放杂物\" (No. " + std::to_string(id) + ") was dispatched to 二网格; please accept it.");
  for (const std::string who : {"resident1", "grid2"}) {
    const std::string all = Notices(who).dump();
    EXPECT_EQ(all.find("张三"), std::string::npos) << "no reporter's name in " << who << "'s notices";
    EXPECT_EQ(all.find("13839019598"), std::string::npos) << "no reporter's phone";
  }

  // An unsatisfied rating reopens it: the handlers hear, the rater does not.
  ASSERT_EQ(Act("resident1", id, {{"action", "rate"}, {"stars", 1}, {"comment", "没清干净"}}).status, 200);
  EXPECT_EQ(Kinds("grid2"), (std::vector<std::string>{"case_reopened", "case_assigned"}));
  EXPECT_EQ(Kinds("resident1").size(), 2u);
}

TEST_P(NoticeApiTest, AFollowUpVisitThatReopensTellsTheHandlersAndTheReporter) {
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  HttpResponse visited = Act("community", id, {{"action", "visit"}, {"satisfied", false}});
  ASSERT_EQ(visited.status, 200) << visited.body;
  EXPECT_EQ(Kinds("grid2"), (std::vector<std::string>{"case_reopened", "case_assigned"}));
  const nlohmann::json told = Notices("resident1")["items"][0];
  EXPECT_EQ(told["kind"], "matter_reopened");
  EXPECT_EQ(told["link"], "/r/matters/" + std::to_string(id));
  EXPECT_NE(told["body"].get<std::string>().find("回访"), std::string::npos) << told;
  EXPECT_EQ(Kinds("community"), std::vector<std::string>{}) << "the visitor is not told of the visit";
}

TEST_P(NoticeApiTest, SupervisionTellsTheUnitAReturnTheCommandCenterAndAReplyTheReporter) {
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "reply"}, {"note", "明天上午处理"}}).status, 200);
  const nlohmann::json reply = Notices("resident1")["items"][0];
  EXPECT_EQ(reply["kind"], "case_reply");
  EXPECT_NE(reply["body"].get<std::string>().find("明天上午处理"), std::string::npos);
  clock_.Advance(3 * 86400);  // past the eight working hours to resolve it
  tokens_.clear();            // the sessions went idle meanwhile
  HttpResponse supervised = Act("supervisor", id, {{"action", "supervise"}, {"note", "请加快办理"}});
  ASSERT_EQ(supervised.status, 200) << supervised.body;
  EXPECT_EQ(Kinds("grid2"), (std::vector<std::string>{"case_supervised", "case_assigned"}));
  ASSERT_EQ(Act("grid2", id, {{"action", "return"}, {"note", "不属于本网格"}}).status, 200);
  EXPECT_EQ(Kinds("center"), std::vector<std::string>{"case_returned"});
  EXPECT_NE(Notices("center")["items"][0]["body"].get<std::string>().find("不属于本网格"), std::string::npos);
  // Redispatched to the community: its staff hear of it.
  ASSERT_EQ(Act("center", id, {{"action", "redispatch"}, {"target_unit", "C"}}).status, 200);
  EXPECT_EQ(Kinds("community"), std::vector<std::string>{"case_assigned"});
}

TEST_P(NoticeApiTest, AnExtensionRequestWaitsWithTheCommandCenter) {
  const std::int64_t id = FileCase("resident1", kInG1);
  ASSERT_EQ(Act("grid1", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(
      Act("grid1", id, {{"action", "request_extension"}, {"hours", 8}, {"note", "需要采购配件"}}).status,
      200);
  EXPECT_EQ(Kinds("center"), std::vector<std::string>{"extension_requested"});
  const nlohmann::json told = Notices("center")["items"][0];
  EXPECT_NE(told["body"].get<std::string>().find("需要采购配件"), std::string::npos) << told;
  EXPECT_EQ(told["link"], "/workbench/cases/" + std::to_string(id));
  EXPECT_TRUE(Kinds("grid1").empty() || Kinds("grid1")[0] != "extension_requested")
      << "not the one who asked";
  EXPECT_EQ(Kinds("resident1"), std::vector<std::string>{"case_accepted"});
}

TEST_P(NoticeApiTest, EachAccountReadsAndMarksOnlyItsOwn) {
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  ASSERT_EQ(Unread("resident1"), 2);
  const nlohmann::json mine = Notices("resident1");
  EXPECT_EQ(mine["total"], 2);
  EXPECT_EQ(mine["unread"], 2);
  const std::string first = std::to_string(mine["items"][1]["id"].get<std::int64_t>());

  HttpResponse theirs = As("resident2", "POST", "/api/v1/notices/" + first + "/read");
  EXPECT_EQ(theirs.status, 404) << "another account's notice is unknown";
  EXPECT_EQ(As("resident2", "POST", "/api/v1/notices/999999/read").body, theirs.body);
  EXPECT_EQ(Unread("resident1"), 2);

  HttpResponse read = As("resident1", "POST", "/api/v1/notices/" + first + "/read");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(Json(read)["unread"], 1);
  EXPECT_EQ(Json(As("resident1", "POST", "/api/v1/notices/" + first + "/read"))["unread"], 1)
      << "again: harmless";
  const nlohmann::json unread = Notices("resident1", "?unread=true");
  ASSERT_EQ(unread["items"].size(), 1u);
  EXPECT_EQ(unread["items"][0]["kind"], "case_resolved");
  EXPECT_EQ(unread["total"], 1);
  EXPECT_EQ(Notices("resident1", "?page_size=1&page=2")["items"][0]["read"], true);

  ASSERT_EQ(As("resident1", "POST", "/api/v1/notices/read-all").status, 200);
  EXPECT_EQ(Unread("resident1"), 0);
  EXPECT_EQ(Unread("grid2"), 1) << "marking one's own touches no one else's";

  EXPECT_EQ(As("resident1", "GET", "/api/v1/notices?unread=maybe").status, 400);
  EXPECT_EQ(As("resident1", "GET", "/api/v1/notices?page_size=101").status, 400);
  EXPECT_EQ(Request("GET", "/api/v1/notices/unread-count").status, 401);
}

TEST_P(NoticeApiTest, AChangeThatRollsBackLeavesNoNoticeAndOneThatCommitsLeavesOne) {
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(NoticeRows("case_accepted"), 1);

  // Every connection of a new pool fails the case's own UPDATE, after the notice was
  // written in the same transaction.
  testing::FaultPlan plan;
  api_.reset();
  auto faulty = testing::FaultInjectingPool(url_, 2, plan);
  ASSERT_TRUE(faulty.ok()) << faulty.status().ToString();
  pool_ = std::move(faulty).value();
  UseOptions(ApiOptions{});
  plan.FailMatching("^UPDATE cases SET", ErrorCode::kUnavailable, 100);
  HttpResponse failed = Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}});
  EXPECT_GE(failed.status, 500) << failed.body;
  EXPECT_GT(plan.injected(), 0);
  EXPECT_EQ(NoticeRows("case_resolved"), 0) << "the change rolled back: so did its notice";
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/cases/" + std::to_string(id)))["state"], "accepted");

  plan.Clear();
  ASSERT_EQ(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  EXPECT_EQ(NoticeRows("case_resolved"), 1);
  EXPECT_EQ(Unread("resident1"), 2);
}

TEST_P(NoticeApiTest, ABookingsDecisionTellsTheBookerUnlessTheyMadeItThemselves) {
  const std::int64_t venue = MakeVenue(*this, {{"needs_approval", true}, {"name", "党群服务中心多功能厅"}});
  const std::string bookings = "/api/v1/venues/" + std::to_string(venue) + "/bookings";
  auto book = [&](int slot) {
    HttpResponse r = As("resident1", "POST", bookings, BookingBody(slot, 2));
    EXPECT_EQ(r.status, 201) << r.body;
    return "/api/v1/bookings/" + std::to_string(r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0);
  };
  const std::string approved = book(20), refused = book(30), own = book(40), cancelled = book(50);
  ASSERT_EQ(As("community", "POST", approved + "/approve").status, 200);
  ASSERT_EQ(As("community", "POST", refused + "/refuse", {{"reason", "当天场地维修"}}).status, 200);
  ASSERT_EQ(As("resident1", "POST", own + "/cancel").status, 200);
  ASSERT_EQ(As("street", "POST", cancelled + "/cancel", {{"reason", "临时征用"}}).status, 200);

  EXPECT_EQ(Kinds("resident1"),
            (std::vector<std::string>{"booking_cancelled", "booking_refused", "booking_approved"}))
      << "nothing for the booking they cancelled themselves";
  const nlohmann::json notices = Notices("resident1");
  // Slot 20 is 2026-12-01 10:00+08:00, an hour long.
  EXPECT_EQ(notices["items"][2]["body"], "党群服务中心多功能厅，12月1日 10:00–11:00：预约已通过。");
  EXPECT_EQ(notices["items"][1]["body_en"], "党群服务中心多功能厅, 12月1日 15:00–16:00: 当天场地维修");
  EXPECT_EQ(notices["items"][0]["link"], "/bookings/mine");
  EXPECT_TRUE(notices["items"][0]["case_id"].is_null());
  EXPECT_TRUE(Kinds("community").empty()) << "the manager is not told of their own decision";
}

SANWANG_INSTANTIATE_API_BACKENDS(NoticeApiTest);

}  // namespace
}  // namespace sanwang::api
