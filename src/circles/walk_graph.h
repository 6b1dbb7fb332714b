// The walking network as a compact directed graph in CSR (compressed sparse row) arrays:
// node coordinates, and per edge its target and length in metres, grouped by source.
// A two-way footway is two edges, one each way, of the same length. The incoming edges of
// every node are indexed too (the reverse CSR), because the nearest-facility search walks
// backwards from the facilities to the homes.
//
// Connectivity is computed once, on construction: the weakly connected parts (edges taken
// both ways), the largest of them marked, the others reported as islands.
//
// Memory: 8 bytes of coordinates, 8 of row offsets and 1 of marks per node, 16 per edge
// (4 target and 4 length, forward and reverse): 57–59 bytes per node on the Monaco and
// Andorra extracts, whose compacted nodes have about 2.5 edges each; 81 on a square street
// grid (MemoryBytes reports it).
//
// Immutable after construction; safe for concurrent reads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/status.h"
#include "geo/geometry.h"

namespace sanwang::circles {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;
inline constexpr std::uint32_t kNoId = 0xFFFFFFFFu;

// A location in 1e-7 degrees, the precision OSM stores.
struct NodeCoord {
  std::int32_t lon_e7 = 0;
  std::int32_t lat_e7 = 0;
};
NodeCoord ToNodeCoord(geo::LonLat p);
geo::LonLat ToLonLat(NodeCoord c);

struct EdgeSpec {
  NodeId source = 0;
  NodeId target = 0;
  float length_m = 0;
};

// One end of an edge as a row of the CSR arrays holds it: the node at the other end and
// the length, side by side so that a search reads both from one cache line.
struct EdgeEnd {
  NodeId node = 0;
  float length_m = 0;
};

// Lengths are kept as multiples of 1/1024 m (under a millimetre), so that every stored
// length has a short exact decimal form and an exported network reads back bit for bit.
float QuantizeLength(double metres);

struct ComponentSummary {
  std::uint32_t count = 0;                  // weakly connected parts
  std::uint32_t largest_nodes = 0;          // nodes of the largest part
  std::vector<std::uint32_t> island_nodes;  // node counts of the other parts, largest first
};

class WalkGraph {
 public:
  WalkGraph() = default;

  // Orders edges by (source, target, length, position in `edges`); when `ids` is given,
  // (*ids)[i] is the id the edge edges[i] received. Sources and targets must be nodes.
  static WalkGraph Build(std::vector<NodeCoord> nodes, const std::vector<EdgeSpec>& edges,
                         std::vector<EdgeId>* ids = nullptr);
  // From CSR arrays as Build produced them (the decoder): checks the invariants and
  // returns kDataLoss when they fail.
  static Result<WalkGraph> FromCsr(std::vector<NodeCoord> nodes, std::vector<std::uint32_t> first_out,
                                   std::vector<NodeId> target, std::vector<float> length);

  std::uint32_t node_count() const { return static_cast<std::uint32_t>(coords_.size()); }
  std::uint32_t edge_count() const { return static_cast<std::uint32_t>(out_.size()); }

  geo::LonLat Location(NodeId n) const { return ToLonLat(coords_[n]); }
  // Outgoing edges of n are the ids [OutBegin(n), OutEnd(n)).
  EdgeId OutBegin(NodeId n) const { return first_out_[n]; }
  EdgeId OutEnd(NodeId n) const { return first_out_[n + 1]; }
  NodeId Target(EdgeId e) const { return out_[e].node; }
  double Length(EdgeId e) const { return out_[e].length_m; }
  const EdgeEnd& Out(EdgeId e) const { return out_[e]; }
  NodeId Source(EdgeId e) const;  // by binary search over the row offsets
  // Incoming edges of n are the positions [InBegin(n), InEnd(n)) of the reverse arrays.
  std::uint32_t InBegin(NodeId n) const { return first_in_[n]; }
  std::uint32_t InEnd(NodeId n) const { return first_in_[n + 1]; }
  NodeId InSource(std::uint32_t i) const { return in_[i].node; }
  double InLength(std::uint32_t i) const { return in_[i].length_m; }
  const EdgeEnd& In(std::uint32_t i) const { return in_[i]; }

  bool InLargestComponent(NodeId n) const { return in_largest_[n] != 0; }
  const ComponentSummary& components() const { return components_; }
  // Bytes held by the arrays above.
  std::size_t MemoryBytes() const;

  const std::vector<NodeCoord>& coords() const { return coords_; }
  const std::vector<std::uint32_t>& first_out() const { return first_out_; }
  std::vector<NodeId> targets() const;
  std::vector<float> lengths() const;

 private:
  void Finish();  // builds the reverse arrays and the connectivity marks
  void BuildReverse();
  void LabelComponents();

  std::vector<NodeCoord> coords_;
  std::vector<std::uint32_t> first_out_;  // node_count + 1 offsets into out_
  std::vector<EdgeEnd> out_;              // by edge id: target and length
  std::vector<std::uint32_t> first_in_;   // node_count + 1 offsets into in_
  std::vector<EdgeEnd> in_;               // source and length, grouped by target
  std::vector<std::uint8_t> in_largest_;
  ComponentSummary components_;
};

}  // namespace sanwang::circles
