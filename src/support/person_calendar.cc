#include "support/person_calendar.h"

#include <map>

#include "support/store/activity_repository.h"
#include "support/store/booking_repository.h"
#include "support/venue_calendar.h"

namespace sanwang::support {
namespace {

constexpr std::size_t kMaxEventsOfAKind = 500;

std::string BookingStateText(const std::string& state) {
  static const std::map<std::string, std::string> kTexts = {{"pending", "待审核 pending"},
                                                            {"accepted", "已通过 accepted"},
                                                            {"refused", "未通过 refused"},
                                                            {"cancelled", "已取消 cancelled"},
                                                            {"no_show", "未到场 no-show"}};
  auto it = kTexts.find(state);
  return it == kTexts.end() ? state : it->second;
}

std::string ActivityStateText(const store::ActivityRecord& activity, bool signed_up) {
  if (activity.state == "cancelled") return "活动已取消 activity cancelled";
  return signed_up ? "已报名 signed up" : "已退出 withdrawn";
}

// "(待审核 pending) " before the summary of an event that is not simply on.
std::string Marked(const std::string& state_text, bool plain, const std::string& summary) {
  return plain ? summary : "(" + state_text + ") " + summary;
}

CalendarEvent BookingEvent(const store::BookingRecord& b, const std::string& district_code) {
  CalendarEvent e;
  e.uid = BookingEventUid(b.id, district_code);
  e.starts_at = b.starts_at;
  e.ends_at = b.ends_at;
  const std::string state = BookingStateText(b.state);
  e.summary = Marked(state, b.state == "accepted", b.venue_name + " · " + b.purpose);
  e.location = b.venue_name + (b.venue_address.empty() ? "" : " " + b.venue_address);
  e.description = "状态 state: " + state +
                  (b.venue_address.empty() ? "" : "\n地址 address: " + b.venue_address) +
                  "\n用途 purpose: " + b.purpose + "\n人数 people: " + std::to_string(b.people);
  e.status = BookingEventStatus(b.state);
  return e;
}

CalendarEvent ActivityEvent(const store::ActivityRecord& a, bool signed_up,
                            const std::string& district_code) {
  CalendarEvent e;
  e.uid = "activity-" + std::to_string(a.id) + "-" + district_code + "@sanwang";
  e.starts_at = a.starts_at;
  e.ends_at = a.ends_at;
  e.status = ActivityEventStatus(a, signed_up);
  const std::string state = ActivityStateText(a, signed_up);
  e.summary = Marked(state, e.status == "CONFIRMED", a.title);
  e.location = a.place;
  e.description = "状态 state: " + state + "\n主办 organizer: " + a.unit_name +
                  (a.description.empty() ? "" : "\n" + a.description);
  return e;
}

}  // namespace

std::string BookingEventStatus(const std::string& booking_state) {
  if (booking_state == "pending") return "TENTATIVE";
  if (booking_state == "accepted" || booking_state == "no_show") return "CONFIRMED";
  return "CANCELLED";
}

std::string ActivityEventStatus(const store::ActivityRecord& activity, bool signed_up) {
  return activity.state == "published" && signed_up ? "CONFIRMED" : "CANCELLED";
}

Result<PersonCalendarSource> ReadPersonCalendar(store::Database& db, const std::string& district_code,
                                                store::Id person, UnixSeconds now) {
  PersonCalendarSource source;
  source.district_code = district_code;
  store::BookingQuery bookings;
  bookings.district_code = district_code;
  bookings.booker_id = person;
  bookings.from = now - kPersonCalendarPastSeconds;
  bookings.limit = kMaxEventsOfAKind;
  SW_ASSIGN_OR_RETURN(source.bookings, store::BookingRepository(db).List(bookings));
  store::ActivityQuery activities;
  activities.district_code = district_code;
  activities.participant_id = person;
  activities.from = now - kPersonCalendarPastSeconds;
  activities.limit = kMaxEventsOfAKind;
  store::ActivityRepository repo(db);
  SW_ASSIGN_OR_RETURN(source.activities, repo.List(activities));
  std::vector<store::Id> ids;
  for (const store::ActivityRecord& a : source.activities) ids.push_back(a.id);
  SW_ASSIGN_OR_RETURN(auto signed_up, repo.SignedUpAmong(person, ids));
  source.signed_up.insert(signed_up.begin(), signed_up.end());
  return source;
}

std::vector<CalendarEvent> PersonCalendarEvents(const PersonCalendarSource& source) {
  std::vector<CalendarEvent> events;
  for (const store::BookingRecord& b : source.bookings)
    events.push_back(BookingEvent(b, source.district_code));
  for (const store::ActivityRecord& a : source.activities) {
    events.push_back(ActivityEvent(a, source.signed_up.contains(a.id), source.district_code));
  }
  return events;
}

std::string PersonCalendar(const PersonCalendarSource& source, UnixSeconds now) {
  return WriteCalendar("我的日程 My calendar", PersonCalendarEvents(source), now);
}

}  // namespace sanwang::support
