// How a route's RouteDoc reaches the OpenAPI document: the body it takes, the answer it
// sends, the statuses it adds, and named shapes listed once in components.
#include "api/openapi_schema.h"

#include <gtest/gtest.h>

#include "api/api.h"
#include "api/openapi_document.h"

namespace sanwang::api {
namespace {

using nlohmann::json;

json Thing() { return schema::Named("Thing", schema::Object({{"id", schema::Integer()}}, {"id"})); }

json DocumentOf(std::vector<std::tuple<std::string, std::string, RouteDoc>> routes) {
  Router<RouteEntry> router;
  for (auto& [method, pattern, doc] : routes) {
    RouteEntry entry;
    entry.access = Access::SignedIn();
    entry.doc = std::move(doc);
    entry.tag = "support";
    router.Add(method, pattern, std::move(entry));
  }
  return OpenApiDocument(router);
}

TEST(OpenApiSchemaTest, ANamedShapeIsListedOnceAndReferredToWhereUsed) {
  json doc = DocumentOf(
      {{"GET", "/api/v1/things/{id}", RouteDoc{"getThing", "One."}.Answers(Thing())},
       {"GET", "/api/v1/things", RouteDoc{"listThings", "All."}.Answers(schema::ItemList(Thing()))}});
  EXPECT_EQ(doc["components"]["schemas"]["Thing"]["required"], json::array({"id"}));
  EXPECT_FALSE(doc["components"]["schemas"]["Thing"].contains(schema::kNameKey));
  json one =
      doc["paths"]["/api/v1/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
  EXPECT_EQ(one, json({{"$ref", "#/components/schemas/Thing"}}));
  json list =
      doc["paths"]["/api/v1/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
  EXPECT_EQ(list["properties"]["items"]["items"], one);
}

TEST(OpenApiSchemaTest, ANamedShapeOrNullRefersToTheShapeBesideANullOnlyChoice) {
  json doc = DocumentOf({{"GET", "/api/v1/things/first",
                          RouteDoc{"getFirstThing", "One or none."}.Answers(schema::OrNull(Thing()))}});
  json answer = doc["paths"]["/api/v1/things/first"]["get"]["responses"]["200"]["content"]["application/json"]
                   ["schema"];
  ASSERT_EQ(answer["oneOf"].size(), 2u);
  EXPECT_EQ(answer["oneOf"][0], json({{"$ref", "#/components/schemas/Thing"}}));
  EXPECT_EQ(answer["oneOf"][1]["enum"], json::array({nullptr}));
  EXPECT_EQ(answer["oneOf"][1]["nullable"], true);
  EXPECT_FALSE(doc["components"]["schemas"]["Thing"].contains("nullable"));
}

TEST(OpenApiSchemaTest, QueryParametersFollowThePathParametersInTheOrderGiven) {
  json shared = json::array({schema::QueryParameter("page", schema::Integer(1, 100), "The page.")});
  json doc = DocumentOf({{"GET", "/api/v1/things/{id}/parts",
                          RouteDoc{"listThingParts", "Parts."}
                              .Query("kind", schema::Enum({"big", "small"}), "One kind.", true)
                              .Query(shared)}});
  json parameters = doc["paths"]["/api/v1/things/{id}/parts"]["get"]["parameters"];
  ASSERT_EQ(parameters.size(), 3u);
  EXPECT_EQ(parameters[0]["in"], "path");
  EXPECT_EQ(parameters[1]["name"], "kind");
  EXPECT_EQ(parameters[1]["in"], "query");
  EXPECT_EQ(parameters[1]["required"], true);
  EXPECT_EQ(parameters[1]["schema"]["enum"], json::array({"big", "small"}));
  EXPECT_EQ(parameters[2]["name"], "page");
  EXPECT_EQ(parameters[2]["required"], false);
}

TEST(OpenApiSchemaTest, TwoDifferentShapesUnderOneNameAreRefused) {
  json other = schema::Named("Thing", schema::Object({{"name", schema::String()}}, {"name"}));
  EXPECT_THROW(DocumentOf({{"GET", "/api/v1/a", RouteDoc{"getA", "A."}.Answers(Thing())},
                           {"GET", "/api/v1/b", RouteDoc{"getB", "B."}.Answers(other)}}),
               std::logic_error);
}

TEST(OpenApiSchemaTest, BodyCreatedStatusAndRefusalsReachTheOperation) {
  json doc = DocumentOf({{"POST", "/api/v1/things",
                          RouteDoc{"addThing", "Add."}
                              .Takes(schema::ClosedObject({{"name", schema::String()}}, {"name"}))
                              .Answers(Thing(), 201)
                              .Refuses({409, 422})}});
  json op = doc["paths"]["/api/v1/things"]["post"];
  EXPECT_EQ(op["requestBody"]["content"]["application/json"]["schema"]["additionalProperties"], false);
  EXPECT_TRUE(op["responses"].contains("201"));
  EXPECT_FALSE(op["responses"].contains("200"));
  EXPECT_EQ(op["responses"]["409"]["$ref"], "#/components/responses/Conflict");
  EXPECT_EQ(op["responses"]["422"]["$ref"], "#/components/responses/UnprocessableEntity");
  EXPECT_FALSE(op["responses"].contains("415"));
}

TEST(OpenApiSchemaTest, AFileAnswerNamesItsMediaType) {
  json doc = DocumentOf(
      {{"GET", "/api/v1/things.ics", RouteDoc{"getThingFeed", "Feed."}.AnswersFile("text/calendar")},
       {"GET", "/api/v1/things.xlsx",
        RouteDoc{"getThingBook", "Book."}.AnswersFile(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}});
  json feed = doc["paths"]["/api/v1/things.ics"]["get"]["responses"]["200"]["content"];
  EXPECT_EQ(feed["text/calendar"]["schema"], json({{"type", "string"}}));
  json book = doc["paths"]["/api/v1/things.xlsx"]["get"]["responses"]["200"]["content"];
  EXPECT_EQ(book.begin().value()["schema"]["format"], "binary");
  EXPECT_FALSE(book.contains("application/json"));
}

TEST(OpenApiSchemaTest, AStatusWithoutASharedResponseIsAMistakeInTheCode) {
  EXPECT_THROW(DocumentOf({{"GET", "/api/v1/x", RouteDoc{"getX", "X."}.Refuses({418})}}), std::logic_error);
}

}  // namespace
}  // namespace sanwang::api
