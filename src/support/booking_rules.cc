#include "support/booking_rules.h"

#include "support/opening_hours.h"
#include "support/store/booking_repository.h"

namespace sanwang::support {
namespace {

constexpr std::size_t kMaxPurposeBytes = 500;

Status CheckTimes(const BookingRequest& r) {
  if (r.starts_at % store::kBookingSlotSeconds != 0) {
    return InvalidArgument("开始时间须为整点或半点 starts_at must be on the hour or half hour", "starts_at");
  }
  if (r.ends_at % store::kBookingSlotSeconds != 0) {
    return InvalidArgument("结束时间须为整点或半点 ends_at must be on the hour or half hour", "ends_at");
  }
  if (r.ends_at <= r.starts_at)
    return InvalidArgument("结束时间须晚于开始时间 ends_at must be after starts_at", "ends_at");
  return Status::Ok();
}

Status CheckWhen(const store::VenueRecord& v, const BookingRequest& r, UnixSeconds now) {
  if (r.starts_at < now) return InvalidArgument("不能预订过去的时间 starts_at is in the past", "starts_at");
  const auto days_ahead =
      (std::chrono::sys_days(LocalDateOf(r.starts_at)) - std::chrono::sys_days(LocalDateOf(now))).count();
  if (days_ahead > v.max_days_ahead) {
    return InvalidArgument("最多提前 " + std::to_string(v.max_days_ahead) +
                               " 天预订 starts_at is more than " + std::to_string(v.max_days_ahead) +
                               " days ahead",
                           "starts_at");
  }
  if (r.ends_at - r.starts_at > v.max_minutes * 60) {
    return InvalidArgument("单次预订最长 " + std::to_string(v.max_minutes) +
                               " 分钟 a booking may last at most " + std::to_string(v.max_minutes) +
                               " minutes",
                           "ends_at");
  }
  return Status::Ok();
}

Status CheckOpen(const store::VenueRecord& v, const BookingRequest& r, const WorkingCalendar& calendar) {
  const LocalDate day = LocalDateOf(r.starts_at);
  const auto hours = HoursOn(calendar, day, v.workday_hours, v.rest_day_hours);
  if (!hours) return InvalidArgument("场地该日不开放 the venue is closed that day", "starts_at");
  if (LocalSecondOfDay(r.starts_at) < hours->open_second) {
    return InvalidArgument("开始时间早于开放时间 starts_at is before opening time", "starts_at");
  }
  const UnixSeconds closing = StartOfLocalDay(day) + hours->close_second;
  if (r.ends_at > closing)
    return InvalidArgument("结束时间晚于闭馆时间 ends_at is after closing time", "ends_at");
  return Status::Ok();
}

Status CheckWhoAndWhy(const store::VenueRecord& v, const BookingRequest& r) {
  if (r.people < 1) return InvalidArgument("人数应为正整数 people must be a positive whole number", "people");
  if (r.people > v.capacity) {
    return InvalidArgument("人数超过场地容量 " + std::to_string(v.capacity) +
                               " people exceeds the capacity of " + std::to_string(v.capacity),
                           "people");
  }
  if (r.purpose.empty() || r.purpose.size() > kMaxPurposeBytes) {
    return InvalidArgument("请填写用途（不超过 500 字节） purpose must be 1 to 500 bytes", "purpose");
  }
  return Status::Ok();
}

}  // namespace

Status CheckBooking(const store::VenueRecord& venue, const BookingRequest& request, UnixSeconds now,
                    const WorkingCalendar& calendar) {
  if (!venue.active) return FailedPrecondition("场地已停用 the venue is not open for booking");
  SW_RETURN_IF_ERROR(CheckTimes(request));
  SW_RETURN_IF_ERROR(CheckWhen(venue, request, now));
  SW_RETURN_IF_ERROR(CheckOpen(venue, request, calendar));
  return CheckWhoAndWhy(venue, request);
}

}  // namespace sanwang::support
