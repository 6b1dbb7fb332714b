// The circles analysis (`sanwang circles analyze`, docs/architecture.md §5): for every facility type
// and every home, the walking distance to the nearest facility of the type and how many
// of its facilities lie within each circle (5, 10, 15 minutes by default).
//
// Per type: one bounded multi-source search for the nearest (nearest_search.h) and one
// small bounded search per facility for the counts (facility_counts.h). A home's walk is
// its snap walk, the network distance and the facility's snap walk. Types are independent
// jobs spread over the cores (parallel_jobs.h), the types with most facilities first.
//
// The network is only read; the result is a plain value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "circles/circles_config.h"
#include "circles/progress.h"
#include "circles/site_suggestion.h"
#include "circles/walk_network.h"
#include "circles/walk_time.h"

namespace sanwang::circles {

struct AnalysisOptions {
  double walk_speed_mps = 1.2;
  std::vector<int> circle_seconds = {300, 600, 900};  // increasing
  int threads = 0;                                    // 0: one per core
  bool count_facilities = true;                       // false: the nearest only
  std::vector<std::string> types;                     // empty: every type with facilities
};

AnalysisOptions AnalysisOptionsFrom(const CirclesConfig& config);

struct TypeResult {
  std::string type;
  std::uint32_t facilities = 0;       // of the type, on the network
  std::vector<double> nearest_m;      // per home; kUnreached beyond the largest circle
  std::vector<std::uint32_t> counts;  // per home and circle: [home * circles + c]; empty
                                      // when not counted
  // Wall-clock time of this type's nearest search (with each home's walk read off it) and
  // of its counts, on the worker thread that ran them. Not stored with the analysis.
  double nearest_seconds = 0;
  double counts_seconds = 0;
};

// The sites suggested for one type (site_suggestion.h), kept with the analysis so that
// the API serves them without recomputing.
struct TypeSuggestions {
  std::string type;
  int circle_seconds = 0;
  SuggestionResult result;
};

struct AnalysisResult {
  double walk_speed_mps = 1.2;
  std::vector<int> circle_seconds;
  std::vector<TypeResult> types;             // by type name
  std::vector<TypeSuggestions> suggestions;  // by type name; empty unless asked for
  // Wall-clock time spent preparing the searches before any type (the home index, the
  // reduced graph of search_graph.h, the walk from the nearest home). Not stored.
  double prepare_seconds = 0;
  // The facilities counted that are not the network's own (extra_facilities.h), snapped;
  // kept with the analysis so that a server adds them to the network it serves. Set by
  // whoever added them (analysis_run.h), not by AnalyzeCircles.
  std::vector<Facility> extra_facilities = {};

  const TypeResult* Find(const std::string& type) const;
  const TypeSuggestions* FindSuggestions(const std::string& type) const;
  // Seconds to the nearest facility, kUnreached beyond the largest circle.
  double Seconds(const TypeResult& t, std::size_t home) const { return t.nearest_m[home] / walk_speed_mps; }
  bool Within(const TypeResult& t, std::size_t home, std::size_t circle) const {
    return WithinSeconds(t.nearest_m[home], walk_speed_mps, circle_seconds[circle]);
  }
};

// The facility types present among the network's points, sorted.
std::vector<std::string> FacilityTypes(const NetworkPoints& points);

AnalysisResult AnalyzeCircles(const WalkNetwork& network, const AnalysisOptions& options,
                              const ProgressFn& progress = {});

}  // namespace sanwang::circles
