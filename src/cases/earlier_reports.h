// Earlier reports of the same matter, looked for when a case is filed. Two related
// notions share one look-up of the open cases of the new case's item:
//
// - a repeat report (重复诉求, an indicator): within the workflow's repeat_radius_m and
//   repeat_window_days of an open case of the same item, whatever the text; it points at
//   the first report of the chain;
// - a possible duplicate (疑似重复, for staff to merge): within the tighter
//   duplicate_radius_m and duplicate_window_days, with texts (title and description) at
//   least duplicate_min_similarity alike (classify::BigramSimilarity). The most similar
//   such case wins; ties go to the nearer, then the older one.
//
// Cases without an item or without a location have neither. Pure functions.
#pragma once

#include <optional>
#include <vector>

#include "cases/workflow.h"
#include "store/case_repository.h"
#include "store/records.h"

namespace sanwang::cases {

struct PossibleDuplicate {
  store::Id id = 0;
  double distance_m = 0;
  double similarity = 0;
};

struct EarlierReports {
  std::optional<store::Id> repeat_of;
  std::optional<PossibleDuplicate> duplicate;
};

// How far back to look for a case filed at `filed_at`: the longer of the two windows.
UnixSeconds EarlierReportsSince(const Workflow& workflow, UnixSeconds filed_at);

// Where to look around c's location: a box holding both radii.
store::CoordinateBox EarlierReportsArea(const Workflow& workflow, const store::CaseRecord& c);

// `open_same_item`: the open cases of c's item filed since EarlierReportsSince, by id.
EarlierReports FindEarlierReports(const Workflow& workflow, const store::CaseRecord& c,
                                  const std::vector<store::CaseRecord>& open_same_item);

}  // namespace sanwang::cases
