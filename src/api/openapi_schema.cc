#include "api/openapi_schema.h"

namespace sanwang::api::schema {

json String() { return {{"type", "string"}}; }
json Text(int max_length) { return {{"type", "string"}, {"maxLength", max_length}}; }
json Integer() { return {{"type", "integer"}, {"format", "int64"}}; }
json Integer(std::int64_t minimum, std::int64_t maximum) {
  return {{"type", "integer"}, {"format", "int64"}, {"minimum", minimum}, {"maximum", maximum}};
}
json Number(double minimum, double maximum) {
  return {{"type", "number"}, {"format", "double"}, {"minimum", minimum}, {"maximum", maximum}};
}
json Utf8Text(int max_bytes, std::string example) {
  return {{"type", "string"},
          {"minLength", 1},
          {"maxLength", max_bytes},
          {"description", "At most " + std::to_string(max_bytes) + " bytes of UTF-8."},
          {"example", std::move(example)}};
}
json Number() { return {{"type", "number"}, {"format", "double"}}; }
json Boolean() { return {{"type", "boolean"}}; }
json DateTime() {
  return {{"type", "string"}, {"format", "date-time"}, {"example", "2026-03-02T09:30:00+08:00"}};
}
json Date() { return {{"type", "string"}, {"format", "date"}, {"example", "2026-03-02"}}; }
json Enum(const std::vector<std::string>& values) { return {{"type", "string"}, {"enum", values}}; }

json Nullable(json schema) {
  schema["nullable"] = true;
  return schema;
}

json OrNull(json schema) {
  // OpenAPI 3.0 has no null type: a nullable schema whose only value is null stands for it.
  json null_value = {{"type", "object"}, {"nullable", true}, {"enum", {nullptr}}};
  return {{"oneOf", {std::move(schema), std::move(null_value)}}};
}

json Described(json schema, const std::string& description) {
  schema["description"] = description;
  return schema;
}

json ArrayOf(json items) { return {{"type", "array"}, {"items", std::move(items)}}; }

json Object(json properties, const std::vector<std::string>& required) {
  json schema = {{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) schema["required"] = required;
  return schema;
}

json ClosedObject(json properties, const std::vector<std::string>& required) {
  json schema = Object(std::move(properties), required);
  schema["additionalProperties"] = false;
  return schema;
}

json WholeObject(const json& properties) {
  std::vector<std::string> required;
  for (auto it = properties.begin(); it != properties.end(); ++it) required.push_back(it.key());
  return ClosedObject(properties, required);
}

json Named(const std::string& name, json schema) {
  schema[kNameKey] = name;
  return schema;
}

json WithExample(json schema, json example) {
  schema["example"] = std::move(example);
  return schema;
}

json ItemList(json item) { return Object({{"items", ArrayOf(std::move(item))}}, {"items"}); }

json ItemPage(json item, int max_page_size) {
  json total = Integer();
  total["minimum"] = 0;
  return Object({{"items", ArrayOf(std::move(item))},
                 {"total", total},
                 {"page", Integer(1, 1'000'000)},
                 {"page_size", Integer(1, max_page_size)}},
                {"items", "total", "page", "page_size"});
}

json QueryParameter(const std::string& name, json schema, const std::string& description, bool required) {
  return {{"name", name},
          {"in", "query"},
          {"required", required},
          {"description", description},
          {"schema", std::move(schema)}};
}

}  // namespace sanwang::api::schema
