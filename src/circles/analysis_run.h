// One full `circles analyze` run on the district's stored network: nearest facilities and
// counts per type, the suggested new sites per type, coverage per unit of the org net and
// the gap list, stored keyed by the network and the analysis parameters. The CLI's
// `circles analyze` and `sanwang demo` both run it, so that the API serves the same
// results whichever produced them.
//
// Same thread-safety as the Database it is given (one thread at a time).
#pragma once

#include <string>
#include <vector>

#include "circles/coverage.h"
#include "circles/network_store.h"
#include "org/org_directory.h"

namespace sanwang::circles {

struct AnalysisRun {
  AnalysisResult result;
  std::vector<CoverageRow> coverage;
  std::vector<Gap> gaps;
  store::Id analysis_id = 0;
  double analysis_seconds = 0;    // wall time of the nearest facilities and counts
  double suggestion_seconds = 0;  // wall time of the suggested sites
};

// For every type in `result`, config.suggested_sites new sites within the largest circle
// (none when that is 0).
std::vector<TypeSuggestions> SuggestForEveryType(const WalkNetwork& network, const AnalysisResult& result,
                                                 const CirclesConfig& config);

Result<AnalysisRun> AnalyzeAndStore(store::Database& db, const std::string& district,
                                    const StoredNetwork& stored, const CirclesConfig& config,
                                    const org::OrgDirectory& org, UnixSeconds now,
                                    const ProgressFn& progress = {});

}  // namespace sanwang::circles
