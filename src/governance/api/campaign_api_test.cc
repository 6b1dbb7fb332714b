// Campaigns over HTTP, on SQLite and PostgreSQL: an organizer sets a campaign up, residents
// and staff send entries as files (checked by their bytes), the window closes on the
// server's clock, reviews are assigned and written blind, the discussion opens, the
// committee meets a tie, decides and publishes, and the results and files go to whom they
// should; bad input refused with the field named and nothing changed.
#include "api/api_test_fixture.h"
#include "governance/api/campaign_test_support.h"

namespace sanwang::api {
namespace {

namespace ct = campaign_test;

class CampaignApiTest : public ApiTest {
 protected:
  HttpResponse Send(const std::string& who, std::int64_t campaign, const std::string& type,
                    const std::string& data, const std::string& title = "%E4%BD%9C%E5%93%81") {
    return Request(
        "POST", "/api/v1/campaigns/" + std::to_string(campaign) + "/entries?title=" + title + "&name=a.txt",
        data, TokenOf(who), {{"content-type", type}});
  }
  std::int64_t Entries() { return db_->Query("SELECT COUNT(*) FROM camp_entries")->at(0).Int(0); }
};

TEST_P(CampaignApiTest, AnEntryIsSentReviewedBlindAwardedAndPublished) {
  const UnixSeconds closes = clock_.Now() + 120;  // within a session's idle time
  const std::int64_t c = ct::Create(*this, ct::Terms("“我与政协”征文活动", clock_.Now() - 86400, closes));
  const std::string path = "/api/v1/campaigns/" + std::to_string(c);
  // What residents see: an open campaign they may enter now.
  nlohmann::json seen = Json(As("resident1", "GET", path));
  EXPECT_EQ(seen["state"], "open");
  EXPECT_EQ(seen["may"]["enter"], true);
  EXPECT_EQ(seen["may"]["organize"], false);
  EXPECT_EQ(seen["scale"], 100);

  std::map<std::string, std::int64_t> entry;
  for (const char* who : {"resident1", "resident2", "grid1"}) {
    HttpResponse r =
        Send(who, c, "text/plain; charset=utf-8", std::string("我与政协的故事，作者 ") + who + "。");
    ASSERT_EQ(r.status, 201) << r.body;
    entry[who] = Json(r)["id"].get<std::int64_t>();
    EXPECT_EQ(Json(r)["file_name"], "a.txt");
  }
  EXPECT_EQ(Json(As("resident1", "GET", path + "/entries"))["items"].size(), 1u);
  EXPECT_EQ(Json(As("supervisor", "GET", path + "/entries"))["items"].size(), 3u);

  HttpResponse named = As("supervisor", "POST", path + "/reviewers",
                          {{"reviewers",
                            {{{"user_id", ct::User(*this, "dept").id}},
                             {{"user_id", ct::User(*this, "leader").id}},
                             {{"user_id", ct::User(*this, "street").id}}}}});
  ASSERT_EQ(named.status, 200) << named.body;
  EXPECT_EQ(Json(named)["reviewers"].size(), 3u);
  EXPECT_FALSE(Json(named)["candidates"].empty());

  // The window closes on the server's clock, to the second.
  EXPECT_EQ(As("supervisor", "POST", path + "/assignment").status, 422);
  clock_.Set(closes);
  EXPECT_EQ(Send("resident2", c, "text/plain", "迟到").status, 422);
  HttpResponse assigned = As("supervisor", "POST", path + "/assignment");
  ASSERT_EQ(assigned.status, 200) << assigned.body;
  EXPECT_EQ(Json(assigned)["reviews"], 6);
  EXPECT_EQ(Json(assigned)["max_load"], 2);

  // Each reviewer reads their entries blind and scores them the same: a three-way tie.
  int reviewed = 0;
  for (const char* reviewer : {"dept", "leader", "street"}) {
    const nlohmann::json queue = Json(As(reviewer, "GET", path + "/reviews"));
    for (const auto& b : queue["items"]) {
      const std::string target = "/api/v1/campaign-entries/" + std::to_string(b["id"].get<std::int64_t>());
      HttpResponse blind = As(reviewer, "GET", target + "/blind");
      ASSERT_EQ(blind.status, 200) << blind.body;
      EXPECT_EQ(blind.body.find("author"), std::string::npos) << blind.body;
      EXPECT_EQ(blind.body.find("a.txt"), std::string::npos) << blind.body;
      EXPECT_NE(Json(blind)["text"].get<std::string>().find("我与政协的故事"), std::string::npos);
      HttpResponse r = As(reviewer, "PUT", target + "/review",
                          {{"scores", {{"content", 48}, {"language", 32}}}, {"comment", "立意鲜明。"}});
      ASSERT_EQ(r.status, 200) << r.body;
      EXPECT_EQ(Json(r)["my_review"]["total"], 80);
      ++reviewed;
    }
  }
  EXPECT_EQ(reviewed, 6);
  ASSERT_EQ(As("supervisor", "POST", path + "/discussion").status, 200);
  nlohmann::json standings = Json(As("supervisor", "GET", path + "/standings"));
  ASSERT_FALSE(standings["tie"].is_null()) << standings.dump();
  EXPECT_EQ(standings["tie"]["tier"], "first");
  EXPECT_EQ(standings["tie"]["entries"].size(), 3u);
  EXPECT_EQ(standings["entries"][0]["score"], 80.0);

  // The committee decides the first prize; the others are honourable mentions (80 >= 60).
  HttpResponse decided = As("supervisor", "PUT", path + "/awards",
                            {{"awards", {{{"entry_id", entry["resident2"]}, {"tier", "first"}}}}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  EXPECT_TRUE(Json(decided)["tie"].is_null());
  EXPECT_EQ(Json(decided)["proposal"].size(), 3u);
  EXPECT_EQ(As("resident1", "GET", path + "/results").status, 422);
  ASSERT_EQ(As("supervisor", "PUT", path + "/awards", {{"awards", Json(decided)["proposal"]}}).status, 200);
  ASSERT_EQ(As("supervisor", "POST", path + "/publication").status, 200);
  nlohmann::json results = Json(As("resident1", "GET", path + "/results"));
  ASSERT_EQ(results["items"].size(), 3u);
  EXPECT_EQ(results["items"][0]["entry_id"], entry["resident2"]);
  EXPECT_EQ(results["items"][0]["tier_name"], "一等奖");
  EXPECT_EQ(results["items"][1]["tier"], "mention");

  // The winner's certificate goes to the winner and the organizers; the anthology to all.
  const std::string certificate =
      "/api/v1/campaign-entries/" + std::to_string(entry["resident2"]) + "/certificate";
  HttpResponse printed = As("resident2", "GET", certificate);
  ASSERT_EQ(printed.status, 200) << printed.body;
  EXPECT_EQ(printed.content_type, "application/pdf");
  EXPECT_EQ(printed.body.substr(0, 5), "%PDF-");
  EXPECT_EQ(As("resident1", "GET", certificate).status, 404);
  EXPECT_EQ(As("supervisor", "GET", certificate).status, 200);
  HttpResponse anthology = As("grid2", "GET", path + "/anthology");
  ASSERT_EQ(anthology.status, 200) << anthology.body;
  EXPECT_EQ(anthology.body.substr(0, 5), "%PDF-");

  // The file goes to its author and the organizers, as sent.
  HttpResponse file =
      As("resident1", "GET", "/api/v1/campaign-entries/" + std::to_string(entry["resident1"]) + "/file");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.body, "我与政协的故事，作者 resident1。");
  EXPECT_EQ(As("resident2", "GET", "/api/v1/campaign-entries/" + std::to_string(entry["resident1"]) + "/file")
                .status,
            404);
}

TEST_P(CampaignApiTest, BadEntriesAreRefusedNamingTheFieldAndNothingIsStored) {
  const std::int64_t c = ct::Create(*this, ct::Terms("征文", clock_.Now() - 86400, clock_.Now() + 86400));
  const std::string exe = std::string("MZ\x90\x00\x03", 5) + std::string(300, '\0');
  const std::string bomb = governance::test_files::MakeZip(
      {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", std::string(std::size_t{4} << 20, 'a')}});
  struct Bad {
    std::string type;
    std::string data;
    std::string field;
  };
  for (const Bad& bad : std::vector<Bad>{
           {"application/pdf", exe, "body"},
           {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb, "body"},
           {"application/x-msdownload", exe, "content_type"},
           {"image/png", "not a png", "content_type"},  // this campaign takes no photos
           {"text/plain", std::string("a\0b", 3), "body"},
           {"text/plain", std::string((1 << 20) + 1, 'a'), "body"}}) {
    HttpResponse r = Send("resident1", c, bad.type, bad.data);
    EXPECT_EQ(r.status, 400) << bad.type << ": " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], bad.field) << bad.type;
  }
  HttpResponse untitled = Send("resident1", c, "text/plain", "正文", "");
  EXPECT_EQ(Json(untitled)["error"]["field"], "title");
  EXPECT_EQ(Entries(), 0);
  // Bad terms, reviewers and scores are named too.
  nlohmann::json terms = ct::Terms("另一个", clock_.Now(), clock_.Now() + 86400);
  terms["tiers"][0]["quota"] = 0;
  EXPECT_EQ(Json(As("supervisor", "POST", "/api/v1/campaigns", terms))["error"]["field"], "tiers");
  terms = ct::Terms("另一个", clock_.Now(), clock_.Now() - 1);
  EXPECT_EQ(Json(As("supervisor", "POST", "/api/v1/campaigns", terms))["error"]["field"], "closes_at");
  EXPECT_EQ(Json(As("supervisor", "POST", "/api/v1/campaigns/" + std::to_string(c) + "/reviewers",
                    {{"reviewers", {{{"user_id", ct::User(*this, "resident1").id}}}}}))["error"]["field"],
            "reviewers");
}

TEST_P(CampaignApiTest, AReviewNamingTheAuthorOrFromAConflictIsRefused) {
  const ct::Made m = ct::Closed(*this, "回避测试");
  // dept declares resident1, the author: then leader alone cannot give the entry two reviews.
  ASSERT_EQ(
      As("supervisor", "POST", m.path() + "/reviewers",
         {{"reviewers",
           {{{"user_id", ct::User(*this, "dept").id}, {"declared", {ct::User(*this, "resident1").id}}}}}})
          .status,
      200);
  HttpResponse refused = As("supervisor", "POST", m.path() + "/assignment");
  EXPECT_EQ(refused.status, 422) << refused.body;
  ASSERT_EQ(As("supervisor", "POST", m.path() + "/reviewers",
               {{"reviewers", {{{"user_id", ct::User(*this, "street").id}}}}})
                .status,
            200);
  ASSERT_EQ(As("supervisor", "POST", m.path() + "/assignment").status, 200);
  EXPECT_EQ(As("dept", "GET", m.entry_path() + "/blind").status, 403);
  const std::string author = ct::User(*this, "resident1").display_name;
  HttpResponse named =
      As("leader", "PUT", m.entry_path() + "/review",
         {{"scores", {{"content", 50}, {"language", 30}}}, {"comment", "我认出这是" + author + "写的"}});
  EXPECT_EQ(named.status, 400) << named.body;
  EXPECT_EQ(Json(named)["error"]["field"], "comment");
  EXPECT_EQ(db_->Query("SELECT COUNT(*) FROM camp_reviews WHERE submitted_at IS NOT NULL")->at(0).Int(0), 0);
  HttpResponse pdf = As("leader", "GET", m.entry_path() + "/blind/file");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  // Named by its number, never by the author's file name.
  const auto disposition = pdf.headers.find("Content-Disposition");
  ASSERT_NE(disposition, pdf.headers.end());
  EXPECT_NE(disposition->second.find("entry-" + std::to_string(m.entry) + ".pdf"), std::string::npos);
  EXPECT_EQ(disposition->second.find("%E4%BD%9C"), std::string::npos);  // 作
}

SANWANG_INSTANTIATE_API_BACKENDS(CampaignApiTest);

}  // namespace
}  // namespace sanwang::api
