// Tells a booker in the app what became of their venue booking (预订结果) when someone else
// decided it — a venue's manager approving, refusing (with the reason), cancelling it or
// marking a no-show — by NoticeRules' booking rules. Called by the booking's decision in
// its own transaction, so the notice exists if and only if the decision does. A booker
// who cancels their own booking is told nothing. Stateless.
#pragma once

#include <string>

#include "cases/actor.h"
#include "core/time.h"
#include "notify/notice_rules.h"
#include "store/database.h"

namespace sanwang::notify {

// What a booking notice says of the booking.
struct BookingDecided {
  std::string district_code;
  store::Id booker_id = 0;
  std::string decision;  // approve, refuse, cancel, no_show
  std::string venue_name;
  UnixSeconds starts_at = 0;
  UnixSeconds ends_at = 0;
  std::string reason;
};

inline constexpr const char* kBookingsLink = "/bookings/mine";

// "12月1日 10:00–11:00": a booking's time in Beijing time, as the notice gives it.
std::string BookingTimeText(UnixSeconds starts_at, UnixSeconds ends_at);
// "12月8日 17:30": a moment as a notice names it, in Beijing time (a deadline).
std::string DayAndClockText(UnixSeconds t);

Status TellBooker(store::Database& db, const NoticeRules& rules, const BookingDecided& booking,
                  const cases::Actor& actor, UnixSeconds now);

}  // namespace sanwang::notify
