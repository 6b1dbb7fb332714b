// Who may call the case watch routes (case_watch_routes.cc): those who work cases and may
// read the case (a case in grid G1: its grid, community and sub-district, the command
// center, supervision); each of those who work cases lists their own. Residents follow
// matters their own way; leaders and admins read figures, not case pages.
#include "api/access_matrix.h"

namespace sanwang::api {

void AddCaseWatchAccessRows(ApiTest& test, AccessRows& rows) {
  const std::string path = "/api/v1/cases/" + std::to_string(test.FileCase("resident1", kInG1));
  const std::set<std::string> reads_g1 = {"grid1", "community", "street", "center", "supervisor"};
  const std::set<std::string> workers = {"grid1",  "grid2", "community", "community2",
                                         "street", "dept",  "center",    "supervisor"};
  auto call = [&test](const std::string& method, const std::string& target) {
    return [&test, method, target](const std::string& who) { return test.As(who, method, target); };
  };
  rows.insert({
      {"GET /api/v1/cases/{id}/watch", {call("GET", path + "/watch"), reads_g1}},
      {"POST /api/v1/cases/{id}/watch", {call("POST", path + "/watch"), reads_g1}},
      {"POST /api/v1/cases/{id}/unwatch", {call("POST", path + "/unwatch"), reads_g1}},
      {"GET /api/v1/me/case-watches", {call("GET", "/api/v1/me/case-watches"), workers}},
  });
}

}  // namespace sanwang::api
