#include "classify/word_lexicon.h"

#include "classify/word_segmenter.h"
#include "core/text.h"

namespace sanwang::classify {

WordLexicon WordLexicon::Learn(const std::vector<std::string>& normalized_texts) {
  WordLexicon lexicon;
  for (const std::string& text : normalized_texts) {
    for (std::string& word : SegmentWords(text)) {
      std::size_t chars = Utf8Length(word);
      if (chars >= 2 && chars <= static_cast<std::size_t>(kLexiconMaxChars))
        lexicon.words_.insert(std::move(word));
    }
  }
  return lexicon;
}

WordLexicon WordLexicon::FromVocabulary(const std::vector<std::string>& terms) {
  WordLexicon lexicon;
  for (const std::string& term : terms) {
    if (term.starts_with("w:")) lexicon.words_.insert(term.substr(2));
  }
  return lexicon;
}

}  // namespace sanwang::classify
