#include "governance/assessment_ranking.h"

#include <algorithm>
#include <map>

namespace sanwang::governance {
namespace {

Movement MovementFrom(int previous_rank, int rank) {
  if (previous_rank > rank) return {MovementKind::kUp, previous_rank - rank};
  if (previous_rank < rank) return {MovementKind::kDown, rank - previous_rank};
  return {MovementKind::kSame, 0};
}

// Competition ranks over units already ordered by total: a unit equal to the one before
// takes its rank, any other unit its own position.
void AssignRanks(std::vector<RankedUnit>& units) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    bool shares = i > 0 && units[i].total == units[i - 1].total;
    units[i].rank = shares ? units[i - 1].rank : static_cast<int>(i) + 1;
    if (shares) units[i].tied = units[i - 1].tied = true;
  }
}

}  // namespace

std::vector<RankedUnit> RankUnits(const std::vector<UnitScore>& scores,
                                  const std::vector<RankedUnit>& previous) {
  std::vector<RankedUnit> ranked;
  ranked.reserve(scores.size());
  for (const UnitScore& s : scores) {
    RankedUnit r;
    r.unit_code = s.unit_code;
    r.total = s.total;
    r.incomplete = s.incomplete();
    ranked.push_back(std::move(r));
  }
  std::sort(ranked.begin(), ranked.end(), [](const RankedUnit& a, const RankedUnit& b) {
    if (a.total != b.total) return a.total > b.total;
    return a.unit_code < b.unit_code;
  });
  AssignRanks(ranked);
  std::map<std::string, int> before;
  for (const RankedUnit& p : previous) before[p.unit_code] = p.rank;
  for (RankedUnit& r : ranked) {
    auto it = before.find(r.unit_code);
    if (it != before.end()) r.movement = MovementFrom(it->second, r.rank);
  }
  return ranked;
}

std::string MovementText(const Movement& movement) {
  const std::string n = std::to_string(movement.places);
  switch (movement.kind) {
    case MovementKind::kUp:
      return "上升 " + n + " 位 up " + n;
    case MovementKind::kDown:
      return "下降 " + n + " 位 down " + n;
    case MovementKind::kSame:
      return "持平 same";
    case MovementKind::kNewEntry:
      break;
  }
  return "新上榜 new entry";
}

}  // namespace sanwang::governance
