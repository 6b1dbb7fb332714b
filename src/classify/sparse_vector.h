// A sparse feature vector: the indices of its non-zero features in increasing order and
// their values. A plain value.
#pragma once

#include <cstdint>
#include <vector>

namespace sanwang::classify {

struct SparseVector {
  std::vector<std::uint32_t> index;  // strictly increasing
  std::vector<float> value;          // same length as index

  std::size_t size() const { return index.size(); }
};

}  // namespace sanwang::classify
