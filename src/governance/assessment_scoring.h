// Scores units against an assessment scheme (assessment_scheme.h): given each unit's raw
// value of each indicator, the points it earns and why.
//
// Fixed point and the one rounding rule. Raw values are ten-thousandths of the source's
// unit and points hundredths of a point, all int64, so two units with the same values get
// the same points on every machine and equal totals are exactly equal. Each indicator's
// points are computed exactly as a fraction of integers and rounded once, half away from
// zero, to 0.01 point:
//
//   linear      weight × (value − floor) / (target − floor), clamped to 0..weight
//   thresholds  weight × fraction of the hardest step reached
//   rank        max(floor, weight − (place − 1) × step); no rounding needed
//   bonus       min(cap, per occurrence × occurrences)
//   deduction   min(cap, per occurrence × occurrences)
//
// The base score is the sum of the rounded base points (at most 100); the bonus is the sum
// of the bonus items, capped by the scheme's bonus cap, then added; the deduction is the sum
// of the deduction items, capped by the scheme's deduction cap, then subtracted. The total
// is not floored: deductions beyond the base score leave it below zero.
//
// A unit without a value for an indicator ("no data") earns nothing on it and the
// indicator is flagged; under a rank rule it takes no place and the others are placed
// among themselves. Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "governance/assessment_scheme.h"

namespace sanwang::governance {

// One unit's raw values, by indicator code; an indicator without an entry has no data.
struct UnitValues {
  std::string unit_code;
  std::map<std::string, TenThousandths> values;
};

struct IndicatorPoints {
  std::string code;
  std::string name;
  std::optional<TenThousandths> raw;  // none: no data
  Hundredths points = 0;              // earned; for a deduction item, the points taken
  Hundredths max_points = 0;          // the weight, or a bonus or deduction item's cap
  std::optional<int> place;           // under a rank rule, the unit's place
  std::string explanation;            // how the points were earned, Chinese then English

  bool no_data() const { return !raw.has_value(); }
};

struct UnitScore {
  std::string unit_code;
  std::vector<IndicatorPoints> indicators;  // in the scheme's order
  Hundredths base = 0;                      // sum of the base indicators' points
  Hundredths bonus = 0;                     // after the scheme's bonus cap
  Hundredths deduction = 0;                 // after the scheme's deduction cap
  Hundredths total = 0;                     // base + bonus − deduction

  // Some indicator had no data.
  bool incomplete() const;
};

// Scores every unit, in the order given. Refused (InvalidArgument naming the unit and the
// indicator) when the scheme is not valid, a unit code is empty or repeated, a value names
// no indicator of the scheme, a percent lies outside 0..100, a count is negative or a
// value's size exceeds kMaxAbsoluteValue.
Result<std::vector<UnitScore>> ScoreUnits(const AssessmentScheme& scheme,
                                          const std::vector<UnitValues>& units);

// a × b / c rounded half away from zero (c > 0), without overflow in between: the one
// rounding rule of scoring.
std::int64_t MultiplyDivideRounded(std::int64_t a, std::int64_t b, std::int64_t c);

// "18.57", "20", "-3.5": a fixed-point number with the decimals it needs.
std::string FormatFixed(std::int64_t fixed, std::int64_t scale);

}  // namespace sanwang::governance
