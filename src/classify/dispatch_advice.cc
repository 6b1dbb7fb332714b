#include "classify/dispatch_advice.h"

namespace sanwang::classify {

std::vector<Prediction> CatalogSuggestions(const Classifier& classifier, std::string_view text, std::size_t k,
                                           const IsCatalogItem& is_item) {
  std::vector<Prediction> out;
  for (Prediction& p : classifier.Predict(text, classifier.labels().size())) {
    if (out.size() == k) break;
    if (is_item(p.label)) out.push_back(std::move(p));
  }
  return out;
}

std::optional<DispatchAdvice> AdviseDispatch(const Classifier& classifier, std::string_view text,
                                             double threshold, const IsCatalogItem& is_item) {
  std::vector<Prediction> top = CatalogSuggestions(classifier, text, 1, is_item);
  if (top.empty()) return std::nullopt;
  return DispatchAdvice{top[0].label, top[0].confidence, top[0].confidence >= threshold};
}

}  // namespace sanwang::classify
