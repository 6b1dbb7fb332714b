// Test support for the circles module: random walking networks with snapped points, and
// an independent reference for the walking distances.
//
// The reference (SplitGraphOracle) shares no code with the searches under test. It builds
// a plain adjacency list in which every stretch carrying points is cut at them — each
// point becomes a vertex, the pieces get their share of the stretch's length, both ways
// on a two-way stretch — and runs a textbook, unbounded Dijkstra from one home at a time:
// the "one search per home" the analysis avoids, and the method the pgRouting comparison
// uses. Test-only code; not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "circles/walk_network.h"

namespace sanwang::circles::testing {

// The reference's own rule for "within a circle": the walking distance against the
// circle's radius (seconds × speed), written apart from the code's WithinSeconds so that a
// change to that rule shows up as a disagreement. The two differ only by rounding right at
// a circle's edge, where the tests take no side.
inline bool WithinRadius(double metres, double walk_speed_mps, int seconds) {
  return metres <= seconds * walk_speed_mps;
}

class SplitGraphOracle {
 public:
  explicit SplitGraphOracle(const WalkNetwork& network);

  // Metres from home h to each facility (index into points.facilities), snaps included;
  // kUnreached without a path or when either point is off the network.
  std::vector<double> MetresToFacilities(std::uint32_t home) const;
  // Metres from home h to every graph node (its snap included).
  std::vector<double> MetresToNodes(std::uint32_t home) const;

 private:
  std::vector<double> Dijkstra(std::uint32_t from) const;

  const WalkNetwork& network_;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> out_;  // vertex -> (vertex, metres)
  std::vector<std::uint32_t> home_vertex_;
  std::vector<std::uint32_t> facility_vertex_;
};

struct RandomNetworkSpec {
  std::uint64_t seed = 1;
  std::uint32_t nodes = 300;     // the last tenth form a separate island region
  std::uint32_t neighbours = 3;  // stretches from each node to its nearest nodes
  double one_way_share = 0.15;
  std::uint32_t homes = 300;
  std::vector<std::pair<std::string, int>> facilities = {{"few", 3}, {"some", 12}, {"many", 40}};
  double off_network_share = 0.05;
  double area_m = 4000;  // side of the square the nodes are scattered over
  // Share of stretches cut into chains of 2 to 4 pieces through new nodes of degree two
  // (each piece one-way or not on its own; about one piece in five under a metre long,
  // some of no length), and dead-end branches of 1 to 3 new nodes, some forked, hung on
  // random nodes: what the reduced search graph (search_graph.h) bridges and drops.
  double chain_share = 0;
  std::uint32_t dead_ends = 0;
};

// A reproducible network: nodes scattered at random, stretches to near neighbours
// (lengths 1 to 1.3 times the straight distance, some one-way, some parallel, a few
// self-loops), homes and facilities at random positions on stretches — some at an end
// (fraction 0 or 1), many sharing a stretch with others — and a few off the network.
WalkNetwork RandomNetwork(const RandomNetworkSpec& spec);

// The street drawn below, for tests with answers worked out by hand. Stretches are
// two-way and 300 m long; walk at 1 m/s so that metres are seconds.
//
//   A ------- B ------- C ------- D ------- E ------- F        nodes 0..5, 0.003° apart
//   clinic@A  h1        h2        school@D  h3        h4       (h5: off the network)
//
//   h1 on A-B at 0.5, 10 m off the street, 10 people      h2 on B-C at 0.5, 20 people
//   h3 on D-E at 0.5, 30 people                           h4 on E-F at 0.5, 40 people
//   h5 off the network, 5 people; the clinic at A (A-B, fraction 0); the school at D
//   (C-D, fraction 1).
WalkNetwork DrawnStreet();

}  // namespace sanwang::circles::testing
