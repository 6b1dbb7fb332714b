// Who may call the budget routes (budget_routes.cc): readers see lines of units in their
// scope (the district-wide roles everything); admins set up district lines and categories;
// a street's staff hand on their street's money; each unit's staff record spending on its
// own lines. Spending records climb their approval chain: C's secretary (C's staff), the
// street's staff, then admins approve or return, each at its own step; C's staff resubmit,
// withdraw and attach; the supervision office supervises (督办) a waiting record. Grid
// workers and residents get nothing.
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
  // A fresh record of C's, moved along the chain by the approvers named, in order.
  auto record = [&test, c, spending](const std::vector<std::string>& approvers) {
    const std::string path =
        "/api/v1/budget/spending/" +
        std::to_string(IdOf(test.As("community", "POST", c + "/spending", spending), "id"));
    for (const std::string& who : approvers) EXPECT_EQ(test.As(who, "POST", path + "/approve").status, 200);
    return path;
  };
  // The record waits at the caller's own step: the street's after C's secretary, the
  // district's after the street; everyone else meets it at the secretary's.
  auto at_step_of = [record](const std::string& who) {
    if (who == "street") return record({"community"});
    if (who == "admin") return record({"community", "street"});
    return record({});
  };
  auto step = [&test, at_step_of](const char* action, nlohmann::json body) {
    return [&test, at_step_of, action, body](const std::string& who) {
      return test.As(who, "POST", at_step_of(who) + "/" + action, body);
    };
  };
  // Each caller reverses an approved record of its own, made by C's staff just before.
  auto reverse = [&test, record](const std::string& who) {
    return test.As(who, "POST", record({"community", "street", "admin"}) + "/reverse",
                   {{"reason", "录入错误"}});
  };
  auto resubmit = [&test, record, spending](const std::string& who) {
    const std::string path = record({"community"});
    EXPECT_EQ(test.As("street", "POST", path + "/return", {{"reason", "缺发票"}}).status, 200);
    return test.As(who, "POST", path + "/resubmit", spending);
  };
  const std::string one = record({});
  auto upload = [&test, one](const std::string& who) {
    return test.Request("POST", one + "/files?name=invoice.pdf", "%PDF-1.4\n%%EOF\n",
                        who.empty() ? "" : test.TokenOf(who), {{"content-type", "application/pdf"}});
  };
  const std::int64_t file = IdOf(upload("community"), "id");
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
      {"GET /api/v1/budget/spending/todo", {get("/api/v1/budget/spending/todo"), Readers()}},
      {"GET /api/v1/budget/spending/{id}", {get(one), SeersOfC()}},
      {"POST /api/v1/budget/spending/{id}/approve",
       {step("approve", nullptr), {"community", "street", "admin"}}},
      {"POST /api/v1/budget/spending/{id}/return",
       {step("return", {{"reason", "发票不全"}}), {"community", "street", "admin"}}},
      {"POST /api/v1/budget/spending/{id}/supervise",
       {step("supervise", {{"reason", "群众反映经费未到位"}}), {"supervisor"}}},
      {"GET /api/v1/budget/spending/overdue", {get("/api/v1/budget/spending/overdue"), Readers()}},
      {"POST /api/v1/budget/spending/{id}/resubmit", {resubmit, {"community"}}},
      {"POST /api/v1/budget/spending/{id}/withdraw", {step("withdraw", nullptr), {"community"}}},
      {"POST /api/v1/budget/spending/{id}/files", {upload, {"community"}}},
      {"GET /api/v1/budget/spending/{id}/files", {get(one + "/files"), SeersOfC()}},
      {"GET /api/v1/budget/spending/{id}/files/{file_id}",
       {get(one + "/files/" + std::to_string(file)), SeersOfC()}},
      {"GET /api/v1/budget/report", {get("/api/v1/budget/report?year=2026"), Readers()}},
      {"GET /api/v1/budget/report.xlsx", {get("/api/v1/budget/report.xlsx?year=2026"), Readers()}},
  });
}

}  // namespace sanwang::api
