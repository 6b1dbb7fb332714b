#include "circles/coverage.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace sanwang::circles {
namespace {

int KindRank(const std::string& kind) {
  if (kind == "area") return 0;
  if (kind == "street") return 1;
  if (kind == "community") return 2;
  if (kind == "grid") return 3;
  return 4;
}

struct UnitKey {
  int rank;
  std::string kind;
  std::string code;
  auto operator<=>(const UnitKey&) const = default;
};

struct UnitTotals {
  std::string name;
  double population = 0;
  std::vector<double> covered;  // [type * circles + circle]
};

class Tally {
 public:
  explicit Tally(const AnalysisResult& result) : result_(result) {}

  void Add(const CoverageUnit& unit, const Home& home, std::uint32_t h) {
    UnitTotals& totals = units_[{KindRank(unit.kind), unit.kind, unit.code}];
    const std::size_t circles = result_.circle_seconds.size();
    if (totals.covered.empty())
      totals = {unit.name, 0, std::vector<double>(result_.types.size() * circles, 0)};
    totals.population += home.weight;
    for (std::size_t t = 0; t < result_.types.size(); ++t) {
      for (std::size_t c = 0; c < circles; ++c) {
        if (result_.Within(result_.types[t], h, c)) totals.covered[t * circles + c] += home.weight;
      }
    }
  }

  std::vector<CoverageRow> Rows() const {
    std::vector<CoverageRow> rows;
    const std::size_t circles = result_.circle_seconds.size();
    for (const auto& [key, totals] : units_) {
      for (std::size_t t = 0; t < result_.types.size(); ++t) {
        for (std::size_t c = 0; c < circles; ++c) {
          rows.push_back({{key.kind, key.code, totals.name},
                          result_.types[t].type,
                          result_.circle_seconds[c],
                          totals.population,
                          totals.covered[t * circles + c]});
        }
      }
    }
    return rows;
  }

 private:
  const AnalysisResult& result_;
  std::map<UnitKey, UnitTotals> units_;
};

}  // namespace

std::vector<CoverageRow> ComputeCoverage(const std::vector<Home>& homes, const AnalysisResult& result,
                                         const CoverageUnit& area, const UnitsOf& units_of) {
  Tally tally(result);
  for (std::uint32_t h = 0; h < homes.size(); ++h) {
    tally.Add(area, homes[h], h);
    if (!units_of) continue;
    for (const CoverageUnit& unit : units_of(homes[h].where)) tally.Add(unit, homes[h], h);
  }
  return tally.Rows();
}

std::vector<Gap> FindGaps(const std::vector<Home>& homes, const AnalysisResult& result) {
  std::vector<Gap> gaps;
  const std::size_t largest = result.circle_seconds.size() - 1;
  for (const TypeResult& t : result.types) {
    std::vector<std::uint32_t> beyond;
    for (std::uint32_t h = 0; h < homes.size(); ++h) {
      if (homes[h].weight > 0 && !result.Within(t, h, largest)) beyond.push_back(h);
    }
    std::sort(beyond.begin(), beyond.end(), [&homes](std::uint32_t a, std::uint32_t b) {
      return std::tie(homes[b].weight, homes[a].id) < std::tie(homes[a].weight, homes[b].id);
    });
    for (std::uint32_t h : beyond) gaps.push_back({t.type, h});
  }
  return gaps;
}

}  // namespace sanwang::circles
