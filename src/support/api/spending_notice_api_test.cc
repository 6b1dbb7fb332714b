// A spending record's moves through its approval chain tell the staff concerned, on both
// engines, with the shipped rules: each step's approvers at or above the line's unit when
// the record arrives (the district's step: its admins), the submitter when a step returns
// it with the reason, the step's approvers when it is flagged 督办 there by the supervision
// office or by the sweep; not the one who moved it, not the staff of another community, not
// once it is approved.
#include "org/password.h"
#include "org/staff.h"
#include "support/api/spending_api_fixture.h"

namespace sanwang::api {
namespace {

class SpendingNoticeApiTest : public SpendingApiTest {
 protected:
  // The kinds of `who`'s spending notices, the newest first.
  std::vector<std::string> Told(const std::string& who) {
    std::vector<std::string> kinds;
    const nlohmann::json notices = Get(who, "/api/v1/notices");
    for (const auto& n : notices["items"]) {
      const std::string kind = n["kind"];
      if (kind.rfind("spending_", 0) == 0) kinds.push_back(kind);
    }
    return kinds;
  }
  nlohmann::json Latest(const std::string& who) { return Get(who, "/api/v1/notices")["items"][0]; }
  void AddSecretary() {
    org::NewAccount secretary{
        "secretary", "社区书记", "13800000008", "community_staff", "C", "", *org::HashPassword(kPassword)};
    ASSERT_TRUE(org::AddAccount(*db_, "411002", secretary, clock_).ok());
  }
};

TEST_P(SpendingNoticeApiTest, EachStepsApproversHearTheRecordWaitsAndTheSubmitterThatItCameBack) {
  AddSecretary();
  SetUpBooks();
  const std::int64_t id = Submit(123456);
  EXPECT_EQ(Told("secretary"), std::vector<std::string>{"spending_waiting"});
  EXPECT_TRUE(Told("community").empty()) << "the submitter moved it";
  const nlohmann::json waiting = Latest("secretary");
  EXPECT_NE(waiting["body"].get<std::string>().find("1,234.56"), std::string::npos) << waiting;
  EXPECT_NE(waiting["body"].get<std::string>().find("党员活动室桌椅"), std::string::npos) << waiting;
  EXPECT_EQ(waiting["link"], "/budget");

  Post("community", RecordPath(id) + "/approve", nullptr, 200);
  EXPECT_EQ(Told("street"), std::vector<std::string>{"spending_waiting"});
  Post("street", RecordPath(id) + "/return", {{"reason", "发票抬头有误"}}, 200);
  EXPECT_EQ(Told("community"), std::vector<std::string>{"spending_returned"});
  EXPECT_NE(Latest("community")["body"].get<std::string>().find("发票抬头有误"), std::string::npos);

  Post("community", RecordPath(id) + "/resubmit",
       {{"amount_fen", 120000},
        {"purpose", "党员活动室桌椅"},
        {"payee", "某家具公司"},
        {"spent_on", "2026-11-06"}},
       200);
  EXPECT_EQ(Told("secretary"), (std::vector<std::string>{"spending_waiting", "spending_waiting"}));
  Post("secretary", RecordPath(id) + "/approve", nullptr, 200);
  EXPECT_EQ(Told("street").size(), 2U) << "back at the sub-district's step";
  Post("street", RecordPath(id) + "/approve", nullptr, 200);
  EXPECT_EQ(Told("admin"), std::vector<std::string>{"spending_waiting"});  // district finance's step
  Post("admin", RecordPath(id) + "/approve", nullptr, 200);
  EXPECT_EQ(Told("admin").size(), 1U) << "approved: nobody waits";
  EXPECT_EQ(Told("street").size(), 2U);
  EXPECT_EQ(Told("secretary").size(), 2U);
  for (const std::string& outsider : {"community2", "grid1", "leader", "resident1", "center"})
    EXPECT_TRUE(Told(outsider).empty()) << outsider;
}

TEST_P(SpendingNoticeApiTest, AStepsApproversHearOfA督办WithItsReasonByHandOrByTheSweep) {
  AddSecretary();
  SetUpBooks();
  const std::int64_t id = Submit(50000);
  Post("supervisor", RecordPath(id) + "/supervise", {{"reason", "群众反映经费迟迟未到位"}}, 200);
  EXPECT_EQ(Told("secretary"), (std::vector<std::string>{"spending_supervised", "spending_waiting"}));
  const nlohmann::json told = Latest("secretary");
  EXPECT_NE(told["body"].get<std::string>().find("群众反映经费迟迟未到位"), std::string::npos) << told;
  EXPECT_NE(told["body"].get<std::string>().find("500.00"), std::string::npos) << told;
  EXPECT_TRUE(Told("supervisor").empty()) << "the supervision office flagged it";
  EXPECT_EQ(Told("community"), std::vector<std::string>{"spending_supervised"})
      << "the community's staff approve this step";
  EXPECT_TRUE(Told("street").empty()) << "not the sub-district's step yet";

  // At the next step, past its deadline, the minute sweep flags it: its approvers hear.
  Post("secretary", RecordPath(id) + "/approve", nullptr, 200);
  clock_.Set(calendar_->AddWorkingHours(clock_.Now(), 24) + 60);
  tokens_.clear();  // sessions lapse over days: sign in again
  EXPECT_EQ(Sweep(), 1);
  EXPECT_EQ(Told("street"), (std::vector<std::string>{"spending_supervised", "spending_waiting"}));
  EXPECT_EQ(Told("secretary").size(), 2U) << "no longer the secretary's step";
  EXPECT_EQ(Sweep(), 0);
  EXPECT_EQ(Told("street").size(), 2U) << "flagged once per step";
  for (const std::string& outsider : {"community2", "grid1", "leader", "resident1", "center"})
    EXPECT_TRUE(Told(outsider).empty()) << outsider;
}

SANWANG_INSTANTIATE_API_BACKENDS(SpendingNoticeApiTest);

}  // namespace
}  // namespace sanwang::api
