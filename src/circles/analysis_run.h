// One full `circles analyze` run on the district's stored network: nearest facilities and
// counts per type, the suggested new sites per type, coverage per unit of the org net and
// the gap list, stored keyed by the network, the analysis parameters and the extra
// facilities counted (the district's own register, extra_facilities.h). The CLI's
// `circles analyze` and `sanwang demo` both run it, so that the API serves the same
// results whichever produced them.
//
// Same thread-safety as the Database it is given (one thread at a time).
#pragma once

#include <string>
#include <vector>

#include "circles/coverage.h"
#include "circles/extra_facilities.h"
#include "circles/network_store.h"
#include "org/org_directory.h"

namespace sanwang::circles {

struct AnalysisRun {
  AnalysisResult result;
  std::vector<CoverageRow> coverage;
  std::vector<Gap> gaps;
  ExtraFacilitiesAdded extra;  // what became of the extra facilities
  store::Id analysis_id = 0;
  double analysis_seconds = 0;    // wall time of the nearest facilities and counts
  double suggestion_seconds = 0;  // wall time of the suggested sites
};

// For every type in `result`, config.suggested_sites new sites within the largest circle
// (none when that is 0).
std::vector<TypeSuggestions> SuggestForEveryType(const WalkNetwork& network, const AnalysisResult& result,
                                                 const CirclesConfig& config);

// `extra_facilities` (not yet snapped) are added to `stored.network` first, so that the
// files written from it afterwards list them too; their version keys the stored analysis.
Result<AnalysisRun> AnalyzeAndStore(store::Database& db, const std::string& district, StoredNetwork& stored,
                                    std::vector<Facility> extra_facilities, const CirclesConfig& config,
                                    const org::OrgDirectory& org, UnixSeconds now,
                                    const ProgressFn& progress = {});

}  // namespace sanwang::circles
