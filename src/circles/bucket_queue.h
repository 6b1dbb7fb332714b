// The priority queue of the circles' Dijkstra searches: a bucket queue over a bounded
// range of keys.
//
// A search's keys lie in [0, bound]; the range is cut into equal buckets. A key goes into
// its bucket in O(1) without being compared; only when a bucket's turn comes are its
// items sorted, and a key arriving in the bucket being drained is inserted in order. Keys
// come out exactly in increasing order (Dijkstra needs no less), while the sorting stays
// small: on walking networks a bucket holds a handful of items. On the million-node grid
// benchmark (bench/circles) the whole analysis took 1.31 s of CPU on one thread with it,
// 1.61 s with a radix heap.
//
// Dijkstra only pushes keys at least as large as the last one popped; so must callers.
// Duplicates are allowed (the search skips stale entries). Not thread-safe; one per
// search workspace.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace sanwang::circles {

class BucketQueue {
 public:
  struct Item {
    double key;
    std::uint32_t value;
  };

  // Empties the queue and spreads [0, max_key] over `buckets` buckets.
  void Reset(double max_key, std::size_t buckets) {
    for (std::size_t b = current_; b <= last_; ++b) buckets_[b].clear();
    buckets_.resize(std::max(buckets_.size(), buckets + 1));
    scale_ = max_key > 0 ? static_cast<double>(buckets) / max_key : 0;
    max_bucket_ = buckets;
    current_ = last_ = 0;
    size_ = 0;
    sorted_ = false;
  }

  bool empty() const { return size_ == 0; }

  // 0 <= key <= max_key, and key >= the last key popped.
  void Push(double key, std::uint32_t value) {
    const std::size_t b = std::max(current_, std::min(max_bucket_, static_cast<std::size_t>(key * scale_)));
    std::vector<Item>& bucket = buckets_[b];
    ++size_;
    last_ = std::max(last_, b);
    if (b != current_ || !sorted_) {
      bucket.push_back({key, value});
      return;
    }
    // Into the bucket being drained, which is sorted largest first.
    auto at = std::upper_bound(bucket.begin(), bucket.end(), key,
                               [](double k, const Item& item) { return k > item.key; });
    bucket.insert(at, {key, value});
  }

  // The smallest key; the queue must not be empty.
  double MinKey() {
    Advance();
    return buckets_[current_].back().key;
  }

  // The item Pop would return next if it is already at hand (in the sorted current
  // bucket), else nullptr. For prefetching.
  const Item* PeekNext() const {
    const std::vector<Item>& bucket = buckets_[current_];
    return sorted_ && !bucket.empty() ? &bucket.back() : nullptr;
  }

  Item Pop() {
    Advance();
    const Item item = buckets_[current_].back();
    buckets_[current_].pop_back();
    --size_;
    return item;
  }

 private:
  // Makes the current bucket non-empty and sorted.
  void Advance() {
    while (buckets_[current_].empty()) {
      ++current_;
      sorted_ = false;
    }
    if (sorted_) return;
    std::sort(buckets_[current_].begin(), buckets_[current_].end(), [](const Item& a, const Item& b) {
      return a.key > b.key || (a.key == b.key && a.value > b.value);
    });
    sorted_ = true;
  }

  std::vector<std::vector<Item>> buckets_ = std::vector<std::vector<Item>>(1);
  double scale_ = 0;  // buckets per unit of key
  std::size_t max_bucket_ = 0;
  std::size_t current_ = 0;  // the bucket being drained; those before it are empty
  std::size_t last_ = 0;     // the highest bucket that may hold items
  std::size_t size_ = 0;
  bool sorted_ = false;  // whether the current bucket is sorted
};

}  // namespace sanwang::circles
