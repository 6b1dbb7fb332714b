// The walking graph reduced for the analysis' searches (circle_analysis.h), which read
// distances only at the ends of the stretches that carry homes or facilities: the
// "pinned" nodes. Same node ids as the full graph, fewer nodes to settle:
//
// - Dead ends without points go: a node that is not pinned and has at most one
//   neighbour lies on no shortest walk between two other nodes (a walk through it would
//   come back the way it went), and again after its neighbour lost it, so whole branches
//   of cul-de-sacs and footpaths to nowhere are dropped.
// - Chains are bridged: a node that is not pinned, has exactly two neighbours and at
//   most one edge each way to each of them is passed through by every walk that uses it;
//   each maximal chain of such nodes becomes one edge per direction it can be walked,
//   of the chain's whole length, between the nodes at its ends.
//
// Walks between pinned nodes within the searches' bound, and so every distance the
// analysis reads, are those of the full graph. A bridge longer than the bound is left out
// (no bounded search could take it). Lengths stay exact: they are multiples of 1/1024 m,
// and so are their sums, which a float holds exactly below 16,384 m. Only the
// order in which a search adds the lengths of a chain changes, which can move a distance
// by the last bit of a double. Nodes dropped or bridged have no edges and are never
// reached. On the real extracts this removes a third to a half of the nodes; on a square
// street grid nothing, and the full graph is used.
//
// Pure function; the result is a plain value.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "circles/walk_graph.h"

namespace sanwang::circles {

// `pinned[n]` != 0 for the nodes whose distances will be read; `bound_m` the searches'
// bound. nullopt when the reduction would remove fewer than `min_share` of the nodes, or
// the bound is 16,384 m or more: use the full graph then.
std::optional<WalkGraph> ReduceForSearch(const WalkGraph& graph, const std::vector<std::uint8_t>& pinned,
                                         double bound_m, double min_share = 0.02);

}  // namespace sanwang::circles
