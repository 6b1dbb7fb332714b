#include "notify/booking_notices.h"

#include "notify/outbox.h"

namespace sanwang::notify {
namespace {

std::string ClockTime(UnixSeconds t) { return ClockText(LocalSecondOfDay(t) / 60); }

}  // namespace

std::string DayAndClockText(UnixSeconds t) {
  const std::chrono::year_month_day day = LocalDateOf(t);
  return std::to_string(static_cast<unsigned>(day.month())) + "月" +
         std::to_string(static_cast<unsigned>(day.day())) + "日 " + ClockTime(t);
}

std::string BookingTimeText(UnixSeconds starts_at, UnixSeconds ends_at) {
  return DayAndClockText(starts_at) + "–" + ClockTime(ends_at);
}

Status TellBooker(store::Database& db, const NoticeRules& rules, const BookingDecided& booking,
                  const cases::Actor& actor, UnixSeconds now) {
  if (actor.user_id == booking.booker_id) return Status::Ok();  // no one is told of what they did
  const NoticeValues values = {{"venue", booking.venue_name},
                               {"time", BookingTimeText(booking.starts_at, booking.ends_at)},
                               {"reason", booking.reason}};
  store::NoticeRecord about;
  about.district_code = booking.district_code;
  about.link = kBookingsLink;
  about.created_at = now;
  return DeliverToEach(db, rules.ForBooking(booking.decision), values, {booking.booker_id}, std::nullopt,
                       about);
}

}  // namespace sanwang::notify
