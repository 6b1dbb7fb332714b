// Two servers on one database: each holds the org net and catalog in memory, and a change
// made through one (or by a command) reaches the other at its next look
// (Api::ReloadIfChanged, which cli::DomainWatch calls every few seconds).
#include "api/api_test_fixture.h"
#include "store/org_repository.h"

namespace sanwang::api {
namespace {

class DomainReloadTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    other_ = std::make_unique<Api>(*pool_, clock_, *calendar_, *workflow_, "411002", ApiOptions{});
    ASSERT_TRUE(other_->Reload().ok());
  }
  void TearDown() override {
    other_.reset();
    ApiTest::TearDown();
  }
  // A request to the second server, signed in through the first (sessions are the
  // database's, valid on every server).
  HttpResponse OnOther(const std::string& username, const std::string& target) {
    const std::string token = username.empty() ? "" : TokenOf(username);
    std::swap(api_, other_);
    HttpResponse r = Request("GET", target, "", token);
    std::swap(api_, other_);
    return r;
  }
  int SlaHoursSeenBy(bool other) {
    const std::string target = "/api/v1/catalog/items/A01-001";
    HttpResponse r = other ? OnOther("", target) : As("", "GET", target);
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r).value("sla_hours", -1);
  }
  bool Reloaded() {
    Result<bool> reloaded = other_->ReloadIfChanged();
    EXPECT_TRUE(reloaded.ok()) << reloaded.status().ToString();
    return reloaded.ok() && *reloaded;
  }
  std::unique_ptr<Api> other_;  // the second server
};

TEST_P(DomainReloadTest, AChangeThroughOneServerReachesTheOtherAtItsNextLook) {
  EXPECT_FALSE(Reloaded()) << "nothing changed since it loaded";
  const int before = SlaHoursSeenBy(true);
  nlohmann::json item = {{"name_zh", "楼道堆物"},  {"name_en", "Clutter"},    {"tier", "grid"},
                         {"department", ""},       {"sla_hours", before + 6}, {"online_answer_zh", ""},
                         {"online_answer_en", ""}, {"keywords", "楼道|堆物"}};
  HttpResponse put = As("admin", "PUT", "/api/v1/catalog/items/A01-001", item);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(SlaHoursSeenBy(false), before + 6) << "the server that changed it sees it at once";
  EXPECT_EQ(SlaHoursSeenBy(true), before) << "the other still holds its copy";
  EXPECT_TRUE(Reloaded());
  EXPECT_EQ(SlaHoursSeenBy(true), before + 6);
  EXPECT_FALSE(Reloaded()) << "one look that finds nothing new loads nothing";
}

TEST_P(DomainReloadTest, ACommandsChangeOfTheOrgNetIsSeenToo) {
  store::OrgRepository org(direct_db());
  auto c2 = org.FindByCode("411002", "C2");
  ASSERT_TRUE(c2.ok() && c2->has_value());
  store::UnitRecord unit = **c2;
  unit.name = "二社区（更名）";
  ASSERT_TRUE(org.UpdateNames(unit).ok());
  auto name_seen = [&] {
    HttpResponse r = OnOther("admin", "/api/v1/org/units/" + std::to_string(unit.id));
    EXPECT_EQ(r.status, 200) << r.body;
    return Json(r).value("name", "");
  };
  EXPECT_NE(name_seen(), unit.name);
  EXPECT_TRUE(Reloaded());
  EXPECT_EQ(name_seen(), unit.name);
  EXPECT_FALSE(Reloaded());
}

SANWANG_INSTANTIATE_API_BACKENDS(DomainReloadTest);

}  // namespace
}  // namespace sanwang::api
