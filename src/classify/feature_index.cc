#include "classify/feature_index.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace sanwang::classify {
namespace {

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;

std::uint64_t Mix(std::uint64_t h) {
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ULL;
  h ^= h >> 32;
  return h;
}

// A hash of the kind and the text, eight bytes at a time. Not for adversaries: a
// collision costs one more comparison, never a wrong answer.
std::uint64_t HashFeature(char kind, std::string_view text) {
  std::uint64_t h =
      (static_cast<std::uint64_t>(static_cast<unsigned char>(kind)) << 32 | text.size()) * kMultiplier;
  const char* p = text.data();
  std::size_t n = text.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = std::rotl(h ^ word, 29) * kMultiplier;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return Mix((h ^ tail) * kMultiplier);
}

bool IsTerm(const std::string& term, char kind, std::string_view text) {
  return term.size() == text.size() + 2 && term[0] == kind && term[1] == ':' &&
         std::memcmp(term.data() + 2, text.data(), text.size()) == 0;
}

// Slots for `n` entries, at most about two thirds full.
std::size_t SlotsFor(std::size_t n) { return std::bit_ceil(std::max<std::size_t>(n + n / 2, 16)); }

}  // namespace

FeatureIndex::Key FeatureIndex::InlineKey(char kind, std::string_view text) {
  char bytes[16] = {kind, static_cast<char>(text.size())};
  // Fixed-size copies (overlapping when the text is shorter) compile to plain moves.
  const char* p = text.data();
  std::size_t n = text.size();
  if (n >= 8) {
    std::memcpy(bytes + 2, p, 8);
    std::memcpy(bytes + 2 + n - 8, p + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(bytes + 2, p, 4);
    std::memcpy(bytes + 2 + n - 4, p + n - 4, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) bytes[2 + i] = p[i];
  }
  Key key;
  std::memcpy(&key.head, bytes, 8);
  std::memcpy(&key.tail, bytes + 8, 4);
  return key;
}

std::uint64_t FeatureIndex::HashKey(const Key& key) {
  return Mix(key.head * kMultiplier ^ std::rotl(std::uint64_t{key.tail} * 0xC2B2AE3D27D4EB4FULL, 31));
}

FeatureIndex FeatureIndex::Build(const std::vector<std::string>& terms) {
  std::vector<std::uint32_t> short_terms, long_terms;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const std::string& term = terms[i];
    if (term.size() < 2 || term[1] != ':') continue;
    (term.size() - 2 <= kInlineText ? short_terms : long_terms).push_back(static_cast<std::uint32_t>(i));
  }
  FeatureIndex index;
  index.inline_.resize(SlotsFor(short_terms.size()));
  std::size_t mask = index.inline_.size() - 1;
  for (std::uint32_t i : short_terms) {
    Key key = InlineKey(terms[i][0], std::string_view(terms[i]).substr(2));
    std::size_t at = HashKey(key) & mask;
    while (index.inline_[at].term != kNotFound) at = (at + 1) & mask;
    index.inline_[at] = {key, i};
  }
  index.long_.resize(SlotsFor(long_terms.size()));
  mask = index.long_.size() - 1;
  for (std::uint32_t i : long_terms) {
    std::uint64_t h = HashFeature(terms[i][0], std::string_view(terms[i]).substr(2));
    std::size_t at = h & mask;
    while (index.long_[at].term != kNotFound) at = (at + 1) & mask;
    index.long_[at] = {static_cast<std::uint32_t>(h >> 32), i};
  }
  return index;
}

std::uint32_t FeatureIndex::FindInline(const Key& key, std::uint64_t hash) const {
  std::size_t mask = inline_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const InlineSlot& slot = inline_[at];
    if (slot.term == kNotFound) return kNotFound;
    if (slot.key.head == key.head && slot.key.tail == key.tail) return slot.term;
  }
}

std::uint32_t FeatureIndex::FindLong(const std::vector<std::string>& terms, char kind, std::string_view text,
                                     std::uint64_t hash) const {
  auto tag = static_cast<std::uint32_t>(hash >> 32);
  std::size_t mask = long_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const HashSlot& slot = long_[at];
    if (slot.term == kNotFound) return kNotFound;
    if (slot.tag == tag && IsTerm(terms[slot.term], kind, text)) return slot.term;
  }
}

FeatureIndex::Probe FeatureIndex::Prepare(char kind, std::string_view text) {
  Probe probe;
  probe.text = text;
  probe.kind = kind;
  if (text.size() <= kInlineText) {
    probe.key = InlineKey(kind, text);
    probe.hash = HashKey(probe.key);
  } else {
    probe.hash = HashFeature(kind, text);
  }
  return probe;
}

void FeatureIndex::Prefetch(const Probe& probe) const {
  if (inline_.empty()) return;
  if (probe.text.size() <= kInlineText) {
    __builtin_prefetch(&inline_[probe.hash & (inline_.size() - 1)]);
  } else {
    __builtin_prefetch(&long_[probe.hash & (long_.size() - 1)]);
  }
}

std::uint32_t FeatureIndex::Find(const std::vector<std::string>& terms, const Probe& probe) const {
  if (inline_.empty()) return kNotFound;  // never built
  return probe.text.size() <= kInlineText ? FindInline(probe.key, probe.hash)
                                          : FindLong(terms, probe.kind, probe.text, probe.hash);
}

std::uint32_t FeatureIndex::Find(const std::vector<std::string>& terms, char kind,
                                 std::string_view text) const {
  return Find(terms, Prepare(kind, text));
}

}  // namespace sanwang::classify
