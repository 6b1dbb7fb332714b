#include "core/time.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

using namespace std::chrono_literals;

TEST(TimeTest, FormatsInShanghaiWithOffset) {
  // 2026-11-29T03:49:09Z is 11:49:09 in Shanghai.
  EXPECT_EQ(FormatIso8601(1795924149), "2026-11-29T11:49:09+08:00");
  // Late UTC evening is already the next day in Shanghai.
  EXPECT_EQ(FormatIso8601(1795910400 - 4 * 3600), "2026-11-29T04:00:00+08:00");
}

// Digits are placed by hand, not by printf: every field keeps its leading zeros, from the
// first second of 1970 to the last of 9999.
TEST(TimeTest, FormatsEveryFieldWithItsLeadingZeros) {
  EXPECT_EQ(FormatIso8601(0), "1970-01-01T08:00:00+08:00");
  EXPECT_EQ(FormatIso8601(*ParseIso8601("2026-01-02T03:04:05+08:00")), "2026-01-02T03:04:05+08:00");
  EXPECT_EQ(FormatIso8601(*ParseIso8601("2026-12-31T23:59:59+08:00")), "2026-12-31T23:59:59+08:00");
  EXPECT_EQ(FormatIso8601(*ParseIso8601("9999-12-31T23:59:59+08:00")), "9999-12-31T23:59:59+08:00");
  EXPECT_EQ(FormatDate(2026y / 3 / 7), "2026-03-07");
  EXPECT_EQ(FormatDate(987y / 10 / 11), "0987-10-11");
}

TEST(TimeTest, ParsesOffsetsZuluAndLocal) {
  EXPECT_EQ(*ParseIso8601("2026-11-29T11:49:09+08:00"), 1795924149);
  EXPECT_EQ(*ParseIso8601("2026-11-29T03:49:09Z"), 1795924149);
  EXPECT_EQ(*ParseIso8601("2026-11-29T11:49:09"), 1795924149);
  EXPECT_EQ(*ParseIso8601("2026-11-29 11:49:09.250+0800"), 1795924149);
  EXPECT_EQ(*ParseIso8601("2026-11-28T22:49:09-05:00"), 1795924149);
  EXPECT_EQ(*ParseIso8601("2026-11-29"), StartOfLocalDay(2026y / 11 / 29));
}

TEST(TimeTest, RejectsMalformedTimes) {
  for (const char* bad : {"", "2026-13-01", "2026-02-30", "2026-11-29T25:00:00", "2026-11-29T10:00:00+8",
                          "2026-11-29T10:00:00 junk", "29/11/2026"}) {
    Result<UnixSeconds> r = ParseIso8601(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << bad;
    }
  }
}

TEST(TimeTest, RoundTripsAcrossTheYear) {
  for (UnixSeconds t = 1735660800; t < 1798732800; t += 7919 * 11) {
    EXPECT_EQ(*ParseIso8601(FormatIso8601(t)), t);
  }
}

TEST(TimeTest, LocalDateMonthAndWeekday) {
  UnixSeconds t = *ParseIso8601("2026-02-28T23:59:59+08:00");
  EXPECT_EQ(LocalDateOf(t), 2026y / 2 / 28);
  EXPECT_EQ(LocalMonthKey(t), 202602);
  EXPECT_EQ(LocalMonthKey(t + 1), 202603);
  EXPECT_EQ(LocalSecondOfDay(t), 86399);
  EXPECT_EQ(IsoWeekday(2026y / 11 / 29), 7u);  // a Sunday
  EXPECT_EQ(IsoWeekday(2026y / 11 / 30), 1u);
  EXPECT_EQ(LocalDateOf(-1), 1970y / 1 / 1);  // 07:59:59 local on the first day
}

TEST(TimeTest, ClockTimesOfTheDayReadAndWrite) {
  EXPECT_EQ(ParseClockTime("00:00"), 0);
  EXPECT_EQ(ParseClockTime("07:30"), 450);
  EXPECT_EQ(ParseClockTime("23:59"), 1439);
  for (const char* bad :
       {"", "7:30", "24:00", "12:60", "12-30", "12:3x", "12:300", " 1:30", "+1:30", "-1:30"})
    EXPECT_FALSE(ParseClockTime(bad).has_value()) << bad;
  EXPECT_EQ(ClockText(0), "00:00");
  EXPECT_EQ(ClockText(450), "07:30");
  EXPECT_EQ(ClockText(1439), "23:59");
}

}  // namespace
}  // namespace sanwang
