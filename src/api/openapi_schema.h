// Building blocks of the OpenAPI 3.0 schema objects a route gives in its RouteDoc (api.h):
// the JSON body it takes and the answer it sends. A module describes its own routes with
// them, beside the routes; openapi_document.cc puts them in the document. A schema wrapped
// in Named("Venue", …) becomes components/schemas/Venue, referred to wherever it is used,
// so a shape several routes share is written once and listed once.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sanwang::api::schema {

using nlohmann::json;

json String();
// Text of at most `max_length` characters (as the server counts them: code points).
json Text(int max_length);
json Integer();
json Number(double minimum, double maximum);
// Non-empty text the server limits to `max_bytes` bytes of UTF-8 (a Chinese character is
// three), with an example.
json Utf8Text(int max_bytes, std::string example);
// An integer in [minimum, maximum].
json Integer(std::int64_t minimum, std::int64_t maximum);
json Number();
json Boolean();
// ISO 8601 with the offset: 2026-03-02T09:30:00+08:00.
json DateTime();
// A calendar date: 2026-03-02.
json Date();
json Enum(const std::vector<std::string>& values);
json Nullable(json schema);
// A named shape or null: OpenAPI 3.0 lets nothing stand beside a $ref, so the shape is one
// of two choices, the other admitting only null.
json OrNull(json schema);
json ArrayOf(json items);
// An object with these properties, of which `required` must be present. Bodies a route
// takes refuse other fields (`closed`): the server answers 400 for one it does not know.
json Object(json properties, const std::vector<std::string>& required);
json ClosedObject(json properties, const std::vector<std::string>& required);
// A closed object whose every property is required (the shape of most answers).
json WholeObject(const json& properties);
// A shape listed once under components/schemas/`name` and referred to where used.
json Named(const std::string& name, json schema);
// The same schema with a description, shown by the reference page.
json Described(json schema, const std::string& description);
// The same schema with an example value, shown by the reference page.
json WithExample(json schema, json example);
// `{"items": [item, …]}`: the answer of most lists.
json ItemList(json item);
// `{"items": [item, …], "total", "page", "page_size"}`: one page of a list (ParsePage,
// PagingParameters) and how many items the whole list holds.
json ItemPage(json item, int max_page_size);
// One query parameter a route reads, as an OpenAPI parameter object; RouteDoc::Query takes
// one or a list of them.
json QueryParameter(const std::string& name, json schema, const std::string& description,
                    bool required = false);

// The key Named puts on a schema until the document hoists it into components.
inline constexpr const char* kNameKey = "x-component-name";

}  // namespace sanwang::api::schema
