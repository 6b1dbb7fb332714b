// The ranking of an assessment's units (考评排名) from their scores (assessment_scoring.h),
// and how each moved against the previous period's ranking.
//
// The tie rule. Units are ordered by total, highest first. Totals are exact fixed-point
// integers, so units whose totals are equal to the hundredth are tied: they share a rank
// and the next rank skips as many places as were shared (standard competition ranking:
// 1, 2, 2, 4). No indicator breaks a tie — the scheme's weights already say what counts,
// and a hidden tie-breaker would rank units the published scores cannot tell apart. Tied
// units are listed by unit code (byte order, ascending), so the order is stable and the
// same on every run.
//
// Movement compares rank numbers: from 4th to 2nd is up 2, from 2nd to a shared 2nd is the
// same; a unit absent from the previous ranking is a new entry. A unit's flag for missing
// data comes along so a published ranking can mark it. Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "governance/assessment_scoring.h"

namespace sanwang::governance {

enum class MovementKind { kNewEntry, kUp, kDown, kSame };

struct Movement {
  MovementKind kind = MovementKind::kNewEntry;
  int places = 0;  // how far up or down; 0 for the same place and for a new entry
};

struct RankedUnit {
  int rank = 0;  // 1 is first; tied units share it
  std::string unit_code;
  Hundredths total = 0;
  bool tied = false;        // another unit shares the rank
  bool incomplete = false;  // some indicator had no data
  Movement movement;
};

// Ranks the scores (the tie rule above) and compares each rank with the unit's rank in
// `previous` (empty for the first period).
std::vector<RankedUnit> RankUnits(const std::vector<UnitScore>& scores,
                                  const std::vector<RankedUnit>& previous = {});

// "上升 2 位 up 2", "下降 1 位 down 1", "持平 same", "新上榜 new entry".
std::string MovementText(const Movement& movement);

}  // namespace sanwang::governance
