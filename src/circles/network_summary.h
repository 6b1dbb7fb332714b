// What a walking network holds, for the import's report and `circles analyze`'s header:
// graph size and memory (bytes per node), connectivity (the largest part and the
// islands), homes and population, facilities per type, and what lies off the network.
// Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "circles/walk_network.h"

namespace sanwang::circles {

struct TypeCount {
  std::string type;
  std::uint32_t total = 0;
  std::uint32_t off_network = 0;
};

struct NetworkSummary {
  std::uint32_t nodes = 0;
  std::uint32_t edges = 0;
  std::size_t memory_bytes = 0;
  double bytes_per_node = 0;
  ComponentSummary components;
  std::uint64_t island_node_total = 0;
  std::uint32_t homes = 0;
  std::uint32_t homes_off_network = 0;
  double population = 0;
  double population_off_network = 0;
  std::vector<TypeCount> facility_types;  // by type name
};

NetworkSummary SummarizeNetwork(const WalkNetwork& network);

// Human-readable lines ("graph: 24,901 nodes, …").
std::vector<std::string> DescribeNetwork(const NetworkSummary& summary);

}  // namespace sanwang::circles
