// How the API uses the district's text classifier (docs/architecture.md §4 "Classification"): catalog
// item suggestions for a text, which the resident page asks for as the resident types, and
// smart dispatch (智能派单) of a matter filed without an item. The rule itself is
// classify::AdviseDispatch; this only brings the active model, the call's catalog and the
// configured threshold together.
//
// Thread-safe: the active model is shared read-only through the Api's cache.
#pragma once

#include <string_view>
#include <vector>

#include "api/api.h"
#include "classify/classifier.h"

namespace sanwang::api {

struct ItemSuggestions {
  int model_version = 0;
  std::vector<classify::Prediction> items;  // catalog item codes, most likely first
};

// The k most likely catalog items; kUnavailable when no model has been trained.
Result<ItemSuggestions> SuggestItems(const Call& call, std::string_view text, std::size_t k);

// For a matter that names no item: records the active model's suggestion in
// request.classifier and, when its confidence reaches the threshold, files the matter
// under it. Without a model (or when it cannot be read) the request is left as it is and
// the matter goes to the command center, as without smart dispatch.
void AdviseNewCase(const Call& call, cases::NewCase& request);

}  // namespace sanwang::api
