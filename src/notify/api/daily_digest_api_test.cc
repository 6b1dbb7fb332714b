// The leaders' daily digest on both engines, with the shipped rules: from 08:00 Beijing
// time every leader of the district hears of the day before in it, once a day however often
// the sweep runs, and nobody else does.
#include "api/api_test_fixture.h"
#include "notify/daily_digest.h"
#include "org/password.h"
#include "org/staff.h"
#include "store/org_repository.h"

namespace sanwang::api {
namespace {

// 2026-12-01 00:00 Beijing time: the day after the fixture's clock starts (Monday 30 November).
constexpr UnixSeconds kNextMidnight = 1796054400;

class DailyDigestApiTest : public ApiTest {
 protected:
  int Sweep(UnixSeconds now) {
    store::OrgRepository repo(*db_);
    auto org = org::OrgDirectory::Load(repo, "411002");
    EXPECT_TRUE(org.ok());
    auto sent =
        notify::SendDailyDigests(*db_, *org, api_->workflow(), *api_->options().notices, "411002", now);
    EXPECT_TRUE(sent.ok()) << sent.status().ToString();
    return sent.ok() ? *sent : -1;
  }
  nlohmann::json Digests(const std::string& who) {
    const nlohmann::json all = Json(As(who, "GET", "/api/v1/notices"));
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : all["items"])
      if (n["kind"] == "daily_digest") out.push_back(n);
    return out;
  }
  void Resolve(std::int64_t id, const std::string& worker) {
    const std::string path = "/api/v1/cases/" + std::to_string(id) + "/transitions";
    ASSERT_EQ(As(worker, "POST", path, {{"action", "accept"}}).status, 200);
    ASSERT_EQ(As(worker, "POST", path, {{"action", "resolve"}, {"note", "已处理"}}).status, 200);
  }
};

TEST_P(DailyDigestApiTest, EachLeaderHearsOfTheDayBeforeOnceFromEightInTheMorning) {
  ASSERT_EQ(LocalDateOf(kNextMidnight), LocalDate{std::chrono::year{2026} / 12 / 1});
  ASSERT_EQ(LocalSecondOfDay(kNextMidnight), 0);
  const std::int64_t first = FileCase("resident1", kInG1);
  FileCase("resident1", kInG2);
  FileCase("resident2", kInG3);
  Resolve(first, "grid1");

  EXPECT_EQ(Sweep(kNextMidnight + 8 * 3600 - 60), 0) << "not before eight";
  EXPECT_EQ(Sweep(kNextMidnight + 8 * 3600), 1);
  EXPECT_EQ(Sweep(kNextMidnight + 9 * 3600), 0) << "once a day";
  const nlohmann::json told = Digests("leader");
  ASSERT_EQ(told.size(), 1U);
  const std::string body = told[0]["body"].get<std::string>();
  EXPECT_NE(body.find("11月30日新增诉求 3 件，办结 1 件，逾期未办结 0 件；目前在办 2 件，其中超期 0 件"),
            std::string::npos)
      << body;
  EXPECT_NE(told[0]["title"].get<std::string>().find("11月30日"), std::string::npos) << told[0];
  EXPECT_NE(told[0]["body_en"].get<std::string>().find("3 reports filed, 1 resolved"), std::string::npos);
  EXPECT_EQ(told[0]["link"], "/dashboard");
  for (const std::string& other : {"supervisor", "center", "admin", "grid1", "resident1"})
    EXPECT_TRUE(Digests(other).empty()) << other;

  // The next morning brings the next day's digest: nothing filed on 1 December.
  EXPECT_EQ(Sweep(kNextMidnight + 24 * 3600 + 8 * 3600 + 5), 1);
  const nlohmann::json next = Digests("leader");
  ASSERT_EQ(next.size(), 2U);
  EXPECT_NE(next[0]["body"].get<std::string>().find("12月1日新增诉求 0 件"), std::string::npos) << next[0];
}

TEST_P(DailyDigestApiTest, EveryLeaderOfTheDistrictHearsOfIt) {
  org::NewAccount account{
      "leader2", "副区长", "13800000009", "leader", "D", "", *org::HashPassword(kPassword)};
  auto added = org::AddAccount(*db_, "411002", account, clock_);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  FileCase("resident1", kInG1);
  EXPECT_EQ(Sweep(kNextMidnight + 8 * 3600), 2);
  for (const std::string& who : {"leader", "leader2"}) {
    const nlohmann::json told = Digests(who);
    ASSERT_EQ(told.size(), 1U) << who;
    EXPECT_NE(told[0]["title"].get<std::string>().find("单位D"), std::string::npos) << told[0];
  }
}

SANWANG_INSTANTIATE_API_BACKENDS(DailyDigestApiTest);

}  // namespace
}  // namespace sanwang::api
