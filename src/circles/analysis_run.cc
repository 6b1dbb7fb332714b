#include "circles/analysis_run.h"

#include <chrono>

#include "circles/input_digest.h"
#include "circles/unit_locator.h"

namespace sanwang::circles {

std::vector<TypeSuggestions> SuggestForEveryType(const WalkNetwork& network, const AnalysisResult& result,
                                                 const CirclesConfig& config) {
  std::vector<TypeSuggestions> out;
  if (config.suggested_sites <= 0) return out;
  SuggestionOptions options{config.suggested_sites, config.LargestCircleSeconds(), config.walk_speed_mps,
                            config.snap_to_largest_component, config.threads};
  for (const TypeResult& t : result.types) {
    out.push_back({t.type, options.circle_seconds, SuggestSites(network, t.nearest_m, options)});
  }
  return out;
}

Result<AnalysisRun> AnalyzeAndStore(store::Database& db, const std::string& district, StoredNetwork& stored,
                                    std::vector<Facility> extra_facilities, const CirclesConfig& config,
                                    const org::OrgDirectory& org, UnixSeconds now,
                                    const ProgressFn& progress) {
  using Clock = std::chrono::steady_clock;
  AnalysisRun run;
  const std::string extra_version = ExtraFacilitiesVersion(extra_facilities);
  if (!extra_facilities.empty()) {
    Report(progress,
           "adding " + std::to_string(extra_facilities.size()) + " facilities of the district's own");
  }
  run.extra = AddExtraFacilities(stored.network, std::move(extra_facilities), config);
  const Clock::time_point start = Clock::now();
  run.result = AnalyzeCircles(stored.network, AnalysisOptionsFrom(config), progress);
  run.result.extra_facilities = run.extra.added;
  const Clock::time_point analysed = Clock::now();
  if (config.suggested_sites > 0) {
    Report(progress, "suggesting " + std::to_string(config.suggested_sites) + " new sites per type");
  }
  run.result.suggestions = SuggestForEveryType(stored.network, run.result, config);
  run.analysis_seconds = std::chrono::duration<double>(analysed - start).count();
  run.suggestion_seconds = std::chrono::duration<double>(Clock::now() - analysed).count();
  run.coverage = ComputeCoverage(stored.network.points.homes, run.result, AreaOf(org), UnitsFromOrg(org));
  run.gaps = FindGaps(stored.network.points.homes, run.result);
  SW_ASSIGN_OR_RETURN(run.analysis_id, SaveAnalysis(db, district, stored.record.id, config, extra_version,
                                                    run.result, run.coverage, now));
  return run;
}

}  // namespace sanwang::circles
