// Smart dispatch (智能派单, docs/architecture.md §4): what the classifier's predictions mean for a new
// matter. Only labels that are catalog items count (a model may know labels the catalog
// has since dropped); the most likely of them is suggested, and the matter is dispatched
// to it automatically when its confidence reaches the threshold — otherwise it goes to
// the command center for triage, with the suggestion recorded. Pure functions.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "classify/classifier.h"

namespace sanwang::classify {

inline constexpr double kDefaultAutoDispatchThreshold = 0.6;

using IsCatalogItem = std::function<bool(const std::string& label)>;

// The first `k` predictions (most likely first) whose labels are catalog items and whose
// confidence reaches `min_confidence`.
std::vector<Prediction> CatalogSuggestions(const Classifier& classifier, std::string_view text, std::size_t k,
                                           const IsCatalogItem& is_item, double min_confidence = 0);

struct DispatchAdvice {
  std::string item_code;
  double confidence = 0;
  bool automatic = false;  // confident enough to dispatch without triage
};

// nullopt when no catalog item is among the model's labels.
std::optional<DispatchAdvice> AdviseDispatch(const Classifier& classifier, std::string_view text,
                                             double threshold, const IsCatalogItem& is_item);

}  // namespace sanwang::classify
