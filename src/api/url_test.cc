#include "api/url.h"

#include <gtest/gtest.h>

#include "api/http_message.h"

namespace sanwang::api {
namespace {

TEST(TargetTest, SplitsPathAndQuery) {
  auto t = ParseTarget("/api/v1/cases?state=accepted&q=%E8%B7%AF%E7%81%AF&page=2");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->path, "/api/v1/cases");
  EXPECT_EQ(t->query.find("q")->second, "路灯");
  EXPECT_EQ(t->query.find("page")->second, "2");
}

TEST(TargetTest, TheLogSeesNoQueryAndNoCalendarSecret) {
  EXPECT_EQ(LoggedTarget("/api/v1/cases?q=%E8%B7%AF"), "/api/v1/cases");
  EXPECT_EQ(LoggedTarget("/api/v1/calendar/Zq3hT0pSecret.ics"), "/api/v1/calendar/….ics");
  EXPECT_EQ(LoggedTarget("/api/v1/calendar/Zq3hT0pSecret.ics?x=1"), "/api/v1/calendar/….ics");
  EXPECT_EQ(LoggedTarget("/api/v1/calendar/venues/Zq3hT0pSecret.ics"), "/api/v1/calendar/….ics");
  EXPECT_EQ(LoggedTarget("/api/v1/venues/3/calendar.ics"), "/api/v1/venues/3/calendar.ics");
}

TEST(TargetTest, TheLogSeesNoSurveyLinkSecret) {
  EXPECT_EQ(LoggedTarget("/api/v1/survey-links/Zq3hT0pSecret"), "/api/v1/survey-links/…");
  EXPECT_EQ(LoggedTarget("/s/Zq3hT0pSecret"), "/s/…");
  EXPECT_EQ(LoggedTarget("/surveys/3"), "/surveys/3");
}

TEST(TargetTest, RejectsUnsafePaths) {
  for (const char* bad : {"", "api", "/a/../etc/passwd", "/a/%2e%2e/b", "/a%00b", "/a?x=%ZZ", "/a%0Ab"}) {
    EXPECT_FALSE(ParseTarget(bad).ok()) << bad;
  }
}

TEST(RequestTest, HeadersQueryAndCookies) {
  HttpRequest r;
  r.headers["cookie"] = "a=1; sw_session=tok; b=2";
  r.query.emplace("x", "1");
  EXPECT_EQ(r.Cookie("sw_session"), "tok");
  EXPECT_EQ(r.Cookie("a"), "1");
  EXPECT_EQ(r.Cookie("zz"), "");
  EXPECT_EQ(r.Query("x"), "1");
  EXPECT_EQ(r.Query("y"), "");
  EXPECT_EQ(r.Header("authorization"), "");
}

}  // namespace
}  // namespace sanwang::api
