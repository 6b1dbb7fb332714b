#include "api/smart_dispatch.h"

#include <spdlog/spdlog.h>

#include "classify/dispatch_advice.h"

namespace sanwang::api {
namespace {

classify::IsCatalogItem InCatalog(const Call& call) {
  return
      [domain = call.domain](const std::string& code) { return domain->catalog.FindItem(code) != nullptr; };
}

}  // namespace

Result<ItemSuggestions> SuggestItems(const Call& call, std::string_view text, std::size_t k) {
  SW_ASSIGN_OR_RETURN(auto model, call.api.classifier().Get(call.db, call.district()));
  return ItemSuggestions{model->version,
                         classify::CatalogSuggestions(model->classifier, text, k, InCatalog(call),
                                                      call.api.options().suggest_min_confidence)};
}

void AdviseNewCase(const Call& call, cases::NewCase& request) {
  if (!request.item_code.empty()) return;
  auto model = call.api.classifier().Get(call.db, call.district());
  if (!model.ok()) {
    if (model.status().code() != ErrorCode::kUnavailable) {
      spdlog::warn("smart dispatch skipped: {}", model.status().ToString());
    }
    return;
  }
  const classify::ActiveModel& active = **model;
  auto advice = classify::AdviseDispatch(active.classifier, request.title + " " + request.description,
                                         call.api.options().auto_dispatch_threshold, InCatalog(call));
  if (!advice) return;
  request.classifier =
      cases::ClassifierSuggestion{active.version, advice->item_code, advice->confidence, advice->automatic};
  if (advice->automatic) request.item_code = advice->item_code;
}

}  // namespace sanwang::api
