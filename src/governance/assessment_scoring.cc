#include "governance/assessment_scoring.h"

#include <algorithm>
#include <set>
#include <utility>

namespace sanwang::governance {
namespace {

__extension__ typedef __int128 Wide;

std::string Points(Hundredths h) { return FormatFixed(h, kPointScale); }

// A raw value in its source's unit: "92.5%", "3".
std::string ValueText(const Indicator& in, TenThousandths v) {
  std::string text = FormatFixed(v, kValueScale);
  return UnitOf(in.source) == SourceUnit::kPercent ? text + "%" : text;
}

// "18.57 / 20 分" and "18.57 of 20 points".
std::string OfZh(Hundredths points, Hundredths max) { return Points(points) + " / " + Points(max) + " 分"; }
// "1 point", "18.57 points".
std::string PointsEn(Hundredths h) { return Points(h) + (h == kPointScale ? " point" : " points"); }
std::string OfEn(Hundredths points, Hundredths max) { return Points(points) + " of " + PointsEn(max); }

struct Earned {
  Earned(Hundredths earned, std::string text, std::optional<int> at = std::nullopt)
      : points(earned), explanation(std::move(text)), place(at) {}
  Hundredths points = 0;
  std::string explanation;
  std::optional<int> place;
};

Earned ScoreLinear(const Indicator& in, const LinearRule& r, TenThousandths v) {
  const std::string value = ValueText(in, v);
  const std::string floor = ValueText(in, r.floor);
  const std::string target = ValueText(in, r.target);
  // The distance from the floor towards the target, both positive whichever way is better.
  TenThousandths gained = r.lower_is_better() ? r.floor - v : v - r.floor;
  TenThousandths span = r.lower_is_better() ? r.floor - r.target : r.target - r.floor;
  if (gained >= span) {
    return {in.weight, in.name + " " + value + "，达到目标 " + target + "，得满分 " + Points(in.weight) +
                           " 分 " + value + " reaches the target " + target + ": the full " +
                           PointsEn(in.weight)};
  }
  if (gained <= 0) {
    return {0, in.name + " " + value + "，未优于下限 " + floor + "，得 " + OfZh(0, in.weight) + " " + value +
                   " is no better than the floor " + floor + ": " + OfEn(0, in.weight)};
  }
  Hundredths points = MultiplyDivideRounded(in.weight, gained, span);
  return {points, in.name + " " + value + "，介于下限 " + floor + " 与目标 " + target + " 之间，得 " +
                      OfZh(points, in.weight) + " " + value + " lies between the floor " + floor +
                      " and the target " + target + ": " + OfEn(points, in.weight)};
}

// "不低于 80%" and "at least 80%" (where lower is better, "不高于" and "at most").
std::pair<std::string, std::string> StepText(const Indicator& in, const ThresholdsRule& r,
                                             const ThresholdStep& s) {
  const std::string bound = ValueText(in, s.bound);
  return r.lower_is_better ? std::pair{"不高于 " + bound, "at most " + bound}
                           : std::pair{"不低于 " + bound, "at least " + bound};
}

Earned ScoreThresholds(const Indicator& in, const ThresholdsRule& r, TenThousandths v) {
  const std::string value = ValueText(in, v);
  const ThresholdStep* reached = nullptr;
  for (const ThresholdStep& s : r.steps) {
    if (r.lower_is_better ? v <= s.bound : v >= s.bound) reached = &s;
  }
  if (reached == nullptr) {
    auto [zh, en] = StepText(in, r, r.steps.front());
    return {0, in.name + " " + value + "，未达到最低一档（" + zh + "），得 " + OfZh(0, in.weight) + " " +
                   value + " reaches no step (the easiest is " + en + "): " + OfEn(0, in.weight)};
  }
  Hundredths points = MultiplyDivideRounded(in.weight, reached->fraction, kValueScale);
  auto [zh, en] = StepText(in, r, *reached);
  return {points, in.name + " " + value + "，达到“" + zh + "”一档，得 " + OfZh(points, in.weight) + " " +
                      value + " reaches the step " + en + ": " + OfEn(points, in.weight)};
}

// Where each unit places on a rank indicator: one more than the units with a strictly
// better value, so equal values share the better place (1, 2, 2, 4). Quadratic in the
// units, who are at most a few hundred.
struct Placing {
  std::vector<std::optional<int>> places;  // by unit, none without a value
  std::vector<bool> tied;
  int placed = 0;
};

Placing PlaceUnits(const Indicator& in, const RankRule& r, const std::vector<UnitValues>& units) {
  std::vector<std::optional<TenThousandths>> values;
  for (const UnitValues& u : units) {
    auto it = u.values.find(in.code);
    values.push_back(it == u.values.end() ? std::nullopt : std::optional(it->second));
  }
  Placing p{std::vector<std::optional<int>>(units.size()), std::vector<bool>(units.size()), 0};
  for (std::size_t a = 0; a < units.size(); ++a) {
    if (!values[a]) continue;
    ++p.placed;
    int better = 0;
    for (std::size_t b = 0; b < units.size(); ++b) {
      if (!values[b] || b == a) continue;
      if (r.lower_is_better ? *values[b] < *values[a] : *values[b] > *values[a]) ++better;
      if (*values[b] == *values[a]) p.tied[a] = true;
    }
    p.places[a] = better + 1;
  }
  return p;
}

Earned ScoreRank(const Indicator& in, const RankRule& r, TenThousandths v, const Placing& p,
                 std::size_t unit) {
  const int place = *p.places[unit];
  const std::string value = ValueText(in, v);
  const std::string tied_zh = p.tied[unit] ? "（并列）" : "";
  const std::string tied_en = p.tied[unit] ? " (tied)" : "";
  Hundredths lost = static_cast<Hundredths>(place - 1) * r.step;
  bool at_floor = lost > 0 && in.weight - lost <= r.floor;
  Hundredths points = at_floor ? r.floor : in.weight - lost;
  std::string head = in.name + " " + value + "，在 " + std::to_string(p.placed) + " 个有数据的单位中排第 " +
                     std::to_string(place) + tied_zh + "，得" + (at_floor ? "保底 " : " ") +
                     OfZh(points, in.weight) + " " + value + " places " + std::to_string(place) + tied_en +
                     " of " + std::to_string(p.placed) + " units with data: ";
  return {points, head + (at_floor ? "the floor of " : "") + OfEn(points, in.weight), place};
}

Earned ScorePerOccurrence(const Indicator& in, Hundredths per, Hundredths cap, TenThousandths v, bool bonus) {
  const std::string times = FormatFixed(v, kValueScale);
  Hundredths uncapped = MultiplyDivideRounded(per, v, kValueScale);
  bool capped = uncapped >= cap;
  Hundredths points = capped ? cap : uncapped;
  const std::string zh_verb = bonus ? "加" : "扣";
  const std::string en_verb = bonus ? "plus " : "minus ";
  std::string zh = in.name + " " + times + " 次，每次" + zh_verb + " " + Points(per) + " 分，" +
                   (capped ? "达到上限，" : "") + zh_verb + " " + Points(points) + " 分（上限 " +
                   Points(cap) + " 分）";
  const bool once = v == kValueScale;
  std::string en = times + (once ? " occurrence at " : " occurrences at ") + PointsEn(per) + " each" +
                   (capped ? (once ? " reaches the cap" : " reach the cap") : "") + ": " + en_verb +
                   PointsEn(points) + " (cap " + Points(cap) + ")";
  return {points, zh + " " + en};
}

std::string NoDataText(const Indicator& in) {
  if (std::holds_alternative<BonusRule>(in.rule)) return in.name + " 无数据，不加分 No data: no bonus";
  if (std::holds_alternative<DeductionRule>(in.rule))
    return in.name + " 无数据，不扣分 No data: no deduction";
  return in.name + " 无数据，得 0 分 No data: 0 points";
}

Hundredths MaxPoints(const Indicator& in) {
  if (const auto* r = std::get_if<BonusRule>(&in.rule)) return r->cap;
  if (const auto* r = std::get_if<DeductionRule>(&in.rule)) return r->cap;
  return in.weight;
}

Earned Score(const Indicator& in, TenThousandths v, const Placing* placing, std::size_t unit) {
  if (const auto* r = std::get_if<LinearRule>(&in.rule)) return ScoreLinear(in, *r, v);
  if (const auto* r = std::get_if<ThresholdsRule>(&in.rule)) return ScoreThresholds(in, *r, v);
  if (const auto* r = std::get_if<RankRule>(&in.rule)) return ScoreRank(in, *r, v, *placing, unit);
  if (const auto* r = std::get_if<BonusRule>(&in.rule))
    return ScorePerOccurrence(in, r->per_occurrence, r->cap, v, true);
  const auto& d = std::get<DeductionRule>(in.rule);
  return ScorePerOccurrence(in, d.per_occurrence, d.cap, v, false);
}

std::string UnitField(std::size_t index, std::string_view rest = {}) {
  return "units[" + std::to_string(index) + "]" + std::string(rest);
}

Status CheckValue(const Indicator& in, const std::string& unit, TenThousandths v, const std::string& field) {
  const std::string who = "单位 " + unit + " 的指标 " + in.code;
  const std::string who_en = "Unit " + unit + ", indicator " + in.code;
  if (v > kMaxAbsoluteValue * kValueScale || v < -kMaxAbsoluteValue * kValueScale) {
    return InvalidArgument(who + " 的数值超出范围 " + who_en + ": the value is out of range", field);
  }
  SourceUnit u = UnitOf(in.source);
  if (u == SourceUnit::kPercent && (v < 0 || v > 100 * kValueScale)) {
    return InvalidArgument(
        who + " 是百分比，应在 0 到 100 之间 " + who_en + ": a percent must lie within 0..100", field);
  }
  if (!in.is_base() && v < 0) {
    return InvalidArgument(who + " 是次数，不能为负 " + who_en + ": occurrences may not be negative", field);
  }
  if (u == SourceUnit::kCount && v < 0) {
    return InvalidArgument(who + " 是计数，不能为负 " + who_en + ": a count may not be negative", field);
  }
  return Status::Ok();
}

Status UnknownIndicator(const std::string& unit, const std::string& code, const std::string& field) {
  return InvalidArgument("单位 " + unit + " 的数值指向方案中没有的指标 " + code + " Unit " + unit +
                             " has a value for " + code + ", which the scheme does not have",
                         field);
}

Status CheckUnits(const AssessmentScheme& scheme, const std::vector<UnitValues>& units) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const UnitValues& u = units[i];
    if (u.unit_code.empty()) {
      return InvalidArgument(
          "第 " + std::to_string(i + 1) + " 个单位缺少编码 Unit " + std::to_string(i + 1) + " has no code",
          UnitField(i, ".unit_code"));
    }
    if (!seen.insert(u.unit_code).second) {
      return InvalidArgument("单位 " + u.unit_code + " 重复出现 Unit " + u.unit_code + " appears twice",
                             UnitField(i, ".unit_code"));
    }
    for (const auto& [code, v] : u.values) {
      const std::string field = UnitField(i, ".values." + code);
      const Indicator* in = scheme.Find(code);
      if (in == nullptr) return UnknownIndicator(u.unit_code, code, field);
      SW_RETURN_IF_ERROR(CheckValue(*in, u.unit_code, v, field));
    }
  }
  return Status::Ok();
}

