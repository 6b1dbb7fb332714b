#include "classify/tfidf_vectorizer.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace sanwang::classify {
namespace {

using DocumentFrequencies = std::unordered_map<std::string, int>;

void CountDocument(const std::vector<std::string>& document, DocumentFrequencies& df) {
  std::unordered_set<std::string_view> seen;
  for (const std::string& f : document) {
    if (seen.insert(f).second) ++df[f];
  }
}

// The kept features, most frequent first, ties by name; then sorted by name.
std::vector<std::pair<std::string, int>> SelectTerms(const DocumentFrequencies& df,
                                                     const TfidfOptions& options) {
  std::vector<std::pair<std::string, int>> kept;
  for (const auto& [term, count] : df) {
    if (count >= options.min_df) kept.emplace_back(term, count);
  }
  if (kept.size() > options.max_features) {
    auto by_frequency = [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(options.max_features),
                     kept.end(), by_frequency);
    kept.resize(options.max_features);
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

}  // namespace

TfidfVectorizer TfidfVectorizer::Fit(const std::vector<std::vector<std::string>>& documents,
                                     const std::vector<std::size_t>& rows, const TfidfOptions& options) {
  DocumentFrequencies df;
  if (rows.empty()) {
    for (const auto& document : documents) CountDocument(document, df);
  } else {
    for (std::size_t row : rows) CountDocument(documents[row], df);
  }
  TfidfVectorizer v;
  double n = static_cast<double>(rows.empty() ? documents.size() : rows.size());
  for (auto& [term, count] : SelectTerms(df, options)) {
    v.terms_.push_back(std::move(term));
    v.idf_.push_back(static_cast<float>(std::log((1.0 + n) / (1.0 + count)) + 1.0));
  }
  v.BuildIndex();
  return v;
}

Result<TfidfVectorizer> TfidfVectorizer::FromTerms(std::vector<std::string> terms, std::vector<float> idf) {
  if (terms.size() != idf.size()) return InvalidArgument("terms and idf differ in length");
  TfidfVectorizer v;
  v.terms_ = std::move(terms);
  v.idf_ = std::move(idf);
  v.BuildIndex();
  if (v.index_.size() != v.terms_.size()) return InvalidArgument("repeated term in vocabulary");
  return v;
}

void TfidfVectorizer::BuildIndex() {
  index_.clear();
  index_.reserve(terms_.size());
  for (std::size_t i = 0; i < terms_.size(); ++i) index_.emplace(terms_[i], static_cast<std::uint32_t>(i));
}

SparseVector TfidfVectorizer::Transform(const std::vector<std::string>& features) const {
  std::vector<std::uint32_t> hits;
  for (const std::string& f : features) {
    auto it = index_.find(f);
    if (it != index_.end()) hits.push_back(it->second);
  }
  std::sort(hits.begin(), hits.end());
  SparseVector v;
  double norm = 0;
  for (std::size_t at = 0; at < hits.size();) {
    std::size_t run = at;
    while (run < hits.size() && hits[run] == hits[at]) ++run;
    double w = (1.0 + std::log(static_cast<double>(run - at))) * idf_[hits[at]];
    v.index.push_back(hits[at]);
    v.value.push_back(static_cast<float>(w));
    norm += w * w;
    at = run;
  }
  if (norm > 0) {
    float scale = static_cast<float>(1.0 / std::sqrt(norm));
    for (float& x : v.value) x *= scale;
  }
  return v;
}

}  // namespace sanwang::classify
