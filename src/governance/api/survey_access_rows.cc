// Who may call surveys' routes (survey_routes.cc): residents and staff list surveys; a
// resident with a community (resident2, of C2) reads and answers an open one; grid workers,
// community and street staff record paper answers for the communities in their scope (here
// C: grid1, grid2, community, street); staff of units, the command center, the supervisor
// and leaders read the results; the supervisor alone writes, opens, closes, hands out links
// and exports. Anyone holding a one-time link reads and answers through it. The security
// officer, the auditor and the administrator get nothing. Each allowed call that changes a
// survey or uses a link gets a fresh one.
#include <memory>

#include "api/access_matrix.h"
#include "governance/api/survey_test_support.h"

namespace sanwang::api {

void AddSurveyAccessRows(ApiTest& test, AccessRows& rows) {
  namespace st = survey_test;
  auto next = std::make_shared<int>(0);
  auto fresh = [next](const std::string& kind) { return kind + " 访问测试 " + std::to_string((*next)++); };
  const std::int64_t open = st::Opened(test, "进行中的测评");
  const std::string path = st::Path(open);
  const std::set<std::string> readers = {"grid1", "grid2",  "community",  "community2", "street",
                                         "dept",  "center", "supervisor", "leader"};
  std::set<std::string> users = readers;
  users.insert({"resident1", "resident2"});
  std::set<std::string> seers = readers;  // resident1 has no community, so sees no survey
  seers.insert("resident2");
  const std::set<std::string> organizers = {"supervisor"};
  const std::string link = st::Link(test, open);
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  rows.insert({
      {"GET /api/v1/surveys", {get("/api/v1/surveys"), users}},
      {"GET /api/v1/surveys/{id}", {get(path), seers}},
      {"POST /api/v1/surveys",
       {[&test, fresh](const std::string& who) {
          const UnixSeconds now = test.clock().Now();
          return test.As(who, "POST", "/api/v1/surveys", st::Terms(test, fresh("新测评"), now, now + 86400));
        },
        organizers}},
      {"PUT /api/v1/surveys/{id}",
       {[&test, fresh](const std::string& who) {
          const std::int64_t draft = st::Draft(test, fresh("草稿"));
          const UnixSeconds now = test.clock().Now();
          return test.As(who, "PUT", st::Path(draft), st::Terms(test, fresh("改过的草稿"), now, now + 86400));
        },
        organizers}},
      {"POST /api/v1/surveys/{id}/state",
       {[&test, fresh](const std::string& who) {
          return test.As(who, "POST", st::Path(st::Draft(test, fresh("待发布"))) + "/state",
                         {{"state", "open"}});
        },
        organizers}},
      {"POST /api/v1/surveys/{id}/answers",
       {[&test, fresh](const std::string& who) {
          return test.As(who, "POST", st::Path(st::Opened(test, fresh("作答"))) + "/answers", st::Answer(4));
        },
        {"resident2"}}},
      {"POST /api/v1/surveys/{id}/recorded",
       {[&test, path](const std::string& who) {
          nlohmann::json body = st::Answer(3);
          body["community_id"] = st::UnitId(test, "C");
          body["channel"] = "paper";
          return test.As(who, "POST", path + "/recorded", body);
        },
        {"grid1", "grid2", "community", "street"}}},
      {"POST /api/v1/surveys/{id}/links",
       {[&test, path](const std::string& who) {
          return test.As(who, "POST", path + "/links",
                         {{"community_id", st::UnitId(test, "C")}, {"count", 2}});
        },
        organizers}},
      {"GET /api/v1/survey-links/{token}", {get("/api/v1/survey-links/" + link), AllCallers()}},
      {"POST /api/v1/survey-links/{token}",
       {[&test, open](const std::string& who) {
          return test.As(who, "POST", "/api/v1/survey-links/" + st::Link(test, open), st::Answer(5));
        },
        AllCallers()}},
      {"GET /api/v1/surveys/{id}/results", {get(path + "/results"), readers}},
      {"GET /api/v1/surveys/{id}/map", {get(path + "/map"), readers}},
      {"GET /api/v1/surveys/{id}/trend", {get(path + "/trend"), readers}},
      {"GET /api/v1/surveys/{id}/texts", {get(path + "/texts"), readers}},
      {"GET /api/v1/surveys/{id}/answers.csv", {get(path + "/answers.csv"), organizers}},
      {"GET /api/v1/surveys/{id}/answers.xlsx", {get(path + "/answers.xlsx"), organizers}},
  });
}

}  // namespace sanwang::api
