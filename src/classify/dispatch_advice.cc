#include "classify/dispatch_advice.h"

#include <algorithm>

namespace sanwang::classify {

std::vector<Prediction> CatalogSuggestions(const Classifier& classifier, std::string_view text, std::size_t k,
                                           const IsCatalogItem& is_item, double min_confidence) {
  std::vector<Prediction> top = classifier.Predict(text, k, is_item);
  // Most likely first, so the ones under the floor are a tail.
  auto under = std::find_if(top.begin(), top.end(),
                            [&](const Prediction& p) { return p.confidence < min_confidence; });
  top.erase(under, top.end());
  return top;
}

std::optional<DispatchAdvice> AdviseDispatch(const Classifier& classifier, std::string_view text,
                                             double threshold, const IsCatalogItem& is_item) {
  std::vector<Prediction> top = CatalogSuggestions(classifier, text, 1, is_item);
  if (top.empty()) return std::nullopt;
  return DispatchAdvice{top[0].label, top[0].confidence, top[0].confidence >= threshold};
}

}  // namespace sanwang::classify
