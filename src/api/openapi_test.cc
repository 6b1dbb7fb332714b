// The OpenAPI document and the server agree: every route the server has is in the
// document (but Open311's, which has its own specification), and every path in the
// document is served (a request to it reaches a handler
// instead of a 404/405 from the router).
#include "api/api_test_fixture.h"
#include "api/openapi_document.h"

namespace sanwang::api {
namespace {

class OpenApiTest : public ApiTest {};

// A concrete path for a documented template.
std::string Instantiate(std::string path) {
  const std::map<std::string, std::string> samples = {{"{id}", "1"},        {"{code}", "A01-001"},
                                                      {"{format}", "json"}, {"{username}", "grid3"},
                                                      {"{token}", "1"},     {"{photo_id}", "1"}};
  for (const auto& [name, value] : samples) {
    for (auto at = path.find(name); at != std::string::npos; at = path.find(name))
      path.replace(at, name.size(), value);
  }
  return path;
}

TEST_P(OpenApiTest, DocumentAndRoutesAgree) {
  HttpResponse r = Request("GET", "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  auto doc = Json(r);
  EXPECT_EQ(doc["openapi"], "3.0.3");
  std::set<std::string> documented;
  for (const auto& [path, methods] : doc["paths"].items()) {
    for (const auto& [method, op] : methods.items()) {
      std::string upper = method;
      std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
      documented.insert(upper + " " + path);
      EXPECT_FALSE(op["summary"].get<std::string>().empty()) << path;
    }
  }
  std::set<std::string> served;
  for (const auto& route : api_->router().routes()) {
    if (InOpenApiDocument(route.pattern)) served.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(documented, served);
  for (const std::string& op : documented) {
    std::string method = op.substr(0, op.find(' '));
    std::string path = Instantiate(op.substr(op.find(' ') + 1));
    HttpResponse answer =
        As("admin", method, path, method == "POST" ? nlohmann::json::object() : nlohmann::json());
    EXPECT_NE(answer.route, "unmatched") << op << " is documented but not served";
  }
}

TEST_P(OpenApiTest, UnknownPathsAndMethodsAreRefused) {
  EXPECT_EQ(Request("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(Request("DELETE", "/api/v1/catalog").status, 405);
  auto body = Json(Request("GET", "/api/v1/nothing"));
  EXPECT_EQ(body["error"]["code"], "not_found");
}

SANWANG_INSTANTIATE_API_BACKENDS(OpenApiTest);

}  // namespace
}  // namespace sanwang::api
