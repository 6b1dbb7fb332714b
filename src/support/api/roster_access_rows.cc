// Who may call the roster routes (roster_routes.cc): readers see the workers of units in
// their scope (community2 an empty list for C's workers, department staff nothing of C);
// the keepers of community C — its community staff, the street's staff above it and
// admins — add and edit C's workers and record trainings; only C's own staff and admins
// reveal their personal data. Grid workers and residents get nothing. Each probe that adds a worker uses an
// ID number of its own.
#include <memory>

#include "api/access_matrix.h"
#include "support/personal_data.h"

namespace sanwang::api {
namespace {

std::set<std::string> Readers() {
  return {"community", "community2", "street", "dept", "center", "supervisor", "leader", "admin"};
}

// A valid ID number, different for each n.
std::string IdNumber(int n) {
  std::string first17 = "41010219900307" + std::to_string(100 + n % 900);
  return first17 + support::IdNumberCheckCharacter(first17);
}

nlohmann::json WorkerBody(int n) {
  return {{"kind", "grid_worker"},    {"name", "王芳"},        {"post", "网格员"},
          {"unit_code", "C"},         {"grid_code", "G1"},     {"started_on", "2021-03-01"},
          {"id_number", IdNumber(n)}, {"phone", "13812345678"}};
}

}  // namespace

void AddRosterAccessRows(ApiTest& test, AccessRows& rows) {
  HttpResponse made = test.As("admin", "POST", "/api/v1/roster/workers", WorkerBody(0));
  EXPECT_EQ(made.status, 201) << made.body;
  const std::string worker =
      "/api/v1/roster/workers/" +
      std::to_string(made.status == 201 ? ApiTest::Json(made)["id"].get<std::int64_t>() : 0);
  auto next = std::make_shared<int>(1);
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto post = [&test](const std::string& target, const nlohmann::json& body) {
    return [&test, target, body](const std::string& who) { return test.As(who, "POST", target, body); };
  };
  auto create = [&test, next](const std::string& who) {
    return test.As(who, "POST", "/api/v1/roster/workers", WorkerBody((*next)++));
  };
  auto edit = [&test, worker](const std::string& who) {
    return test.As(who, "PUT", worker, {{"post", "网格长"}});
  };
  const std::set<std::string> keepers = {"community", "street", "admin"};
  const std::set<std::string> seers_of_c = {"community", "street", "center", "supervisor", "leader", "admin"};
  rows.insert({
      {"GET /api/v1/roster/workers", {get("/api/v1/roster/workers"), Readers()}},
      {"POST /api/v1/roster/workers", {create, keepers}},
      {"GET /api/v1/roster/workers/{id}", {get(worker), seers_of_c}},
      {"PUT /api/v1/roster/workers/{id}", {edit, keepers}},
      {"POST /api/v1/roster/workers/{id}/trainings",
       {post(worker + "/trainings", {{"held_on", "2026-05-12"}, {"title", "网格化管理培训"}, {"hours", 2.5}}),
        keepers}},
      {"POST /api/v1/roster/workers/{id}/reveal",
       {post(worker + "/reveal", nullptr), std::set<std::string>{"community", "admin"}}},
      {"GET /api/v1/roster/gaps", {get("/api/v1/roster/gaps"), Readers()}},
  });
}

}  // namespace sanwang::api
