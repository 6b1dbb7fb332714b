// The approval chain of spending records through the API on the test district (D → S → C,
// C2), on both engines: a community's record is submitted, returned by the sub-district
// with a reason, edited and resubmitted, approved at every step and then counted as spent
// by the report; outsiders get 403 and a step out of turn 409, in Chinese and English, with
// nothing changed; two approvers of one step racing through the real server: exactly one
// wins; invoice scans are checked by their bytes, limited in size and number, and come back
// as downloads.
#include <latch>
#include <thread>

#include "api/test_images.h"
#include "org/password.h"
#include "org/staff.h"
#include "support/api/spending_api_fixture.h"

namespace sanwang::api {
namespace {

TEST_P(SpendingApiTest, ReturnedResubmittedApprovedAndThenInTheReport) {
  SetUpBooks();
  const std::int64_t id = Submit(50000);
  auto submitted = Get("community", RecordPath(id));
  EXPECT_EQ(submitted["state"], "submitted");
  EXPECT_EQ(submitted["may_approve"], true);  // the community secretary's step
  EXPECT_EQ(submitted["may_resubmit"], false);
  EXPECT_EQ(Get("community", LinePath(community_line_))["pending_fen"], 50000);
  EXPECT_EQ(Get("street", "/api/v1/budget/spending/todo")["items"].size(), 0u);

  EXPECT_EQ(Post("community", RecordPath(id) + "/approve", nullptr, 200)["state"], "street_review");
  auto queue = Get("street", "/api/v1/budget/spending/todo")["items"];
  ASSERT_EQ(queue.size(), 1u);
  EXPECT_EQ(queue[0]["id"], id);
  EXPECT_EQ(queue[0]["unit_code"], "C");
  EXPECT_EQ(queue[0]["may_return"], true);

  auto returned = Post("street", RecordPath(id) + "/return", {{"reason", "发票抬头有误"}}, 200);
  EXPECT_EQ(returned["state"], "returned");
  EXPECT_EQ(returned["return_reason"], "发票抬头有误");
  EXPECT_EQ(returned["may_approve"], false);
  auto mine = Get("community", "/api/v1/budget/spending/todo")["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["may_resubmit"], true);

  auto again = Post("community", RecordPath(id) + "/resubmit",
                    {{"amount_fen", 48000},
                     {"purpose", "党员活动室桌椅"},
                     {"payee", "某家具有限公司"},
                     {"spent_on", "2026-11-06"}},
                    200);
  EXPECT_EQ(again["state"], "submitted");
  EXPECT_EQ(again["amount_fen"], 48000);
  EXPECT_EQ(again["return_reason"], "");
  Post("community", RecordPath(id) + "/approve", nullptr, 200);
  Post("street", RecordPath(id) + "/approve", nullptr, 200);
  // Not spent until district finance approves.
  EXPECT_EQ(Get("leader", "/api/v1/budget/report?year=2026&unit=S")["rows"][0]["spent_fen"], 0);
  EXPECT_EQ(Get("leader", "/api/v1/budget/report?year=2026&unit=S")["rows"][0]["pending_fen"], 48000);
  EXPECT_EQ(Post("admin", RecordPath(id) + "/approve", nullptr, 200)["state"], "approved");

  auto detail = Get("street", RecordPath(id));
  std::vector<std::string> actions;
  for (const auto& e : detail["events"]) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"submit", "community_approve", "street_return", "resubmit",
                                               "community_approve", "street_approve", "district_approve"}));
  EXPECT_EQ(detail["events"][2]["note"], "发票抬头有误");
  EXPECT_NE(detail["events"][3]["changes"].get<std::string>().find("48000"), std::string::npos);
  auto row = Get("leader", "/api/v1/budget/report?year=2026&unit=S")["rows"][0];
  EXPECT_EQ(row["unit_code"], "C");
  EXPECT_EQ(row["spent_fen"], 48000);
  EXPECT_EQ(row["pending_fen"], 0);
  EXPECT_EQ(Get("community", LinePath(community_line_))["remaining_fen"], 200000 - 48000);
}

TEST_P(SpendingApiTest, OutsidersAre403AndAStepOutOfTurnIs409WithNothingChanged) {
  SetUpBooks();
  const std::int64_t id = Submit();
  ExpectRefused("supervisor", id, "approve", nullptr, 403);  // sees the record, takes no part
  ExpectRefused("leader", id, "return", {{"reason", "x"}}, 403);
  ExpectRefused("street", id, "approve", nullptr, 409);  // in the chain, not its turn yet
  ExpectRefused("admin", id, "approve", nullptr, 409);
  ExpectRefused("community", id, "resubmit",
                {{"amount_fen", 1}, {"purpose", "p"}, {"payee", "q"}, {"spent_on", "2026-11-05"}}, 409);
  EXPECT_EQ(Post("community2", RecordPath(id) + "/approve", nullptr, 404)["error"]["code"], "not_found");
  Post("grid1", RecordPath(id) + "/approve", nullptr, 403);
  ExpectRefused("community", id, "return", nullptr, 400);  // a return needs its reason
  Post("community", RecordPath(id) + "/approve", nullptr, 200);
  ExpectRefused("community", id, "approve", nullptr, 409);  // approved at its step already
  ExpectRefused("street", id, "resubmit",
                {{"amount_fen", 1}, {"purpose", "p"}, {"payee", "q"}, {"spent_on", "2026-11-05"}}, 403);
}

