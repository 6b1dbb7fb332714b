// The working calendar that SLA deadlines are counted on: office hours on workdays, where
// workdays are Monday to Friday except public holidays, plus the weekend make-up workdays
// (调休上班) that the State Council announces each year.
//
// Loaded from data (config/calendar/): `working-hours.toml` gives the daily periods and one
// file per year lists holidays and make-up workdays, so a district adds next year's file
// without a code change. Years without a file fall back to plain Monday–Friday.
//
// Immutable after construction; safe for concurrent use.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace sanwang {

class WorkingCalendar {
 public:
  struct Period {
    int start_second;  // since local midnight
    int end_second;
  };

  WorkingCalendar(std::vector<Period> periods, std::set<std::int64_t> holiday_days,
                  std::set<std::int64_t> makeup_workdays);

  // Reads `working-hours.toml` and every `*.toml` year file of a directory.
  static Result<WorkingCalendar> LoadDirectory(const std::filesystem::path& dir);
  // Parses the texts of those files (for tests and embedded defaults).
  static Result<WorkingCalendar> Parse(std::string_view hours_toml,
                                       const std::vector<std::string>& year_tomls);

  bool IsWorkday(LocalDate d) const;
  // The instant at which `seconds` of working time have passed since `start`.
  UnixSeconds AddWorkingSeconds(UnixSeconds start, std::int64_t seconds) const;
  UnixSeconds AddWorkingHours(UnixSeconds start, int hours) const {
    return AddWorkingSeconds(start, static_cast<std::int64_t>(hours) * 3600);
  }
  // Working time between two instants (0 when `to` is not after `from`).
  std::int64_t WorkingSecondsBetween(UnixSeconds from, UnixSeconds to) const;

  const std::vector<Period>& periods() const { return periods_; }

 private:
  std::vector<Period> periods_;
  std::set<std::int64_t> holiday_days_;     // days since 1970-01-01
  std::set<std::int64_t> makeup_workdays_;  // weekend days that are worked
};

}  // namespace sanwang
