// Who may call campaigns' routes (campaign_routes.cc): residents and staff read campaigns,
// send entries, list their own and read the results; the organizers (supervisor) set up,
// name reviewers, assign, open the discussion, see the standings, decide and publish; a
// reviewer (dept and leader, named on each campaign here) reads and scores only the
// entries assigned to them, blind; an entry's file goes to its author and the organizers.
// The security officer, the auditor and anonymous callers get nothing. Each allowed call
// that moves a campaign gets a fresh one, so none finds the state moved.
#include <memory>

#include "api/access_matrix.h"
#include "governance/api/campaign_test_support.h"

namespace sanwang::api {

void AddCampaignAccessRows(ApiTest& test, AccessRows& rows) {
  namespace ct = campaign_test;
  const UnixSeconds now = test.clock().Now();
  auto next = std::make_shared<int>(0);
  auto fresh = [next](const std::string& kind) { return kind + " 访问测试 " + std::to_string((*next)++); };
  const ct::Made open{
      ct::Create(test, ct::Terms("征集中的活动", now - 86400, now + std::int64_t{30} * 86400)), 0};
  const ct::Made reviewing = ct::Reviewing(test, "评审中的活动");
  const ct::Made deciding = ct::Deciding(test, "讨论中的活动");
  const ct::Made published = ct::Published(test, "已公布的活动");
  const std::set<std::string> readers = SignedInButTheOfficers();
  const std::set<std::string> reviewers = {"dept", "leader"};
  const std::set<std::string> organizers = {"supervisor"};
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto as_organizer_on = [&test, fresh](ct::Made (*make)(ApiTest&, const std::string&),
                                        const std::string& method, const std::string& suffix,
                                        const nlohmann::json& body) {
    return [&test, fresh, make, method, suffix, body](const std::string& who) {
      const ct::Made m = make(test, fresh(suffix));
      return test.As(who, method, m.path() + suffix, body);
    };
  };
  rows.insert({
      {"GET /api/v1/campaigns", {get("/api/v1/campaigns"), readers}},
      {"GET /api/v1/campaigns/{id}", {get(published.path()), readers}},
      {"POST /api/v1/campaigns",
       {[&test, fresh, now](const std::string& who) {
          return test.As(who, "POST", "/api/v1/campaigns", ct::Terms(fresh("新活动"), now, now + 86400));
        },
        organizers}},
      {"GET /api/v1/campaigns/{id}/reviewers", {get(open.path() + "/reviewers"), organizers}},
      {"POST /api/v1/campaigns/{id}/reviewers",
       {[&test, open](const std::string& who) {
          return test.As(who, "POST", open.path() + "/reviewers",
                         {{"reviewers", {{{"user_id", ct::User(test, "street").id}}}}});
        },
        organizers}},
      {"POST /api/v1/campaigns/{id}/entries",
       {[&test, open](const std::string& who) {
          return test.Request("POST", open.path() + "/entries?title=%E4%BD%9C%E5%93%81", "我与政协。",
                              who.empty() ? "" : test.TokenOf(who), {{"content-type", "text/plain"}});
        },
        readers}},
      {"GET /api/v1/campaigns/{id}/entries", {get(published.path() + "/entries"), readers}},
      {"GET /api/v1/campaign-entries/{id}/file",
       {get(published.entry_path() + "/file"), {"resident1", "supervisor"}}},
      {"POST /api/v1/campaigns/{id}/assignment",
       {as_organizer_on(ct::Closed, "POST", "/assignment", nullptr), organizers}},
      {"GET /api/v1/campaigns/{id}/reviews", {get(reviewing.path() + "/reviews"), readers}},
      {"GET /api/v1/campaign-entries/{id}/blind", {get(deciding.entry_path() + "/blind"), reviewers}},
      {"GET /api/v1/campaign-entries/{id}/blind/file",
       {get(deciding.entry_path() + "/blind/file"), reviewers}},
      {"PUT /api/v1/campaign-entries/{id}/review",
       {[&test, reviewing](const std::string& who) {
          return test.As(who, "PUT", reviewing.entry_path() + "/review",
                         {{"scores", {{"content", 50}, {"language", 30}}}, {"comment", "立意鲜明。"}});
        },
        reviewers}},
      {"POST /api/v1/campaigns/{id}/discussion",
       {as_organizer_on(ct::Reviewing, "POST", "/discussion", nullptr), organizers}},
      {"GET /api/v1/campaigns/{id}/standings", {get(deciding.path() + "/standings"), organizers}},
      {"PUT /api/v1/campaigns/{id}/awards",
       {[&test, deciding](const std::string& who) {
          return test.As(who, "PUT", deciding.path() + "/awards", {{"awards", nlohmann::json::array()}});
        },
        organizers}},
      {"POST /api/v1/campaigns/{id}/publication",
       {[&test, fresh](const std::string& who) {
          const ct::Made m = ct::Deciding(test, fresh("公布"));
          ct::Step(test, "PUT", m.path() + "/awards",
                   {{"awards", {{{"entry_id", m.entry}, {"tier", "first"}}}}});
          return test.As(who, "POST", m.path() + "/publication");
        },
        organizers}},
      {"GET /api/v1/campaigns/{id}/results", {get(published.path() + "/results"), readers}},
      {"GET /api/v1/campaign-entries/{id}/certificate",
       {get(published.entry_path() + "/certificate"), {"resident1", "supervisor"}}},
      {"GET /api/v1/campaigns/{id}/certificates", {get(published.path() + "/certificates"), organizers}},
      {"GET /api/v1/campaigns/{id}/anthology", {get(published.path() + "/anthology"), readers}},
  });
}

}  // namespace sanwang::api
