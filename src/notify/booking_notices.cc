#include "notify/booking_notices.h"

#include <cstdio>

#include "notify/outbox.h"

namespace sanwang::notify {
namespace {

std::string ClockTime(UnixSeconds t) {
  const int second = LocalSecondOfDay(t);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", second / 3600, second / 60 % 60);
  return buf;
}

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
  for (const NoticeRule* rule : rules.ForBooking(booking.decision)) {
    store::NoticeRecord notice;
    notice.district_code = booking.district_code;
    notice.user_id = booking.booker_id;
    notice.kind = rule->kind;
    notice.title = FillNotice(rule->title, values, false);
    notice.title_en = FillNotice(rule->title_en, values, true);
    notice.body = FillNotice(rule->body, values, false);
    notice.body_en = FillNotice(rule->body_en, values, true);
    notice.link = kBookingsLink;
    notice.created_at = now;
    SW_RETURN_IF_ERROR(DeliverNotice(db, *rule, notice, values));
  }
  return Status::Ok();
}

}  // namespace sanwang::notify
