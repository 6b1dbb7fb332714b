// Delivery settings and the outbox through Api::Handle on both engines: each account reads
// and changes its own settings, only on the channels the server sends on and each with its
// address; a matter's move queues a message for a recipient who chose a channel, in the
// move's own transaction (rolled back, it queues nothing); admins page through the outbox
// without seeing an address and send a dead message again; /metrics shows the queue.
#include "api/api_test_fixture.h"
#include "notify/store/outbox_repository.h"
#include "testing/fault_injecting_database.h"

namespace sanwang::api {
namespace {

constexpr const char* kSettings = "/api/v1/me/notification-settings";

class DeliveryApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    UseOptions(Options());
  }
  static ApiOptions Options() {
    ApiOptions o;
    o.delivery_channels = {"email", "sms"};
    return o;
  }
  HttpResponse Act(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    return As(who, "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", body);
  }
  std::int64_t Queued(const std::string& kind) {
    auto rows = db_->Query("SELECT COUNT(*) FROM notify_outbox WHERE kind = ?", {kind});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }
  void ChooseEmail(const std::string& who) {
    HttpResponse r = As(who, "PUT", kSettings, {{"channels", {"email"}}, {"email", who + "@example.cn"}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
};

TEST_P(DeliveryApiTest, EachAccountReadsAndChangesItsOwnSettings) {
  const nlohmann::json fresh = Json(As("resident1", "GET", kSettings));
  EXPECT_TRUE(fresh["channels"].empty());
  EXPECT_EQ(fresh["available"], nlohmann::json::array({"email", "sms"}));
  EXPECT_EQ(fresh["masked_phone"], "138****0000");
  EXPECT_TRUE(fresh["quiet_from"].is_null());

  const nlohmann::json chosen = {{"channels", {"email", "sms"}},
                                 {"email", "li.si@example.cn"},
                                 {"quiet_from", "22:00"},
                                 {"quiet_to", "07:30"},
                                 {"essential_only", true}};
  HttpResponse put = As("resident1", "PUT", kSettings, chosen);
  ASSERT_EQ(put.status, 200) << put.body;
  const nlohmann::json read = Json(As("resident1", "GET", kSettings));
  EXPECT_EQ(read["channels"], nlohmann::json::array({"email", "sms"}));
  EXPECT_EQ(read["email"], "li.si@example.cn");
  EXPECT_EQ(read["quiet_from"], "22:00");
  EXPECT_EQ(read["quiet_to"], "07:30");
  EXPECT_TRUE(read["essential_only"].get<bool>());
  EXPECT_TRUE(Json(As("resident2", "GET", kSettings))["channels"].empty()) << "another account's own";
  EXPECT_EQ(Request("GET", kSettings).status, 401);
  auto stored = db_->Query("SELECT email FROM notify_settings");
  ASSERT_TRUE(stored.ok() && stored->size() == 1);
  EXPECT_EQ(stored->at(0).Text(0).find("li.si"), std::string::npos) << "the address is sealed at rest";
}

TEST_P(DeliveryApiTest, BadSettingsAreRefusedNamingTheFieldAndChangeNothing) {
  ChooseEmail("resident1");
  struct Bad {
    nlohmann::json body;
    std::string field;
  };
  const std::vector<Bad> bad = {
      {{{"channels", {"wechat"}}, {"wechat_openid", "oABC"}}, "channels"},  // not sent on by this server
      {{{"channels", {"email"}}}, "email"},
      {{{"channels", {"email"}}, {"email", "not an address"}}, "email"},
      {{{"channels", nlohmann::json::array()}, {"quiet_from", "25:00"}, {"quiet_to", "07:00"}}, "quiet_from"},
      {{{"channels", nlohmann::json::array()}, {"quiet_from", "22:00"}}, "quiet_to"},
      {{{"channels", "email"}}, "channels"},
      {{{"channels", {"fax"}}}, "channels"},
      {{{"channels", nlohmann::json::array()}, {"colour", "blue"}}, "colour"},
  };
  for (const Bad& b : bad) {
    HttpResponse r = As("resident1", "PUT", kSettings, b.body);
    EXPECT_EQ(r.status, 400) << b.body.dump() << " " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], b.field) << b.body.dump() << " " << r.body;
  }
  EXPECT_EQ(Json(As("resident1", "GET", kSettings))["email"], "resident1@example.cn");
}

TEST_P(DeliveryApiTest, AMattersMovesQueueMessagesForThoseWhoChoseAChannel) {
  ChooseEmail("resident1");
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  EXPECT_EQ(Queued("case_accepted"), 1);
  EXPECT_EQ(Queued("case_resolved"), 1);
  EXPECT_EQ(Queued("case_assigned"), 0) << "grid2 chose no channel";
  auto rows = db_->Query("SELECT channel, subject, body FROM notify_outbox WHERE kind = 'case_resolved'");
  ASSERT_TRUE(rows.ok() && rows->size() == 1);
  EXPECT_EQ(rows->at(0).Text(0), "email");
  EXPECT_NE(rows->at(0).Text(2).find("已清理"), std::string::npos);
}

TEST_P(DeliveryApiTest, AKindNarrowedToTheAppQueuesNothingWhileTheOthersStillGoOut) {
  HttpResponse put = As("grid2", "PUT", kSettings,
                        {{"channels", {"email", "sms"}},
                         {"email", "grid2@example.cn"},
                         {"kinds", {{"case_assigned", nlohmann::json::array()}}}});
  ASSERT_EQ(put.status, 200) << put.body;
  const nlohmann::json mine = Json(put);
  EXPECT_EQ(mine["kinds"], nlohmann::json({{"case_assigned", nlohmann::json::array()}}));
  std::map<std::string, nlohmann::json> choices;
  for (const auto& k : mine["kind_choices"]) choices[k["kind"]] = k;
  ASSERT_TRUE(choices.contains("case_assigned")) << mine;
  EXPECT_EQ(choices["case_assigned"]["channels"], nlohmann::json::array({"sms"}))
      << "sms and wechat, sent on sms";
  EXPECT_FALSE(choices["case_assigned"]["title"].get<std::string>().empty());
  EXPECT_FALSE(choices.contains("case_resolved")) << "staff are no reporters";

  const std::int64_t id = FileCase("resident1", kInG2);
  EXPECT_EQ(Queued("case_assigned"), 0) << "narrowed to the app";
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(Act("resident1", id, {{"action", "urge"}, {"note", "请尽快"}}).status, 200);
  auto urged = db_->Query("SELECT channel FROM notify_outbox WHERE kind = 'case_urged'");
  ASSERT_TRUE(urged.ok());
  ASSERT_EQ(urged->size(), 1U) << "a kind not narrowed goes out on the channels chosen";
  EXPECT_EQ(urged->at(0).Text(0), "sms");

  const nlohmann::json resident = Json(As("resident1", "GET", kSettings));
  bool hears_of_resolution = false;
  for (const auto& k : resident["kind_choices"]) {
    EXPECT_NE(k["kind"], "case_assigned") << "residents handle no cases";
    hears_of_resolution = hears_of_resolution || k["kind"] == "case_resolved";
  }
  EXPECT_TRUE(hears_of_resolution) << resident;
}

TEST_P(DeliveryApiTest, KindsNotOfTheCallerOrOnChannelsNotChosenAreRefused) {
  ChooseEmail("resident1");
  const nlohmann::json email_only = {{"channels", {"email"}}, {"email", "resident1@example.cn"}};
  auto with_kinds = [&](const nlohmann::json& kinds) {
    nlohmann::json body = email_only;
    body["kinds"] = kinds;
    return body;
  };
  const std::vector<nlohmann::json> bad = {
      with_kinds({{"case_assigned", {"email"}}}),  // staff's, not a resident's
      with_kinds({{"no_such_kind", nlohmann::json::array()}}),
      with_kinds({{"case_resolved", {"sms"}}}),  // sms is not among the channels chosen
      with_kinds({{"case_resolved", "email"}}),
      with_kinds({{"case_resolved", {"fax"}}}),
      with_kinds("case_resolved"),
  };
  for (const nlohmann::json& body : bad) {
    HttpResponse r = As("resident1", "PUT", kSettings, body);
    EXPECT_EQ(r.status, 400) << body.dump() << " " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], "kinds") << body.dump() << " " << r.body;
  }
  EXPECT_TRUE(Json(As("resident1", "GET", kSettings))["kinds"].empty()) << "nothing was written";
  HttpResponse fine = As("resident1", "PUT", kSettings, with_kinds({{"case_resolved", {"email"}}}));
  EXPECT_EQ(fine.status, 200) << fine.body;
}

