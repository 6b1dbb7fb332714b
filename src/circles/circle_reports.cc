#include "circles/circle_reports.h"

#include <cmath>

#include "circles/number_text.h"
#include "core/csv.h"

namespace sanwang::circles {
namespace {

using nlohmann::json;

json PointFeature(geo::LonLat where, json properties) {
  return {{"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {where.lon, where.lat}}}},
          {"properties", std::move(properties)}};
}

json Collection(json features) { return {{"type", "FeatureCollection"}, {"features", std::move(features)}}; }

std::string SecondsText(const AnalysisResult& result, const TypeResult& t, std::size_t h) {
  return std::isfinite(t.nearest_m[h]) ? FixedNumber(result.Seconds(t, h), 3) : "";
}

}  // namespace

std::string NearestCsv(const NetworkPoints& points, const AnalysisResult& result) {
  std::string out = "home_id,type,seconds\n";
  for (std::size_t h = 0; h < points.homes.size(); ++h) {
    for (const TypeResult& t : result.types) {
      out += CsvLine({points.homes[h].id, t.type, SecondsText(result, t, h)});
    }
  }
  return out;
}

std::string CountsCsv(const NetworkPoints& points, const AnalysisResult& result) {
  std::vector<std::string> header = {"home_id", "type"};
  for (int s : result.circle_seconds) header.push_back("within_" + std::to_string(s));
  std::string out = CsvLine(header);
  const std::size_t circles = result.circle_seconds.size();
  for (std::size_t h = 0; h < points.homes.size(); ++h) {
    for (const TypeResult& t : result.types) {
      if (t.counts.empty()) continue;
      std::vector<std::string> row = {points.homes[h].id, t.type};
      for (std::size_t c = 0; c < circles; ++c) row.push_back(std::to_string(t.counts[h * circles + c]));
      out += CsvLine(row);
    }
  }
  return out;
}

std::string CoverageCsv(const std::vector<CoverageRow>& rows) {
  std::string out = "unit_kind,unit_code,unit_name,type,circle_seconds,population,covered,share\n";
  for (const CoverageRow& r : rows) {
    out += CsvLine({r.unit.kind, r.unit.code, r.unit.name, r.type, std::to_string(r.circle_seconds),
                    FixedNumber(r.population, 2), FixedNumber(r.covered, 2), FixedNumber(r.share(), 4)});
  }
  return out;
}

std::string GapsCsv(const NetworkPoints& points, const std::vector<Gap>& gaps) {
  std::string out = "type,home_id,lon,lat,weight,on_network\n";
  for (const Gap& g : gaps) {
    const Home& h = points.homes[g.home];
    out += CsvLine({g.type, h.id, FixedNumber(h.where.lon, 7), FixedNumber(h.where.lat, 7),
                    FixedNumber(h.weight, 2), h.at.on_network() ? "1" : "0"});
  }
  return out;
}

std::string SuggestionsCsv(const SuggestionResult& s) {
  std::string out = "rank,node_id,lon,lat,added_population,covered_population,covered_share\n";
  for (std::size_t i = 0; i < s.sites.size(); ++i) {
    const SiteSuggestion& site = s.sites[i];
    out += CsvLine({std::to_string(i + 1), std::to_string(site.node), FixedNumber(site.where.lon, 7),
                    FixedNumber(site.where.lat, 7), FixedNumber(site.added_population, 2),
                    FixedNumber(site.covered_population, 2),
                    FixedNumber(s.population > 0 ? site.covered_population / s.population : 0, 4)});
  }
  return out;
}

json HomesLayer(const NetworkPoints& points, const AnalysisResult& result) {
  json features = json::array();
  for (std::size_t h = 0; h < points.homes.size(); ++h) {
    const Home& home = points.homes[h];
    json p = {{"id", home.id}, {"weight", home.weight}, {"on_network", home.at.on_network()}};
    for (const TypeResult& t : result.types) {
      p[t.type + "_s"] =
          std::isfinite(t.nearest_m[h]) ? json(std::round(result.Seconds(t, h) * 10) / 10) : json();
    }
    features.push_back(PointFeature(home.where, std::move(p)));
  }
  return Collection(std::move(features));
}

json FacilitiesLayer(const NetworkPoints& points) {
  json features = json::array();
  for (const Facility& f : points.facilities) {
    json p = {{"id", f.id}, {"type", f.type}, {"on_network", f.at.on_network()}};
    if (!f.name.empty()) p["name"] = f.name;
    if (f.at.on_network()) p["snap_m"] = std::round(f.at.snap_m * 10) / 10;
    features.push_back(PointFeature(f.where, std::move(p)));
  }
  return Collection(std::move(features));
}

json GapsLayer(const NetworkPoints& points, const std::vector<Gap>& gaps) {
  json features = json::array();
  for (const Gap& g : gaps) {
    const Home& h = points.homes[g.home];
    features.push_back(PointFeature(h.where, {{"id", h.id}, {"type", g.type}, {"weight", h.weight}}));
  }
  return Collection(std::move(features));
}

json CoverageLayer(const std::vector<CoverageRow>& rows, const UnitGeometry& geometry_of) {
  json features = json::array();
  for (std::size_t i = 0; i < rows.size();) {
    const CoverageUnit& unit = rows[i].unit;
    json p = {
        {"kind", unit.kind}, {"code", unit.code}, {"name", unit.name}, {"population", rows[i].population}};
    for (; i < rows.size() && rows[i].unit.kind == unit.kind && rows[i].unit.code == unit.code; ++i) {
      p[rows[i].type + "_" + std::to_string(rows[i].circle_seconds)] =
          std::round(rows[i].share() * 1e4) / 1e4;
    }
    std::optional<json> geometry = geometry_of ? geometry_of(unit) : std::nullopt;
    if (geometry)
      features.push_back({{"type", "Feature"}, {"geometry", *geometry}, {"properties", std::move(p)}});
  }
  return Collection(std::move(features));
}

json SuggestionsLayer(const SuggestionResult& s, const std::string& type, int circle_seconds) {
  json features = json::array();
  for (std::size_t i = 0; i < s.sites.size(); ++i) {
    const SiteSuggestion& site = s.sites[i];
    features.push_back(
        PointFeature(site.where, {{"rank", i + 1},
                                  {"node_id", site.node},
                                  {"type", type},
                                  {"circle_seconds", circle_seconds},
                                  {"added_population", std::round(site.added_population * 100) / 100}}));
  }
  return Collection(std::move(features));
}

}  // namespace sanwang::circles
