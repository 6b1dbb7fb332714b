#include "circles/circles_test_support.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <random>
#include <set>

#include "circles/walk_time.h"

namespace sanwang::circles::testing {
namespace {

// Points of one stretch: (fraction, vertex), and the stretch's reverse edge.
struct Cut {
  EdgeId twin = kNoId;
  std::vector<std::pair<double, std::uint32_t>> points;
};

}  // namespace

SplitGraphOracle::SplitGraphOracle(const WalkNetwork& network) : network_(network) {
  const WalkGraph& g = network.graph;
  std::map<EdgeId, Cut> cuts;
  std::uint32_t vertices = g.node_count();
  auto place = [&](const EdgePosition& at) {
    if (!at.on_network()) return kNoId;
    Cut& cut = cuts[at.edge];
    cut.twin = at.twin;
    cut.points.emplace_back(at.fraction, vertices);
    return vertices++;
  };
  for (const Home& h : network.points.homes) home_vertex_.push_back(place(h.at));
  for (const Facility& f : network.points.facilities) facility_vertex_.push_back(place(f.at));
  out_.resize(vertices);
  std::set<EdgeId> replaced;
  for (const auto& [edge, cut] : cuts) replaced.insert({edge, cut.twin});
  for (NodeId u = 0; u < g.node_count(); ++u) {
    for (EdgeId e = g.OutBegin(u); e < g.OutEnd(u); ++e) {
      if (!replaced.count(e)) out_[u].emplace_back(g.Target(e), g.Length(e));
    }
  }
  for (auto& [edge, cut] : cuts) {
    std::sort(cut.points.begin(), cut.points.end());
    const double length = g.Length(edge);
    std::uint32_t previous = g.Source(edge);
    double previous_fraction = 0;
    cut.points.emplace_back(1.0, g.Target(edge));
    for (const auto& [fraction, vertex] : cut.points) {
      const double piece = (fraction - previous_fraction) * length;
      out_[previous].emplace_back(vertex, piece);
      if (cut.twin != kNoId) out_[vertex].emplace_back(previous, piece);
      previous = vertex;
      previous_fraction = fraction;
    }
  }
}

std::vector<double> SplitGraphOracle::Dijkstra(std::uint32_t from) const {
  std::vector<double> dist(out_.size(), kUnreached);
  std::vector<bool> done(out_.size(), false);
  using Entry = std::pair<double, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  dist[from] = 0;
  queue.emplace(0, from);
  while (!queue.empty()) {
    const auto [d, v] = queue.top();
    queue.pop();
    if (done[v]) continue;
    done[v] = true;
    for (const auto& [w, length] : out_[v]) {
      if (d + length < dist[w]) {
        dist[w] = d + length;
        queue.emplace(dist[w], w);
      }
    }
  }
  return dist;
}

std::vector<double> SplitGraphOracle::MetresToFacilities(std::uint32_t home) const {
  std::vector<double> metres(facility_vertex_.size(), kUnreached);
  if (home_vertex_[home] == kNoId) return metres;
  const std::vector<double> dist = Dijkstra(home_vertex_[home]);
  const double snap = network_.points.homes[home].at.snap_m;
  for (std::size_t f = 0; f < facility_vertex_.size(); ++f) {
    if (facility_vertex_[f] == kNoId) continue;
    metres[f] = snap + dist[facility_vertex_[f]] + network_.points.facilities[f].at.snap_m;
  }
  return metres;
}

std::vector<double> SplitGraphOracle::MetresToNodes(std::uint32_t home) const {
  std::vector<double> metres(network_.graph.node_count(), kUnreached);
  if (home_vertex_[home] == kNoId) return metres;
  const std::vector<double> dist = Dijkstra(home_vertex_[home]);
  const double snap = network_.points.homes[home].at.snap_m;
  for (NodeId n = 0; n < metres.size(); ++n) metres[n] = snap + dist[n];
  return metres;
}

namespace {

struct Stretch {
  EdgeId edge;
  EdgeId twin;
};

class Generator {
 public:
  explicit Generator(const RandomNetworkSpec& spec) : spec_(spec), rng_(spec.seed) {}

