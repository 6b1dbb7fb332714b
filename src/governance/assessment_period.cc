#include "governance/assessment_period.h"

#include <charconv>
#include <chrono>

namespace sanwang::governance {
namespace {

constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2999;

Status BadPeriod(std::string_view text) {
  return InvalidArgument("考评期应为 2026、2026-Q4 或 2026-11 the period '" + std::string(text) +
                             "' must be a year 2026, a quarter 2026-Q4 or a month 2026-11",
                         "period");
}

// The whole of `text` as a number, or -1.
int Number(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return -1;
  return value;
}

int FirstMonth(const AssessmentPeriod& p) {
  switch (p.kind) {
    case PeriodKind::kMonth:
      return p.index;
    case PeriodKind::kQuarter:
      return 3 * (p.index - 1) + 1;
    case PeriodKind::kYear:
      return 1;
  }
  return 1;
}

int LastMonth(const AssessmentPeriod& p) {
  switch (p.kind) {
    case PeriodKind::kMonth:
      return p.index;
    case PeriodKind::kQuarter:
      return 3 * p.index;
    case PeriodKind::kYear:
      return 12;
  }
  return 12;
}

}  // namespace

std::string AssessmentPeriod::key() const {
  std::string y = std::to_string(year);
  switch (kind) {
    case PeriodKind::kMonth:
      return y + (index < 10 ? "-0" : "-") + std::to_string(index);
    case PeriodKind::kQuarter:
      return y + "-Q" + std::to_string(index);
    case PeriodKind::kYear:
      return y;
  }
  return y;
}

LocalDate AssessmentPeriod::first_day() const {
  return std::chrono::year(year) / std::chrono::month(static_cast<unsigned>(FirstMonth(*this))) /
         std::chrono::day(1);
}

LocalDate AssessmentPeriod::last_day() const {
  return std::chrono::year(year) / std::chrono::month(static_cast<unsigned>(LastMonth(*this))) /
         std::chrono::last;
}

AssessmentPeriod AssessmentPeriod::previous() const {
  if (kind == PeriodKind::kYear) return {kind, year - 1, 0};
  if (index > 1) return {kind, year, index - 1};
  return {kind, year - 1, kind == PeriodKind::kMonth ? 12 : 4};
}

Result<AssessmentPeriod> ParsePeriod(std::string_view text) {
  if (text.size() < 4) return BadPeriod(text);
  const int year = Number(text.substr(0, 4));
  if (year < kMinYear || year > kMaxYear) return BadPeriod(text);
  if (text.size() == 4) return AssessmentPeriod{PeriodKind::kYear, year, 0};
  if (text[4] != '-') return BadPeriod(text);
  std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    const int quarter = Number(rest.substr(1));
    if (quarter < 1 || quarter > 4) return BadPeriod(text);
    return AssessmentPeriod{PeriodKind::kQuarter, year, quarter};
  }
  const int month = rest.size() == 2 ? Number(rest) : -1;
  if (month < 1 || month > 12) return BadPeriod(text);
  return AssessmentPeriod{PeriodKind::kMonth, year, month};
}

AssessmentPeriod PeriodHolding(PeriodKind kind, LocalDate day) {
  const int year = static_cast<int>(day.year());
  const int month = static_cast<int>(static_cast<unsigned>(day.month()));
  switch (kind) {
    case PeriodKind::kMonth:
      return {kind, year, month};
    case PeriodKind::kQuarter:
      return {kind, year, (month - 1) / 3 + 1};
    case PeriodKind::kYear:
      return {kind, year, 0};
  }
  return {kind, year, 0};
}

}  // namespace sanwang::governance
