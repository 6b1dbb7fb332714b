// The service hours workbook (GET /activities/hours/report.xlsx) on both engines, opened
// and read back: a row per member under their workplace with the activities and hours the
// test's check-outs credited, a 小计 row per workplace and a 合计 row; the workplace filter;
// who may download it.
#include <map>

#include "api/api_test_fixture.h"
#include "report/xlsx_sheet_reader.h"
#include "support/api/activity_test_support.h"

namespace sanwang::api {
namespace {

// 2026-11-02 09:00+08:00, a Monday four weeks before the test clock's now.
constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kPast = 1796086800 - 29 * kDay;

struct Figures {
  double activities = 0;
  double hours = 0;
};

class HoursWorkbookApiTest : public ApiTest {
 protected:
  // A checked-out sign-up of `username` for `workplace` crediting `minutes`.
  void Served(std::int64_t activity, const std::string& username, const std::string& workplace,
              std::int64_t minutes) {
    const std::int64_t signup = StoreSignup(*this, activity, username, workplace);
    store::ActivityRepository repo(direct_db());
    ASSERT_TRUE(repo.CheckIn(signup, kPast).ok());
    ASSERT_TRUE(repo.CheckOut(signup, kPast + minutes * 60, minutes).ok());
  }

  std::string Name(const std::string& username) {
    auto rows = direct_db().Query("SELECT display_name FROM users WHERE username = ?", {username});
    return rows->at(0).Text(0);
  }

  // The sheet's rows keyed by their first two cells (workplace and name, or label).
  std::map<std::pair<std::string, std::string>, Figures> Read(const HttpResponse& r) {
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    auto sheet = report::ReadFirstSheet(r.body);
    EXPECT_TRUE(sheet.ok()) << sheet.status().ToString();
    std::map<std::pair<std::string, std::string>, Figures> out;
    if (!sheet.ok()) return out;
    EXPECT_EQ(sheet->name, "在职党员服务时长");
    for (const auto& row : sheet->rows) {
      if (row.number <= 3 || row.cells.size() < 4 || !row.cells[3].number) continue;
      out[{row.cells[0].text, row.cells[1].text}] = {std::stod(row.cells[2].text),
                                                     std::stod(row.cells[3].text)};
    }
    return out;
  }
};

TEST_P(HoursWorkbookApiTest, TheWorkbookHoldsEachMembersHoursWithSubtotalsAndATotal) {
  const std::int64_t first = StoreActivity(*this, kPast), second = StoreActivity(*this, kPast + kDay);
  const std::int64_t third = StoreActivity(*this, kPast + 2 * kDay);
  Served(first, "resident1", "区财政局", 90);
  Served(second, "resident1", "区财政局", 60);
  Served(first, "resident2", "区财政局", 30);
  Served(third, "grid1", "区人民医院", 120);
  Served(third, "community", "", 60);                   // not a party member: not in the report
  StoreSignup(*this, second, "resident2", "区财政局");  // never checked out: no hours

  auto rows = Read(As("street", "GET", "/api/v1/activities/hours/report.xlsx?year=2026"));
  ASSERT_EQ(rows.size(), 3u + 2u + 1u) << "three members, two subtotals, one total";
  const Figures one = rows[{"区财政局", Name("resident1")}];
  EXPECT_EQ(one.activities, 2);
  EXPECT_DOUBLE_EQ(one.hours, (90 + 60) / 60.0);
  EXPECT_DOUBLE_EQ((rows[{"区财政局", Name("resident2")}].hours), 30 / 60.0);
  const Figures finance = rows[{"区财政局", "小计（2 人）"}];
  EXPECT_EQ(finance.activities, 3);
  EXPECT_DOUBLE_EQ(finance.hours, (90 + 60 + 30) / 60.0);
  EXPECT_DOUBLE_EQ((rows[{"区人民医院", "小计（1 人）"}].hours), 120 / 60.0);
  const Figures total = rows[{"合计", "3 人"}];
  EXPECT_EQ(total.activities, 4);
  EXPECT_DOUBLE_EQ(total.hours, (90 + 60 + 30 + 120) / 60.0);

  auto hospital =
      Read(As("leader", "GET", "/api/v1/activities/hours/report.xlsx?year=2026&workplace=区人民医院"));
  EXPECT_EQ(hospital.size(), 1u + 1u + 1u);
  EXPECT_DOUBLE_EQ((hospital[{"合计", "1 人"}].hours), 2.0);
  EXPECT_EQ(Read(As("street", "GET", "/api/v1/activities/hours/report.xlsx?year=2025")).size(), 1u);

  EXPECT_EQ(As("resident1", "GET", "/api/v1/activities/hours/report.xlsx").status, 403);
  EXPECT_EQ(As("street", "GET", "/api/v1/activities/hours/report.xlsx?year=20x6").status, 400);
}

SANWANG_INSTANTIATE_API_BACKENDS(HoursWorkbookApiTest);

}  // namespace
}  // namespace sanwang::api
