// Who may call the case watch routes (case_watch_routes.cc): staff who may read the case (a
// case in grid G1: its grid, community and sub-district, the command center, supervision,
// leaders and admins); every member of staff lists their own. Residents follow matters
// their own way, and the officers do none of the district's work.
#include "api/access_matrix.h"

namespace sanwang::api {

void AddCaseWatchAccessRows(ApiTest& test, AccessRows& rows) {
  const std::string path = "/api/v1/cases/" + std::to_string(test.FileCase("resident1", kInG1));
  const std::set<std::string> reads_g1 = {"grid1",      "community", "street", "center",
                                          "supervisor", "leader",    "admin"};
  const std::set<std::string> staff = {"grid1", "grid2",  "community",  "community2", "street",
                                       "dept",  "center", "supervisor", "leader",     "admin"};
  auto call = [&test](std::string method, std::string target) {
    return [&test, method, target](const std::string& who) { return test.As(who, method, target); };
  };
  rows.insert({
      {"GET /api/v1/cases/{id}/watch", {call("GET", path + "/watch"), reads_g1}},
      {"POST /api/v1/cases/{id}/watch", {call("POST", path + "/watch"), reads_g1}},
      {"POST /api/v1/cases/{id}/unwatch", {call("POST", path + "/unwatch"), reads_g1}},
      {"GET /api/v1/me/case-watches", {call("GET", "/api/v1/me/case-watches"), staff}},
  });
}

}  // namespace sanwang::api
