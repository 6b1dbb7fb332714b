// The rows of the access matrix (access_matrix_test.cc): for each route, a probe that calls
// it as a given account and the set of accounts allowed. The test calls every route of the
// server as every account and fails for a route without a row. A module keeps its rows in
// a file of its own and names that file's function once in access_row_modules.cc. Test
// code; not thread-safe.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "api/api_test_fixture.h"

namespace sanwang::api {

// Every account of the test district; "" is the anonymous caller.
inline const std::vector<std::string> kEveryone = {
    "",     "resident1", "resident2",  "grid1",  "grid2", "community", "community2", "street",
    "dept", "center",    "supervisor", "leader", "admin", "security",  "auditor"};

struct Probe {
  std::function<HttpResponse(const std::string& who)> call;
  std::set<std::string> allowed;  // "" is the anonymous caller
};

// Keyed "METHOD /pattern", as the router lists its routes.
using AccessRows = std::map<std::string, Probe>;

inline std::set<std::string> AllCallers() { return {kEveryone.begin(), kEveryone.end()}; }
inline std::set<std::string> SignedInCallers() {
  auto s = AllCallers();
  s.erase("");
  return s;
}
// Every signed-in account but the security officer and the auditor, who keep credentials
// and read the audit log and do none of the district's work (org/account_actions.h).
inline std::set<std::string> SignedInButTheOfficers() {
  auto s = SignedInCallers();
  s.erase("security");
  s.erase("auditor");
  return s;
}
// Staff who plan: community and up, the command center, supervision, leaders, admins.
inline std::set<std::string> Planners() {
  return {"community", "community2", "street", "center", "supervisor", "leader", "admin"};
}

// Adds a module's rows; `test` is the running test, with its district and accounts.
using AddAccessRows = void (*)(ApiTest& test, AccessRows& rows);

struct AccessRowModule {
  const char* name;
  AddAccessRows add;
};

// Every module's rows beside the core rows of access_matrix_test.cc (access_row_modules.cc).
const std::vector<AccessRowModule>& AccessRowModules();

// Modules' rows, each in its own file.
void AddCirclesAccessRows(ApiTest& test, AccessRows& rows);
void AddRegistrationAccessRows(ApiTest& test, AccessRows& rows);

}  // namespace sanwang::api
