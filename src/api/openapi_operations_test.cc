// Every route the server has is a well-formed OpenAPI operation: a camelCase operationId
// that clients can name a function after, unique across the table, a tag the document
// describes, and a security entry (an empty one for public routes). A route added without
// them fails here, not in a client generator.
#include <regex>

#include "api/api_test_fixture.h"
#include "api/openapi_document.h"

namespace sanwang::api {
namespace {

// What is wrong with the route table's documentation, one line per problem.
std::vector<std::string> RouteDocProblems(const Router<RouteEntry>& routes, const nlohmann::json& tags) {
  static const std::regex kCamelCase("^[a-z][A-Za-z0-9]*$");
  std::set<std::string> known_tags;
  for (const auto& tag : tags) known_tags.insert(tag["name"].get<std::string>());
  std::vector<std::string> problems;
  std::set<std::string> seen;
  for (const auto& route : routes.routes()) {
    const std::string name = route.method + " " + route.pattern;
    const std::string& id = route.handler.doc.operation_id;
    if (!std::regex_match(id, kCamelCase))
      problems.push_back(name + ": operationId '" + id + "' is not camelCase");
    if (!seen.insert(id).second) problems.push_back(name + ": operationId '" + id + "' is used twice");
    if (!InOpenApiDocument(route.pattern)) continue;
    if (!known_tags.count(route.handler.tag))
      problems.push_back(name + ": tag '" + route.handler.tag + "' is not described");
  }
  return problems;
}

class OpenApiOperationsTest : public ApiTest {};

TEST_P(OpenApiOperationsTest, EveryRouteHasACamelCaseUniqueIdAndADescribedTag) {
  nlohmann::json doc = OpenApiDocument(api_->router());
  EXPECT_EQ(RouteDocProblems(api_->router(), doc["tags"]), std::vector<std::string>{});
}

TEST_P(OpenApiOperationsTest, EveryOperationHasTagsSecurityAndErrorsOfTheSharedShape) {
  nlohmann::json doc = OpenApiDocument(api_->router());
  std::size_t operations = 0;
  for (const auto& [path, methods] : doc["paths"].items()) {
    for (const auto& [method, op] : methods.items()) {
      ++operations;
      const std::string name = method + " " + path;
      ASSERT_TRUE(op.contains("security")) << name;
      EXPECT_TRUE(op["security"].is_array()) << name;
      ASSERT_EQ(op["tags"].size(), 1u) << name;
      EXPECT_TRUE(op["responses"].contains("503")) << name;
      // Every route that needs a session may answer 401; a public one only when it says so
      // (sign-in, for a wrong password).
      bool is_public = op["security"].empty();
      if (!is_public) {
        EXPECT_TRUE(op["responses"].contains("401")) << name;
      }
      for (const auto& [status, response] : op["responses"].items()) {
        if (status[0] == '2') {
          EXPECT_FALSE(response["content"].empty()) << name;
        } else {
          EXPECT_EQ(response["$ref"].get<std::string>().rfind("#/components/responses/", 0), 0u) << name;
        }
      }
    }
  }
  EXPECT_GT(operations, 50u);
  EXPECT_TRUE(doc["components"]["schemas"].contains("Error"));
  EXPECT_EQ(doc["servers"][0]["url"], "/");
}

TEST_P(OpenApiOperationsTest, Open311RoutesKeepTheirOwnSpecification) {
  nlohmann::json doc = OpenApiDocument(api_->router());
  for (const auto& [path, methods] : doc["paths"].items()) EXPECT_NE(path.rfind("/open311/", 0), 0u) << path;
}

SANWANG_INSTANTIATE_API_BACKENDS(OpenApiOperationsTest);

// The check itself catches each kind of problem, on a table built by hand.
TEST(RouteDocProblemsTest, NamesAMissingIdADuplicateABadIdAndAnUndescribedTag) {
  Router<RouteEntry> routes;
  auto add = [&routes](std::string method, std::string pattern, std::string id, std::string tag) {
    routes.Add(std::move(method), std::move(pattern),
               RouteEntry{Access::Public(), nullptr, {std::move(id), "summary"}, std::move(tag), nullptr});
  };
  add("GET", "/api/v1/a", "getA", "cases");
  add("GET", "/api/v1/b", "", "cases");
  add("GET", "/api/v1/c", "getA", "cases");
  add("GET", "/api/v1/d", "GET /api/v1/d", "cases");
  add("GET", "/api/v1/e", "getE", "nowhere");
  nlohmann::json tags = nlohmann::json::array({{{"name", "cases"}}});
  EXPECT_EQ(RouteDocProblems(routes, tags),
            (std::vector<std::string>{"GET /api/v1/b: operationId '' is not camelCase",
                                      "GET /api/v1/c: operationId 'getA' is used twice",
                                      "GET /api/v1/d: operationId 'GET /api/v1/d' is not camelCase",
                                      "GET /api/v1/e: tag 'nowhere' is not described"}));
}

}  // namespace
}  // namespace sanwang::api
