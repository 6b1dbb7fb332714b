// The features a classifier sees in a text: the ICU words of the normalized text ("w:" +
// word) and its character n-grams within each space-separated run ("c:" + n characters),
// so that words the dictionary splits differently, typos and place names still share
// features. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanwang::classify {

struct FeatureOptions {
  bool words = true;
  int char_ngram_min = 1;  // 0 turns character n-grams off
  int char_ngram_max = 2;

  bool operator==(const FeatureOptions&) const = default;
};

// The features of `text` (raw user text; normalized here), with repeats: a feature that
// occurs three times is listed three times.
std::vector<std::string> ExtractFeatures(std::string_view text, const FeatureOptions& options);

// The character n-grams of `normalized`, n in [min_n, max_n], never across a space.
std::vector<std::string> CharNgrams(std::string_view normalized, int min_n, int max_n);

}  // namespace sanwang::classify
