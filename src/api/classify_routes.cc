// Suggestions of catalog items for a resident's text, from the district's active
// classifier (smart dispatch; the resident page calls it as the resident types).
#include "api/api.h"
#include "api/catalog_schemas.h"
#include "api/openapi_schema.h"
#include "api/responses.h"
#include "api/smart_dispatch.h"
#include "core/text.h"

namespace sanwang::api {
namespace {

nlohmann::json SuggestionJson(const classify::Prediction& p, const cases::Catalog& catalog) {
  const store::CatalogItemRecord* item = catalog.FindItem(p.label);
  return {{"item_code", p.label},
          {"name", item ? item->name : ""},
          {"name_en", item ? item->name_en : ""},
          {"confidence", p.confidence}};
}

Result<HttpResponse> Suggest(Call& call) {
  std::string text = call.request.Query("text");
  SW_RETURN_IF_ERROR(CheckUserText(text, "text", cases::kMaxDescriptionChars, true));
  SW_ASSIGN_OR_RETURN(ItemSuggestions suggestions, SuggestItems(call, text, 3));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : suggestions.items) items.push_back(SuggestionJson(p, call.domain->catalog));
  return JsonResponse(200, {{"model_version", suggestions.model_version}, {"items", items}});
}

}  // namespace

void AddClassifyRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/classify/suggest", Access::SignedIn(),
      RouteDoc{"suggestCatalogItems",
               "The 3 catalog items most likely meant by text (query text=…), with calibrated confidence; "
               "503 when no classifier has been trained."}
          .Answers(ItemSuggestionsSchema())
          .Query("text", schema::WithExample(schema::String(), "小区门口路灯不亮了"),
                 "The matter as the resident wrote it.", true),
      FromResult(Suggest));
}

}  // namespace sanwang::api
