#include "circles/network_summary.h"

#include <cstdio>
#include <map>
#include <numeric>

namespace sanwang::circles {
namespace {

std::string Format(const char* format, auto... values) {
  char buf[256];
  std::snprintf(buf, sizeof buf, format, values...);
  return buf;
}

}  // namespace

NetworkSummary SummarizeNetwork(const WalkNetwork& network) {
  NetworkSummary s;
  s.nodes = network.graph.node_count();
  s.edges = network.graph.edge_count();
  s.memory_bytes = network.graph.MemoryBytes();
  s.bytes_per_node = s.nodes > 0 ? static_cast<double>(s.memory_bytes) / s.nodes : 0;
  s.components = network.graph.components();
  s.island_node_total =
      std::accumulate(s.components.island_nodes.begin(), s.components.island_nodes.end(), std::uint64_t{0});
  for (const Home& h : network.points.homes) {
    ++s.homes;
    s.population += h.weight;
    if (!h.at.on_network()) ++s.homes_off_network, s.population_off_network += h.weight;
  }
  std::map<std::string, TypeCount> types;
  for (const Facility& f : network.points.facilities) {
    TypeCount& c = types[f.type];
    c.type = f.type;
    ++c.total;
    if (!f.at.on_network()) ++c.off_network;
  }
  for (auto& [name, count] : types) s.facility_types.push_back(count);
  return s;
}

std::vector<std::string> DescribeNetwork(const NetworkSummary& s) {
  std::vector<std::string> lines;
  lines.push_back(Format("graph: %u nodes, %u directed edges, %.1f MB in memory, %.1f bytes per node",
                         s.nodes, s.edges, static_cast<double>(s.memory_bytes) / 1e6, s.bytes_per_node));
  lines.push_back(
      Format("connectivity: largest part %u nodes; %zu islands with %llu nodes%s", s.components.largest_nodes,
             s.components.island_nodes.size(), static_cast<unsigned long long>(s.island_node_total),
             s.components.island_nodes.empty()
                 ? ""
                 : Format(" (largest island %u nodes)", s.components.island_nodes.front()).c_str()));
  lines.push_back(Format("homes: %u (%.0f people); off the network: %u (%.0f people)", s.homes, s.population,
                         s.homes_off_network, s.population_off_network));
  for (const TypeCount& t : s.facility_types) {
    lines.push_back(
        Format("facilities %s: %u (off the network: %u)", t.type.c_str(), t.total, t.off_network));
  }
  return lines;
}

}  // namespace sanwang::circles
