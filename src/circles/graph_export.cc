#include "circles/graph_export.h"

#include "circles/number_text.h"
#include "core/csv.h"

namespace sanwang::circles {
namespace {

void AddPoint(std::string& out, const char* kind, const std::string& id, const std::string& type,
              geo::LonLat where, const EdgePosition& at) {
  const bool on = at.on_network();
  out += CsvLine({kind, id, type, on ? std::to_string(at.edge) : "", on ? ExactNumber(at.fraction) : "",
                  on ? ExactNumber(at.snap_m) : "", ExactNumber(where.lon), ExactNumber(where.lat)});
}

}  // namespace

std::string NodesCsv(const WalkGraph& graph) {
  std::string out = "id,lon,lat\n";
  for (NodeId n = 0; n < graph.node_count(); ++n) {
    const geo::LonLat p = graph.Location(n);
    out += std::to_string(n) + "," + FixedNumber(p.lon, 7) + "," + FixedNumber(p.lat, 7) + "\n";
  }
  return out;
}

std::string EdgesCsv(const WalkGraph& graph) {
  std::string out = "id,source,target,length_m\n";
  for (NodeId u = 0; u < graph.node_count(); ++u) {
    for (EdgeId e = graph.OutBegin(u); e < graph.OutEnd(u); ++e) {
      out += std::to_string(e) + "," + std::to_string(u) + "," + std::to_string(graph.Target(e)) + "," +
             ExactNumber(graph.Length(e)) + "\n";
    }
  }
  return out;
}

std::string PointsCsv(const NetworkPoints& points) {
  std::string out = "kind,id,type,edge_id,fraction,snap_m,lon,lat\n";
  for (const Home& h : points.homes) AddPoint(out, "home", h.id, "", h.where, h.at);
  for (const Facility& f : points.facilities) AddPoint(out, "facility", f.id, f.type, f.where, f.at);
  return out;
}

std::string ParamsCsv(const CirclesConfig& config) {
  std::string out = "walk_speed_mps,circle_seconds\n";
  for (int s : config.circle_seconds)
    out += ExactNumber(config.walk_speed_mps) + "," + std::to_string(s) + "\n";
  return out;
}

}  // namespace sanwang::circles
