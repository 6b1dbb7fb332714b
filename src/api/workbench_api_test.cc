// The workbench: inbox tabs and their counts, and one action on many cases, on the test
// district with cases played through the engine on the fake clock.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

constexpr std::int64_t kHour = 3600;

class WorkbenchApiTest : public ApiTest {
 protected:
  // Four matters in G1 filed Monday 09:00 (deadline Tuesday 10:30): one accepted, one
  // returned to the command center, one resolved, one waiting to be signed for; and one
  // in G3.
  void SetUpCases() {
    accepted_ = FileCase("resident1", kInG1);
    returned_ = FileCase("resident1", kInG1);
    resolved_ = FileCase("resident1", kInG1);
    waiting_ = FileCase("resident1", kInG1);
    elsewhere_ = FileCase("resident2", kInG3);
    ASSERT_EQ(Move("grid1", accepted_, {{"action", "accept"}}), 200);
    ASSERT_EQ(Move("grid1", returned_, {{"action", "return"}, {"note", "不属于本网格"}}), 200);
    ASSERT_EQ(Move("grid1", resolved_, {{"action", "accept"}}), 200);
    ASSERT_EQ(Move("grid1", resolved_, {{"action", "resolve"}, {"note", "已清理"}}), 200);
  }
  int Move(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    return As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", body).status;
  }
  nlohmann::json Counts(const std::string& who) {
    HttpResponse r = As(who, "GET", "/api/v1/cases/tab-counts");
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r);
  }
  std::vector<std::int64_t> Tab(const std::string& who, const std::string& tab) {
    HttpResponse r = As(who, "GET", "/api/v1/cases?tab=" + tab);
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::int64_t> ids;
    nlohmann::json page = Json(r);
    for (const auto& c : page["items"]) ids.push_back(c["id"].get<std::int64_t>());
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  std::int64_t accepted_ = 0, returned_ = 0, resolved_ = 0, waiting_ = 0, elsewhere_ = 0;
};

TEST_P(WorkbenchApiTest, TabCountsFollowTheInboxAndTheClock) {
  SetUpCases();
  EXPECT_EQ(Counts("grid1"),
            (nlohmann::json{{"to_accept", 1},
                            {"in_progress", 1},
                            {"due_soon", 0},
                            {"overdue", 0},
                            {"closed", 1},
                            {"tabs", {"to_accept", "in_progress", "due_soon", "overdue", "closed"}}}));
  EXPECT_EQ(Counts("community"), Counts("grid1"));
  // The command center dispatches: its first tab is the queue of returned and untriaged cases.
  EXPECT_EQ(Counts("center"),
            (nlohmann::json{{"to_dispatch", 1},
                            {"in_progress", 0},
                            {"due_soon", 0},
                            {"overdue", 0},
                            {"closed", 0},
                            {"tabs", {"to_dispatch", "in_progress", "due_soon", "overdue", "closed"}}}));
  EXPECT_EQ(Counts("grid3")["to_accept"], 1);
  EXPECT_EQ(Counts("leader")["to_accept"], 2);  // the whole district is the leader's unit
  clock_.Set(1796000400 + 23 * kHour);          // Tuesday 08:00: 10:30 is within 4 working hours
  tokens_.clear();                              // sessions idle out overnight
  auto tuesday = Counts("grid1");
  EXPECT_EQ(tuesday["due_soon"], 2);
  EXPECT_EQ(tuesday["overdue"], 0);
  clock_.Set(1796000400 + 26 * kHour);  // Tuesday 11:00: past the deadline
  tokens_.clear();
  auto late = Counts("grid1");
  EXPECT_EQ(late["due_soon"], 0);
  EXPECT_EQ(late["overdue"], 2);
  EXPECT_EQ(Tab("grid1", "overdue"), (std::vector<std::int64_t>{accepted_, waiting_}));
}

TEST_P(WorkbenchApiTest, TabFilterListsTheInbox) {
  SetUpCases();
  EXPECT_EQ(Tab("grid1", "to_accept"), std::vector<std::int64_t>{waiting_});
  EXPECT_EQ(Tab("grid1", "in_progress"), std::vector<std::int64_t>{accepted_});
  EXPECT_EQ(Tab("grid1", "closed"), std::vector<std::int64_t>{resolved_});
  EXPECT_EQ(Tab("center", "to_dispatch"), std::vector<std::int64_t>{returned_});
  EXPECT_EQ(Tab("center", "in_progress"), std::vector<std::int64_t>{});
  EXPECT_EQ(Tab("grid3", "to_accept"), std::vector<std::int64_t>{elsewhere_});
  auto total = Json(As("grid1", "GET", "/api/v1/cases?tab=to_accept"))["total"];
  EXPECT_EQ(total, 1);
}

