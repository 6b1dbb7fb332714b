#include "circles/site_suggestion.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <queue>

#include "circles/bounded_search.h"
#include "circles/home_index.h"
#include "circles/parallel_jobs.h"

namespace sanwang::circles {
namespace {

// People in whole micro-people, so that gains add and subtract exactly.
using Gain = std::int64_t;
Gain Quantize(double people) { return std::llround(people * 1e6); }

// Homes per job of the first pass.
constexpr std::uint32_t kHomesPerJob = 4096;

struct HeapEntry {
  Gain gain;
  NodeId node;
  bool operator<(const HeapEntry& o) const { return gain < o.gain || (gain == o.gain && node > o.node); }
};

class Greedy {
 public:
  Greedy(const WalkNetwork& network, const std::vector<double>& nearest_m, const SuggestionOptions& options)
      : graph_(network.graph),
        homes_(network.graph, network.points.homes),
        points_(network.points.homes),
        options_(options),
        bound_m_(SearchBoundMeters(options.circle_seconds, options.walk_speed_mps)),
        forward_(graph_.node_count()),
        backward_(graph_.node_count()),
        covered_(points_.size(), 0) {
    for (std::uint32_t h = 0; h < points_.size(); ++h) {
      result_.population += points_[h].weight;
      if (WithinSeconds(nearest_m[h], options.walk_speed_mps, options.circle_seconds)) {
        covered_[h] = 1;
        result_.covered_before += points_[h].weight;
      }
    }
    covered_now_ = result_.covered_before;
  }

  SuggestionResult Run() && {
    gain_ = InitialGains();
    for (NodeId c = 0; c < graph_.node_count(); ++c) {
      if (gain_[c] > 0) heap_.push({gain_[c], c});
    }
    for (int round = 0; round < options_.sites; ++round) {
      const NodeId site = NextBest();
      if (site == kNoId) break;
      Take(site);
    }
    return std::move(result_);
  }

 private:
  bool Winnable(std::uint32_t h) const {
    return !covered_[h] && points_[h].weight > 0 && homes_.anchor(h).on_network();
  }
  bool Candidate(NodeId c) const { return !options_.largest_component_only || graph_.InLargestComponent(c); }

  // Every candidate's gain: the people of the winnable homes that reach it. The homes are
  // shared out in fixed blocks; each worker sums into its own array.
  std::vector<Gain> InitialGains() {
    const std::size_t jobs = (points_.size() + kHomesPerJob - 1) / kHomesPerJob;
    const int threads = ThreadsFor(options_.threads, jobs);
    std::vector<std::vector<Gain>> partial(static_cast<std::size_t>(threads),
                                           std::vector<Gain>(graph_.node_count(), 0));
    std::vector<std::unique_ptr<BoundedSearch>> searches(static_cast<std::size_t>(threads));
    RunJobs(jobs, threads, [&](std::size_t job, int worker) {
      auto& search = searches[static_cast<std::size_t>(worker)];
      if (!search) search = std::make_unique<BoundedSearch>(graph_.node_count());
      std::vector<Gain>& gains = partial[static_cast<std::size_t>(worker)];
      const auto last = static_cast<std::uint32_t>(std::min(points_.size(), (job + 1) * kHomesPerJob));
      for (auto h = static_cast<std::uint32_t>(job * kHomesPerJob); h < last; ++h) {
        if (!Winnable(h)) continue;
        const Gain people = Quantize(points_[h].weight);
        ForEachCandidate(h, *search, [&](NodeId c) { gains[c] += people; });
      }
    });
    for (std::size_t w = 1; w < partial.size(); ++w) {
      for (NodeId c = 0; c < graph_.node_count(); ++c) partial[0][c] += partial[w][c];
    }
    return std::move(partial[0]);
  }

  // Calls f(c) for every candidate node home h can walk to within the circle.
  template <typename F>
  void ForEachCandidate(std::uint32_t h, BoundedSearch& search, F f) const {
    const Anchor& a = homes_.anchor(h);
    search.Clear();
    search.Seed(a.target, a.ToTarget());
    if (a.two_way) search.Seed(a.source, a.ToSource());
    search.Run(graph_, SearchDirection::kForward, bound_m_);
    for (NodeId c : search.Reached()) {
      if (Candidate(c) && WithinSeconds(search.Distance(c), options_.walk_speed_mps, options_.circle_seconds))
        f(c);
    }
  }

  NodeId NextBest() {
    while (!heap_.empty()) {
      HeapEntry top = heap_.top();
      heap_.pop();
      if (top.gain == gain_[top.node]) return top.node;
      if (gain_[top.node] > 0) heap_.push({gain_[top.node], top.node});  // stale: gains only fall
    }
    return kNoId;
  }

  void Take(NodeId site) {
    double added = 0;
    std::vector<NodeId> reached;
    for (std::uint32_t h : HomesNear(site)) {
      reached.clear();
      ForEachCandidate(h, forward_, [&](NodeId c) { reached.push_back(c); });
      if (std::find(reached.begin(), reached.end(), site) == reached.end()) continue;
      covered_[h] = 1;
      added += points_[h].weight;
      const Gain people = Quantize(points_[h].weight);
      for (NodeId c : reached) gain_[c] -= people;
    }
    gain_[site] = 0;
    covered_now_ += added;
    result_.sites.push_back({site, graph_.Location(site), added, covered_now_});
  }

  // Winnable homes whose walk to `site` may be within the circle (a superset: the
  // forward search decides).
  std::vector<std::uint32_t> HomesNear(NodeId site) {
    backward_.Clear();
    backward_.Seed(site, 0);
    backward_.Run(graph_, SearchDirection::kBackward, bound_m_ + 1e-6);
    std::vector<std::uint32_t> near;
    for (NodeId n : backward_.Reached()) {
      for (const HomeExit& exit : homes_.ExitsAt(n)) {
        if (Winnable(exit.home)) near.push_back(exit.home);
      }
    }
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    return near;
  }

  const WalkGraph& graph_;
  HomeIndex homes_;
  const std::vector<Home>& points_;
  const SuggestionOptions& options_;
  double bound_m_;
  BoundedSearch forward_;
  BoundedSearch backward_;
  std::vector<Gain> gain_;
  std::vector<std::uint8_t> covered_;
  std::priority_queue<HeapEntry> heap_;
  SuggestionResult result_;
  double covered_now_ = 0;
};

}  // namespace

SuggestionResult SuggestSites(const WalkNetwork& network, const std::vector<double>& nearest_m,
                              const SuggestionOptions& options) {
  return Greedy(network, nearest_m, options).Run();
}

}  // namespace sanwang::circles
