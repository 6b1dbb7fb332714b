#include "api/openapi_document.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "api/catalog_schemas.h"
#include "api/openapi_components.h"
#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using nlohmann::json;

// What each tag (RouteModule::tag) stands for, in the order the document lists them.
const std::vector<std::pair<std::string, std::string>>& TagDescriptions() {
  static const std::vector<std::pair<std::string, std::string>> kTags = {
      {"system", "Health, metrics and this document."},
      {"auth", "Signing in and out, the signed-in account, its password."},
      {"registration", "Residents' own registration (自助注册), with a code sent by SMS where required."},
      {"org", "The organization net: sub-districts, communities, grids and departments."},
      {"cases", "Matters and cases (事项): filing, the inbox, the workflow's actions, events and photos."},
      {"catalog", "The catalog of matters (事项目录), its import and export, and the text classifier."},
      {"admin", "Accounts and the audit log (admin)."},
      {"figures", "Dashboards and rankings."},
      {"map", "Map layers, the base map and what the browser needs before sign-in."},
      {"circles", "The fifteen-minute service circles (十五分钟服务圈)."},
      {"support",
       "The support net (保障网): venues (阵地) and their bookings; budget lines, allocations, spending and "
       "its execution (经费保障)."},
      {"governance",
       "The governance layer: the task ledger (任务台账) — programmes, projects, tasks and milestones, "
       "progress "
       "reports and acceptance (验收)."},
      {"notify", "Notices (站内通知): what people are told in the app when their matters and cases move."},
  };
  return kTags;
}

bool IsWrite(const std::string& method) { return method != "GET"; }

// Path parameters of a pattern: "{id}" → id.
std::vector<std::string> PatternParams(const std::string& pattern) {
  std::vector<std::string> names;
  for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', open + 1)) {
    names.push_back(pattern.substr(open + 1, pattern.find('}', open) - open - 1));
  }
  return names;
}

json PathParameter(const std::string& name) {
  // Ids are database ids; codes and user names are text.
  bool numeric = name.ends_with("id");  // id, photo_id, sid (a sign-up's id)
  json schema =
      numeric ? json{{"type", "integer"}, {"format", "int64"}, {"minimum", 1}} : json{{"type", "string"}};
  return {{"name", name}, {"in", "path"}, {"required", true}, {"schema", schema}};
}

// GET routes that read no query parameter: they cannot answer 400.
bool ReadsNoInput(const std::string& operation_id) {
  static const std::set<std::string> kNone = {
      "getHealth",        "getMetrics",      "getOpenApiDocument",      "getMe",
      "getCatalog",       "getClientConfig", "getRegistrationSettings", "listRegistrationCommunities",
      "getCaseTabCounts", "getMapStart",     "listFacilityTypes"};
  return kNone.count(operation_id) > 0;
}

// The shared response (components/responses) of an error status a route declares.
std::string ResponseNameOf(int status) {
  static const std::map<int, std::string> kNames = {{400, "BadRequest"},
                                                    {401, "Unauthorized"},
                                                    {403, "Forbidden"},
                                                    {404, "NotFound"},
                                                    {409, "Conflict"},
                                                    {413, "PayloadTooLarge"},
                                                    {415, "UnsupportedMediaType"},
                                                    {422, "UnprocessableEntity"},
                                                    {429, "TooManyRequests"},
                                                    {503, "ServiceUnavailable"}};
  auto it = kNames.find(status);
  if (it == kNames.end()) throw std::logic_error("no shared response for status " + std::to_string(status));
  return it->second;
}

// The statuses a route can answer besides success, each a shared response.
json ErrorResponses(const std::string& method, const std::string& pattern, const RouteEntry& entry) {
  json out = json::object();
  bool has_params = !PatternParams(pattern).empty();
  if (IsWrite(method) || has_params || !ReadsNoInput(entry.doc.operation_id)) {
    out["400"] = Ref("responses", "BadRequest");
  }
  if (!entry.access.public_route) {
    out["401"] = Ref("responses", "Unauthorized");
    out["403"] = Ref("responses", "Forbidden");
  }
  if (has_params) out["404"] = Ref("responses", "NotFound");
  // The server refuses a body past its limit before any route sees it (http_server.cc).
  if (IsWrite(method)) out["413"] = Ref("responses", "PayloadTooLarge");
  // Every write counts against the request limits of its address and account (request_limiter.h).
  if (IsWrite(method)) out["429"] = Ref("responses", "TooManyRequests");
  for (int status : entry.doc.also) out[std::to_string(status)] = Ref("responses", ResponseNameOf(status));
  // Any request may meet a full server, and a write one that could not be saved.
  out["503"] = Ref("responses", "ServiceUnavailable");
  return out;
}

