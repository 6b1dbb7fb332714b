// Who may call the budget routes (budget_routes.cc): readers see lines of units in their
// scope (the district-wide roles everything); admins set up district lines and categories;
// a street's staff hand on their street's money; each unit's staff record spending on its
// own lines. Grid workers and residents get nothing.
#include "api/access_matrix.h"

namespace sanwang::api {
namespace {

std::set<std::string> Readers() {
  return {"community", "community2", "street", "dept", "center", "supervisor", "leader", "admin"};
}
// Those who see community C's lines.
std::set<std::string> SeersOfC() {
  return {"community", "street", "center", "supervisor", "leader", "admin"};
}

std::int64_t IdOf(const HttpResponse& r, const char* key) {
  EXPECT_EQ(r.status, 201) << r.body;
  auto json = ApiTest::Json(r);
  return json.contains(key) ? json[key].get<std::int64_t>() : 0;
}

}  // namespace

void AddBudgetAccessRows(ApiTest& test, AccessRows& rows) {
  // 2026's party-building money: the district's line, S's and C's.
  const std::int64_t district_line = IdOf(
      test.As(
          "admin", "POST", "/api/v1/budget/lines",
          {{"year", 2026}, {"unit_code", "D"}, {"category", "party_building"}, {"amount_fen", 100000000}}),
      "id");
  const std::string d = "/api/v1/budget/lines/" + std::to_string(district_line);
  const std::int64_t s_line =
      IdOf(test.As("admin", "POST", d + "/allocations", {{"unit_code", "S"}, {"amount_fen", 50000000}}),
           "to_line_id");
  const std::string s = "/api/v1/budget/lines/" + std::to_string(s_line);
  const std::int64_t c_line =
      IdOf(test.As("street", "POST", s + "/allocations", {{"unit_code", "C"}, {"amount_fen", 20000000}}),
           "to_line_id");
  const std::string c = "/api/v1/budget/lines/" + std::to_string(c_line);
  const nlohmann::json spending = {
      {"amount_fen", 100}, {"purpose", "宣传资料"}, {"payee", "印刷厂"}, {"spent_on", "2026-11-05"}};

  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto post = [&test](const std::string& target, const nlohmann::json& body) {
    return [&test, target, body](const std::string& who) { return test.As(who, "POST", target, body); };
  };
  // Each caller reverses a record of its own, made by C's staff just before.
  auto reverse = [&test, c, spending](const std::string& who) {
    const std::int64_t id = IdOf(test.As("community", "POST", c + "/spending", spending), "id");
    return test.As(who, "POST", "/api/v1/budget/spending/" + std::to_string(id) + "/reverse",
                   {{"reason", "录入错误"}});
  };
  rows.insert({
      {"GET /api/v1/budget/categories", {get("/api/v1/budget/categories"), Readers()}},
      {"POST /api/v1/budget/categories",
       {post("/api/v1/budget/categories",
             {{"code", "training"}, {"name", "培训经费"}, {"name_en", "Training"}}),
        {"admin"}}},
      {"GET /api/v1/budget/lines", {get("/api/v1/budget/lines?year=2026"), Readers()}},
      {"POST /api/v1/budget/lines",
       {post("/api/v1/budget/lines",
             {{"year", 2027}, {"unit_code", "D"}, {"category", "personnel"}, {"amount_fen", 500}}),
        {"admin"}}},
      {"GET /api/v1/budget/lines/{id}", {get(c), SeersOfC()}},
      {"PATCH /api/v1/budget/lines/{id}",
       {[&test, d](const std::string& who) {
          return test.As(who, "PATCH", d, {{"amount_fen", 100000000}});
        },
        {"admin"}}},
      {"POST /api/v1/budget/lines/{id}/allocations",
       {post(s + "/allocations", {{"unit_code", "C"}, {"amount_fen", 1}}), {"street"}}},
      {"GET /api/v1/budget/lines/{id}/spending", {get(c + "/spending"), SeersOfC()}},
      {"POST /api/v1/budget/lines/{id}/spending", {post(c + "/spending", spending), {"community"}}},
      {"POST /api/v1/budget/spending/{id}/reverse", {reverse, {"community"}}},
      {"GET /api/v1/budget/report", {get("/api/v1/budget/report?year=2026"), Readers()}},
      {"GET /api/v1/budget/report.xlsx", {get("/api/v1/budget/report.xlsx?year=2026"), Readers()}},
  });
}

}  // namespace sanwang::api
