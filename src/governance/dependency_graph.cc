#include "governance/dependency_graph.h"

#include <map>
#include <set>

namespace sanwang::governance {
namespace {

using Graph = std::map<store::Id, std::vector<store::Id>>;

// A path from `from` to `to` along the edges, depth first, or empty.
std::vector<store::Id> PathBetween(const Graph& graph, store::Id from, store::Id to) {
  std::vector<std::pair<store::Id, std::size_t>> stack = {{from, 0}};
  std::set<store::Id> seen = {from};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    if (node == to) {
      std::vector<store::Id> path;
      for (const auto& step : stack) path.push_back(step.first);
      return path;
    }
    auto it = graph.find(node);
    if (it == graph.end() || next >= it->second.size()) {
      stack.pop_back();
      continue;
    }
    store::Id child = it->second[next++];
    if (seen.insert(child).second) stack.emplace_back(child, 0);
  }
  return {};
}

}  // namespace

std::optional<std::vector<store::Id>> CycleThrough(const std::vector<store::DependencyEdge>& edges,
                                                   store::Id milestone,
                                                   const std::vector<store::Id>& depends_on) {
  Graph graph;
  for (const auto& [from, to] : edges) {
    if (from != milestone) graph[from].push_back(to);
  }
  // Only the new edges can close a cycle, and each would run milestone → d → … → milestone.
  for (store::Id d : depends_on) {
    if (d == milestone) return std::vector<store::Id>{milestone, milestone};
    std::vector<store::Id> back = PathBetween(graph, d, milestone);
    if (!back.empty()) {
      back.insert(back.begin(), milestone);
      return back;
    }
  }
  return std::nullopt;
}

}  // namespace sanwang::governance
