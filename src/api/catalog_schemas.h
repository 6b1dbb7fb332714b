// The OpenAPI shapes of the catalog of matters as the API sends it (json_views.cc's
// ItemJson): the whole catalog, one item, what a catalog import did, and the items the
// classifier suggests for a text.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json CatalogItemSchema();
nlohmann::json CatalogSchema();
nlohmann::json CatalogImportResultSchema();
nlohmann::json ItemSuggestionsSchema();

}  // namespace sanwang::api
