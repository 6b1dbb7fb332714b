// The worked assessment scheme of the assessment tests: a monthly scheme for communities
// with one indicator of every rule kind, and helpers that write points and values as the
// decimals people read.
//
//   Q1 按时受理率  on-time acceptance  20 points  linear, floor 60%, target 95%
//   Q2 超期率      overdue share        20 points  linear, floor 20%, target 5% (lower is better)
//   Q3 满意率      satisfaction         30 points  thresholds ≥80% ½, ≥90% 0.8, ≥95% all
//   Q4 信息采用数  information adopted  30 points  rank, 7 points a place, floor 10
//   B1 表彰加分    manual               bonus 1 point each, cap 3
//   D1 重复投诉    repeat reports       deduction 0.5 point each, cap 2
//   the scheme adds at most 2.5 bonus points
#pragma once

#include <cctype>
#include <string>

#include "governance/assessment_scheme.h"

namespace sanwang::governance {

// 18.57 points → 1857 hundredths.
constexpr Hundredths Pts(double points) {
  return static_cast<Hundredths>(points * kPointScale + (points >= 0 ? 0.5 : -0.5));
}
// 92.5 (%) → 925000 ten-thousandths; fractions too (0.8 → 8000).
constexpr TenThousandths Val(double value) {
  return static_cast<TenThousandths>(value * kValueScale + (value >= 0 ? 0.5 : -0.5));
}

// Chinese text followed by at least two English words, as every message of the project.
inline bool ChineseThenEnglish(const std::string& message) {
  std::size_t last_chinese = std::string::npos;
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (static_cast<unsigned char>(message[i]) >= 0x80) last_chinese = i;
  }
  if (last_chinese == std::string::npos) return false;
  int words = 0;
  bool in_word = false;
  for (std::size_t i = last_chinese + 1; i < message.size(); ++i) {
    bool letter = std::isalpha(static_cast<unsigned char>(message[i])) != 0;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words >= 2;
}

inline AssessmentScheme WorkedScheme() {
  AssessmentScheme s;
  s.name = "社区月度目标考评";
  s.period = PeriodKind::kMonth;
  s.unit_kind = "community";
  s.indicators = {
      {"Q1", "按时受理率", IndicatorSource::kCasesOnTimeAcceptance, Pts(20), LinearRule{Val(60), Val(95)}},
      {"Q2", "超期率", IndicatorSource::kCasesOverdueShare, Pts(20), LinearRule{Val(20), Val(5)}},
      {"Q3", "满意率", IndicatorSource::kCasesSatisfaction, Pts(30),
       ThresholdsRule{false, {{Val(80), Val(0.5)}, {Val(90), Val(0.8)}, {Val(95), Val(1)}}}},
      {"Q4", "信息采用数", IndicatorSource::kInformationAdopted, Pts(30), RankRule{false, Pts(7), Pts(10)}},
      {"B1", "表彰加分", IndicatorSource::kManual, 0, BonusRule{Pts(1), Pts(3)}},
      {"D1", "重复投诉", IndicatorSource::kCasesRepeatReports, 0, DeductionRule{Pts(0.5), Pts(2)}},
  };
  s.bonus_cap = Pts(2.5);
  return s;
}

}  // namespace sanwang::governance