json JsonContent(json schema) { return {{"application/json", {{"schema", std::move(schema)}}}}; }

// This document, described only as far as a reader needs to know it is one: its parts
// are objects whose shape OpenAPI itself defines.
json DocumentSchema() {
  json object = {{"type", "object"}};
  return schema::ClosedObject({{"openapi", schema::WithExample(schema::String(), "3.0.3")},
                               {"info", object},
                               {"servers", schema::ArrayOf(object)},
                               {"tags", schema::ArrayOf(object)},
                               {"paths", object},
                               {"components", object}},
                              {"openapi", "info", "paths"});
}

// Answers of routes added where their shape is not given: the catalog's reads sit with
// the cases' routes, this document with the system's.
json DescribedElsewhere(const std::string& operation_id) {
  if (operation_id == "getCatalog") return CatalogSchema();
  if (operation_id == "getCatalogItem") return CatalogItemSchema();
  if (operation_id == "getOpenApiDocument") return DocumentSchema();
  return nullptr;
}

// The success answer's body: the shared shapes where the route has one, else what its
// content type is.
json SuccessContent(const std::string& operation_id) {
  static const std::map<std::string, std::string> kShapes = {{"getCase", "Case"},
                                                             {"createCase", "Case"},
                                                             {"transitionCase", "TransitionResult"},
                                                             {"listCases", "CasePage"},
                                                             {"listCaseEvents", "EventList"}};
  if (auto it = kShapes.find(operation_id); it != kShapes.end())
    return JsonContent(Ref("schemas", it->second));
  if (json shape = DescribedElsewhere(operation_id); !shape.is_null()) return JsonContent(shape);
  if (operation_id == "getHealth" || operation_id == "getMetrics") {
    return {{"text/plain", {{"schema", {{"type", "string"}}}}}};
  }
  if (operation_id == "exportCatalog") return {{"text/csv", {{"schema", {{"type", "string"}}}}}};
  if (operation_id == "getCasePhoto") {
    json binary = {{"schema", {{"type", "string"}, {"format", "binary"}}}};
    return {{"image/jpeg", binary}, {"image/png", binary}, {"image/webp", binary}};
  }
  return JsonContent({{"type", "object"}});
}

std::string SuccessStatus(const std::string& operation_id) {
  static const std::set<std::string> kCreated = {"createCase", "addUser", "addCasePhoto", "registerResident"};
  return kCreated.count(operation_id) ? "201" : "200";
}

json Security(const Access& access) {
  if (access.public_route) return json::array();
  return json::array({{{"bearer", json::array()}}, {{"cookie", json::array()}}});
}

