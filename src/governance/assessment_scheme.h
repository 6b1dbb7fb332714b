// An assessment scheme (考评方案): how the district scores its streets, communities, grids or
// departments over a month, a quarter or a year (目标考评). A scheme is a list of indicators,
// each with a source (where its raw value comes from), a weight in points and a rule that
// turns the raw value into points:
//
//   linear      full weight at or beyond the target, nothing at or beyond the floor, in
//               proportion between; the floor lies above the target for an indicator where
//               lower is better (the overdue share)
//   thresholds  steps listed from the easiest to the hardest, each "a value at least (or, where
//               lower is better, at most) the bound earns this fraction of the weight"; the
//               hardest step reached counts, below every step nothing
//   rank        the unit's place among the units with a value (ties share the better place):
//               first place earns the full weight, each place below loses `step` points, never
//               below `floor` points
//   bonus       加分: points per occurrence up to a cap, outside the 100 points
//   deduction   扣分: points per occurrence up to a cap, outside the 100 points
//
// The weights of the base indicators (all but bonus and deduction items) sum to exactly 100;
// bonus and deduction items carry no weight. Scoring is exact integer arithmetic (see
// assessment_scoring.h), so points are kept in hundredths of a point and raw values and rule
// parameters in ten-thousandths of the source's unit (SourceUnit).
//
// The values are computed elsewhere (from the cases and the task ledger); a scheme only says
// how to score them. Schemes are stored as JSON (SchemeToJson / ParseScheme) so they can be
// versioned. Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/status.h"

namespace sanwang::governance {

// Points in hundredths of a point: 18.57 points is 1857.
using Hundredths = std::int64_t;
inline constexpr Hundredths kPointScale = 100;
// Raw values and the rule parameters compared with them, in ten-thousandths of the
// source's unit: 92.5% is 925000, three occurrences are 30000. Fractions of a weight are
// ten-thousandths too: 0.75 is 7500.
using TenThousandths = std::int64_t;
inline constexpr TenThousandths kValueScale = 10000;
// The largest raw value or rule parameter a scheme or a unit may state, in the source's unit.
inline constexpr std::int64_t kMaxAbsoluteValue = 1'000'000'000;

enum class PeriodKind { kMonth, kQuarter, kYear };

enum class IndicatorSource {
  kCasesOnTimeAcceptance,    // share of accepted cases signed for in time, %
  kCasesOnTimeResolution,    // share of resolved cases resolved in time, %
  kCasesSatisfaction,        // share of rated cases rated satisfied, %
  kCasesRepeatReports,       // reports repeating an open case, a count
  kCasesOverdueShare,        // share of cases that ran past their deadline, %
  kLedgerMilestonesOnTime,   // share of the unit's milestones due in the period accepted on time, %
  kInformationSubmitted,     // information items submitted (信息报送), a count
  kInformationAdopted,       // information items adopted (采用), a count
  kInformationAdoptionRate,  // adopted / submitted, %
  kManual,                   // entered by the supervision office, a plain number
};

// What a source's raw value is measured in: a percent is 0..100, a count is not negative,
// a manual number is any number.
enum class SourceUnit { kPercent, kCount, kNumber };
SourceUnit UnitOf(IndicatorSource source);

struct LinearRule {
  TenThousandths floor = 0;   // nothing at or beyond this value
  TenThousandths target = 0;  // the full weight at or beyond this value
  bool lower_is_better() const { return floor > target; }
};

struct ThresholdStep {
  TenThousandths bound = 0;     // at least this value (at most, where lower is better)
  TenThousandths fraction = 0;  // of the weight, 0..kValueScale
};

struct ThresholdsRule {
  bool lower_is_better = false;
  std::vector<ThresholdStep> steps;  // from the easiest to the hardest
};

struct RankRule {
  bool lower_is_better = false;  // the lowest raw value takes first place
  Hundredths step = 0;           // lost per place below the first
  Hundredths floor = 0;          // the least a unit with a value earns
};

struct BonusRule {
  Hundredths per_occurrence = 0;
  Hundredths cap = 0;
};

struct DeductionRule {
  Hundredths per_occurrence = 0;
  Hundredths cap = 0;
};

using ScoringRule = std::variant<LinearRule, ThresholdsRule, RankRule, BonusRule, DeductionRule>;

struct Indicator {
  std::string code;  // unique in the scheme, e.g. "Q1"
  std::string name;  // 按时受理率
  IndicatorSource source = IndicatorSource::kManual;
  Hundredths weight = 0;  // base indicators only; 0 for bonus and deduction items
  ScoringRule rule;

  // Counted within the 100 points (not a bonus or deduction item).
  bool is_base() const;
};

struct AssessmentScheme {
  std::string name;
  PeriodKind period = PeriodKind::kMonth;
  std::string unit_kind;  // the kind of unit scored: street, community, grid or department
  std::vector<Indicator> indicators;
  // The most all bonus items together add, and all deduction items together take; none
  // when absent (each item keeps its own cap).
  std::optional<Hundredths> bonus_cap;
  std::optional<Hundredths> deduction_cap;

  const Indicator* Find(std::string_view code) const;
};

// The unit kinds a scheme may score.
bool IsAssessedUnitKind(std::string_view kind);

// Checks the scheme: a name; a unit kind that may be scored; each indicator's code present
// and unique, a name, and rule parameters that make sense (a floor unlike the target,
// steps strictly ordered with fractions 0..1 that never fall, positive steps and caps, a
// rank floor within the weight); base weights positive and summing to exactly 100; bonus
// and deduction items without weight. Each refusal is InvalidArgument with a message in
// Chinese and English naming the indicator's code, and the field as a path into the
// scheme's JSON ("indicators[2].rule.floor").
Status ValidateScheme(const AssessmentScheme& scheme);

// The scheme as JSON: points and values as decimal numbers in their own units
// ("weight": 20, "floor": 60, "fraction": 0.75). docs/governance.md §4 shows
// the shape.
nlohmann::json SchemeToJson(const AssessmentScheme& scheme);
// Reads a scheme from JSON and validates it; errors name the field. Numbers may carry at
// most two decimals for points and four for values and fractions.
Result<AssessmentScheme> SchemeFromJson(const nlohmann::json& json);
// The same from text; text that is not JSON is refused too.
Result<AssessmentScheme> ParseScheme(std::string_view text);
// A fixed-point value as the JSON number people read: 1857 hundredths → 18.57, and 2000 → 20
// (an integer when whole).
nlohmann::json DecimalJson(std::int64_t fixed, std::int64_t scale);
// A JSON number in ten-thousandths (at most four decimals), refused naming `field`.
Result<TenThousandths> ValueFromJson(const nlohmann::json& number, const std::string& field);

std::string_view PeriodKindName(PeriodKind period);
std::string_view SourceName(IndicatorSource source);
std::string_view RuleKindName(const ScoringRule& rule);

}  // namespace sanwang::governance
