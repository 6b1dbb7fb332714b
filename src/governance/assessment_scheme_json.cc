// An assessment scheme to and from JSON (assessment_scheme.h). Points and values are written
// as decimal numbers in their own units and read back to the same integers: a number with
// more decimals than the fixed point keeps is refused rather than rounded, so what is
// stored is exactly what is scored.
#include <array>
#include <cmath>
#include <initializer_list>
#include <utility>

#include "governance/assessment_scheme.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr NameTable<PeriodKind, 3> kPeriods = {{
    {PeriodKind::kMonth, "month"},
    {PeriodKind::kQuarter, "quarter"},
    {PeriodKind::kYear, "year"},
}};

constexpr std::array<IndicatorSource, 10> kSources = {
    IndicatorSource::kCasesOnTimeAcceptance,   IndicatorSource::kCasesOnTimeResolution,
    IndicatorSource::kCasesSatisfaction,       IndicatorSource::kCasesRepeatReports,
    IndicatorSource::kCasesOverdueShare,       IndicatorSource::kLedgerMilestonesOnTime,
    IndicatorSource::kInformationSubmitted,    IndicatorSource::kInformationAdopted,
    IndicatorSource::kInformationAdoptionRate, IndicatorSource::kManual,
};

json Decimal(std::int64_t fixed, std::int64_t scale) { return DecimalJson(fixed, scale); }

json RuleJson(const ScoringRule& rule) {
  json out = {{"kind", RuleKindName(rule)}};
  if (const auto* linear = std::get_if<LinearRule>(&rule)) {
    out["floor"] = Decimal(linear->floor, kValueScale);
    out["target"] = Decimal(linear->target, kValueScale);
  } else if (const auto* thresholds = std::get_if<ThresholdsRule>(&rule)) {
    out["lower_is_better"] = thresholds->lower_is_better;
    out["steps"] = json::array();
    for (const ThresholdStep& s : thresholds->steps) {
      out["steps"].push_back(
          {{"bound", Decimal(s.bound, kValueScale)}, {"fraction", Decimal(s.fraction, kValueScale)}});
    }
  } else if (const auto* rank = std::get_if<RankRule>(&rule)) {
    out["lower_is_better"] = rank->lower_is_better;
    out["step"] = Decimal(rank->step, kPointScale);
    out["floor"] = Decimal(rank->floor, kPointScale);
  } else if (const auto* bonus = std::get_if<BonusRule>(&rule)) {
    out["per_occurrence"] = Decimal(bonus->per_occurrence, kPointScale);
    out["cap"] = Decimal(bonus->cap, kPointScale);
  } else if (const auto* deduction = std::get_if<DeductionRule>(&rule)) {
    out["per_occurrence"] = Decimal(deduction->per_occurrence, kPointScale);
    out["cap"] = Decimal(deduction->cap, kPointScale);
  }
  return out;
}

json IndicatorJson(const Indicator& in) {
  return {{"code", in.code},
          {"name", in.name},
          {"source", SourceName(in.source)},
          {"weight", Decimal(in.weight, kPointScale)},
          {"rule", RuleJson(in.rule)}};
}

// Reads the fields of one JSON object, naming each by its path in the scheme
// ("indicators[2].rule.floor").
class FieldReader {
 public:
  FieldReader(const json& object, std::string path) : o_(object), path_(std::move(path)) {}

  std::string Field(std::string_view key) const { return path_ + std::string(key); }

  // Refuses keys the object may not have, so a misspelt optional key is not lost.
  Status OnlyKeys(std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, value] : o_.items()) {
      bool known = false;
      for (std::string_view k : allowed) known = known || k == key;
      if (!known)
        return InvalidArgument(Field(key) + " 不是方案的字段 " + Field(key) + " is not a field of a scheme",
                               Field(key));
    }
    return Status::Ok();
  }

  Result<std::string> String(std::string_view key) const {
    SW_ASSIGN_OR_RETURN(const json* v, Required(key));
    if (!v->is_string())
      return InvalidArgument(Field(key) + " 应为字符串 " + Field(key) + " must be a string", Field(key));
    return v->get<std::string>();
  }

  Result<bool> Flag(std::string_view key) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null()) return false;
    if (!it->is_boolean()) {
      return InvalidArgument(Field(key) + " 应为 true 或 false " + Field(key) + " must be true or false",
                             Field(key));
    }
    return it->get<bool>();
  }

  // A value or fraction, in ten-thousandths.
  Result<TenThousandths> Value(std::string_view key) const { return Fixed(key, kValueScale, "四", "four"); }
  // Points, in hundredths.
  Result<Hundredths> Points(std::string_view key) const { return Fixed(key, kPointScale, "两", "two"); }
  Result<std::optional<Hundredths>> OptionalPoints(std::string_view key) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null()) return std::optional<Hundredths>();
    SW_ASSIGN_OR_RETURN(Hundredths points, Points(key));
    return std::optional<Hundredths>(points);
  }

  Result<const json*> Required(std::string_view key) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null())
      return InvalidArgument("缺少 " + Field(key) + " " + Field(key) + " is required", Field(key));
    return &*it;
  }

 private:
  Result<std::int64_t> Fixed(std::string_view key, std::int64_t scale, std::string_view zh_places,
                             std::string_view en_places) const {
    SW_ASSIGN_OR_RETURN(const json* v, Required(key));
    const std::string f = Field(key);
    if (!v->is_number()) return InvalidArgument(f + " 应为数字 " + f + " must be a number", f);
    double x = v->get<double>();
    if (!std::isfinite(x) || std::fabs(x) > static_cast<double>(kMaxAbsoluteValue)) {
      return InvalidArgument(f + " 超出范围 " + f + " is out of range", f);
    }
    double scaled = x * static_cast<double>(scale);
    auto fixed = static_cast<std::int64_t>(std::llround(scaled));
    if (std::fabs(scaled - static_cast<double>(fixed)) > 1e-6) {
      return InvalidArgument(f + " 最多" + std::string(zh_places) + "位小数 " + f + " may have at most " +
                                 std::string(en_places) + " decimals",
                             f);
    }
    return fixed;
  }

  const json& o_;
  std::string path_;
};

