// Where new facilities of a type would serve the most people (`sanwang circles suggest`,
// docs/architecture.md §5): greedy maximal coverage over candidate sites at graph nodes.
//
// The people to win are those not yet within the circle (default the largest) of an
// existing facility of the type, and on the network. A candidate node covers a home when
// the home's walk to it (snap walk, then along the network) is within the circle. Each
// round picks the candidate covering the most not-yet-covered people (ties: the lower
// node id), reports what it adds, and marks those people covered. Greedy is the standard
// heuristic for maximal coverage and is within 1 − 1/e of the best choice of k sites.
//
// How: one forward search from every uncovered home gives each candidate its initial
// gain; after a pick, one backward search from the site finds the homes it covers, and
// each such home's forward search is repeated to take its people off every candidate it
// reaches. A lazy max-heap holds the gains (they only decrease). The forward search is
// the one arbiter of "covers", and gains are kept in whole micro-people (integers), so
// they add and subtract exactly and the choice never depends on the order of the sums —
// nor on the number of threads, which share the first pass over the homes.
//
// Reads the network only.
#pragma once

#include <cstdint>
#include <vector>

#include "circles/walk_network.h"

namespace sanwang::circles {

struct SuggestionOptions {
  int sites = 5;             // k
  int circle_seconds = 900;  // the circle a site must bring homes into
  double walk_speed_mps = 1.2;
  bool largest_component_only = true;  // candidates: nodes of the largest part only
  int threads = 0;                     // for the first pass; 0: one per core
};

struct SiteSuggestion {
  NodeId node = 0;
  geo::LonLat where;
  double added_population = 0;    // people newly within the circle
  double covered_population = 0;  // within it after this site (existing facilities included)
};

struct SuggestionResult {
  double population = 0;              // all homes' people
  double covered_before = 0;          // within the circle of an existing facility
  std::vector<SiteSuggestion> sites;  // at most `sites`; fewer when nobody is left to win
};

// `nearest_m`: per home, metres to the nearest existing facility of the type (from
// AnalyzeCircles; kUnreached where none is within reach).
SuggestionResult SuggestSites(const WalkNetwork& network, const std::vector<double>& nearest_m,
                              const SuggestionOptions& options);

}  // namespace sanwang::circles
