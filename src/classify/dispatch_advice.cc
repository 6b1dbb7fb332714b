#include "classify/dispatch_advice.h"

namespace sanwang::classify {

std::vector<Prediction> CatalogSuggestions(const Classifier& classifier, std::string_view text, std::size_t k,
                                           const IsCatalogItem& is_item) {
  return classifier.Predict(text, k, is_item);
}

std::optional<DispatchAdvice> AdviseDispatch(const Classifier& classifier, std::string_view text,
                                             double threshold, const IsCatalogItem& is_item) {
  std::vector<Prediction> top = CatalogSuggestions(classifier, text, 1, is_item);
  if (top.empty()) return std::nullopt;
  return DispatchAdvice{top[0].label, top[0].confidence, top[0].confidence >= threshold};
}

}  // namespace sanwang::classify