TEST_P(DeliveryApiTest, AChangeThatRollsBackQueuesNothing) {
  ChooseEmail("resident1");
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  testing::FaultPlan plan;
  api_.reset();
  auto faulty = testing::FaultInjectingPool(url_, 2, plan);
  ASSERT_TRUE(faulty.ok()) << faulty.status().ToString();
  pool_ = std::move(faulty).value();
  UseOptions(Options());
  plan.FailMatching("^UPDATE cases SET", ErrorCode::kUnavailable, 100);
  EXPECT_GE(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 500);
  EXPECT_GT(plan.injected(), 0);
  EXPECT_EQ(Queued("case_resolved"), 0) << "the change rolled back: so did its message";
  plan.Clear();
  ASSERT_EQ(Act("grid2", id, {{"action", "resolve"}, {"note", "已清理"}}).status, 200);
  EXPECT_EQ(Queued("case_resolved"), 1);
}

TEST_P(DeliveryApiTest, AdminsPageThroughTheOutboxAndSendADeadMessageAgain) {
  ChooseEmail("resident1");
  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(Act("grid2", id, {{"action", "accept"}}).status, 200);
  auto listed = store::OutboxRepository(*db_).List({"411002", "", 10, 0});
  ASSERT_TRUE(listed.ok() && listed->size() == 1);
  const std::int64_t message = listed->front().id;
  ASSERT_TRUE(
      store::OutboxRepository(*db_).MarkFailed(message, "dead", "网关答复 the gateway answered 400", 0).ok());

  HttpResponse page = As("admin", "GET", "/api/v1/admin/outbox?state=dead");
  ASSERT_EQ(page.status, 200) << page.body;
  const nlohmann::json body = Json(page);
  ASSERT_EQ(body["total"], 1);
  EXPECT_EQ(body["items"][0]["channel"], "email");
  EXPECT_EQ(body["items"][0]["last_error"], "网关答复 the gateway answered 400");
  EXPECT_EQ(page.body.find("resident1@example.cn"), std::string::npos) << "no address";
  EXPECT_EQ(Json(As("admin", "GET", "/api/v1/admin/outbox?state=sent"))["total"], 0);
  EXPECT_EQ(As("admin", "GET", "/api/v1/admin/outbox?state=lost").status, 400);
  EXPECT_EQ(As("leader", "GET", "/api/v1/admin/outbox").status, 403);

  const std::string retry = "/api/v1/admin/outbox/" + std::to_string(message) + "/retry";
  EXPECT_EQ(As("community", "POST", retry).status, 403);
  HttpResponse retried = As("admin", "POST", retry);
  ASSERT_EQ(retried.status, 200) << retried.body;
  EXPECT_EQ(Json(retried)["state"], "pending");
  EXPECT_EQ(Json(retried)["attempts"], 0);
  EXPECT_EQ(As("admin", "POST", retry).status, 409) << "only a dead message";
  EXPECT_EQ(As("admin", "POST", "/api/v1/admin/outbox/999999/retry").status, 404);

  const std::string metrics = Request("GET", "/metrics").body;
  EXPECT_NE(metrics.find("sanwang_outbox_messages{channel=\"email\",state=\"pending\"} 1"), std::string::npos)
      << metrics;
}

SANWANG_INSTANTIATE_API_BACKENDS(DeliveryApiTest);

}  // namespace
}  // namespace sanwang::api