Status RequireObject(const json& v, const std::string& field) {
  if (v.is_object()) return Status::Ok();
  std::string name = field.empty() ? "方案" : field;
  std::string en = field.empty() ? "The scheme" : field;
  return InvalidArgument(name + " 应为对象 " + en + " must be an object", field);
}

Result<ThresholdStep> StepFromJson(const json& v, const std::string& path) {
  SW_RETURN_IF_ERROR(RequireObject(v, path));
  FieldReader r(v, path + ".");
  SW_RETURN_IF_ERROR(r.OnlyKeys({"bound", "fraction"}));
  ThresholdStep step;
  SW_ASSIGN_OR_RETURN(step.bound, r.Value("bound"));
  SW_ASSIGN_OR_RETURN(step.fraction, r.Value("fraction"));
  return step;
}

Result<ScoringRule> ThresholdsFromJson(const FieldReader& r) {
  SW_RETURN_IF_ERROR(r.OnlyKeys({"kind", "lower_is_better", "steps"}));
  ThresholdsRule rule;
  SW_ASSIGN_OR_RETURN(rule.lower_is_better, r.Flag("lower_is_better"));
  SW_ASSIGN_OR_RETURN(const json* steps, r.Required("steps"));
  const std::string field = r.Field("steps");
  if (!steps->is_array()) return InvalidArgument(field + " 应为数组 " + field + " must be an array", field);
  for (std::size_t s = 0; s < steps->size(); ++s) {
    SW_ASSIGN_OR_RETURN(ThresholdStep step, StepFromJson((*steps)[s], field + "[" + std::to_string(s) + "]"));
    rule.steps.push_back(step);
  }
  return ScoringRule(rule);
}

template <typename PerOccurrence>
Result<ScoringRule> PerOccurrenceFromJson(const FieldReader& r) {
  SW_RETURN_IF_ERROR(r.OnlyKeys({"kind", "per_occurrence", "cap"}));
  PerOccurrence rule;
  SW_ASSIGN_OR_RETURN(rule.per_occurrence, r.Points("per_occurrence"));
  SW_ASSIGN_OR_RETURN(rule.cap, r.Points("cap"));
  return ScoringRule(rule);
}

Result<ScoringRule> RuleFromJson(const json& v, const std::string& path) {
  SW_RETURN_IF_ERROR(RequireObject(v, path));
  FieldReader r(v, path + ".");
  SW_ASSIGN_OR_RETURN(std::string kind, r.String("kind"));
  if (kind == "linear") {
    SW_RETURN_IF_ERROR(r.OnlyKeys({"kind", "floor", "target"}));
    LinearRule rule;
    SW_ASSIGN_OR_RETURN(rule.floor, r.Value("floor"));
    SW_ASSIGN_OR_RETURN(rule.target, r.Value("target"));
    return ScoringRule(rule);
  }
  if (kind == "thresholds") return ThresholdsFromJson(r);
  if (kind == "rank") {
    SW_RETURN_IF_ERROR(r.OnlyKeys({"kind", "lower_is_better", "step", "floor"}));
    RankRule rule;
    SW_ASSIGN_OR_RETURN(rule.lower_is_better, r.Flag("lower_is_better"));
    SW_ASSIGN_OR_RETURN(rule.step, r.Points("step"));
    SW_ASSIGN_OR_RETURN(rule.floor, r.Points("floor"));
    return ScoringRule(rule);
  }
  if (kind == "bonus") return PerOccurrenceFromJson<BonusRule>(r);
  if (kind == "deduction") return PerOccurrenceFromJson<DeductionRule>(r);
  const std::string f = r.Field("kind");
  return InvalidArgument(f + " 应为 linear、thresholds、rank、bonus 或 deduction " + f +
                             " must be linear, thresholds, rank, bonus or deduction",
                         f);
}