json Operation(const std::string& method, const std::string& pattern, const RouteEntry& entry) {
  const std::string& id = entry.doc.operation_id;
  json responses = ErrorResponses(method, pattern, entry);
  json content = entry.doc.answer.is_null() ? SuccessContent(id)
                                            : json{{entry.doc.answer_type, {{"schema", entry.doc.answer}}}};
  std::string status = entry.doc.success != 200 ? std::to_string(entry.doc.success) : SuccessStatus(id);
  responses[status] = {{"description", "OK"}, {"content", content}};
  json op = {{"operationId", id},
             {"summary", entry.doc.summary},
             {"tags", {entry.tag}},
             {"security", Security(entry.access)},
             {"responses", responses}};
  if (!entry.access.roles.empty()) op["x-roles"] = entry.access.roles;
  static const std::map<std::string, std::string> kBodies = {{"createCase", "NewCase"},
                                                             {"transitionCase", "Transition"}};
  if (auto body = kBodies.find(id); body != kBodies.end()) {
    op["requestBody"] = {{"required", true}, {"content", JsonContent(Ref("schemas", body->second))}};
  } else if (!entry.doc.request.is_null()) {
    op["requestBody"] = {{"required", true},
                         {"content", {{entry.doc.request_type, {{"schema", entry.doc.request}}}}}};
  }
  json params = json::array();
  for (const auto& name : PatternParams(pattern)) params.push_back(PathParameter(name));
  for (const json& q : entry.doc.query) params.push_back(q);
  if (!params.empty()) op["parameters"] = params;
  return op;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

json Tags() {
  json tags = json::array();
  for (const auto& [name, description] : TagDescriptions())
    tags.push_back({{"name", name}, {"description", description}});
  return tags;
}

json Info() {
  return {
      {"title", "Sanwang 三网 API"},
      {"version", "1"},
      {"contact", {{"name", "Sanwang maintainers"}}},
      {"description",
       "REST API of Sanwang. Times are ISO 8601 with offset (+08:00). Errors: an HTTP status and "
       "{\"error\": {\"code\", \"message\", \"field\"}} (components/schemas/Error). Lists are paginated with "
       "page and page_size. Open311 GeoReport v2 under /open311/v2 has its own specification."}};
}

// Moves every schema a route marked with schema::Named into components/schemas and puts a
// reference in its place, so a shape shared by several routes is listed once. Two
// different shapes under one name are a mistake in the code, refused at once.
void HoistNamed(json& node, json& schemas) {
  if (node.is_array()) {
    for (json& item : node) HoistNamed(item, schemas);
    return;
  }
  if (!node.is_object()) return;
  for (auto& [key, value] : node.items()) HoistNamed(value, schemas);
  auto name = node.find(schema::kNameKey);
  if (name == node.end()) return;
  std::string component = name->get<std::string>();
  node.erase(schema::kNameKey);
  if (schemas.contains(component) && schemas[component] != node) {
    throw std::logic_error("two different OpenAPI schemas are named " + component);
  }
  schemas[component] = node;
  node = Ref("schemas", component);
}

}  // namespace

RouteDoc RouteDoc::Takes(nlohmann::json schema, std::string media_type) && {
  request = std::move(schema);
  request_type = std::move(media_type);
  return std::move(*this);
}

RouteDoc RouteDoc::Answers(nlohmann::json schema, int status) && {
  answer = std::move(schema);
  success = status;
  return std::move(*this);
}

RouteDoc RouteDoc::AnswersFile(std::string media_type) && {
  bool text = media_type.starts_with("text/");
  answer = text ? json{{"type", "string"}} : json{{"type", "string"}, {"format", "binary"}};
  answer_type = std::move(media_type);
  return std::move(*this);
}

RouteDoc RouteDoc::Refuses(std::vector<int> statuses) && {
  also.insert(also.end(), statuses.begin(), statuses.end());
  return std::move(*this);
}

RouteDoc RouteDoc::Query(std::string name, json schema, std::string description, bool required) && {
  query.push_back(schema::QueryParameter(name, std::move(schema), description, required));
  return std::move(*this);
}

RouteDoc RouteDoc::Query(const json& parameters) && {
  if (parameters.is_array()) {
    for (const json& p : parameters) query.push_back(p);
  } else {
    query.push_back(parameters);
  }
  return std::move(*this);
}

bool InOpenApiDocument(const std::string& pattern) { return pattern.rfind("/open311/", 0) != 0; }

json OpenApiDocument(const Router<RouteEntry>& routes) {
  json paths = json::object();
  for (const auto& route : routes.routes()) {
    if (!InOpenApiDocument(route.pattern)) continue;
    paths[route.pattern][Lower(route.method)] = Operation(route.method, route.pattern, route.handler);
  }
  json components = OpenApiComponents();
  HoistNamed(paths, components["schemas"]);
  return {
      {"openapi", "3.0.3"}, {"info", Info()}, {"servers", {{{"url", "/"}, {"description", "This server."}}}},
      {"tags", Tags()},     {"paths", paths}, {"components", components}};
}

}  // namespace sanwang::api