  WalkNetwork Make() {
    PlaceNodes();
    for (std::uint32_t u = 0; u < spec_.nodes; ++u) ConnectToNeighbours(u);
    AddOddities();
    AddDeadEnds();
    std::vector<EdgeId> ids;
    WalkNetwork n{WalkGraph::Build(coords_, specs_, &ids), {}};
    for (Stretch& s : stretches_) {
      s.edge = ids[s.edge];
      if (s.twin != kNoId) s.twin = ids[s.twin];
    }
    AddPoints(n.points);
    return n;
  }

 private:
  double Uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
  std::uint32_t Index(std::size_t size) {
    return std::uniform_int_distribution<std::uint32_t>(0, static_cast<std::uint32_t>(size) - 1)(rng_);
  }

  void PlaceNodes() {
    const std::uint32_t island_start = spec_.nodes - spec_.nodes / 10;
    for (std::uint32_t u = 0; u < spec_.nodes; ++u) {
      const double offset = u >= island_start ? spec_.area_m * 3 : 0;  // the island region
      xy_.emplace_back(Uniform(0, spec_.area_m) + offset, Uniform(0, spec_.area_m));
      coords_.push_back(ToNodeCoord({113.8 + xy_.back().first * 1e-5, 34.0 + xy_.back().second * 1e-5}));
    }
  }

  double Straight(std::uint32_t a, std::uint32_t b) const {
    return std::hypot(xy_[a].first - xy_[b].first, xy_[a].second - xy_[b].second);
  }

  void ConnectToNeighbours(std::uint32_t u) {
    std::vector<std::pair<double, std::uint32_t>> near;
    for (std::uint32_t v = 0; v < spec_.nodes; ++v) {
      if (v != u) near.emplace_back(Straight(u, v), v);
    }
    const std::size_t k = std::min<std::size_t>(spec_.neighbours, near.size());
    std::partial_sort(near.begin(), near.begin() + static_cast<std::ptrdiff_t>(k), near.end());
    for (std::size_t i = 0; i < k; ++i) AddStretch(u, near[i].second, near[i].first * Uniform(1, 1.3));
  }

  void AddOddities() {
    for (int i = 0; i < 5; ++i) {  // parallel stretches and self-loops
      const std::uint32_t u = Index(spec_.nodes / 2), v = Index(spec_.nodes / 2);
      AddStretch(u, v, Straight(u, v) * 1.5 + 20);
      AddStretch(u, u, Uniform(30, 200));
    }
  }

  std::uint32_t NewNode(std::pair<double, double> at) {
    xy_.push_back(at);
    coords_.push_back(ToNodeCoord({113.8 + at.first * 1e-5, 34.0 + at.second * 1e-5}));
    return static_cast<std::uint32_t>(coords_.size() - 1);
  }

  void AddDeadEnds() {
    for (std::uint32_t i = 0; i < spec_.dead_ends; ++i) {
      std::uint32_t from = Index(spec_.nodes / 2);
      std::uint32_t fork = kNoId;
      const std::uint32_t length = 1 + Index(3);
      for (std::uint32_t k = 0; k < length; ++k) {
        const std::uint32_t next =
            NewNode({xy_[from].first + Uniform(-80, 80), xy_[from].second + Uniform(-80, 80)});
        AddPiece(from, next, Straight(from, next) * Uniform(1, 1.3));
        if (k == 0) fork = next;
        from = next;
      }
      if (Uniform(0, 1) < 0.3) {
        const std::uint32_t leaf =
            NewNode({xy_[fork].first + Uniform(-50, 50), xy_[fork].second + Uniform(-50, 50)});
        AddPiece(fork, leaf, Straight(fork, leaf) + 1);
      }
    }
  }

