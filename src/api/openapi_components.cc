#include "api/openapi_components.h"

#include "api/auth.h"

namespace sanwang::api {
namespace {

using nlohmann::json;

json Nullable(json schema) {
  schema["nullable"] = true;
  return schema;
}

json String() { return {{"type", "string"}}; }
json Integer() { return {{"type", "integer"}, {"format", "int64"}}; }
json Number() { return {{"type", "number"}, {"format", "double"}}; }
json Boolean() { return {{"type", "boolean"}}; }
json DateTime() {
  return {{"type", "string"}, {"format", "date-time"}, {"example", "2026-03-02T09:30:00+08:00"}};
}

json Object(json properties, json required) {
  return {{"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}

// The codes of core/status.cc's ErrorCodeName (all but "ok") and the HTTP layer's own
// "too_large" (413).
json ErrorSchema() {
  json codes = {"invalid_argument",
                "not_found",
                "already_exists",
                "permission_denied",
                "unauthenticated",
                "failed_precondition",
                "conflict",
                "unsupported_media_type",
                "password_change_required",
                "resource_exhausted",
                "unavailable",
                "data_loss",
                "internal",
                "too_large"};
  json detail =
      Object({{"code", {{"type", "string"}, {"enum", codes}}},
              {"message", {{"type", "string"}, {"description", "Chinese, then English; for people."}}},
              {"field", {{"type", "string"}, {"description", "The request field at fault, when one is."}}}},
             {"code", "message"});
  json schema = Object({{"error", detail}}, {"error"});
  schema["example"] = {
      {"error",
       {{"code", "invalid_argument"}, {"message", "title 必填 title is required"}, {"field", "title"}}}};
  return schema;
}

// Null where the record names no unit (json_views.cc's UnitRef): the shape itself is
// nullable, because OpenAPI 3.0 lets nothing stand beside a $ref to say so.
json UnitRefSchema() {
  json kinds = {"district", "street", "community", "grid", "department", "command_center"};
  return Nullable(Object({{"id", Integer()},
                          {"code", String()},
                          {"name", {{"type", "string"}, {"example", "和平社区"}}},
                          {"kind", {{"type", "string"}, {"enum", kinds}}}},
                         {"id", "code", "name", "kind"}));
}

// Null where the case has no catalog item yet, nullable like UnitRef.
json ItemRefSchema() {
  return Nullable(Object(
      {{"code", String()},
       {"name", String()},
       {"name_en", String()},
       {"tier", {{"type", "string"}, {"enum", {"online", "grid", "community", "street", "department"}}}}},
      {"code", "name", "name_en", "tier"}));
}

json ReporterSchema() {
  return Object(
      {{"name",
        {{"type", "string"},
         {"description", "Masked (张*) unless the caller may see it; empty when anonymous."}}},
       {"phone", {{"type", "string"}, {"description", "Masked (138****5678) unless the caller may see it."}}},
       {"masked", Boolean()}},
      {"name", "phone", "masked"});
}

json DuplicateSchema() {
  json schema = Object({{"id", Integer()},
                        {"distance_m", Number()},
                        {"similarity", Number()},
                        {"open", {{"type", "boolean"}, {"description", "Only in GET /cases/{id}."}}},
                        {"state", {{"type", "string"}, {"description", "Only in GET /cases/{id}."}}}},
                       {"id", "distance_m", "similarity"});
  return Nullable(schema);
}

// json_views.cc's WriteCase.
json CaseSchema() {
  json p = {
      {"id", Integer()},
      {"title", {{"type", "string"}, {"example", "小区门口路灯不亮"}}},
      {"description", String()},
      {"source", String()},
      {"state", String()},
      {"state_label", String()},
      {"open", Boolean()},
      {"item", Ref("schemas", "CatalogItemRef")},
      {"unit", Ref("schemas", "UnitRef")},
      {"grid", Ref("schemas", "UnitRef")},
      {"community", Ref("schemas", "UnitRef")},
      {"street", Ref("schemas", "UnitRef")},
      {"location", Nullable(Object({{"lon", Number()}, {"lat", Number()}}, {"lon", "lat"}))},
      {"address", String()},
      {"anonymous", Boolean()},
      {"reporter", ReporterSchema()},
      {"created_at", DateTime()},
      {"dispatched_at", Nullable(DateTime())},
      {"accept_due", Nullable(DateTime())},
      {"accepted_at", Nullable(DateTime())},
      {"resolve_due", Nullable(DateTime())},
      {"resolved_at", Nullable(DateTime())},
      {"closed_at", Nullable(DateTime())},
      {"overdue", Boolean()},
      {"rating",
       Nullable(
           {{"type", "integer"}, {"minimum", 0}, {"maximum", 1}, {"description", "1 satisfied, 0 not."}})},
      {"rating_stars", Nullable({{"type", "integer"}, {"minimum", 1}, {"maximum", 5}})},
      {"rating_comment", String()},
      {"urge_count", {{"type", "integer"}}},
      {"last_urged_at", Nullable(DateTime())},
      {"reopen_count", {{"type", "integer"}}},
      {"repeat_of", Nullable(Integer())},
      {"requested_hours", Nullable({{"type", "integer"}})},
      {"requested_resolve_due", Nullable(DateTime())},
      {"updated_at", DateTime()},
      {"possible_duplicate_of", DuplicateSchema()},
      {"merged_into", Nullable(Integer())},
      {"auto_item_confidence", Nullable(Number())},
      {"allowed_actions",
       {{"type", "array"},
        {"items", String()},
        {"description", "The actions the caller may take now; not in the answer of POST /cases."}}}};
  json required = json::array();
  for (const auto& [name, schema] : p.items()) {
    if (name != "allowed_actions") required.push_back(name);
  }
  return Object(std::move(p), std::move(required));
}

// json_views.cc's EventJson.
json EventSchema() {
  return Object({{"seq", {{"type", "integer"}}},
                 {"action", String()},
                 {"from_state", String()},
                 {"to_state", String()},
                 {"actor_role", String()},
                 {"unit", Ref("schemas", "UnitRef")},
                 {"note", String()},
                 {"data",
                  {{"type", "object"},
                   {"additionalProperties", true},
                   {"description", "Details of the action (stars, comment, urge_count, online_answer …)."}}},
                 {"at", DateTime()}},
                {"seq", "action", "from_state", "to_state", "actor_role", "unit", "note", "data", "at"});
}

json CasePageSchema() {
  return Object({{"items", {{"type", "array"}, {"items", Ref("schemas", "Case")}}},
                 {"total", {{"type", "integer"}, {"minimum", 0}}},
                 {"page", {{"type", "integer"}, {"minimum", 1}}},
                 {"page_size", {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}}}},
                {"items", "total", "page", "page_size"});
}

json EventListSchema() {
  return Object({{"items", {{"type", "array"}, {"items", Ref("schemas", "Event")}}}}, {"items"});
}

// case_routes.cc's CreateCase and NewCaseFrom: the fields it accepts; any other is a 400.
json NewCaseSchema() {
  json schema = Object({{"title", {{"type", "string"}, {"example", "小区门口路灯不亮"}}},
                        {"item_code", String()},
                        {"description", String()},
                        {"address", String()},
                        {"reporter_name", String()},
                        {"reporter_phone", String()},
                        {"community_code", String()},
                        {"source", String()},
                        {"anonymous", Boolean()},
                        {"for_other_person", Boolean()},
                        {"lon", Number()},
                        {"lat", Number()},
                        {"coord_system", {{"type", "string"}, {"enum", {"wgs84", "gcj02", "bd09"}}}}},
                       {"title"});
  schema["additionalProperties"] = false;
  return schema;
}

// case_routes.cc's Transition and TransitionFrom: the fields it accepts; any other is a 400.
// Which actions exist, and which fields each needs, is the workflow's (config/workflows/).
json TransitionSchema() {
  json schema = Object({{"action", {{"type", "string"}, {"example", "accept"}}},
                        {"note", String()},
                        {"target_unit", String()},
                        {"item_code", String()},
                        {"hours", {{"type", "integer"}, {"minimum", 1}, {"maximum", 480}}},
                        {"stars", {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}}},
                        {"satisfied", Boolean()},
                        {"comment", String()},
                        {"target_case_id", {{"type", "integer"}, {"format", "int64"}, {"minimum", 1}}}},
                       {"action"});
  schema["additionalProperties"] = false;
  return schema;
}

// The answer of a transition: the case as it now is, and the event the action wrote. One
// object rather than an allOf, so that an answer's fields can be checked as a closed set.
json TransitionResultSchema() {
  json schema = CaseSchema();
  schema["properties"]["event"] = Ref("schemas", "Event");
  schema["required"].push_back("event");
  return schema;
}

json ErrorResponse(const std::string& description) {
  return {{"description", description},
          {"content", {{"application/json", {{"schema", Ref("schemas", "Error")}}}}}};
}

// A write past a request limit of its address or account (Config [limits]), or a code
// asked for too soon: the seconds to wait are in Retry-After.
json TooManyRequestsResponse() {
  json response = ErrorResponse(
      "Asked too often from this address or account (a write or filing limit); try again after the "
      "seconds in Retry-After.");
  response["headers"] = {{"Retry-After",
                          {{"description", "Seconds to wait before the request would be allowed."},
                           {"schema", {{"type", "integer"}, {"minimum", 1}}}}}};
  return response;
}

json Responses() {
  return {
      {"BadRequest", ErrorResponse("The request's parameters or body are not valid.")},
      {"Unauthorized", ErrorResponse("Not signed in, or the session has ended.")},
      {"Forbidden", ErrorResponse("The caller's role may not use this route, the CSRF token is missing, or "
                                  "the account must change its password first.")},
      {"NotFound", ErrorResponse("No such resource, or one the caller may not see.")},
      {"Conflict",
       ErrorResponse("The change collides with the current state of the resource (e.g. the time is "
                     "already booked); nothing was changed.")},
      {"PayloadTooLarge", ErrorResponse("The request body passes the server's limit.")},
      {"UnsupportedMediaType", ErrorResponse("The body is not of a content type the route takes.")},
      {"UnprocessableEntity",
       ErrorResponse("The request is well formed but breaks a rule (e.g. more than the "
                     "budget line has left); nothing was changed.")},
      {"TooManyRequests", TooManyRequestsResponse()},
      {"ServiceUnavailable", ErrorResponse("The server is busy or a change could not be saved; try again.")}};
}

json SecuritySchemes() {
  return {
      {"bearer",
       {{"type", "http"}, {"scheme", "bearer"}, {"description", "The token of POST /api/v1/auth/sign-in."}}},
      {"cookie",
       {{"type", "apiKey"},
        {"in", "cookie"},
        {"name", kSessionCookie},
        {"description", "The session cookie of sign-in; writes also send the X-CSRF-Token header."}}}};
}

}  // namespace

json Ref(const std::string& section, const std::string& name) {
  return {{"$ref", "#/components/" + section + "/" + name}};
}

json OpenApiComponents() {
  json schemas = {{"Error", ErrorSchema()},
                  {"UnitRef", UnitRefSchema()},
                  {"CatalogItemRef", ItemRefSchema()},
                  {"Case", CaseSchema()},
                  {"Event", EventSchema()},
                  {"CasePage", CasePageSchema()},
                  {"EventList", EventListSchema()},
                  {"NewCase", NewCaseSchema()},
                  {"Transition", TransitionSchema()},
                  {"TransitionResult", TransitionResultSchema()}};
  return {{"schemas", schemas}, {"responses", Responses()}, {"securitySchemes", SecuritySchemes()}};
}

}  // namespace sanwang::api
