// Warnings before a matter falls overdue, on both engines, with the shipped rules: a case
// accepted by its grid worker is warned of once within a day of its resolution deadline —
// to the grid worker, in the app — and not before, not twice, not once resolved, not
// once overdue.
#include "api/api_test_fixture.h"
#include "notify/due_soon.h"
#include "store/org_repository.h"

namespace sanwang::api {
namespace {

class DueSoonApiTest : public ApiTest {
 protected:
  std::int64_t Accepted() {
    const std::int64_t id = FileCase("resident1", kInG2);
    EXPECT_EQ(As("grid2", "POST", Transitions(id), {{"action", "accept"}}).status, 200);
    return id;
  }
  static std::string Transitions(std::int64_t id) {
    return "/api/v1/cases/" + std::to_string(id) + "/transitions";
  }
  UnixSeconds DueOf(std::int64_t id) {
    auto rows = db_->Query("SELECT resolve_due FROM cases WHERE id = ?", {id});
    EXPECT_TRUE(rows.ok() && rows->size() == 1 && !rows->at(0).IsNull(0));
    return rows.ok() && !rows->empty() ? rows->at(0).Int(0) : 0;
  }
  int Sweep(UnixSeconds now) {
    store::OrgRepository repo(*db_);
    auto org = org::OrgDirectory::Load(repo, "411002");
    EXPECT_TRUE(org.ok());
    auto warned =
        notify::WarnCasesDueSoon(*db_, *org, api_->workflow(), *api_->options().notices, "411002", now);
    EXPECT_TRUE(warned.ok()) << warned.status().ToString();
    return warned.ok() ? *warned : -1;
  }
  nlohmann::json DueSoonNotices(const std::string& who) {
    const nlohmann::json all = Json(As(who, "GET", "/api/v1/notices"));
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : all["items"])
      if (n["kind"] == "case_due_soon") out.push_back(n);
    return out;
  }
};

TEST_P(DueSoonApiTest, ACaseIsWarnedOfOnceWithinADayOfItsDeadline) {
  const std::int64_t id = Accepted();
  const UnixSeconds due = DueOf(id);
  EXPECT_EQ(Sweep(due - notify::kDueSoonWindowSeconds - 60), 0) << "more than a day ahead";
  EXPECT_EQ(Sweep(due - 3600), 1);
  EXPECT_EQ(Sweep(due - 1800), 0) << "once per deadline";
  const nlohmann::json notices = DueSoonNotices("grid2");
  ASSERT_EQ(notices.size(), 1U);
  EXPECT_EQ(notices[0]["case_id"], id);
  EXPECT_NE(notices[0]["body"].get<std::string>().find("须在"), std::string::npos) << notices[0]["body"];
  EXPECT_NE(notices[0]["body_en"].get<std::string>().find("must be resolved by"), std::string::npos);
  EXPECT_TRUE(DueSoonNotices("resident1").empty()) << "staff are warned, not the reporter";
  EXPECT_TRUE(DueSoonNotices("grid1").empty()) << "another grid's worker";
}

TEST_P(DueSoonApiTest, AResolvedOrOverdueCaseIsNotWarnedOf) {
  const std::int64_t resolved = Accepted();
  ASSERT_EQ(As("grid2", "POST", Transitions(resolved), {{"action", "resolve"}, {"note", "已清理"}}).status,
            200);
  EXPECT_EQ(Sweep(DueOf(resolved) - 3600), 0);
  const std::int64_t late = Accepted();
  EXPECT_EQ(Sweep(DueOf(late) + 60), 0) << "past its deadline: supervision's business";
  EXPECT_TRUE(DueSoonNotices("grid2").empty());
}

SANWANG_INSTANTIATE_API_BACKENDS(DueSoonApiTest);

}  // namespace
}  // namespace sanwang::api
