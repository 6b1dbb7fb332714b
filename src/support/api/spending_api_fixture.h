// The test district's books for the spending chain's API tests (D → S → C): 1,000,000 分
// at D, 600,000 of it to S, 200,000 of that to C; records submitted by C's staff; what a
// refusal must leave unchanged; the server's minute sweep of the chain.
#pragma once

#include "api/server_test_fixture.h"
#include "store/org_repository.h"
#include "support/spending_supervision.h"

namespace sanwang::api {

class SpendingApiTest : public ServerTest {
 protected:
  void SetUpBooks() {
    const std::int64_t district = Post(
        "admin", "/api/v1/budget/lines",
        {{"year", 2026}, {"unit_code", "D"}, {"category", "party_building"}, {"amount_fen", 1000000}})["id"];
    street_line_ = Post("admin", LinePath(district) + "/allocations",
                        {{"unit_code", "S"}, {"amount_fen", 600000}})["to_line_id"];
    community_line_ = Post("street", LinePath(street_line_) + "/allocations",
                           {{"unit_code", "C"}, {"amount_fen", 200000}})["to_line_id"];
  }
  static std::string LinePath(std::int64_t id) { return "/api/v1/budget/lines/" + std::to_string(id); }
  static std::string RecordPath(std::int64_t id) { return "/api/v1/budget/spending/" + std::to_string(id); }
  nlohmann::json Post(const std::string& who, const std::string& target, const nlohmann::json& body,
                      int status = 201) {
    HttpResponse r = As(who, "POST", target, body);
    EXPECT_EQ(r.status, status) << who << " " << target << ": " << r.body;
    return Json(r);
  }
  nlohmann::json Get(const std::string& who, const std::string& target, int status = 200) {
    HttpResponse r = As(who, "GET", target);
    EXPECT_EQ(r.status, status) << who << " " << target << ": " << r.body;
    return Json(r);
  }
  std::int64_t Submit(std::int64_t fen = 50000) {
    return Post("community", LinePath(community_line_) + "/spending",
                {{"amount_fen", fen},
                 {"purpose", "党员活动室桌椅"},
                 {"payee", "某家具公司"},
                 {"spent_on", "2026-11-05"}})["id"];
  }
  // The state, events and line figures: what a refusal must leave as it was.
  std::string Books(std::int64_t id) {
    auto rows = *db_->Query(
        "SELECT s.state, s.amount_fen, (SELECT COUNT(*) FROM budget_spending_events e WHERE e.spending_id = "
        "s.id), "
        "l.committed_fen FROM budget_spending s JOIN budget_lines l ON l.id = s.line_id WHERE s.id = ?",
        {id});
    return rows[0].Text(0) + "/" + std::to_string(rows[0].Int(1)) + "/" + std::to_string(rows[0].Int(2)) +
           "/" + std::to_string(rows[0].Int(3));
  }
  // A refusal with its status, a message in Chinese then English, and nothing changed.
  void ExpectRefused(const std::string& who, std::int64_t id, const std::string& action,
                     const nlohmann::json& body, int status) {
    const std::string before = Books(id);
    nlohmann::json error = Post(who, RecordPath(id) + "/" + action, body, status)["error"];
    const std::string message = error["message"];
    EXPECT_GT(static_cast<unsigned char>(message[0]), 0x7F) << message;  // starts in Chinese
    EXPECT_NE(message.find(" the "), std::string::npos) << message;      // and goes on in English
    EXPECT_EQ(Books(id), before) << who << " " << action;
  }
  HttpResponse Upload(const std::string& who, std::int64_t id, const std::string& name,
                      const std::string& type, const std::string& data) {
    return Request("POST", RecordPath(id) + "/files?name=" + name, data, TokenOf(who),
                   {{"content-type", type}});
  }

  // The server's minute sweep of the spending chain, as the timer runs it (with the
  // server's notice rules): how many records it flagged.
  int Sweep() {
    auto workflow = api_->WorkflowNamed(support::kSpendingWorkflow);
    EXPECT_TRUE(workflow.ok());
    store::OrgRepository org_repo(*db_);
    auto org = org::OrgDirectory::Load(org_repo, api_->default_district());
    EXPECT_TRUE(org.ok()) << org.status().ToString();
    const support::Ledger ledger{*db_,      *org,       cases::Actor::System(),       "系统", clock_.Now(),
                                 *workflow, *calendar_, api_->options().notices.get()};
    auto flagged = support::SuperviseOverdueSpending(ledger);
    EXPECT_TRUE(flagged.ok()) << flagged.status().ToString();
    return flagged.ok() ? *flagged : -1;
  }

  std::int64_t street_line_ = 0, community_line_ = 0;
};

}  // namespace sanwang::api
