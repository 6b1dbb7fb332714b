// The vocabulary of a trained model as a flat open-addressing hash table, for looking a
// feature up by its kind and text ('w' and "路灯" for the term "w:路灯") without building
// its string: prediction looks up about a thousand features per text, and a string and a
// node-based map per look-up cost more than the rest of the path after segmentation.
//
// The cost of a look-up is its cache misses, so a feature whose text fits in 10 bytes
// (one to three Chinese characters: every character n-gram and most words) is stored
// whole in its 16-byte slot (kind byte, length byte, text padded with zeros) and found
// with one memory access and two integer comparisons; longer texts sit in a second table
// of hashes whose matches are confirmed against the term itself. Both answers are exact.
//
// Immutable after Build; Find is safe from any number of threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sanwang::classify {

class FeatureIndex {
 public:
  static constexpr std::uint32_t kNotFound = UINT32_MAX;

  FeatureIndex() = default;
  // Indexes every term of the form "K:text", the form of every feature (features.h);
  // other terms can match no feature and are left out.
  static FeatureIndex Build(const std::vector<std::string>& terms);

  // The index in `terms` (the vector given to Build) of the term `kind` + ':' + `text`,
  // or kNotFound.
  std::uint32_t Find(const std::vector<std::string>& terms, char kind, std::string_view text) const;

 private:
  static constexpr std::size_t kInlineText = 10;
  struct Key {  // the bytes kind, length, text, zeros
    std::uint64_t head = 0;
    std::uint32_t tail = 0;
  };

 public:
  // A feature made ready for look-up. A caller with many features prepares them, asks for
  // the slot of one a few places ahead (Prefetch) while it finds the current one, and so
  // overlaps the cache misses that are nearly all of a look-up's cost once the table is
  // larger than the cache. `text` must outlive the probe.
  struct Probe {
    Key key;
    std::uint64_t hash = 0;
    std::string_view text;
    char kind = 0;
  };
  static Probe Prepare(char kind, std::string_view text);
  void Prefetch(const Probe& probe) const;
  // The same answer as Find(terms, probe.kind, probe.text).
  std::uint32_t Find(const std::vector<std::string>& terms, const Probe& probe) const;

 private:
  struct InlineSlot {
    Key key;
    std::uint32_t term = kNotFound;
  };
  struct HashSlot {
    std::uint32_t tag = 0;  // high half of the hash
    std::uint32_t term = kNotFound;
  };

  static Key InlineKey(char kind, std::string_view text);
  static std::uint64_t HashKey(const Key& key);
  std::uint32_t FindInline(const Key& key, std::uint64_t hash) const;
  std::uint32_t FindLong(const std::vector<std::string>& terms, char kind, std::string_view text,
                         std::uint64_t hash) const;

  std::vector<InlineSlot> inline_;  // sizes are powers of two; empty slots have term kNotFound
  std::vector<HashSlot> long_;
};

}  // namespace sanwang::classify
