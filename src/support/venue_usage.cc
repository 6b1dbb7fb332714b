#include "support/venue_usage.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "support/opening_hours.h"

namespace sanwang::support {
namespace {

constexpr std::int64_t kHour = 3600;

bool CountsAsBooked(const std::string& state) { return state == "accepted" || state == "no_show"; }

UsageCell& CellAt(UsageHeatMap& heat, LocalDate date, int second_of_day) {
  return heat[IsoWeekday(date) - 1][static_cast<std::size_t>(second_of_day / kHour)];
}

// Adds a day's opening hours to the venue's open time and to the heat map, hour by hour.
std::int64_t AddOpenDay(UsageHeatMap& heat, LocalDate date, const DayHours& hours) {
  for (int hour = 0; hour < 24; ++hour) {
    const int from = std::max(hours.open_second, hour * static_cast<int>(kHour));
    const int to = std::min(hours.close_second, (hour + 1) * static_cast<int>(kHour));
    if (to > from)
      heat[IsoWeekday(date) - 1][static_cast<std::size_t>(hour)].open_minutes += (to - from) / 60;
  }
  return (hours.close_second - hours.open_second) / 60;
}

std::int64_t OpenMinutes(const WorkingCalendar& calendar, const store::VenueRecord& venue,
                         const UsageRange& range, UsageHeatMap& heat) {
  std::int64_t minutes = 0;
  const std::chrono::sys_days last{range.to};
  for (std::chrono::sys_days d{range.from}; d <= last; d += std::chrono::days(1)) {
    const auto hours = HoursOn(calendar, d, venue.workday_hours, venue.rest_day_hours);
    if (hours) minutes += AddOpenDay(heat, d, *hours);
  }
  return minutes;
}

// Walks the booking's half hours inside [begin, end): booked time, used time, heat map.
void AddBooking(const store::BookingRecord& booking, UnixSeconds begin, UnixSeconds end, UnixSeconds now,
                UsageFigures& figures, UsageHeatMap& heat) {
  constexpr std::int64_t kSlot = 1800;
  const UnixSeconds from = std::max<UnixSeconds>(booking.starts_at, begin);
  const UnixSeconds to = std::min<UnixSeconds>(booking.ends_at, end);
  for (UnixSeconds t = from; t < to; t += kSlot) {
    const std::int64_t minutes = (std::min<UnixSeconds>(t + kSlot, to) - t) / 60;
    figures.booked_minutes += minutes;
    CellAt(heat, LocalDateOf(t), LocalSecondOfDay(t)).booked_minutes += minutes;
    if (booking.state == "accepted" && t < now) {
      figures.used_minutes += (std::min<UnixSeconds>({t + kSlot, to, now}) - t) / 60;
    }
  }
}

}  // namespace

double UsageFigures::Occupancy() const {
  return open_minutes == 0 ? 0.0 : static_cast<double>(booked_minutes) / static_cast<double>(open_minutes);
}

UsageFigures& UsageFigures::operator+=(const UsageFigures& other) {
  open_minutes += other.open_minutes;
  booked_minutes += other.booked_minutes;
  used_minutes += other.used_minutes;
  return *this;
}

VenueUsageTally TallyVenueUsage(const WorkingCalendar& calendar, std::span<const store::VenueRecord> venues,
                                std::span<const store::BookingRecord> bookings, const UsageRange& range) {
  VenueUsageTally tally;
  const UnixSeconds begin = StartOfLocalDay(range.from);
  const UnixSeconds end = StartOfLocalDay(std::chrono::sys_days{range.to} + std::chrono::days(1));
  std::map<store::Id, std::size_t> index;
  for (const store::VenueRecord& venue : venues) {
    index.emplace(venue.id, tally.venues.size());
    tally.venues.push_back({venue, {OpenMinutes(calendar, venue, range, tally.heat), 0, 0}});
  }
  for (const store::BookingRecord& booking : bookings) {
    const auto found = index.find(booking.venue_id);
    if (found == index.end() || !CountsAsBooked(booking.state)) continue;
    AddBooking(booking, begin, end, range.now, tally.venues[found->second].figures, tally.heat);
  }
  for (const VenueUsage& usage : tally.venues) tally.total += usage.figures;
  return tally;
}

}  // namespace sanwang::support
