#include "api/catalog_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json ItemCode() { return WithExample(String(), "A01-001"); }

}  // namespace

json CatalogItemSchema() {
  json p = {
      {"code", ItemCode()},
      {"aspect_code", WithExample(String(), "A01")},
      {"name", WithExample(String(), "垃圾分类投放时间咨询")},
      {"name_en", WithExample(String(), "Waste sorting and drop-off times")},
      {"tier", Enum({"online", "grid", "community", "street", "department"})},
      {"department", Described(WithExample(String(), "urban-management"),
                               "The code of the department that handles it; empty for none.")},
      {"sla_hours", Described(Integer(0, 100000), "Working hours to resolve it.")},
      {"online_answer", Described(String(), "The answer given at once for an online item; may be empty.")},
      {"online_answer_en", String()},
      {"keywords", WithExample(String(), "垃圾分类 投放时间")}};
  std::vector<std::string> required;
  for (const auto& [name, field] : p.items()) required.push_back(name);
  return Named("CatalogItem", ClosedObject(p, required));
}

json CatalogSchema() {
  json aspect = ClosedObject({{"code", WithExample(String(), "A01")},
                              {"name", WithExample(String(), "环境卫生")},
                              {"name_en", WithExample(String(), "Environmental Sanitation")},
                              {"items", ArrayOf(CatalogItemSchema())}},
                             {"code", "name", "name_en", "items"});
  return Named("Catalog", ClosedObject({{"aspects", ArrayOf(aspect)}}, {"aspects"}));
}

json CatalogImportResultSchema() {
  return ClosedObject({{"aspects", Described(Integer(), "Aspects in the imported catalog.")},
                       {"items", Described(Integer(), "Items in the imported catalog.")}},
                      {"aspects", "items"});
}

json ItemSuggestionsSchema() {
  json suggestion =
      ClosedObject({{"item_code", ItemCode()},
                    {"name", WithExample(String(), "垃圾分类投放时间咨询")},
                    {"name_en", WithExample(String(), "Waste sorting and drop-off times")},
                    {"confidence", Described(Number(0, 1), "Calibrated: the chance it is meant.")}},
                   {"item_code", "name", "name_en", "confidence"});
  return ClosedObject(
      {{"model_version", Described(Integer(), "The version of the classifier that answered.")},
       {"items", ArrayOf(suggestion)}},
      {"model_version", "items"});
}

}  // namespace sanwang::api
