// The shared parts of the OpenAPI document (openapi_document.h): the error shape every
// route answers with, the shapes several routes share (a case, an event, a unit reference,
// a page of results), the request body of filing a case, the error responses by status, and
// the security schemes. Each schema describes what the code renders: the error is
// responses.cc's ErrorResponse and http_server.cc's PlainError, a case is json_views.cc's
// WriteCase; a field added there is added here too.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace sanwang::api {

// The document's "components" object.
nlohmann::json OpenApiComponents();

// A reference to a component: Ref("schemas", "Case") → {"$ref": "#/components/schemas/Case"}.
nlohmann::json Ref(const std::string& section, const std::string& name);

}  // namespace sanwang::api
