// Deadlines and supervision of the spending chain over HTTP, on both engines: a record's
// answer carries its step's deadline; past it the record is in the overdue list of those
// who see it and no one else's; the sweep flags it once; the supervision office flags a
// record by hand only with a reason, once per step; everyone else gets 403; each refusal
// is in Chinese and English and changes nothing.
#include "support/api/spending_api_fixture.h"

namespace sanwang::api {
namespace {

using SpendingSupervisionApiTest = SpendingApiTest;

TEST_P(SpendingSupervisionApiTest, AnOverdueRecordIsListedFlaggedOnceAndSupervisedOnlyWithAReason) {
  SetUpBooks();
  const std::int64_t id = Submit();
  nlohmann::json record = Get("community", RecordPath(id));
  const UnixSeconds due = calendar_->AddWorkingHours(clock_.Now(), 16);
  EXPECT_EQ(record["step_due"], FormatIso8601(due));
  EXPECT_EQ(record["overdue"], false);
  EXPECT_EQ(record["supervised"], false);
  EXPECT_EQ(record["may_supervise"], false);
  EXPECT_EQ(Get("supervisor", RecordPath(id))["may_supervise"], true);
  EXPECT_EQ(Get("supervisor", "/api/v1/budget/spending/overdue")["total"], 0);

  clock_.Set(due + 60);
  tokens_.clear();  // sessions lapse over days: sign in again
  nlohmann::json overdue = Get("supervisor", "/api/v1/budget/spending/overdue?page_size=10");
  ASSERT_EQ(overdue["total"], 1);
  EXPECT_EQ(overdue["items"][0]["id"], id);
  EXPECT_EQ(overdue["items"][0]["overdue"], true);
  EXPECT_EQ(Get("street", "/api/v1/budget/spending/overdue")["total"], 1);
  EXPECT_EQ(Get("community2", "/api/v1/budget/spending/overdue")["total"], 0);
  EXPECT_EQ(As("grid1", "GET", "/api/v1/budget/spending/overdue").status, 403);

  EXPECT_EQ(Sweep(), 1);
  EXPECT_EQ(Sweep(), 0);
  record = Get("street", RecordPath(id));
  EXPECT_EQ(record["supervised"], true);
  EXPECT_EQ(record["state"], "submitted");
  EXPECT_EQ(record["events"].back()["action"], "supervise");
  EXPECT_EQ(record["events"].back()["role"], "system");
  ExpectRefused("supervisor", id, "supervise", {{"reason", "再次督办"}}, 409);

  const std::int64_t other = Submit(1000);
  ExpectRefused("community", other, "supervise", {{"reason", "自己督办"}}, 403);
  ExpectRefused("admin", other, "supervise", {{"reason", "管理员督办"}}, 403);
  nlohmann::json no_reason =
      Post("supervisor", RecordPath(other) + "/supervise", nlohmann::json::object(), 400);
  EXPECT_EQ(no_reason["error"]["field"], "reason");
  nlohmann::json flagged =
      Post("supervisor", RecordPath(other) + "/supervise", {{"reason", "群众反映经费迟迟未到位"}}, 200);
  EXPECT_EQ(flagged["supervised"], true);
  EXPECT_EQ(flagged["may_supervise"], false);
  EXPECT_EQ(Get("community", RecordPath(other))["events"].back()["note"], "群众反映经费迟迟未到位");
}

TEST_P(SpendingSupervisionApiTest, TheNextStepStartsItsOwnClockUnflagged) {
  SetUpBooks();
  const std::int64_t id = Submit();
  clock_.Set(calendar_->AddWorkingHours(clock_.Now(), 16) + 60);
  tokens_.clear();  // sessions lapse over days: sign in again
  EXPECT_EQ(Sweep(), 1);
  nlohmann::json moved = Post("community", RecordPath(id) + "/approve", nlohmann::json::object(), 200);
  EXPECT_EQ(moved["state"], "street_review");
  EXPECT_EQ(moved["supervised"], false);
  EXPECT_EQ(moved["overdue"], false);
  EXPECT_EQ(moved["step_due"], FormatIso8601(calendar_->AddWorkingHours(clock_.Now(), 24)));
  EXPECT_EQ(Get("supervisor", "/api/v1/budget/spending/overdue")["total"], 0);
}

SANWANG_INSTANTIATE_API_BACKENDS(SpendingSupervisionApiTest);

}  // namespace
}  // namespace sanwang::api