Result<IndicatorSource> SourceFromJson(const FieldReader& r) {
  SW_ASSIGN_OR_RETURN(std::string name, r.String("source"));
  for (IndicatorSource s : kSources) {
    if (SourceName(s) == name) return s;
  }
  const std::string f = r.Field("source");
  return InvalidArgument(f + " 不是已知的数据来源：" + name + " " + f + " is not a known source: " + name, f);
}

Result<Indicator> IndicatorFromJson(const json& v, const std::string& path) {
  SW_RETURN_IF_ERROR(RequireObject(v, path));
  FieldReader r(v, path + ".");
  SW_RETURN_IF_ERROR(r.OnlyKeys({"code", "name", "source", "weight", "rule"}));
  Indicator in;
  SW_ASSIGN_OR_RETURN(in.code, r.String("code"));
  SW_ASSIGN_OR_RETURN(in.name, r.String("name"));
  SW_ASSIGN_OR_RETURN(in.source, SourceFromJson(r));
  SW_ASSIGN_OR_RETURN(const json* rule, r.Required("rule"));
  SW_ASSIGN_OR_RETURN(in.rule, RuleFromJson(*rule, r.Field("rule")));
  // Bonus and deduction items carry no weight, so they may leave it out.
  if (!in.is_base() && !v.contains("weight")) return in;
  SW_ASSIGN_OR_RETURN(in.weight, r.Points("weight"));
  return in;
}

Result<PeriodKind> PeriodFromJson(const FieldReader& r) {
  SW_ASSIGN_OR_RETURN(std::string name, r.String("period"));
  for (const auto& [period, n] : kPeriods) {
    if (n == name) return period;
  }
  return InvalidArgument("period 应为 month、quarter 或 year period must be month, quarter or year",
                         "period");
}

Result<std::vector<Indicator>> IndicatorsFromJson(const FieldReader& r) {
  SW_ASSIGN_OR_RETURN(const json* list, r.Required("indicators"));
  if (!list->is_array())
    return InvalidArgument("indicators 应为数组 indicators must be an array", "indicators");
  std::vector<Indicator> out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    SW_ASSIGN_OR_RETURN(Indicator in, IndicatorFromJson((*list)[i], "indicators[" + std::to_string(i) + "]"));
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace

json SchemeToJson(const AssessmentScheme& scheme) {
  json out = {{"name", scheme.name},
              {"period", PeriodKindName(scheme.period)},
              {"unit_kind", scheme.unit_kind},
              {"indicators", json::array()}};
  for (const Indicator& in : scheme.indicators) out["indicators"].push_back(IndicatorJson(in));
  if (scheme.bonus_cap) out["bonus_cap"] = Decimal(*scheme.bonus_cap, kPointScale);
  if (scheme.deduction_cap) out["deduction_cap"] = Decimal(*scheme.deduction_cap, kPointScale);
  return out;
}

Result<AssessmentScheme> SchemeFromJson(const json& v) {
  SW_RETURN_IF_ERROR(RequireObject(v, ""));
  FieldReader r(v, "");
  SW_RETURN_IF_ERROR(r.OnlyKeys({"name", "period", "unit_kind", "indicators", "bonus_cap", "deduction_cap"}));
  AssessmentScheme scheme;
  SW_ASSIGN_OR_RETURN(scheme.name, r.String("name"));
  SW_ASSIGN_OR_RETURN(scheme.period, PeriodFromJson(r));
  SW_ASSIGN_OR_RETURN(scheme.unit_kind, r.String("unit_kind"));
  SW_ASSIGN_OR_RETURN(scheme.indicators, IndicatorsFromJson(r));
  SW_ASSIGN_OR_RETURN(scheme.bonus_cap, r.OptionalPoints("bonus_cap"));
  SW_ASSIGN_OR_RETURN(scheme.deduction_cap, r.OptionalPoints("deduction_cap"));
  SW_RETURN_IF_ERROR(ValidateScheme(scheme));
  return scheme;
}

Result<AssessmentScheme> ParseScheme(std::string_view text) {
  json v = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (v.is_discarded()) return InvalidArgument("考评方案不是有效的 JSON The scheme is not valid JSON");
  return SchemeFromJson(v);
}

json DecimalJson(std::int64_t fixed, std::int64_t scale) {
  if (fixed % scale == 0) return fixed / scale;
  return static_cast<double>(fixed) / static_cast<double>(scale);
}

Result<TenThousandths> ValueFromJson(const json& number, const std::string& field) {
  const json holder = {{field, number}};
  return FieldReader(holder, "").Value(field);
}

}  // namespace sanwang::governance