TEST_P(SpendingApiTest, AWithdrawnRecordGivesItsMoneyBackAndIsReversedNoMore) {
  SetUpBooks();
  const std::int64_t id = Submit(200000);
  EXPECT_EQ(Get("community", LinePath(community_line_))["remaining_fen"], 0);
  ExpectRefused("street", id, "withdraw", nullptr, 403);  // not the keepers
  auto withdrawn = Post("community", RecordPath(id) + "/withdraw", {{"reason", "重复录入"}}, 200);
  EXPECT_EQ(withdrawn["state"], "withdrawn");
  EXPECT_EQ(withdrawn["may_withdraw"], false);
  EXPECT_EQ(withdrawn["may_reverse"], false);
  EXPECT_EQ(Get("community", LinePath(community_line_))["remaining_fen"], 200000);
  ExpectRefused("community", id, "withdraw", nullptr, 409);
  EXPECT_EQ(Get("community", RecordPath(id))["events"][1]["note"], "重复录入");
}

TEST_P(SpendingApiTest, TwoApproversOfOneStepAtOnceExactlyOneWins) {
  SetUpBooks();
  static const std::string hash = *org::HashPassword(kPassword);
  org::NewAccount second{"street_b", "测试街道二", "13800000001", "street_staff", "S", "", hash};
  ASSERT_TRUE(org::AddAccount(*db_, "411002", second, clock_).ok());
  const std::vector<std::string> tokens = {TokenOf("street"), TokenOf("street_b")};
  StartServer({});
  constexpr int kRecords = 8;
  int wins = 0, conflicts = 0;
  for (int r = 0; r < kRecords; ++r) {
    const std::int64_t id = Submit(1000);
    Post("community", RecordPath(id) + "/approve", nullptr, 200);
    std::latch start(2);
    int status[2] = {0, 0};
    auto approver = [&](int who) {
      const int fd = Connect();
      start.arrive_and_wait();
      Send(fd, "POST " + RecordPath(id) + "/approve HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                   tokens[static_cast<std::size_t>(who)] +
                   "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      const std::string answer = Receive(fd);
      close(fd);
      status[who] = answer.size() >= 12 ? std::stoi(answer.substr(9, 3)) : 0;
    };
    std::thread a(approver, 0), b(approver, 1);
    a.join();
    b.join();
    for (int s : status) {
      wins += s == 200;
      conflicts += s == 409;
    }
    EXPECT_EQ(Get("admin", RecordPath(id))["state"], "district_review");
    auto events = *db_->Query(
        "SELECT COUNT(*) FROM budget_spending_events WHERE spending_id = ? AND action = 'street_approve'",
        {id});
    EXPECT_EQ(events[0].Int(0), 1) << "one approval event per record";
  }
  EXPECT_EQ(wins, kRecords);
  EXPECT_EQ(conflicts, kRecords);
}

TEST_P(SpendingApiTest, InvoiceScansAreCheckedKeptAndDownloaded) {
  SetUpBooks();
  const std::int64_t id = Submit();
  const std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  HttpResponse stored = Upload("community", id, "%E5%8F%91%E7%A5%A8.PDF", "application/pdf", pdf);
  ASSERT_EQ(stored.status, 201) << stored.body;
  auto file = Json(stored);
  EXPECT_EQ(file["file_name"], "发票.pdf");
  EXPECT_EQ(file["content_type"], "application/pdf");
  EXPECT_EQ(Upload("community", id, "scan.jpg", "image/jpeg", test_images::MakeJpeg(2000)).status, 201);
  EXPECT_EQ(
      Upload("community", id, "scan.png", "image/png; charset=binary", test_images::MakePng(500)).status,
      201);

  auto error = [](const HttpResponse& r) { return Json(r)["error"]; };
  HttpResponse html = Upload("community", id, "x.html", "text/html", "<script>alert(1)</script>");
  EXPECT_EQ(html.status, 400);
  EXPECT_EQ(error(html)["field"], "content_type");
  HttpResponse liar = Upload("community", id, "x.png", "image/png", test_images::MakeJpeg(2000));
  EXPECT_EQ(liar.status, 400);
  EXPECT_EQ(error(liar)["field"], "content_type");
  HttpResponse broken = Upload("community", id, "x.pdf", "application/pdf", "%PDF-1.4 no end");
  EXPECT_EQ(broken.status, 400);
  EXPECT_EQ(error(broken)["field"], "body");
  EXPECT_EQ(Upload("community", id, "big.pdf", "application/pdf", pdf + std::string(10 << 20, ' ')).status,
            413);
  EXPECT_EQ(Upload("street", id, "x.pdf", "application/pdf", pdf).status, 403);  // not the keepers
  for (int i = 3; i < 10; ++i)
    EXPECT_EQ(Upload("community", id, "p.pdf", "application/pdf", pdf).status, 201);
  HttpResponse full = Upload("community", id, "p.pdf", "application/pdf", pdf);
  EXPECT_EQ(full.status, 422);
  EXPECT_EQ(error(full)["field"], "file");

  auto listed = Get("street", RecordPath(id) + "/files")["items"];
  ASSERT_EQ(listed.size(), 10u);
  HttpResponse download = As("admin", "GET", listed[0]["url"].get<std::string>());
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.content_type, "application/octet-stream");
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.headers.find("Content-Disposition")->second,
            "attachment; filename=\"invoice-" + std::to_string(listed[0]["id"].get<std::int64_t>()) +
                ".pdf\"; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf");
  Get("community2", listed[0]["url"].get<std::string>(), 404);
  EXPECT_EQ(Get("street", RecordPath(id))["files"].size(), 10u);
}

SANWANG_INSTANTIATE_API_BACKENDS(SpendingApiTest);

}  // namespace
}  // namespace sanwang::api
