#include "support/service_hours.h"

#include <cstdio>
#include <map>

#include "core/csv.h"

namespace sanwang::support {

std::int64_t CreditedMinutes(UnixSeconds checked_in, UnixSeconds checked_out) {
  if (checked_out <= checked_in) return 0;
  const std::int64_t minutes = (checked_out - checked_in) / 60;
  return (minutes + 15) / 30 * 30;
}

std::pair<UnixSeconds, UnixSeconds> LocalYearBounds(int year) {
  using std::chrono::day;
  using std::chrono::January;
  const LocalDate first{std::chrono::year(year), January, day(1)};
  const LocalDate next{std::chrono::year(year + 1), January, day(1)};
  return {StartOfLocalDay(first), StartOfLocalDay(next)};
}

std::string ServiceHoursCsv(const std::vector<store::ServiceHoursRow>& rows) {
  std::string csv = "workplace,user_id,name,activities,minutes,hours\n";
  for (const store::ServiceHoursRow& r : rows) {
    char hours[32];
    std::snprintf(hours, sizeof hours, "%.1f", static_cast<double>(r.minutes) / 60.0);
    csv += CsvEscape(r.workplace) + "," + std::to_string(r.user_id) + "," + CsvEscape(r.user_name) + "," +
           std::to_string(r.activities) + "," + std::to_string(r.minutes) + "," + hours + "\n";
  }
  return csv;
}

std::vector<WorkplaceHours> HoursPerWorkplace(const std::vector<store::ServiceHoursRow>& rows) {
  std::map<std::string, WorkplaceHours> by_workplace;
  for (const store::ServiceHoursRow& r : rows) {
    WorkplaceHours& w = by_workplace[r.workplace];
    w.workplace = r.workplace;
    w.members += 1;
    w.activities += r.activities;
    w.minutes += r.minutes;
    w.rows.push_back(r);
  }
  std::vector<WorkplaceHours> out;
  out.reserve(by_workplace.size());
  for (auto& [name, w] : by_workplace) out.push_back(std::move(w));
  return out;
}

}  // namespace sanwang::support
