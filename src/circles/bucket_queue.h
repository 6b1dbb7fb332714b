// The priority queue of the circles' shortest-path searches: a bucket queue over a bounded
// range of keys, without sorting.
//
// A search's keys lie in [0, bound]; the range is cut into equal buckets (about a metre
// each for a 15-minute walk). A key goes into its bucket in O(1), and the buckets are
// drained in increasing order; inside a bucket, items come out in no particular order
// (the last pushed first). The search that uses it (bounded_search.h) is therefore a
// label-correcting one: a node taken out of a bucket before a shorter way to it was found
// (over an edge shorter than a bucket) is improved, pushed again into the same bucket and
// expanded again. When a bucket is empty every node whose distance falls in it, or before
// it, has its exact distance and has been expanded with it, so the distances are as exact
// as with a sorted queue: only the order of work inside a bucket differs. The sorted
// bucket queue this replaces spent most of its time sorting buckets; on the street grids,
// where hundreds of crossings share a distance, and on the real extracts alike.
//
// Keys pushed must be at least the current bucket's start (Dijkstra's relaxations are);
// a key below it, by rounding, goes into the current bucket. Duplicates are allowed (the
// search skips stale entries). Not thread-safe; one per search workspace.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace sanwang::circles {

class BucketQueue {
 public:
  struct Item {
    double key;
    std::uint32_t value;
  };

  // Empties the queue and spreads [0, max_key] over `buckets` buckets. Keeps the buckets'
  // memory, so that a search after the first allocates nothing.
  void Reset(double max_key, std::size_t buckets) {
    for (std::size_t b = current_; b <= last_ && b < buckets_.size(); ++b) buckets_[b].clear();
    buckets_.resize(std::max(buckets_.size(), buckets + 1));
    filled_.assign((buckets_.size() + 63) / 64, 0);
    scale_ = max_key > 0 ? static_cast<double>(buckets) / max_key : 0;
    max_bucket_ = buckets;
    current_ = last_ = 0;
    size_ = 0;
  }

  bool empty() const { return size_ == 0; }

  // 0 <= key <= max_key. Push, Pop and PeekNext are always inlined: they are most of a
  // search's work, and a call each costs as much again.
  [[gnu::always_inline]] void Push(double key, std::uint32_t value) {
    const std::size_t b = std::clamp(static_cast<std::size_t>(key * scale_), current_, max_bucket_);
    buckets_[b].push_back({key, value});
    filled_[b / 64] |= std::uint64_t{1} << (b % 64);
    ++size_;
    last_ = std::max(last_, b);
  }

  // The item Pop would return next if its bucket is the current one, else nullptr. For
  // prefetching.
  [[gnu::always_inline]] const Item* PeekNext() const {
    const std::vector<Item>& bucket = buckets_[current_];
    return bucket.empty() ? nullptr : &bucket.back();
  }

  // An item of the lowest non-empty bucket; the queue must not be empty.
  [[gnu::always_inline]] Item Pop() {
    if (buckets_[current_].empty()) Advance();
    std::vector<Item>& bucket = buckets_[current_];
    const Item item = bucket.back();
    bucket.pop_back();
    --size_;
    return item;
  }

 private:
  // Moves to the next non-empty bucket, found in the bitmap of filled buckets rather than
  // by looking at each: most of a search's thousand buckets stay empty on a street grid.
  void Advance() {
    filled_[current_ / 64] &= ~(std::uint64_t{1} << (current_ % 64));
    std::size_t word = current_ / 64;
    while (filled_[word] == 0) ++word;
    current_ = word * 64 + static_cast<std::size_t>(std::countr_zero(filled_[word]));
  }

  std::vector<std::vector<Item>> buckets_ = std::vector<std::vector<Item>>(1);
  double scale_ = 0;  // buckets per unit of key
  std::size_t max_bucket_ = 0;
  std::size_t current_ = 0;  // the bucket being drained; those before it are empty
  std::size_t last_ = 0;     // the highest bucket that may hold items
  std::size_t size_ = 0;
  std::vector<std::uint64_t> filled_;  // bit b: bucket b may hold items (set by Push,
                                       // cleared when Advance leaves it empty)
};

}  // namespace sanwang::circles
