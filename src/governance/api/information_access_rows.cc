// Who may call information work's routes (information_routes.cc): community, street and
// department staff, the editors (supervisor) and leaders read; unit staff submit for
// their own unit; the editors add categories and levels; an item of community C is seen by
// C's staff, the street above it, the editors and leaders (community2 and the department
// find it missing), and withdrawn only by C's staff (the editors' own actions are tested
// in information_api_test.cc); the editors publish notices, which the readers list and
// download. Admins, grid workers, the command center, residents and the
// two officers get nothing. Each allowed call gets a fresh item or code, so none finds the
// state moved.
#include <memory>

#include "api/access_matrix.h"

namespace sanwang::api {

void AddInformationAccessRows(ApiTest& test, AccessRows& rows) {
  auto fresh_item = [&test] {
    HttpResponse r = test.As("community", "POST", "/api/v1/information/items",
                             {{"category", "work_news"}, {"title", "访问测试信息"}, {"body", "正文"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return "/api/v1/information/items/" +
           std::to_string(r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0);
  };
  const std::string item = fresh_item();
  auto next_code = std::make_shared<int>(0);
  const std::set<std::string> readers = {"community", "community2", "street", "dept", "supervisor", "leader"};
  HttpResponse published = test.As("supervisor", "POST", "/api/v1/information/reports",
                                   {{"period", "2026-10"}, {"level", "community"}});
  EXPECT_EQ(published.status, 201) << published.body;
  const std::string report =
      "/api/v1/information/reports/" +
      std::to_string(published.status == 201 ? ApiTest::Json(published)["id"].get<std::int64_t>() : 0);
  // Months of years long past, one per allowed publication.
  auto next_month = std::make_shared<int>(0);
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  rows.insert({
      {"GET /api/v1/information", {get("/api/v1/information"), readers}},
      {"GET /api/v1/information/items", {get("/api/v1/information/items"), readers}},
      {"GET /api/v1/information/items/{id}", {get(item), {"community", "street", "supervisor", "leader"}}},
      {"GET /api/v1/information/ranking", {get("/api/v1/information/ranking?period=2026-11"), readers}},
      {"POST /api/v1/information/items",
       {[&test](const std::string& who) {
          return test.As(who, "POST", "/api/v1/information/items",
                         {{"category", "practice"}, {"title", "经验做法"}, {"body", "正文"}});
        },
        {"community", "community2", "street", "dept"}}},
      {"POST /api/v1/information/items/{id}/actions",
       {[&test, fresh_item](const std::string& who) {
          return test.As(who, "POST", fresh_item() + "/actions", {{"action", "withdraw"}});
        },
        {"community"}}},
      {"GET /api/v1/information/reports", {get("/api/v1/information/reports"), readers}},
      {"GET /api/v1/information/reports/{id}/pdf", {get(report + "/pdf"), readers}},
      {"GET /api/v1/information/reports/{id}/xlsx", {get(report + "/xlsx"), readers}},
      {"POST /api/v1/information/reports",
       {[&test, next_month](const std::string& who) {
          const int n = (*next_month)++;
          const std::string month =
              std::to_string(2000 + n / 12) + "-" + (n % 12 < 9 ? "0" : "") + std::to_string(n % 12 + 1);
          return test.As(who, "POST", "/api/v1/information/reports",
                         {{"period", month}, {"level", "street"}});
        },
        {"supervisor"}}},
      {"POST /api/v1/information/categories",
       {[&test, next_code](const std::string& who) {
          return test.As(who, "POST", "/api/v1/information/categories",
                         {{"code", "category_" + std::to_string((*next_code)++)}, {"name", "新类别"}});
        },
        {"supervisor"}}},
      {"POST /api/v1/information/levels",
       {[&test, next_code](const std::string& who) {
          return test.As(who, "POST", "/api/v1/information/levels",
                         {{"code", "level_" + std::to_string((*next_code)++)},
                          {"name", "新级别"},
                          {"points", 2},
                          {"rank", 5}});
        },
        {"supervisor"}}},
  });
}

}  // namespace sanwang::api