TEST_P(WorkbenchApiTest, TheDispatchQueueHoldsReturnedAndUntriagedCasesAtTheCenterOnly) {
  SetUpCases();
  // A matter without a catalog item is sent to the command center for triage.
  HttpResponse untriaged = As("resident1", "POST", "/api/v1/cases",
                              {{"title", "说不清的问题"}, {"lon", kInG1.lon}, {"lat", kInG1.lat}});
  ASSERT_EQ(untriaged.status, 201) << untriaged.body;
  const std::int64_t triage = Json(untriaged)["id"].get<std::int64_t>();
  std::vector<std::int64_t> queue = {returned_, triage};
  std::sort(queue.begin(), queue.end());
  EXPECT_EQ(Tab("center", "to_dispatch"), queue);
  // Once dispatched again it leaves the queue and waits in the grid's 待签收.
  ASSERT_EQ(Move("center", returned_, {{"action", "redispatch"}, {"target_unit", "G1"}}), 200);
  EXPECT_EQ(Tab("center", "to_dispatch"), std::vector<std::int64_t>{triage});
  EXPECT_EQ(Tab("grid1", "to_accept"), (std::vector<std::int64_t>{returned_, waiting_}));
  // Other staff have no dispatch queue, and the center no 待签收 of its own.
  HttpResponse not_grid = As("grid1", "GET", "/api/v1/cases?tab=to_dispatch");
  EXPECT_EQ(not_grid.status, 400) << not_grid.body;
  EXPECT_EQ(Json(not_grid)["error"]["field"], "tab");
  EXPECT_EQ(As("center", "GET", "/api/v1/cases?tab=to_accept").status, 400);
}

TEST_P(WorkbenchApiTest, BadTabAndResidentsAreRefused) {
  HttpResponse bad = As("grid1", "GET", "/api/v1/cases?tab=later");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(Json(bad)["error"]["field"], "tab");
  EXPECT_EQ(As("resident1", "GET", "/api/v1/cases?tab=to_accept").status, 403);
  EXPECT_EQ(As("resident1", "GET", "/api/v1/cases/tab-counts").status, 403);
}

TEST_P(WorkbenchApiTest, BulkTransitionsReportEachCase) {
  SetUpCases();
  std::int64_t second = FileCase("resident1", kInG1);
  HttpResponse r = As("grid1", "POST", "/api/v1/cases/bulk-transitions",
                      {{"ids", {waiting_, elsewhere_, 999999, accepted_, second}},
                       {"action", "accept"},
                       {"note", "批量签收"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto results = Json(r)["results"];
  ASSERT_EQ(results.size(), 5u);
  EXPECT_EQ(results[0], (nlohmann::json{{"id", waiting_}, {"ok", true}, {"version", 2}}));
  EXPECT_EQ(results[1]["ok"], false);
  EXPECT_EQ(results[1]["error"]["code"], "not_found");  // another grid's case is not confirmed
  EXPECT_EQ(results[2]["error"]["code"], "not_found");
  EXPECT_EQ(results[3]["ok"], false);
  EXPECT_EQ(results[3]["error"]["code"], "failed_precondition");
  EXPECT_EQ(results[4]["ok"], true);
  EXPECT_EQ(Json(As("grid1", "GET", "/api/v1/cases/" + std::to_string(waiting_)))["state"], "accepted");
  EXPECT_EQ(Json(As("grid3", "GET", "/api/v1/cases/" + std::to_string(elsewhere_)))["state"], "dispatched");
  EXPECT_EQ(Counts("grid1")["to_accept"], 0);
}

TEST_P(WorkbenchApiTest, BulkTransitionsRejectBadInputWhole) {
  std::int64_t id = FileCase("resident1", kInG1);
  auto field_of = [&](const nlohmann::json& body) {
    HttpResponse r = As("grid1", "POST", "/api/v1/cases/bulk-transitions", body);
    EXPECT_EQ(r.status, 400) << body.dump() << " " << r.body;
    return Json(r)["error"].value("field", "");
  };
  EXPECT_EQ(field_of({{"action", "accept"}}), "ids");
  EXPECT_EQ(field_of({{"ids", nlohmann::json::array()}, {"action", "accept"}}), "ids");
  EXPECT_EQ(field_of({{"ids", {id, id}}, {"action", "accept"}}), "ids");
  EXPECT_EQ(field_of({{"ids", {"1"}}, {"action", "accept"}}), "ids");
  EXPECT_EQ(field_of({{"ids", {id}}, {"action", "teleport"}}), "action");
  EXPECT_EQ(field_of({{"ids", {id}}}), "action");
  EXPECT_EQ(field_of({{"ids", {id}}, {"action", "accept"}, {"extra", 1}}), "extra");
  std::vector<std::int64_t> many(201);
  for (std::size_t i = 0; i < many.size(); ++i) many[i] = static_cast<std::int64_t>(i) + 1;
  EXPECT_EQ(field_of({{"ids", many}, {"action", "accept"}}), "ids");
  EXPECT_EQ(Json(As("grid1", "GET", "/api/v1/cases/" + std::to_string(id)))["state"], "dispatched");
}

SANWANG_INSTANTIATE_API_BACKENDS(WorkbenchApiTest);

}  // namespace
}  // namespace sanwang::api
