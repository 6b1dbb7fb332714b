#include "governance/assessment_scheme.h"

#include <array>
#include <set>
#include <utility>

#include "core/text.h"

namespace sanwang::governance {
namespace {

template <typename... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <typename... F>
Overloaded(F...) -> Overloaded<F...>;

constexpr std::size_t kMaxNameChars = 100;
constexpr std::size_t kMaxCodeChars = 32;
constexpr Hundredths kFullScore = 100 * kPointScale;

// Where a refusal about the indicator at `index` points in the scheme's JSON.
std::string FieldOf(std::size_t index, std::string_view field) {
  return "indicators[" + std::to_string(index) + "]." + std::string(field);
}

// "指标 Q1：… Indicator Q1: …", naming the indicator by its code.
Status Refuse(const Indicator& indicator, std::size_t index, std::string_view field, std::string_view zh,
              std::string_view en) {
  return InvalidArgument("指标 " + indicator.code + "：" + std::string(zh) + " Indicator " + indicator.code +
                             ": " + std::string(en),
                         FieldOf(index, field));
}

// Parameters beyond kMaxAbsoluteValue are refused so that scoring's integers never overflow.
bool OutOfRange(std::int64_t fixed, std::int64_t scale) {
  return fixed > kMaxAbsoluteValue * scale || fixed < -kMaxAbsoluteValue * scale;
}

Status CheckRange(const Indicator& in, std::size_t i, std::string_view field, std::int64_t fixed,
                  std::int64_t scale) {
  if (!OutOfRange(fixed, scale)) return Status::Ok();
  return Refuse(in, i, field, "数值超出范围", "the number is out of range");
}

Status CheckLinear(const Indicator& in, std::size_t i, const LinearRule& r) {
  SW_RETURN_IF_ERROR(CheckRange(in, i, "rule.floor", r.floor, kValueScale));
  SW_RETURN_IF_ERROR(CheckRange(in, i, "rule.target", r.target, kValueScale));
  if (r.floor == r.target) {
    return Refuse(in, i, "rule.floor", "下限与目标不能相同", "the floor and the target must differ");
  }
  return Status::Ok();
}

Status CheckStep(const Indicator& in, std::size_t i, std::size_t s, const ThresholdsRule& r) {
  const ThresholdStep& step = r.steps[s];
  const std::string at = "rule.steps[" + std::to_string(s) + "].";
  SW_RETURN_IF_ERROR(CheckRange(in, i, at + "bound", step.bound, kValueScale));
  if (step.fraction < 0 || step.fraction > kValueScale) {
    return Refuse(in, i, at + "fraction", "档位比例应在 0 到 1 之间",
                  "a step's fraction must lie within 0..1");
  }
  if (s == 0) return Status::Ok();
  const ThresholdStep& easier = r.steps[s - 1];
  bool harder = r.lower_is_better ? step.bound < easier.bound : step.bound > easier.bound;
  if (!harder) {
    return Refuse(in, i, at + "bound",
                  r.lower_is_better ? "档位应由易到难排列，界值严格递减" : "档位应由易到难排列，界值严格递增",
                  r.lower_is_better
                      ? "steps must run from the easiest to the hardest, bounds strictly falling"
                      : "steps must run from the easiest to the hardest, bounds strictly rising");
  }
  if (step.fraction < easier.fraction) {
    return Refuse(in, i, at + "fraction", "较难的档位得分不能低于较易的档位",
                  "a harder step may not earn less than an easier one");
  }
  return Status::Ok();
}

Status CheckThresholds(const Indicator& in, std::size_t i, const ThresholdsRule& r) {
  if (r.steps.empty()) return Refuse(in, i, "rule.steps", "至少需要一个档位", "at least one step is needed");
  for (std::size_t s = 0; s < r.steps.size(); ++s) SW_RETURN_IF_ERROR(CheckStep(in, i, s, r));
  return Status::Ok();
}

Status CheckRank(const Indicator& in, std::size_t i, const RankRule& r) {
  SW_RETURN_IF_ERROR(CheckRange(in, i, "rule.step", r.step, kPointScale));
  if (r.step <= 0) {
    return Refuse(in, i, "rule.step", "每名次扣减的分数应大于 0", "the step per place must be positive");
  }
  if (r.floor < 0 || r.floor > in.weight) {
    return Refuse(in, i, "rule.floor", "保底分应在 0 与权重之间",
                  "the floor must lie within 0 and the weight");
  }
  return Status::Ok();
}

Status CheckPerOccurrence(const Indicator& in, std::size_t i, Hundredths per_occurrence, Hundredths cap) {
  if (per_occurrence <= 0) {
    return Refuse(in, i, "rule.per_occurrence", "每次分值应大于 0",
                  "the points per occurrence must be positive");
  }
  if (cap <= 0) return Refuse(in, i, "rule.cap", "上限应大于 0", "the cap must be positive");
  SW_RETURN_IF_ERROR(CheckRange(in, i, "rule.per_occurrence", per_occurrence, kPointScale));
  SW_RETURN_IF_ERROR(CheckRange(in, i, "rule.cap", cap, kPointScale));
  if (in.weight != 0) {
    return Refuse(in, i, "weight", "加分、扣分项不计权重，权重应为 0",
                  "bonus and deduction items carry no weight; the weight must be 0");
  }
  return Status::Ok();
}

Status CheckRule(const Indicator& in, std::size_t i) {
  return std::visit(
      Overloaded{
          [&](const LinearRule& r) { return CheckLinear(in, i, r); },
          [&](const ThresholdsRule& r) { return CheckThresholds(in, i, r); },
          [&](const RankRule& r) { return CheckRank(in, i, r); },
          [&](const BonusRule& r) { return CheckPerOccurrence(in, i, r.per_occurrence, r.cap); },
          [&](const DeductionRule& r) { return CheckPerOccurrence(in, i, r.per_occurrence, r.cap); },
      },
      in.rule);
}

Status CheckIndicator(const Indicator& in, std::size_t i, std::set<std::string>& codes) {
  if (TrimAscii(in.code).empty()) {
    return InvalidArgument(
        "第 " + std::to_string(i + 1) + " 个指标缺少编码 Indicator " + std::to_string(i + 1) + " has no code",
        FieldOf(i, "code"));
  }
  if (!IsValidUtf8(in.code) || Utf8Length(in.code) > kMaxCodeChars) {
    return Refuse(in, i, "code", "编码最多 32 个字符", "the code may have at most 32 characters");
  }
  if (!codes.insert(in.code).second) {
    return Refuse(in, i, "code", "编码重复", "the code is used by another indicator");
  }
  if (TrimAscii(in.name).empty()) return Refuse(in, i, "name", "缺少名称", "the name is missing");
  SW_RETURN_IF_ERROR(CheckUserText(in.name, FieldOf(i, "name"), kMaxNameChars, true));
  if (in.is_base() && (in.weight <= 0 || in.weight > kFullScore)) {
    return Refuse(in, i, "weight", "权重应大于 0 且不超过 100", "the weight must be above 0 and at most 100");
  }
  return CheckRule(in, i);
}

Status CheckWeightSum(const AssessmentScheme& scheme) {
  Hundredths sum = 0;
  for (const Indicator& in : scheme.indicators) {
    if (in.is_base()) sum += in.weight;
  }
  if (sum == kFullScore) return Status::Ok();
  std::string got = std::to_string(sum / kPointScale);
  if (sum % kPointScale != 0) got += "." + std::to_string(100 + sum % kPointScale).substr(1);
  return InvalidArgument("基础指标权重之和应为 100，现为 " + got +
                             " The weights of the base indicators must sum to 100, not " + got,
                         "indicators");
}

Status CheckSchemeCap(const std::optional<Hundredths>& cap, const std::string& field) {
  if (cap && *cap <= 0) return InvalidArgument(field + " 应大于 0 " + field + " must be positive", field);
  if (cap && OutOfRange(*cap, kPointScale)) {
    return InvalidArgument(field + " 超出范围 " + field + " is out of range", field);
  }
  return Status::Ok();
}

}  // namespace

SourceUnit UnitOf(IndicatorSource source) {
  switch (source) {
    case IndicatorSource::kCasesRepeatReports:
    case IndicatorSource::kInformationSubmitted:
    case IndicatorSource::kInformationAdopted:
      return SourceUnit::kCount;
    case IndicatorSource::kManual:
      return SourceUnit::kNumber;
    default:
      return SourceUnit::kPercent;
  }
}

bool Indicator::is_base() const {
  return !std::holds_alternative<BonusRule>(rule) && !std::holds_alternative<DeductionRule>(rule);
}

const Indicator* AssessmentScheme::Find(std::string_view code) const {
  for (const Indicator& in : indicators) {
    if (in.code == code) return &in;
  }
  return nullptr;
}

bool IsAssessedUnitKind(std::string_view kind) {
  return kind == "street" || kind == "community" || kind == "grid" || kind == "department";
}

Status ValidateScheme(const AssessmentScheme& scheme) {
  SW_RETURN_IF_ERROR(CheckUserText(scheme.name, "name", kMaxNameChars, true));
  if (!IsAssessedUnitKind(scheme.unit_kind)) {
    return InvalidArgument(
        "考评对象应为 street、community、grid 或 department The unit kind must be street, "
        "community, grid or department",
        "unit_kind");
  }
  std::set<std::string> codes;
  for (std::size_t i = 0; i < scheme.indicators.size(); ++i) {
    SW_RETURN_IF_ERROR(CheckIndicator(scheme.indicators[i], i, codes));
  }
  SW_RETURN_IF_ERROR(CheckWeightSum(scheme));
  SW_RETURN_IF_ERROR(CheckSchemeCap(scheme.bonus_cap, "bonus_cap"));
  return CheckSchemeCap(scheme.deduction_cap, "deduction_cap");
}

std::string_view PeriodKindName(PeriodKind period) {
  switch (period) {
    case PeriodKind::kMonth:
      return "month";
    case PeriodKind::kQuarter:
      return "quarter";
    case PeriodKind::kYear:
      return "year";
  }
  return "month";
}

std::string_view SourceName(IndicatorSource source) {
  static constexpr std::array<std::pair<IndicatorSource, std::string_view>, 10> kNames = {{
      {IndicatorSource::kCasesOnTimeAcceptance, "cases_on_time_acceptance"},
      {IndicatorSource::kCasesOnTimeResolution, "cases_on_time_resolution"},
      {IndicatorSource::kCasesSatisfaction, "cases_satisfaction"},
      {IndicatorSource::kCasesRepeatReports, "cases_repeat_reports"},
      {IndicatorSource::kCasesOverdueShare, "cases_overdue_share"},
      {IndicatorSource::kLedgerMilestonesOnTime, "ledger_milestones_on_time"},
      {IndicatorSource::kInformationSubmitted, "information_submitted"},
      {IndicatorSource::kInformationAdopted, "information_adopted"},
      {IndicatorSource::kInformationAdoptionRate, "information_adoption_rate"},
      {IndicatorSource::kManual, "manual"},
  }};
  for (const auto& [s, name] : kNames) {
    if (s == source) return name;
  }
  return "manual";
}

std::string_view RuleKindName(const ScoringRule& rule) {
  static constexpr std::array<std::string_view, 5> kNames = {"linear", "thresholds", "rank", "bonus",
                                                             "deduction"};
  return kNames[rule.index()];
}

}  // namespace sanwang::governance
