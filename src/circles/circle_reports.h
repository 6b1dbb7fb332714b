// The files of `sanwang circles analyze --out DIR` and `circles suggest --out DIR`, as text
// (the CLI writes them):
//
//   nearest.csv        home_id,type,seconds  (empty beyond the largest circle; docs/architecture.md §11)
//   counts.csv         home_id,type,within_<S>… facilities of the type within each circle
//   coverage.csv       unit_kind,unit_code,unit_name,type,circle_seconds,population,covered,share
//   gaps.csv           type,home_id,lon,lat,weight,on_network  (beyond the largest circle)
//   suggestions.csv    rank,node_id,lon,lat,added_population,covered_population,covered_share
//   *.geojson          map layers: homes (seconds per type), facilities (id, type, name,
//                      snap; a venue of the support net as "venue:<id>"), gaps, coverage per
//                      unit (where the unit has a boundary), suggested sites
//
// Seconds have 3 decimals (a millimetre of walking), people 2. Pure functions.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "circles/circle_analysis.h"
#include "circles/coverage.h"
#include "circles/site_suggestion.h"

namespace sanwang::circles {

std::string NearestCsv(const NetworkPoints& points, const AnalysisResult& result);
std::string CountsCsv(const NetworkPoints& points, const AnalysisResult& result);
std::string CoverageCsv(const std::vector<CoverageRow>& rows);
std::string GapsCsv(const NetworkPoints& points, const std::vector<Gap>& gaps);
std::string SuggestionsCsv(const SuggestionResult& suggestion);

nlohmann::json HomesLayer(const NetworkPoints& points, const AnalysisResult& result);
nlohmann::json FacilitiesLayer(const NetworkPoints& points);
nlohmann::json GapsLayer(const NetworkPoints& points, const std::vector<Gap>& gaps);
// The GeoJSON geometry of a unit (kind, code), when it has one.
using UnitGeometry = std::function<std::optional<nlohmann::json>(const CoverageUnit& unit)>;
// One feature per unit with a geometry; properties kind, code, name, population and
// "<type>_<seconds>" shares.
nlohmann::json CoverageLayer(const std::vector<CoverageRow>& rows, const UnitGeometry& geometry_of);
nlohmann::json SuggestionsLayer(const SuggestionResult& suggestion, const std::string& type,
                                int circle_seconds);

}  // namespace sanwang::circles