void AddTo(UnitScore& score, const Indicator& in, Hundredths points) {
  if (std::holds_alternative<BonusRule>(in.rule)) {
    score.bonus += points;
  } else if (std::holds_alternative<DeductionRule>(in.rule)) {
    score.deduction += points;
  } else {
    score.base += points;
  }
}

UnitScore ScoreUnit(const AssessmentScheme& scheme, const std::vector<UnitValues>& units, std::size_t unit,
                    const std::vector<std::optional<Placing>>& placings) {
  UnitScore score;
  score.unit_code = units[unit].unit_code;
  for (std::size_t i = 0; i < scheme.indicators.size(); ++i) {
    const Indicator& in = scheme.indicators[i];
    IndicatorPoints row{in.code, in.name, std::nullopt, 0, MaxPoints(in), std::nullopt, NoDataText(in)};
    auto it = units[unit].values.find(in.code);
    if (it != units[unit].values.end()) {
      Earned e = Score(in, it->second, placings[i] ? &*placings[i] : nullptr, unit);
      row = {in.code, in.name, it->second, e.points, row.max_points, e.place, std::move(e.explanation)};
    }
    AddTo(score, in, row.points);
    score.indicators.push_back(std::move(row));
  }
  if (scheme.bonus_cap) score.bonus = std::min(score.bonus, *scheme.bonus_cap);
  if (scheme.deduction_cap) score.deduction = std::min(score.deduction, *scheme.deduction_cap);
  score.total = score.base + score.bonus - score.deduction;
  return score;
}

}  // namespace

