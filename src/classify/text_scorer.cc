#include "classify/text_scorer.h"

#include <bit>
#include <cmath>
#include <cstdint>

#include "classify/text_normalizer.h"
#include "classify/word_segmenter.h"

namespace sanwang::classify {
namespace {

// The features of one text counted by vocabulary index: counts are zero and the bitmap
// clear between texts, so only the touched entries are reset.
class TermCounts {
 public:
  void Reserve(std::size_t terms) {
    if (counts_.size() < terms) {
      counts_.resize(terms, 0);
      seen_.resize((terms + 63) / 64, 0);
    }
  }
  void Add(std::uint32_t term) {
    if (counts_[term]++ == 0) seen_[term / 64] |= std::uint64_t{1} << (term % 64);
  }
  // Calls f(term, count) for every counted term in increasing order and clears them.
  template <typename F>
  void Drain(F&& f) {
    for (std::size_t w = 0; w < seen_.size(); ++w) {
      for (std::uint64_t bits = seen_[w]; bits != 0; bits &= bits - 1) {
        auto term = static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
        f(term, counts_[term]);
        counts_[term] = 0;
      }
      seen_[w] = 0;
    }
  }

 private:
  std::vector<std::uint32_t> counts_;
  std::vector<std::uint64_t> seen_;
};

// Features waiting to be looked up, found in batches so that the memory of the next
// few is fetched while the current one is compared (FeatureIndex::Prefetch).
class LookupBatch {
 public:
  void Add(char kind, std::string_view text) { probes_.push_back(FeatureIndex::Prepare(kind, text)); }
  bool full() const { return probes_.size() >= kCapacity; }
  void FindAll(const FeatureIndex& index, const std::vector<std::string>& terms, TermCounts& counts) {
    for (std::size_t i = 0; i < probes_.size(); ++i) {
      if (i + kAhead < probes_.size()) index.Prefetch(probes_[i + kAhead]);
      std::uint32_t term = index.Find(terms, probes_[i]);
      if (term != FeatureIndex::kNotFound) counts.Add(term);
    }
    probes_.clear();
  }

 private:
  static constexpr std::size_t kAhead = 8;       // misses in flight: about what a core overlaps
  static constexpr std::size_t kCapacity = 256;  // probes stay in the first-level cache
  std::vector<FeatureIndex::Probe> probes_;
};

struct Scratch {
  NormalizedText text;
  std::vector<WordSpan> words;
  std::vector<std::size_t> starts;
  LookupBatch batch;
  TermCounts counts;
  SparseVector x;
};

// Queues the character n-grams and, with `lexicon_words`, the lexicon words of one
// space-free run, as CharNgrams and LexiconWords list them.
void QueueRun(std::string_view run, int min_n, int max_n, bool lexicon_words, Scratch& s) {
  s.starts.clear();
  for (std::size_t i = 0; i < run.size(); ++i) {
    if ((static_cast<unsigned char>(run[i]) & 0xC0) != 0x80) s.starts.push_back(i);
  }
  s.starts.push_back(run.size());
  std::size_t chars = s.starts.size() - 1;
  auto queue = [&](char kind, std::size_t from, int n) {
    std::size_t begin = s.starts[from], end = s.starts[from + static_cast<std::size_t>(n)];
    s.batch.Add(kind, run.substr(begin, end - begin));
  };
  for (std::size_t i = 0; i < chars; ++i) {
    for (int n = min_n; n <= max_n && i + static_cast<std::size_t>(n) <= chars; ++n) queue('c', i, n);
    if (!lexicon_words) continue;
    for (int n = 2; n <= kLexiconMaxChars && i + static_cast<std::size_t>(n) <= chars; ++n) queue('w', i, n);
  }
}

void CountFeatures(const FeatureOptions& options, const FeatureIndex& index,
                   const std::vector<std::string>& terms, Scratch& s) {
  if (options.words == WordFeatures::kSegmented) {
    SegmentWordSpans(s.text.utf16, s.words);
    for (const WordSpan& w : s.words) {
      std::uint32_t term = index.Find(terms, 'w', s.text.Utf8Between(w.start, w.end));
      if (term != FeatureIndex::kNotFound) s.counts.Add(term);
    }
  }
  int min_n = options.char_ngram_min, max_n = options.char_ngram_max;
  if (min_n < 1 || max_n < min_n) max_n = min_n - 1;  // no n-grams
  bool lexicon_words = options.words == WordFeatures::kLexicon;
  std::string_view text = s.text.utf8;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t space = text.find(' ', at);
    if (space == std::string_view::npos) space = text.size();
    QueueRun(text.substr(at, space - at), min_n, max_n, lexicon_words, s);
    if (s.batch.full()) s.batch.FindAll(index, terms, s.counts);
    at = space + 1;
  }
  s.batch.FindAll(index, terms, s.counts);
}

// The unit-length TF-IDF vector of the counted terms into s.x, computed as
// TfidfVectorizer::Transform computes it.
void Weigh(const std::vector<float>& idf, Scratch& s) {
  s.x.index.clear();
  s.x.value.clear();
  double norm = 0;
  s.counts.Drain([&](std::uint32_t term, std::uint32_t count) {
    double w = (1.0 + std::log(static_cast<double>(count))) * idf[term];
    s.x.index.push_back(term);
    s.x.value.push_back(static_cast<float>(w));
    norm += w * w;
  });
  if (norm > 0) {
    float scale = static_cast<float>(1.0 / std::sqrt(norm));
    for (float& v : s.x.value) v *= scale;
  }
}

}  // namespace

TextScorer TextScorer::Build(const TfidfVectorizer& vectorizer) {
  TextScorer scorer;
  scorer.index_ = FeatureIndex::Build(vectorizer.terms());
  return scorer;
}

std::vector<double> TextScorer::Scores(std::string_view text, const FeatureOptions& options,
                                       const TfidfVectorizer& vectorizer, const LinearModel& model) const {
  thread_local Scratch s;
  NormalizeInto(text, s.text);
  s.counts.Reserve(vectorizer.size());
  CountFeatures(options, index_, vectorizer.terms(), s);
  Weigh(vectorizer.idf(), s);
  return model.Scores(s.x);
}

}  // namespace sanwang::classify
