#include "case_import/old_system_time.h"

#include <gtest/gtest.h>

namespace sanwang::case_import {
namespace {

Result<UnixSeconds> Read(const std::string& text) {
  return ParseOldSystemTime({text, false}, false, "created_at");
}

TEST(OldSystemTimeTest, ReadsTheWaysExportsWriteATimeInBeijingTime) {
  const UnixSeconds expected = *ParseIso8601("2024-03-05T14:22:10+08:00");
  for (const char* text :
       {"2024-03-05 14:22:10", "2024/3/5 14:22:10", "2024.03.05 14:22:10", "2024-03-05T14:22:10",
        "2024年3月5日 14时22分10秒", "2024年03月05日14:22:10", "2024-03-05T06:22:10Z",
        "2024-03-05T14:22:10+08:00", "2024-03-05 14:22:10.250", " 2024-03-05 14:22:10 ", "20240305 142210"}) {
    auto t = Read(text);
    ASSERT_TRUE(t.ok()) << text << ": " << t.status().ToString();
    EXPECT_EQ(*t, expected) << text;
  }
  EXPECT_EQ(*Read("2024-03-05 14:22"), expected - 10);
  EXPECT_EQ(*Read("2024年3月5日 14时22分"), expected - 10);
  EXPECT_EQ(*Read("2024-03-05"), *ParseIso8601("2024-03-05T00:00:00+08:00"));
  EXPECT_EQ(*Read("2024-03-05T14:22:10-05:00"), *ParseIso8601("2024-03-06T03:22:10+08:00"));
}

TEST(OldSystemTimeTest, AnExcelDateCellIsItsSerialWithTheTimeOfDay) {
  // 45356 is 2024-03-05 in the 1900 system; .6 of a day is 14:24.
  auto t = ParseOldSystemTime({"45356.6", true}, false, "created_at");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(*t, *ParseIso8601("2024-03-05T14:24:00+08:00"));
  auto mac = ParseOldSystemTime({std::to_string(45356 - 1462), true}, true, "created_at");
  ASSERT_TRUE(mac.ok());
  EXPECT_EQ(*mac, *ParseIso8601("2024-03-05T00:00:00+08:00"));
}

TEST(OldSystemTimeTest, WhatIsNotATimeIsRefusedNamingTheField) {
  for (const char* text :
       {"", "yesterday", "2024-13-05 10:00", "2024-02-30", "2024-03-05 24:00", "2024-03-05 10",
        "2024-03-05 10:61", "05/03/2024", "2024-03-05 10:00 PM", "2024-03-05T10:00:00+99:00"}) {
    auto t = Read(text);
    ASSERT_FALSE(t.ok()) << text;
    EXPECT_EQ(t.status().field(), "created_at");
    EXPECT_NE(t.status().message().find("is not a time"), std::string::npos) << t.status().message();
  }
  EXPECT_FALSE(ParseOldSystemTime({"-5", true}, false, "closed_at").ok());
}

}  // namespace
}  // namespace sanwang::case_import
