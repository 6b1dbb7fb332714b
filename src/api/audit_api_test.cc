// The audit log records what was refused and what changed, beyond the route-level checks:
// a case read or moved by someone who may not see it, each refused case of a bulk action,
// the Open311 integrator behind a filed request, and the old and new role, unit and state
// of an account.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class AuditApiTest : public ApiTest {
 protected:
  struct Entry {
    std::string username, action, target, outcome, detail;
  };
  // The entries whose target is `target`, oldest first.
  std::vector<Entry> EntriesFor(const std::string& target) {
    auto rows = db_->Query(
        "SELECT username, action, target, outcome, detail FROM audit_log WHERE target = ? ORDER BY id",
        {target});
    EXPECT_TRUE(rows.ok());
    std::vector<Entry> out;
    for (const auto& r : *rows) out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)});
    return out;
  }
  static std::string CasePath(std::int64_t id) { return "/api/v1/cases/" + std::to_string(id); }
};

TEST_P(AuditApiTest, RefusedReadsAndMovesOfACaseAreRecorded) {
  std::int64_t id = FileCase("resident1", kInG1);
  ASSERT_EQ(As("grid3", "GET", CasePath(id)).status, 404);  // another grid's case: not even shown
  auto read = EntriesFor(CasePath(id));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].username, "grid3");
  EXPECT_EQ(read[0].action, "GET /api/v1/cases/{id}");
  EXPECT_EQ(read[0].outcome, "denied");
  EXPECT_EQ(read[0].detail, "404");
  HttpResponse moved = As("grid3", "POST", CasePath(id) + "/transitions", {{"action", "accept"}});
  ASSERT_EQ(moved.status, 404) << moved.body;
  auto move = EntriesFor(CasePath(id) + "/transitions");
  ASSERT_EQ(move.size(), 1u);
  EXPECT_EQ(move[0].outcome, "denied");
  // The case's own grid reading it is not a refusal and is not logged.
  ASSERT_EQ(As("grid1", "GET", CasePath(id)).status, 200);
  EXPECT_EQ(EntriesFor(CasePath(id)).size(), 1u);
}

TEST_P(AuditApiTest, EachRefusedCaseOfABulkActionIsRecorded) {
  std::int64_t mine = FileCase("resident1", kInG1);
  std::int64_t elsewhere = FileCase("resident2", kInG3);
  HttpResponse r = As("grid1", "POST", "/api/v1/cases/bulk-transitions",
                      {{"ids", {mine, elsewhere}}, {"action", "accept"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(EntriesFor(CasePath(mine)).empty());
  auto refused = EntriesFor(CasePath(elsewhere));
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].username, "grid1");
  EXPECT_EQ(refused[0].action, "POST /api/v1/cases/bulk-transitions");
  EXPECT_EQ(refused[0].outcome, "denied");
  EXPECT_EQ(refused[0].detail, "accept: not_found");
}

TEST_P(AuditApiTest, Open311WritesNameTheApiKey) {
  std::string key;
  {
    auto lease = pool_->Acquire();
    key = *api_->auth().CreateApiKey(*lease, "citizen-app");
  }
  HttpResponse posted = Request("POST", "/open311/v2/requests.json",
                                "api_key=" + key + "&service_code=A01-001&lat=34.01&long=113.805");
  ASSERT_EQ(posted.status, 201) << posted.body;
  auto entries = EntriesFor("/open311/v2/requests.json");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].username, "api_key:citizen-app");
  EXPECT_EQ(entries[0].outcome, "ok");
  EXPECT_EQ(entries[0].detail, "201 case " + Json(posted)[0]["service_request_id"].get<std::string>());
}

TEST_P(AuditApiTest, AccountChangesRecordOldAndNewValues) {
  ASSERT_EQ(As("admin", "PATCH", "/api/v1/users/grid3", {{"role", "community_staff"}, {"unit", "C2"}}).status,
            200);
  ASSERT_EQ(As("admin", "PATCH", "/api/v1/users/grid3", {{"phone", "13900000000"}}).status, 200);
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/grid3/disable").status, 200);
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/grid3/enable").status, 200);
  auto changed = EntriesFor("/api/v1/users/grid3");
  ASSERT_EQ(changed.size(), 2u);
  EXPECT_EQ(changed[0].detail, "200 role grid_worker → community_staff; unit G3 → C2");
  EXPECT_EQ(changed[1].detail, "200");  // the phone number is personal data: not in the log
  auto disabled = EntriesFor("/api/v1/users/grid3/disable");
  ASSERT_EQ(disabled.size(), 1u);
  EXPECT_EQ(disabled[0].detail, "200 disabled false → true");
  auto enabled = EntriesFor("/api/v1/users/grid3/enable");
  ASSERT_EQ(enabled.size(), 1u);
  EXPECT_EQ(enabled[0].detail, "200 disabled true → false");
}

SANWANG_INSTANTIATE_API_BACKENDS(AuditApiTest);

}  // namespace
}  // namespace sanwang::api
