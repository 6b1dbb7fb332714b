// Staff following a case (关注案件) through Api::Handle on both engines, with the shipped
// rules: a member of staff who may read a case follows it and is told of each move others
// make — the action and the state, never the note — unless another rule told them of that
// move already; a resident, a leader, staff who may not read the case and the 501st follow
// are refused and write nothing; stopping ends the notices.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class CaseWatchApiTest : public ApiTest {
 protected:
  static std::string Path(std::int64_t id) { return "/api/v1/cases/" + std::to_string(id); }
  HttpResponse Act(const std::string& who, std::int64_t id, const nlohmann::json& body) {
    return As(who, "POST", Path(id) + "/transitions", body);
  }
  // `who`'s notices of `kind`, the newest first.
  nlohmann::json Notices(const std::string& who, const std::string& kind) {
    const nlohmann::json all = Json(As(who, "GET", "/api/v1/notices?page_size=100"));
    nlohmann::json out = nlohmann::json::array();
    for (const auto& n : all["items"])
      if (n["kind"] == kind) out.push_back(n);
    return out;
  }
  std::int64_t CountWatches() { return db_->Query("SELECT COUNT(*) FROM notify_case_watches")->at(0).Int(0); }
};

TEST_P(CaseWatchApiTest, AFollowerHearsOfEachMoveOthersMakeWithoutTheNote) {
  const std::int64_t id = FileCase("resident1", kInG1);
  EXPECT_EQ(Json(As("supervisor", "GET", Path(id) + "/watch"))["watching"], false);
  HttpResponse watched = As("supervisor", "POST", Path(id) + "/watch");
  ASSERT_EQ(watched.status, 200) << watched.body;
  EXPECT_EQ(Json(watched)["watching"], true);
  EXPECT_EQ(Json(As("supervisor", "GET", Path(id) + "/watch"))["watching"], true);

  ASSERT_EQ(Act("grid1", id, {{"action", "accept"}}).status, 200);
  nlohmann::json told = Notices("supervisor", "case_watched");
  ASSERT_EQ(told.size(), 1U) << told;
  EXPECT_EQ(told[0]["case_id"], id);
  EXPECT_EQ(told[0]["link"], "/workbench/cases/" + std::to_string(id));
  const std::string body = told[0]["body"].get<std::string>();
  EXPECT_NE(body.find("签收"), std::string::npos) << body;    // the action
  EXPECT_NE(body.find("办理中"), std::string::npos) << body;  // the state it is in now
  EXPECT_EQ(body.find("Accept"), std::string::npos) << "the Chinese text has the Chinese label: " << body;
  EXPECT_NE(told[0]["body_en"].get<std::string>().find("Accept"), std::string::npos) << told[0];

  ASSERT_EQ(Act("grid1", id, {{"action", "resolve"}, {"note", "已联系13912345678处理"}}).status, 200);
  told = Notices("supervisor", "case_watched");
  ASSERT_EQ(told.size(), 2U) << told;
  EXPECT_NE(told[0]["body"].get<std::string>().find("办结"), std::string::npos) << told[0];
  EXPECT_EQ(told[0].dump().find("13912345678"), std::string::npos)
      << "the note stays in the case: " << told[0];
  EXPECT_TRUE(Notices("grid1", "case_watched").empty()) << "grid1 does not follow it";

  // Stopping ends the notices.
  ASSERT_EQ(As("supervisor", "POST", Path(id) + "/unwatch").status, 200);
  EXPECT_EQ(Json(As("supervisor", "GET", Path(id) + "/watch"))["watching"], false);
  ASSERT_EQ(Act("resident1", id, {{"action", "rate"}, {"stars", 2}, {"comment", "没修好"}}).status, 200);
  EXPECT_EQ(Notices("supervisor", "case_watched").size(), 2U) << "no longer followed";
}

