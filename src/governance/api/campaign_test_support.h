// Campaigns for the API tests and the access rows, built through the routes where a
// route can (set up, reviewers, assignment, discussion, awards, publication) and with
// entries written straight to the store when the window has closed already: a campaign of
// the test district in each state, its one entry a PDF by resident1 and its reviewers
// dept and leader, two reviews each entry (so both review it). Test code.
#pragma once

#include <memory>
#include <string>

#include "api/api_test_fixture.h"
#include "governance/evidence_test_files.h"
#include "governance/store/campaign_repository.h"
#include "store/user_repository.h"

namespace sanwang::api::campaign_test {

struct Made {
  std::int64_t campaign = 0;
  std::int64_t entry = 0;
  std::string path() const { return "/api/v1/campaigns/" + std::to_string(campaign); }
  std::string entry_path() const { return "/api/v1/campaign-entries/" + std::to_string(entry); }
};

inline nlohmann::json Terms(const std::string& title, UnixSeconds opens, UnixSeconds closes) {
  return {{"title", title},
          {"theme", "我与政协"},
          {"rules", "征文对象为全区政协委员和社会各界人士。"},
          {"issuer", "区政协办公室"},
          {"opens_at", FormatIso8601(opens)},
          {"closes_at", FormatIso8601(closes)},
          {"formats", {"docx", "pdf", "txt"}},
          {"max_bytes", 1 << 20},
          {"reviews_per_entry", 2},
          {"rubric",
           {{{"code", "content"}, {"name", "思想内容"}, {"most", 60}},
            {{"code", "language"}, {"name", "文字表达"}, {"most", 40}}}},
          {"tiers",
           {{{"code", "first"}, {"name", "一等奖"}, {"quota", 1}},
            {{"code", "mention"}, {"name", "优秀奖"}, {"quota", nullptr}, {"floor", 60}}}}};
}

inline std::int64_t Create(ApiTest& test, const nlohmann::json& terms) {
  HttpResponse r = test.As("supervisor", "POST", "/api/v1/campaigns", terms);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

inline store::UserRecord User(ApiTest& test, const std::string& username) {
  auto u = store::UserRepository(test.direct_db()).FindByUsername(username);
  EXPECT_TRUE(u.ok() && *u) << username;
  return u.ok() && *u ? **u : store::UserRecord{};
}

// An entry written to the store as if sent while the window was open.
inline std::int64_t StoredEntry(ApiTest& test, std::int64_t campaign, const std::string& author,
                                const std::string& title) {
  const store::UserRecord user = User(test, author);
  store::CampaignEntryRecord e;
  e.campaign_id = campaign;
  e.district_code = user.district_code;
  e.title = title;
  e.author_user_id = user.id;
  e.author_name = user.display_name;
  e.author_unit_id = user.unit_id;
  e.file_name = "作品.pdf";
  e.content_type = "application/pdf";
  e.data = governance::test_files::MakePdf();
  e.size_bytes = static_cast<std::int64_t>(e.data.size());
  e.sha256 = std::string(64, 'a');
  e.submitted_at = test.clock().Now() - std::int64_t{2} * 86400;
  auto stored = store::CampaignRepository(test.direct_db()).InsertEntry(e);
  EXPECT_TRUE(stored.ok()) << stored.status().ToString();
  return stored.ok() ? stored->id : 0;
}

inline void Step(ApiTest& test, const std::string& method, const std::string& target,
                 const nlohmann::json& body = nullptr) {
  HttpResponse r = test.As("supervisor", method, target, body);
  EXPECT_EQ(r.status, 200) << method << " " << target << ": " << r.body;
}

// A campaign whose window closed yesterday, with its entry and reviewers.
inline Made Closed(ApiTest& test, const std::string& title) {
  const UnixSeconds now = test.clock().Now();
  Made m;
  m.campaign = Create(test, Terms(title, now - std::int64_t{60} * 86400, now - 86400));
  m.entry = StoredEntry(test, m.campaign, "resident1", "我与政协的故事");
  Step(test, "POST", m.path() + "/reviewers",
       {{"reviewers", {{{"user_id", User(test, "dept").id}}, {{"user_id", User(test, "leader").id}}}}});
  return m;
}

inline Made Reviewing(ApiTest& test, const std::string& title) {
  Made m = Closed(test, title);
  Step(test, "POST", m.path() + "/assignment");
  return m;
}

inline Made Deciding(ApiTest& test, const std::string& title) {
  Made m = Reviewing(test, title);
  Step(test, "POST", m.path() + "/discussion");
  return m;
}

inline Made Published(ApiTest& test, const std::string& title) {
  Made m = Deciding(test, title);
  Step(test, "PUT", m.path() + "/awards", {{"awards", {{{"entry_id", m.entry}, {"tier", "first"}}}}});
  Step(test, "POST", m.path() + "/publication");
  return m;
}

}  // namespace sanwang::api::campaign_test
