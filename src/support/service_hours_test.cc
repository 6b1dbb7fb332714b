// Service hours: rounding to half hours and the Shanghai year's bounds.
#include "support/service_hours.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

constexpr UnixSeconds kNine = 1796000400;  // 2026-11-30T09:00:00+08:00

TEST(ServiceHoursTest, RoundsToTheNearestHalfHour) {
  EXPECT_EQ(CreditedMinutes(kNine, kNine + 14 * 60), 0);
  EXPECT_EQ(CreditedMinutes(kNine, kNine + 15 * 60), 30);
  EXPECT_EQ(CreditedMinutes(kNine, kNine + 44 * 60 + 59), 30);
  EXPECT_EQ(CreditedMinutes(kNine, kNine + 45 * 60), 60);
  EXPECT_EQ(CreditedMinutes(kNine, kNine + 2 * 3600 + 10 * 60), 120);
  EXPECT_EQ(CreditedMinutes(kNine, kNine + 2 * 3600 + 20 * 60), 150);
}

TEST(ServiceHoursTest, NeverNegative) {
  EXPECT_EQ(CreditedMinutes(kNine, kNine), 0);
  EXPECT_EQ(CreditedMinutes(kNine, kNine - 3600), 0);
}

TEST(ServiceHoursTest, YearBoundsAreShanghaiMidnights) {
  const auto [from, to] = LocalYearBounds(2026);
  EXPECT_EQ(FormatIso8601(from), "2026-01-01T00:00:00+08:00");
  EXPECT_EQ(FormatIso8601(to), "2027-01-01T00:00:00+08:00");
}

TEST(ServiceHoursTest, GroupsMembersPerWorkplace) {
  std::vector<store::ServiceHoursRow> rows = {
      {"区财政局", 1, "张三", 2, 90}, {"区财政局", 2, "李四", 1, 60}, {"市一中", 3, "王五", 3, 180}};
  auto grouped = HoursPerWorkplace(rows);
  ASSERT_EQ(grouped.size(), 2u);
  const auto& finance = grouped[0].workplace == "区财政局" ? grouped[0] : grouped[1];
  EXPECT_EQ(finance.members, 2);
  EXPECT_EQ(finance.activities, 3);
  EXPECT_EQ(finance.minutes, 150);
  EXPECT_EQ(finance.rows.size(), 2u);
}

TEST(ServiceHoursTest, CsvHasOneRowPerMemberAndEscapesFormulas) {
  std::vector<store::ServiceHoursRow> rows = {{"区财政局", 1, "张三", 2, 90},
                                              {"=HYPERLINK()", 2, "李四", 1, 30}};
  EXPECT_EQ(ServiceHoursCsv(rows),
            "workplace,user_id,name,activities,minutes,hours\n"
            "区财政局,1,张三,2,90,1.5\n"
            "'=HYPERLINK(),2,李四,1,30,0.5\n");
}

}  // namespace
}  // namespace sanwang::support
