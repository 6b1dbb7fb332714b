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

// The reference page loads the renderer and the document from this server only, under a
// policy that runs no inline script; the document lists the page as an HTML answer.
TEST_P(OpenApiTest, ReferencePageLoadsTheRendererAndTheDocumentFromThisOrigin) {
  HttpResponse r = Request("GET", "/api/v1/docs");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type.rfind("text/html", 0), 0u) << r.content_type;
  EXPECT_NE(r.body.find(R"(<script src="/redoc/redoc.standalone.js"></script>)"), std::string::npos)
      << r.body;
  EXPECT_NE(r.body.find(R"(spec-url="/api/v1/openapi.json")"), std::string::npos) << r.body;
  // No outside origin: no scheme, no protocol-relative URL, no inline script.
  for (const char* outside : {"http:", "https:", "\"//", "<script>"})
    EXPECT_EQ(r.body.find(outside), std::string::npos) << outside;
  for (auto at = r.body.find("src="); at != std::string::npos; at = r.body.find("src=", at + 1))
    EXPECT_EQ(r.body.substr(at, 6), "src=\"/") << r.body.substr(at, 40);
  for (auto at = r.body.find("href="); at != std::string::npos; at = r.body.find("href=", at + 1)) {
    std::string value = r.body.substr(at + 6, 5);
    EXPECT_TRUE(value[0] == '/' || value == "data:") << r.body.substr(at, 40);
  }
  auto policy = r.headers.find("Content-Security-Policy");
  ASSERT_NE(policy, r.headers.end());
  EXPECT_NE(policy->second.find("script-src 'self';"), std::string::npos) << policy->second;
  EXPECT_NE(policy->second.find("connect-src 'self'"), std::string::npos) << policy->second;
  EXPECT_NE(policy->second.find("frame-ancestors 'none'"), std::string::npos) << policy->second;
  EXPECT_EQ(policy->second.find("unsafe-eval"), std::string::npos) << policy->second;

  auto doc = Json(Request("GET", "/api/v1/openapi.json"));
  const auto& op = doc["paths"]["/api/v1/docs"]["get"];
  EXPECT_EQ(op["operationId"], "getApiReference");
  EXPECT_TRUE(op["responses"]["200"]["content"].contains("text/html")) << op.dump();
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
