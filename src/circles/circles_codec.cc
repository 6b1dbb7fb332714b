#include "circles/circles_codec.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace sanwang::circles {
namespace {

static_assert(std::endian::native == std::endian::little, "the blobs are little-endian");

constexpr std::string_view kNetworkMagic = "SWCN";
constexpr std::string_view kAnalysisMagic = "SWCA";
// Version 2 added facility names to networks and suggested sites to analyses, version 3 the
// extra facilities to analyses; older blobs still read (without them).
constexpr std::uint32_t kFormatVersion = 3;

class Writer {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  template <typename T>
  void PutArray(const std::vector<T>& values) {
    Put(static_cast<std::uint64_t>(values.size()));
    if (!values.empty()) out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  void PutText(std::string_view s) {
    Put(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void PutMagic(std::string_view magic) {
    out_.append(magic);
    Put(kFormatVersion);
  }
  std::string Take() && { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  template <typename T>
  bool Get(T& value) {
    if (in_.size() < sizeof value) return false;
    std::memcpy(&value, in_.data(), sizeof value);
    in_.remove_prefix(sizeof value);
    return true;
  }
  template <typename T>
  bool GetArray(std::vector<T>& values) {
    std::uint64_t n = 0;
    if (!Get(n) || n > in_.size() / sizeof(T)) return false;
    values.resize(n);
    if (n > 0) std::memcpy(values.data(), in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return true;
  }
  bool GetText(std::string& s) {
    std::uint32_t n = 0;
    if (!Get(n) || n > in_.size()) return false;
    s.assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  bool GetMagic(std::string_view magic) {
    if (in_.substr(0, magic.size()) != magic) return false;
    in_.remove_prefix(magic.size());
    return Get(version_) && version_ >= 1 && version_ <= kFormatVersion;
  }
  std::uint32_t version() const { return version_; }
  bool AtEnd() const { return in_.empty(); }

 private:
  std::string_view in_;
  std::uint32_t version_ = 0;
};

Status Damaged(std::string_view what) {
  return {ErrorCode::kDataLoss, "stored circles " + std::string(what) + " is damaged"};
}

void PutPosition(Writer& w, geo::LonLat where, const EdgePosition& at) {
  w.Put(where.lon), w.Put(where.lat), w.Put(at.edge), w.Put(at.twin), w.Put(at.fraction), w.Put(at.snap_m);
}

bool GetPosition(Reader& r, const WalkGraph& g, geo::LonLat& where, EdgePosition& at) {
  if (!(r.Get(where.lon) && r.Get(where.lat) && r.Get(at.edge) && r.Get(at.twin) && r.Get(at.fraction) &&
        r.Get(at.snap_m))) {
    return false;
  }
  const bool edges_ok = (at.edge == kNoId && at.twin == kNoId) ||
                        (at.edge < g.edge_count() && (at.twin == kNoId || at.twin < g.edge_count()));
  return edges_ok && at.fraction >= 0 && at.fraction <= 1 && std::isfinite(at.snap_m) && at.snap_m >= 0;
}

bool GetPoints(Reader& r, const WalkGraph& g, NetworkPoints& points) {
  std::uint64_t homes = 0, facilities = 0;
  if (!r.Get(homes)) return false;
  for (std::uint64_t i = 0; i < homes; ++i) {
    Home h;
    if (!r.GetText(h.id) || !r.Get(h.weight) || !GetPosition(r, g, h.where, h.at)) return false;
    points.homes.push_back(std::move(h));
  }
  if (!r.Get(facilities)) return false;
  for (std::uint64_t i = 0; i < facilities; ++i) {
    Facility f;
    if (!r.GetText(f.id) || !r.GetText(f.type) || !GetPosition(r, g, f.where, f.at)) return false;
    if (r.version() >= 2 && !r.GetText(f.name)) return false;
    points.facilities.push_back(std::move(f));
  }
  return true;
}

// An analysis's extra facility: its edges are checked against the network it is added to
// (AddSnappedFacilities), since an analysis blob does not hold the graph.
void PutExtraFacility(Writer& w, const Facility& f) {
  w.PutText(f.id), w.PutText(f.type), w.PutText(f.name), PutPosition(w, f.where, f.at);
}

bool GetExtraFacility(Reader& r, Facility& f) {
  EdgePosition& at = f.at;
  return r.GetText(f.id) && r.GetText(f.type) && r.GetText(f.name) && r.Get(f.where.lon) &&
         r.Get(f.where.lat) && r.Get(at.edge) && r.Get(at.twin) && r.Get(at.fraction) && r.Get(at.snap_m) &&
         at.fraction >= 0 && at.fraction <= 1 && std::isfinite(at.snap_m) && at.snap_m >= 0 &&
         (at.edge != kNoId || at.twin == kNoId);
}

void PutSuggestions(Writer& w, const TypeSuggestions& s) {
  w.PutText(s.type), w.Put(s.circle_seconds), w.Put(s.result.population), w.Put(s.result.covered_before);
  w.Put(static_cast<std::uint64_t>(s.result.sites.size()));
  for (const SiteSuggestion& site : s.result.sites) {
    w.Put(site.node), w.Put(site.where.lon), w.Put(site.where.lat), w.Put(site.added_population),
        w.Put(site.covered_population);
  }
}

bool GetSuggestions(Reader& r, TypeSuggestions& s) {
  std::uint64_t sites = 0;
  if (!r.GetText(s.type) || !r.Get(s.circle_seconds) || !r.Get(s.result.population) ||
      !r.Get(s.result.covered_before) || !r.Get(sites) || sites > (1u << 20)) {
    return false;
  }
  s.result.sites.resize(sites);
  for (SiteSuggestion& site : s.result.sites) {
    if (!(r.Get(site.node) && r.Get(site.where.lon) && r.Get(site.where.lat) &&
          r.Get(site.added_population) && r.Get(site.covered_population))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string EncodeNetwork(const WalkNetwork& n) {
  Writer w;
  w.PutMagic(kNetworkMagic);
  w.PutArray(n.graph.coords());
  w.PutArray(n.graph.first_out());
  w.PutArray(n.graph.targets());
  w.PutArray(n.graph.lengths());
  w.Put(static_cast<std::uint64_t>(n.points.homes.size()));
  for (const Home& h : n.points.homes) w.PutText(h.id), w.Put(h.weight), PutPosition(w, h.where, h.at);
  w.Put(static_cast<std::uint64_t>(n.points.facilities.size()));
  for (const Facility& f : n.points.facilities)
    w.PutText(f.id), w.PutText(f.type), PutPosition(w, f.where, f.at), w.PutText(f.name);
  return std::move(w).Take();
}

Result<WalkNetwork> DecodeNetwork(std::string_view bytes) {
  Reader r(bytes);
  std::vector<NodeCoord> coords;
  std::vector<std::uint32_t> first_out;
  std::vector<NodeId> targets;
  std::vector<float> lengths;
  if (!r.GetMagic(kNetworkMagic) || !r.GetArray(coords) || !r.GetArray(first_out) || !r.GetArray(targets) ||
      !r.GetArray(lengths)) {
    return Damaged("network");
  }
  SW_ASSIGN_OR_RETURN(WalkGraph graph, WalkGraph::FromCsr(std::move(coords), std::move(first_out),
                                                          std::move(targets), std::move(lengths)));
  WalkNetwork network{std::move(graph), {}};
  if (!GetPoints(r, network.graph, network.points) || !r.AtEnd()) return Damaged("network");
  return network;
}

std::string EncodeAnalysis(const AnalysisResult& a) {
  Writer w;
  w.PutMagic(kAnalysisMagic);
  w.Put(a.walk_speed_mps);
  w.PutArray(a.circle_seconds);
  w.Put(static_cast<std::uint64_t>(a.types.size()));
  for (const TypeResult& t : a.types) {
    w.PutText(t.type), w.Put(t.facilities), w.PutArray(t.nearest_m), w.PutArray(t.counts);
  }
  w.Put(static_cast<std::uint64_t>(a.suggestions.size()));
  for (const TypeSuggestions& s : a.suggestions) PutSuggestions(w, s);
  w.Put(static_cast<std::uint64_t>(a.extra_facilities.size()));
  for (const Facility& f : a.extra_facilities) PutExtraFacility(w, f);
  return std::move(w).Take();
}

Result<AnalysisResult> DecodeAnalysis(std::string_view bytes) {
  Reader r(bytes);
  AnalysisResult a;
  std::uint64_t types = 0;
  if (!r.GetMagic(kAnalysisMagic) || !r.Get(a.walk_speed_mps) || !r.GetArray(a.circle_seconds) ||
      !r.Get(types) || a.circle_seconds.empty()) {
    return Damaged("analysis");
  }
  for (std::uint64_t i = 0; i < types; ++i) {
    TypeResult t;
    if (!r.GetText(t.type) || !r.Get(t.facilities) || !r.GetArray(t.nearest_m) || !r.GetArray(t.counts)) {
      return Damaged("analysis");
    }
    if (!t.counts.empty() && t.counts.size() != t.nearest_m.size() * a.circle_seconds.size())
      return Damaged("analysis");
    a.types.push_back(std::move(t));
  }
  std::uint64_t suggested = 0;
  if (r.version() >= 2 && (!r.Get(suggested) || suggested > types)) return Damaged("analysis");
  a.suggestions.resize(suggested);
  for (TypeSuggestions& s : a.suggestions) {
    if (!GetSuggestions(r, s)) return Damaged("analysis");
  }
  std::uint64_t extra = 0;
  if (r.version() >= 3 && (!r.Get(extra) || extra > bytes.size())) return Damaged("analysis");
  a.extra_facilities.resize(extra);
  for (Facility& f : a.extra_facilities) {
    if (!GetExtraFacility(r, f)) return Damaged("analysis");
  }
  if (!r.AtEnd()) return Damaged("analysis");
  return a;
}

}  // namespace sanwang::circles
