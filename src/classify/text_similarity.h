// How alike two residents' texts are, for duplicate detection: the Dice coefficient of
// their sets of character bigrams after normalization (text_normalizer.h), 0 (nothing in
// common) to 1 (the same bigrams).
//
// Why bigrams: most Chinese words are two characters, so bigrams catch shared words
// without a segmenter, and a reworded report ("楼道里堆满了纸箱" / "楼道堆满纸箱没人管")
// still shares its key words (楼道, 堆满, 纸箱). Why Dice over sets: it is symmetric, does
// not let one long text swamp a short one as raw counts would, and on the development set
// of citizens' messages it ranked reworded reports of the same matter above more unrelated
// pairs than the overlap coefficient or bigrams of the titles alone (docs/classify.md).
// A run of one character between separators counts as a gram of its own.
//
// Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace sanwang::classify {

// The distinct character bigrams of the normalized text.
std::unordered_set<std::string> CharacterBigrams(std::string_view utf8);

// 2 |A ∩ B| / (|A| + |B|) over the bigram sets; 0 when both are empty.
double BigramSimilarity(std::string_view a, std::string_view b);
// The same over bigram sets already made, for one text compared with many.
double BigramSimilarity(const std::unordered_set<std::string>& a, const std::unordered_set<std::string>& b);

}  // namespace sanwang::classify