bool UnitScore::incomplete() const {
  return std::any_of(indicators.begin(), indicators.end(),
                     [](const IndicatorPoints& p) { return p.no_data(); });
}

std::int64_t MultiplyDivideRounded(std::int64_t a, std::int64_t b, std::int64_t c) {
  Wide product = static_cast<Wide>(a) * b;
  Wide quotient = product / c;
  Wide remainder = product % c;
  // Half away from zero: a remainder of at least half the divisor moves away from zero.
  if (2 * (remainder < 0 ? -remainder : remainder) >= c) quotient += product < 0 ? -1 : 1;
  return static_cast<std::int64_t>(quotient);
}

std::string FormatFixed(std::int64_t fixed, std::int64_t scale) {
  std::string sign = fixed < 0 ? "-" : "";
  std::uint64_t magnitude =
      fixed < 0 ? 0 - static_cast<std::uint64_t>(fixed) : static_cast<std::uint64_t>(fixed);
  const auto s = static_cast<std::uint64_t>(scale);
  std::string text = sign + std::to_string(magnitude / s);
  std::uint64_t rest = magnitude % s;
  if (rest == 0) return text;
  std::string decimals = std::to_string(s + rest).substr(1);  // leading zeros kept
  decimals.erase(decimals.find_last_not_of('0') + 1);
  return text + "." + decimals;
}

Result<std::vector<UnitScore>> ScoreUnits(const AssessmentScheme& scheme,
                                          const std::vector<UnitValues>& units) {
  SW_RETURN_IF_ERROR(ValidateScheme(scheme));
  SW_RETURN_IF_ERROR(CheckUnits(scheme, units));
  std::vector<std::optional<Placing>> placings(scheme.indicators.size());
  for (std::size_t i = 0; i < scheme.indicators.size(); ++i) {
    const Indicator& in = scheme.indicators[i];
    if (const auto* r = std::get_if<RankRule>(&in.rule)) placings[i] = PlaceUnits(in, *r, units);
  }
  std::vector<UnitScore> scores;
  scores.reserve(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) scores.push_back(ScoreUnit(scheme, units, u, placings));
  return scores;
}

}  // namespace sanwang::governance
