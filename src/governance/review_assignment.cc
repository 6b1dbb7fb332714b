#include "governance/review_assignment.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <string>

namespace sanwang::governance {
namespace {

// A flow network with unit and bounded capacities, solved by Dinic's algorithm.
class FlowNetwork {
 public:
  explicit FlowNetwork(int nodes) : edges_(static_cast<std::size_t>(nodes)) {}

  // Returns the index of the edge in `from`'s list, to read its flow later.
  std::size_t Add(int from, int to, int capacity) {
    edges_[Index(from)].push_back({to, capacity, edges_[Index(to)].size()});
    edges_[Index(to)].push_back({from, 0, edges_[Index(from)].size() - 1});
    return edges_[Index(from)].size() - 1;
  }

  int MaxFlow(int source, int sink) {
    int total = 0;
    while (Levels(source, sink)) {
      next_.assign(edges_.size(), 0);
      while (int pushed = Push(source, sink, std::numeric_limits<int>::max())) total += pushed;
    }
    return total;
  }

  // Whether the edge carries flow (its capacity was used up: unit edges only).
  bool Used(int from, std::size_t edge) const { return edges_[Index(from)][edge].capacity == 0; }

 private:
  struct Edge {
    int to;
    int capacity;
    std::size_t reverse;
  };

  static std::size_t Index(int node) { return static_cast<std::size_t>(node); }

  bool Levels(int source, int sink) {
    level_.assign(edges_.size(), -1);
    level_[Index(source)] = 0;
    std::queue<int> frontier;
    frontier.push(source);
    while (!frontier.empty()) {
      const int node = frontier.front();
      frontier.pop();
      for (const Edge& e : edges_[Index(node)]) {
        if (e.capacity > 0 && level_[Index(e.to)] < 0) {
          level_[Index(e.to)] = level_[Index(node)] + 1;
          frontier.push(e.to);
        }
      }
    }
    return level_[Index(sink)] >= 0;
  }

  int Push(int node, int sink, int limit) {
    if (node == sink) return limit;
    for (std::size_t& i = next_[Index(node)]; i < edges_[Index(node)].size(); ++i) {
      Edge& e = edges_[Index(node)][i];
      if (e.capacity <= 0 || level_[Index(e.to)] != level_[Index(node)] + 1) continue;
      if (int pushed = Push(e.to, sink, std::min(limit, e.capacity))) {
        e.capacity -= pushed;
        edges_[Index(e.to)][e.reverse].capacity += pushed;
        return pushed;
      }
    }
    return 0;
  }

  std::vector<std::vector<Edge>> edges_;
  std::vector<int> level_;
  std::vector<std::size_t> next_;
};

struct Sorted {
  std::vector<EntryProfile> entries;
  std::vector<ReviewerProfile> reviewers;
};

// The assignment with no reviewer above `cap`, if there is one.
std::optional<ReviewAssignment> AssignWithCap(const Sorted& in, int reviews, int cap) {
  const int e = static_cast<int>(in.entries.size());
  const int r = static_cast<int>(in.reviewers.size());
  const int source = 0;
  const int sink = e + r + 1;
  FlowNetwork network(e + r + 2);
  std::vector<std::vector<std::pair<int, std::size_t>>> pairs(static_cast<std::size_t>(e));
  for (int i = 0; i < e; ++i) {
    network.Add(source, 1 + i, reviews);
    for (int j = 0; j < r; ++j) {
      if (InConflict(in.reviewers[static_cast<std::size_t>(j)], in.entries[static_cast<std::size_t>(i)]))
        continue;
      pairs[static_cast<std::size_t>(i)].emplace_back(j, network.Add(1 + i, 1 + e + j, 1));
    }
  }
  for (int j = 0; j < r; ++j) network.Add(1 + e + j, sink, cap);
  if (network.MaxFlow(source, sink) != e * reviews) return std::nullopt;
  ReviewAssignment out;
  for (int i = 0; i < e; ++i) {
    auto& chosen = out.reviewers_of[in.entries[static_cast<std::size_t>(i)].entry];
    for (const auto& [j, edge] : pairs[static_cast<std::size_t>(i)]) {
      if (!network.Used(1 + i, edge)) continue;
      const store::Id reviewer = in.reviewers[static_cast<std::size_t>(j)].reviewer;
      chosen.push_back(reviewer);
      out.max_load = std::max(out.max_load, ++out.load[reviewer]);
    }
  }
  return out;
}

Status CheckEachEntryHasEnough(const Sorted& in, int reviews) {
  for (const EntryProfile& entry : in.entries) {
    int free = 0;
    for (const ReviewerProfile& reviewer : in.reviewers) free += InConflict(reviewer, entry) ? 0 : 1;
    if (free < reviews) {
      return FailedPrecondition("作品 " + std::to_string(entry.entry) + " 只有 " + std::to_string(free) +
                                " 位无利益冲突的评审，少于每件 " + std::to_string(reviews) + " 位 entry " +
                                std::to_string(entry.entry) + " has " + std::to_string(free) +
                                " reviewers without a conflict, fewer than the " + std::to_string(reviews) +
                                " each entry needs");
    }
  }
  return Status::Ok();
}

}  // namespace

bool InConflict(const ReviewerProfile& reviewer, const EntryProfile& entry) {
  if (entry.author &&
      (*entry.author == reviewer.reviewer || reviewer.declared_authors.count(*entry.author))) {
    return true;
  }
  return reviewer.unit && entry.author_unit && *reviewer.unit == *entry.author_unit;
}

Result<ReviewAssignment> AssignReviews(const std::vector<EntryProfile>& entries,
                                       const std::vector<ReviewerProfile>& reviewers, int reviews_per_entry) {
  if (reviews_per_entry < 1 || reviews_per_entry > static_cast<int>(reviewers.size())) {
    return InvalidArgument(
        "每件作品的评审人数应在 1 到评审总人数之间 reviews per entry must be from 1 to the "
        "number of reviewers",
        "reviews_per_entry");
  }
  Sorted in{entries, reviewers};
  std::sort(in.entries.begin(), in.entries.end(),
            [](const auto& a, const auto& b) { return a.entry < b.entry; });
  std::sort(in.reviewers.begin(), in.reviewers.end(),
            [](const auto& a, const auto& b) { return a.reviewer < b.reviewer; });
  SW_RETURN_IF_ERROR(CheckEachEntryHasEnough(in, reviews_per_entry));
  if (in.entries.empty()) return ReviewAssignment{};
  const auto total = static_cast<int>(in.entries.size()) * reviews_per_entry;
  const auto count = static_cast<int>(in.reviewers.size());
  int low = (total + count - 1) / count;  // the even share: no cap below it can work
  int high = static_cast<int>(in.entries.size());
  std::optional<ReviewAssignment> best = AssignWithCap(in, reviews_per_entry, high);
  if (!best) {
    return FailedPrecondition(
        "利益冲突过多，无法为每件作品分配足够的评审 the conflicts leave no way to give every "
        "entry its reviewers");
  }
  while (low < high) {
    const int mid = low + (high - low) / 2;
    if (auto found = AssignWithCap(in, reviews_per_entry, mid)) {
      best = std::move(found);
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return *best;
}

}  // namespace sanwang::governance
