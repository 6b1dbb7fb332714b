// A person's calendar link and feed through Api::Handle on both engines: the link made
// once and kept, the secret stored only as a hash, rotation and a disabled account leaving
// the old address a 404 like any unknown one, and the feed holding exactly the person's
// bookings and sign-ups as well-formed iCalendar.
#include <map>

#include "api/api_test_fixture.h"
#include "support/api/activity_test_support.h"
#include "support/api/venue_test_support.h"
#include "support/icalendar_test_lines.h"

namespace sanwang::api {
namespace {

// The content lines of an iCalendar text: each physical line checked (CRLF, at most 75
// octets), continuation lines joined to the line before.
std::vector<std::string> ContentLines(const std::string& ics) {
  std::vector<std::string> lines;
  for (const std::string& physical : support::PhysicalCalendarLines(ics)) {
    EXPECT_EQ(physical.find('\n'), std::string::npos) << "a bare LF in " << physical;
    if (!physical.empty() && physical[0] == ' ' && !lines.empty()) {
      lines.back() += physical.substr(1);
    } else {
      lines.push_back(physical);
    }
  }
  return lines;
}

// One VEVENT's properties by name.
using Event = std::map<std::string, std::string>;

// The events of a calendar, checking that every BEGIN has its END and that the calendar
// holds nothing outside VCALENDAR.
std::vector<Event> Events(const std::string& ics) {
  const std::vector<std::string> lines = ContentLines(ics);
  std::vector<std::string> open;
  std::vector<Event> events;
  for (const std::string& line : lines) {
    const std::size_t colon = line.find(':');
    EXPECT_NE(colon, std::string::npos) << line;
    if (colon == std::string::npos) continue;
    const std::string name = line.substr(0, colon), value = line.substr(colon + 1);
    if (name == "BEGIN") {
      EXPECT_TRUE(!open.empty() || value == "VCALENDAR") << line;
      open.push_back(value);
      if (value == "VEVENT") events.emplace_back();
    } else if (name == "END") {
      EXPECT_FALSE(open.empty()) << line;
      if (open.empty()) continue;
      EXPECT_EQ(open.back(), value);
      open.pop_back();
    } else {
      EXPECT_FALSE(open.empty()) << "outside VCALENDAR: " << line;
      if (!open.empty() && open.back() == "VEVENT") events.back()[name] = value;
    }
  }
  EXPECT_TRUE(open.empty()) << "unclosed " << (open.empty() ? "" : open.back());
  return events;
}

const Event* WithUid(const std::vector<Event>& events, const std::string& uid) {
  for (const Event& e : events) {
    if (e.count("UID") && e.at("UID") == uid) return &e;
  }
  return nullptr;
}

class CalendarApiTest : public ApiTest {
 protected:
  // Makes or rotates `who`'s link; the feed's path.
  std::string LinkOf(const std::string& who, const std::string& how = "/rotate") {
    HttpResponse r = As(who, "POST", "/api/v1/me/calendar-link" + how);
    EXPECT_LT(r.status, 300) << r.body;
    return r.status < 300 ? Json(r)["path"].get<std::string>() : "";
  }
  std::string BookingUid(std::int64_t id) { return "booking-" + std::to_string(id) + "-411002@sanwang"; }
  std::string ActivityUid(std::int64_t id) { return "activity-" + std::to_string(id) + "-411002@sanwang"; }
  std::int64_t Book(std::int64_t venue, const std::string& who, const nlohmann::json& body) {
    HttpResponse r = As(who, "POST", "/api/v1/venues/" + std::to_string(venue) + "/bookings", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  void SignUp(std::int64_t activity, const std::string& who) {
    HttpResponse r = As(who, "POST", "/api/v1/activities/" + std::to_string(activity) + "/signups");
    EXPECT_EQ(r.status, 201) << r.body;
  }
};

TEST_P(CalendarApiTest, TheLinkIsMadeOnceAndStaysTheSame) {
  nlohmann::json none = Json(As("resident1", "GET", "/api/v1/me/calendar-link"));
  EXPECT_FALSE(none["active"].get<bool>());
  EXPECT_TRUE(none["created_at"].is_null());

  HttpResponse made = As("resident1", "POST", "/api/v1/me/calendar-link");
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string path = Json(made)["path"].get<std::string>();
  EXPECT_EQ(path.rfind("/api/v1/calendar/", 0), 0u);
  EXPECT_EQ(path.substr(path.size() - 4), ".ics");
  EXPECT_EQ(Json(made)["created_at"], "2026-11-30T09:00:00+08:00");

  nlohmann::json state = Json(As("resident1", "GET", "/api/v1/me/calendar-link"));
  EXPECT_TRUE(state["active"].get<bool>());
  EXPECT_EQ(state["created_at"], "2026-11-30T09:00:00+08:00");
  EXPECT_FALSE(state.contains("path")) << "the secret is shown only when it is made";

  HttpResponse again = As("resident1", "POST", "/api/v1/me/calendar-link");
  EXPECT_EQ(again.status, 409) << again.body;
  for (int i = 0; i < 2; ++i) {
    HttpResponse feed = Request("GET", path);
    ASSERT_EQ(feed.status, 200) << feed.body;
    EXPECT_EQ(feed.content_type, "text/calendar; charset=utf-8");
  }
  // resident2's link is their own.
  EXPECT_NE(LinkOf("resident2", ""), path);
  EXPECT_EQ(Request("GET", path).status, 200);
}

TEST_P(CalendarApiTest, OnlyAHashOfTheSecretIsStored) {
  const std::string path = LinkOf("resident1", "");
  const std::string token = path.substr(17, path.size() - 17 - 4);
  ASSERT_GE(token.size(), 40u);
  auto rows = db_->Query("SELECT token_hash FROM support_calendar_links");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->at(0).Text(0), HashToken(token));
  EXPECT_EQ(rows->at(0).Text(0).find(token), std::string::npos);
}

TEST_P(CalendarApiTest, RotationEndsTheOldAddressLikeOneThatNeverWas) {
  const std::string old_path = LinkOf("resident1", "");
  ASSERT_EQ(Request("GET", old_path).status, 200);
  clock_.Advance(60);
  HttpResponse rotated = As("resident1", "POST", "/api/v1/me/calendar-link/rotate");
  ASSERT_EQ(rotated.status, 200) << rotated.body;
  const std::string new_path = Json(rotated)["path"].get<std::string>();
  EXPECT_NE(new_path, old_path);
  EXPECT_EQ(Json(rotated)["created_at"], "2026-11-30T09:01:00+08:00");
  EXPECT_EQ(Request("GET", new_path).status, 200);

  HttpResponse old_answer = Request("GET", old_path);
  HttpResponse unknown = Request("GET", "/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
  EXPECT_EQ(old_answer.status, 404);
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(old_answer.body, unknown.body) << "no hint that the old address once worked";
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/me/calendar-link"))["created_at"],
            "2026-11-30T09:01:00+08:00");
}

TEST_P(CalendarApiTest, ADisabledAccountsLinkAnswers404) {
  const std::string path = LinkOf("resident1", "");
  ASSERT_EQ(Request("GET", path).status, 200);
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/resident1/disable").status, 200);
  HttpResponse disabled = Request("GET", path);
  EXPECT_EQ(disabled.status, 404);
  EXPECT_EQ(disabled.body, Request("GET", "/api/v1/calendar/nothing.ics").body);
}

TEST_P(CalendarApiTest, TheFeedHoldsExactlyThePersonsBookingsAndSignUps) {
  const std::int64_t venue = MakeVenue(*this, {{"needs_approval", true}});
  nlohmann::json long_purpose = BookingBody(20, 2);
  std::string purpose;
  for (int i = 0; i < 30; ++i) purpose += "党";  // folds: 90 octets on its own
  long_purpose["purpose"] = purpose;
  const std::int64_t pending = Book(venue, "resident1", long_purpose);
  const std::int64_t accepted = Book(venue, "resident1", BookingBody(30, 2));
  const std::int64_t cancelled = Book(venue, "resident1", BookingBody(40, 2));
  const std::int64_t others = Book(venue, "resident2", BookingBody(50, 2));
  ASSERT_EQ(As("community", "POST", "/api/v1/bookings/" + std::to_string(accepted) + "/approve").status, 200);
  ASSERT_EQ(As("resident1", "POST", "/api/v1/bookings/" + std::to_string(cancelled) + "/cancel").status, 200);

  const std::int64_t joined = MakeActivity(*this, {{"title", "清洁家园"}});
  const std::int64_t left = MakeActivity(*this, {{"title", "助老探访"}});
  const std::int64_t not_mine = MakeActivity(*this, {{"title", "垃圾分类宣传"}});
  SignUp(joined, "resident1");
  SignUp(left, "resident1");
  SignUp(not_mine, "resident2");
  ASSERT_EQ(
      As("resident1", "POST", "/api/v1/activities/" + std::to_string(left) + "/signups/mine/withdraw").status,
      200);

  HttpResponse feed = Request("GET", LinkOf("resident1", ""));
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_EQ(feed.body.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  const std::vector<Event> events = Events(feed.body);
  EXPECT_EQ(events.size(), 5u);
  EXPECT_EQ(WithUid(events, BookingUid(others)), nullptr);
  EXPECT_EQ(WithUid(events, ActivityUid(not_mine)), nullptr);
  EXPECT_EQ(feed.body.find("垃圾分类宣传"), std::string::npos);
  EXPECT_EQ(feed.body.find("测试resident"), std::string::npos) << "no one's name";

  const Event* p = WithUid(events, BookingUid(pending));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->at("STATUS"), "TENTATIVE");
  EXPECT_EQ(p->at("DTSTART"), "20261201T020000Z");  // 10:00+08:00
  EXPECT_EQ(p->at("DTEND"), "20261201T030000Z");
  EXPECT_EQ(p->at("SUMMARY"), "(待审核 pending) 社区活动室 · " + purpose) << "unfolded whole";
  EXPECT_EQ(p->at("LOCATION"), "社区活动室 建设路1号");
  const Event* a = WithUid(events, BookingUid(accepted));
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->at("STATUS"), "CONFIRMED");
  EXPECT_EQ(a->at("DTSTART"), "20261201T070000Z");  // 15:00+08:00
  ASSERT_NE(WithUid(events, BookingUid(cancelled)), nullptr);
  EXPECT_EQ(WithUid(events, BookingUid(cancelled))->at("STATUS"), "CANCELLED");

  const Event* j = WithUid(events, ActivityUid(joined));
  ASSERT_NE(j, nullptr);
  EXPECT_EQ(j->at("SUMMARY"), "清洁家园");
  EXPECT_EQ(j->at("STATUS"), "CONFIRMED");
  EXPECT_EQ(j->at("DTSTART"), "20261201T010000Z");  // 09:00+08:00
  EXPECT_EQ(j->at("LOCATION"), "幸福小区广场");
  ASSERT_NE(WithUid(events, ActivityUid(left)), nullptr);
  EXPECT_EQ(WithUid(events, ActivityUid(left))->at("STATUS"), "CANCELLED");

  // resident2's feed: their booking and sign-up, nothing of resident1's.
  const std::vector<Event> theirs = Events(Request("GET", LinkOf("resident2", "")).body);
  EXPECT_EQ(theirs.size(), 2u);
  EXPECT_NE(WithUid(theirs, BookingUid(others)), nullptr);
  EXPECT_NE(WithUid(theirs, ActivityUid(not_mine)), nullptr);
}

SANWANG_INSTANTIATE_API_BACKENDS(CalendarApiTest);

}  // namespace
}  // namespace sanwang::api
