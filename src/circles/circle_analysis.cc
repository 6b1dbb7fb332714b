#include "circles/circle_analysis.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

#include "circles/facility_counts.h"
#include "circles/home_index.h"
#include "circles/nearest_search.h"
#include "circles/parallel_jobs.h"
#include "circles/search_graph.h"
#include "core/mutex.h"

namespace sanwang::circles {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<Anchor> AnchorsOfType(const WalkNetwork& network, const std::string& type) {
  std::vector<Anchor> anchors;
  for (const Facility& f : network.points.facilities) {
    if (f.type == type && f.at.on_network()) anchors.push_back(AnchorOf(network.graph, f.at));
  }
  return anchors;
}

// What one worker thread reuses from job to job.
struct Workspace {
  explicit Workspace(const WalkGraph& graph) : search(graph.node_count()), counter(graph.node_count()) {}
  BoundedSearch search;
  FacilityCounter counter;
};

class Analysis {
 public:
  Analysis(const WalkNetwork& network, const AnalysisOptions& options, const ProgressFn& progress)
      : network_(network),
        options_(options),
        progress_(progress),
        homes_(network.graph, network.points.homes),
        bound_m_(SearchBoundMeters(options.circle_seconds.back(), options.walk_speed_mps)) {
    search_graph_ = ReduceForSearch(network.graph, Pinned(), bound_m_);
    BoundedSearch search(network.graph.node_count());
    from_homes_ = WalkFromNearestHome(SearchGraph(), homes_, bound_m_, search);
  }

  AnalysisResult Run() {
    AnalysisResult result{options_.walk_speed_mps, options_.circle_seconds, {}, {}, 0};
    const std::vector<std::string> types =
        options_.types.empty() ? FacilityTypes(network_.points) : options_.types;
    std::vector<std::vector<Anchor>> anchors;
    anchors.reserve(types.size());
    for (const std::string& type : types) anchors.push_back(AnchorsOfType(network_, type));
    result.types.resize(types.size());
    const int threads = ThreadsFor(options_.threads, types.size());
    std::vector<std::unique_ptr<Workspace>> workspaces(static_cast<std::size_t>(threads));
    const std::vector<std::size_t> order = LargestFirst(anchors);
    RunJobs(types.size(), threads, [&](std::size_t job, int worker) {
      const std::size_t t = order[job];
      auto& space = workspaces[static_cast<std::size_t>(worker)];
      if (!space) space = std::make_unique<Workspace>(network_.graph);
      result.types[t] = AnalyzeType(types[t], anchors[t], *space);
    });
    std::sort(result.types.begin(), result.types.end(),
              [](const TypeResult& a, const TypeResult& b) { return a.type < b.type; });
    return result;
  }

 private:
  // The ends of every stretch that carries a home or a facility: where the searches'
  // distances are read (search_graph.h).
  std::vector<std::uint8_t> Pinned() const {
    std::vector<std::uint8_t> pinned(network_.graph.node_count(), 0);
    for (std::uint32_t h = 0; h < homes_.size(); ++h) {
      const Anchor& a = homes_.anchor(h);
      if (a.on_network()) pinned[a.source] = pinned[a.target] = 1;
    }
    for (const Facility& f : network_.points.facilities) {
      if (!f.at.on_network()) continue;
      const Anchor a = AnchorOf(network_.graph, f.at);
      pinned[a.source] = pinned[a.target] = 1;
    }
    return pinned;
  }

  const WalkGraph& SearchGraph() const { return search_graph_ ? *search_graph_ : network_.graph; }

  static std::vector<std::size_t> LargestFirst(const std::vector<std::vector<Anchor>>& anchors) {
    std::vector<std::size_t> order(anchors.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return anchors[a].size() > anchors[b].size(); });
    return order;
  }

  // With counts, the counts' searches give every home's walk to each facility within the
  // bound, and the nearest is the least of them: no search of its own. Without, one
  // multi-source search (nearest_search.h).
  TypeResult AnalyzeType(const std::string& type, const std::vector<Anchor>& anchors, Workspace& space) {
    TypeResult r{type, static_cast<std::uint32_t>(anchors.size()), {}, {}};
    const Clock::time_point start = Clock::now();
    if (options_.count_facilities) {
      r.nearest_m.assign(homes_.size(), kUnreached);
      r.counts.assign(homes_.size() * options_.circle_seconds.size(), 0);
      for (const Anchor& f : anchors) {
        space.counter.Count(SearchGraph(), homes_, f, options_.walk_speed_mps, options_.circle_seconds,
                            from_homes_, r.counts, r.nearest_m);
      }
    } else {
      r.nearest_m =
          NearestFacilityMeters(SearchGraph(), homes_, anchors, bound_m_, from_homes_, space.search);
    }
    for (std::size_t h = 0; h < r.nearest_m.size(); ++h) {
      if (!WithinSeconds(r.nearest_m[h], options_.walk_speed_mps, options_.circle_seconds.back())) {
        r.nearest_m[h] = kUnreached;
      }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    (options_.count_facilities ? r.counts_seconds : r.nearest_seconds) = seconds;
    Done(type, anchors.size());
    return r;
  }

  void Done(const std::string& type, std::size_t facilities) {
    MutexLock lock(progress_mutex_);
    Report(progress_, "analysed " + type + " (" + std::to_string(facilities) + " facilities)");
  }

  const WalkNetwork& network_;
  const AnalysisOptions& options_;
  const ProgressFn& progress_;
  HomeIndex homes_;
  double bound_m_;
  std::optional<WalkGraph> search_graph_;  // the reduced graph, when it is worth it
  std::vector<double> from_homes_;         // per node, the walk from the nearest home (nearest_search.h)
  Mutex progress_mutex_;                   // one progress line at a time
};

}  // namespace

AnalysisOptions AnalysisOptionsFrom(const CirclesConfig& config) {
  AnalysisOptions o;
  o.walk_speed_mps = config.walk_speed_mps;
  o.circle_seconds = config.circle_seconds;
  o.threads = config.threads;
  return o;
}

const TypeResult* AnalysisResult::Find(const std::string& type) const {
  for (const TypeResult& t : types) {
    if (t.type == type) return &t;
  }
  return nullptr;
}

const TypeSuggestions* AnalysisResult::FindSuggestions(const std::string& type) const {
  for (const TypeSuggestions& s : suggestions) {
    if (s.type == type) return &s;
  }
  return nullptr;
}

std::vector<std::string> FacilityTypes(const NetworkPoints& points) {
  std::set<std::string> types;
  for (const Facility& f : points.facilities) types.insert(f.type);
  return {types.begin(), types.end()};
}

AnalysisResult AnalyzeCircles(const WalkNetwork& network, const AnalysisOptions& options,
                              const ProgressFn& progress) {
  const Clock::time_point start = Clock::now();
  Analysis analysis(network, options, progress);
  const double prepare_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  AnalysisResult result = analysis.Run();
  result.prepare_seconds = prepare_seconds;
  return result;
}

}  // namespace sanwang::circles