TEST_P(CaseWatchApiTest, AFollowerToldByAnotherRuleOfAMoveIsNotToldTwice) {
  const std::int64_t id = FileCase("resident1", kInG1);
  ASSERT_EQ(As("grid1", "POST", Path(id) + "/watch").status, 200);
  ASSERT_EQ(As("community", "POST", Path(id) + "/watch").status, 200);
  // A resident's 催办 tells the handling unit's staff (case_urged); grid1 is one of them.
  ASSERT_EQ(Act("grid1", id, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(Act("resident1", id, {{"action", "urge"}, {"note", "请尽快"}}).status, 200);
  EXPECT_EQ(Notices("grid1", "case_urged").size(), 1U);
  EXPECT_TRUE(Notices("grid1", "case_watched").empty()) << "its own accept, and the urge it heard of";
  EXPECT_EQ(Notices("community", "case_watched").size(), 2U) << "the accept and the urge";
}

TEST_P(CaseWatchApiTest, TheCasesFollowedAreListedWhileTheCallerMayReadThem) {
  const std::int64_t first = FileCase("resident1", kInG1);
  const std::int64_t second = FileCase("resident1", kInG2);
  ASSERT_EQ(As("street", "POST", Path(first) + "/watch").status, 200);
  clock_.Advance(60);
  ASSERT_EQ(As("street", "POST", Path(second) + "/watch").status, 200);
  ASSERT_EQ(As("street", "POST", Path(second) + "/watch").status, 200);  // again: nothing new
  nlohmann::json listed = Json(As("street", "GET", "/api/v1/me/case-watches"));
  ASSERT_EQ(listed["items"].size(), 2U) << listed;
  EXPECT_EQ(listed["items"][0]["id"], second);  // the latest followed first
  EXPECT_EQ(listed["items"][1]["id"], first);
  EXPECT_EQ(listed["items"][0]["open"], true);
  EXPECT_EQ(listed["max"], 500);
  EXPECT_TRUE(Json(As("community", "GET", "/api/v1/me/case-watches"))["items"].empty()) << "each their own";
}

TEST_P(CaseWatchApiTest, ThoseWhoMayNotFollowACaseAreRefusedAndNothingIsWritten) {
  const std::int64_t id = FileCase("resident1", kInG1);
  EXPECT_EQ(As("resident1", "POST", Path(id) + "/watch").status, 403) << "residents follow matters instead";
  EXPECT_EQ(As("auditor", "POST", Path(id) + "/watch").status, 403);
  EXPECT_EQ(As("leader", "POST", Path(id) + "/watch").status, 403) << "leaders read figures, not case pages";
  HttpResponse outside = As("grid2", "POST", Path(id) + "/watch");
  EXPECT_EQ(outside.status, 404) << "grid2 may not read a case of G1";
  EXPECT_NE(Json(outside)["error"]["message"].get<std::string>().find("no case"), std::string::npos)
      << outside.body;
  EXPECT_EQ(As("center", "POST", "/api/v1/cases/999999/watch").status, 404);
  EXPECT_EQ(As("center", "POST", "/api/v1/cases/abc/watch").status, 400);
  EXPECT_EQ(CountWatches(), 0);

  // At the most cases one may follow, the next is refused.
  store::CaseRepository cases(*db_);
  auto model = cases.Get(id);
  ASSERT_TRUE(model.ok());
  store::CaseEventRecord first;
  first.action = "submit";
  first.to_state = model->state;
  first.actor_role = "resident";
  first.at = model->created_at;
  std::vector<std::int64_t> ids;
  ASSERT_TRUE(db_->InTransaction([&]() -> Status {
                   for (int i = 0; i < 501; ++i) {
                     SW_ASSIGN_OR_RETURN(store::CaseChange made, cases.Insert(*model, first));
                     ids.push_back(made.updated.id);
                   }
                   return Status::Ok();
                 })
                  .ok());
  ASSERT_TRUE(db_->InTransaction([&]() -> Status {
                   for (int i = 0; i < 500; ++i) {
                     SW_RETURN_IF_ERROR(
                         db_->Execute("INSERT INTO notify_case_watches (district_code, user_id, "
                                      "case_id, since) SELECT '411002', id, ?, 0 FROM users "
                                      "WHERE username = 'center'",
                                      {ids[static_cast<std::size_t>(i)]})
                             .status());
                   }
                   return Status::Ok();
                 })
                  .ok());
  HttpResponse full = As("center", "POST", Path(ids.back()) + "/watch");
  EXPECT_EQ(full.status, 422) << full.body;
  EXPECT_NE(Json(full)["error"]["message"].get<std::string>().find("500"), std::string::npos) << full.body;
  EXPECT_EQ(CountWatches(), 500);
  EXPECT_EQ(As("center", "POST", Path(ids.front()) + "/watch").status, 200) << "one followed already";
  EXPECT_EQ(CountWatches(), 500);
}

SANWANG_INSTANTIATE_API_BACKENDS(CaseWatchApiTest);

}  // namespace
}  // namespace sanwang::api