  // A stretch, or a chain of pieces through new nodes when spec_.chain_share says so.
  void AddStretch(std::uint32_t a, std::uint32_t b, double metres) {
    if (a == b || spec_.chain_share <= 0 || !(Uniform(0, 1) < spec_.chain_share))
      return AddPiece(a, b, metres);
    const std::uint32_t cuts = 1 + Index(3);
    std::vector<double> at;
    for (std::uint32_t k = 0; k < cuts; ++k) at.push_back(Uniform(0, 1));
    std::sort(at.begin(), at.end());
    std::uint32_t from = a;
    double done = 0;
    for (std::uint32_t k = 0; k <= cuts; ++k) {
      const double share = k < cuts ? at[k] : 1.0;
      const double r = Uniform(0, 1);
      // Some pieces under a metre (one bucket of the search's queue), some of no length.
      const double piece = r < 0.1 ? 0.0 : r < 0.2 ? Uniform(0, 1) : (share - done) * metres;
      const std::uint32_t to = k < cuts ? NewNode({xy_[a].first + share * (xy_[b].first - xy_[a].first),
                                                   xy_[a].second + share * (xy_[b].second - xy_[a].second)})
                                        : b;
      AddPiece(from, to, piece);
      from = to;
      done = share;
    }
  }

  void AddPiece(std::uint32_t a, std::uint32_t b, double metres) {
    const float length = QuantizeLength(metres);
    const bool one_way = Uniform(0, 1) < spec_.one_way_share;
    specs_.push_back({a, b, length});
    Stretch s{static_cast<EdgeId>(specs_.size() - 1), kNoId};
    if (!one_way) {
      specs_.push_back({b, a, length});
      s.twin = static_cast<EdgeId>(specs_.size() - 1);
    }
    stretches_.push_back(s);
  }

  EdgePosition RandomPosition(std::vector<std::size_t>& used) {
    if (Uniform(0, 1) < spec_.off_network_share) return {};
    // Half the points go onto a stretch that already carries one.
    const std::size_t s =
        !used.empty() && Uniform(0, 1) < 0.5 ? used[Index(used.size())] : Index(stretches_.size());
    used.push_back(s);
    const double r = Uniform(0, 1);
    const double fraction = r < 0.05 ? 0.0 : r < 0.1 ? 1.0 : Uniform(0, 1);
    return {stretches_[s].edge, stretches_[s].twin, fraction, Uniform(0, 60)};
  }

  void AddPoints(NetworkPoints& points) {
    std::vector<std::size_t> used;
    for (std::uint32_t h = 0; h < spec_.homes; ++h) {
      points.homes.push_back({"h" + std::to_string(h), {}, std::floor(Uniform(1, 50)), RandomPosition(used)});
    }
    for (const auto& [type, count] : spec_.facilities) {
      for (int i = 0; i < count; ++i) {
        points.facilities.push_back({type + std::to_string(i), type, {}, {}, RandomPosition(used)});
      }
    }
  }

  const RandomNetworkSpec& spec_;
  std::mt19937_64 rng_;
  std::vector<std::pair<double, double>> xy_;
  std::vector<NodeCoord> coords_;
  std::vector<EdgeSpec> specs_;
  std::vector<Stretch> stretches_;
};

}  // namespace

WalkNetwork RandomNetwork(const RandomNetworkSpec& spec) { return Generator(spec).Make(); }

WalkNetwork DrawnStreet() {
  std::vector<NodeCoord> nodes;
  std::vector<EdgeSpec> specs;
  for (NodeId n = 0; n < 6; ++n) nodes.push_back(ToNodeCoord({113.8 + 0.003 * n, 34.0}));
  for (NodeId n = 0; n + 1 < 6; ++n) {
    specs.push_back({n, n + 1, 300.0f});
    specs.push_back({n + 1, n, 300.0f});
  }
  std::vector<EdgeId> ids;
  WalkNetwork street{WalkGraph::Build(nodes, specs, &ids), {}};
  auto on = [&ids](NodeId from, double fraction, double snap) {
    return EdgePosition{ids[2 * from], ids[2 * from + 1], fraction, snap};
  };
  street.points.homes = {{"h1", {113.8015, 34.0001}, 10, on(0, 0.5, 10)},
                         {"h2", {113.8045, 34.0}, 20, on(1, 0.5, 0)},
                         {"h3", {113.8105, 34.0}, 30, on(3, 0.5, 0)},
                         {"h4", {113.8135, 34.0}, 40, on(4, 0.5, 0)},
                         {"h5", {113.9, 34.1}, 5, {}}};
  street.points.facilities = {{"clinic-a", "clinic", {113.8, 34.0}, "A 诊所", on(0, 0, 0)},
                              {"school-d", "school", {113.809, 34.0}, "D 学校", on(2, 1, 0)}};
  return street;
}

}  // namespace sanwang::circles::testing
