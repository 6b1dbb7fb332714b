#include "cases/earlier_reports.h"

#include <gtest/gtest.h>

namespace sanwang::cases {
namespace {

constexpr UnixSeconds kNow = 1796000400;  // 2026-11-30T09:00:00+08:00
constexpr UnixSeconds kDay = 86400;

Workflow Settings() {
  auto w = Workflow::Parse(
      "name = \"w\"\ninitial = \"a\"\nrepeat_radius_m = 100\nrepeat_window_days = 30\n"
      "duplicate_radius_m = 50\nduplicate_window_days = 10\nduplicate_min_similarity = 0.3\n"
      "[[state]]\nname = \"a\"\n");
  EXPECT_TRUE(w.ok()) << w.status().ToString();
  return *w;
}

store::CaseRecord Report(store::Id id, std::string title, double lon, double lat, UnixSeconds at) {
  store::CaseRecord c;
  c.id = id;
  c.item_code = "A01-001";
  c.title = std::move(title);
  c.lon = lon;
  c.lat = lat;
  c.created_at = at;
  return c;
}

// 0.0003° of longitude is about 28 m at this latitude; 0.0008° about 74 m.
TEST(EarlierReportsTest, NearSimilarOpenCaseOfTheItemIsAPossibleDuplicate) {
  Workflow w = Settings();
  store::CaseRecord fresh = Report(0, "楼道里堆满了纸箱", 113.8003, 34.0, kNow);
  std::vector<store::CaseRecord> open = {Report(7, "楼道堆满纸箱没人管", 113.8, 34.0, kNow - kDay)};
  EarlierReports found = FindEarlierReports(w, fresh, open);
  ASSERT_TRUE(found.duplicate.has_value());
  EXPECT_EQ(found.duplicate->id, 7);
  EXPECT_NEAR(found.duplicate->distance_m, 27.7, 1.0);
  EXPECT_DOUBLE_EQ(found.duplicate->similarity, 6.0 / 15.0);
  EXPECT_EQ(found.repeat_of, 7);
}

TEST(EarlierReportsTest, RepeatNeedsOnlyPlaceAndTimeDuplicateAlsoText) {
  Workflow w = Settings();
  store::CaseRecord fresh = Report(0, "楼道里堆满了纸箱", 113.8003, 34.0, kNow);
  EarlierReports other_text =
      FindEarlierReports(w, fresh, {Report(3, "电动车在楼道充电", 113.8, 34.0, kNow)});
  EXPECT_EQ(other_text.repeat_of, 3);
  EXPECT_FALSE(other_text.duplicate);
  EarlierReports too_far =
      FindEarlierReports(w, fresh, {Report(4, "楼道里堆满了纸箱", 113.8011, 34.0, kNow)});
  EXPECT_EQ(too_far.repeat_of, 4);  // 74 m: a repeat, but beyond the duplicate radius
  EXPECT_FALSE(too_far.duplicate);
  EarlierReports too_old =
      FindEarlierReports(w, fresh, {Report(5, "楼道里堆满了纸箱", 113.8, 34.0, kNow - 20 * kDay)});
  EXPECT_EQ(too_old.repeat_of, 5);  // 20 days: within the repeat window, beyond the duplicate one
  EXPECT_FALSE(too_old.duplicate);
}

TEST(EarlierReportsTest, MostSimilarWinsThenNearest) {
  Workflow w = Settings();
  store::CaseRecord fresh = Report(0, "楼道里堆满了纸箱", 113.8, 34.0, kNow);
  std::vector<store::CaseRecord> open = {Report(1, "楼道堆满纸箱没人管", 113.8, 34.0, kNow),
                                         Report(2, "楼道里堆满了纸箱", 113.8002, 34.0, kNow),
                                         Report(3, "楼道里堆满了纸箱", 113.8001, 34.0, kNow)};
  EarlierReports found = FindEarlierReports(w, fresh, open);
  ASSERT_TRUE(found.duplicate);
  EXPECT_EQ(found.duplicate->id, 3);
  EXPECT_DOUBLE_EQ(found.duplicate->similarity, 1.0);
  EXPECT_EQ(found.repeat_of, 1);  // the first report of the place, as before
}

TEST(EarlierReportsTest, NothingWithoutItemOrPlace) {
  Workflow w = Settings();
  std::vector<store::CaseRecord> open = {Report(1, "楼道里堆满了纸箱", 113.8, 34.0, kNow)};
  store::CaseRecord no_item = Report(0, "楼道里堆满了纸箱", 113.8, 34.0, kNow);
  no_item.item_code.clear();
  EXPECT_FALSE(FindEarlierReports(w, no_item, open).duplicate);
  store::CaseRecord no_place = Report(0, "楼道里堆满了纸箱", 113.8, 34.0, kNow);
  no_place.lon.reset();
  EXPECT_FALSE(FindEarlierReports(w, no_place, open).duplicate);
  store::CaseRecord other_item = Report(0, "楼道里堆满了纸箱", 113.8, 34.0, kNow);
  other_item.item_code = "A01-002";
  EXPECT_FALSE(FindEarlierReports(w, other_item, open).repeat_of);
}

TEST(EarlierReportsTest, LooksBackOverTheLongerWindow) {
  EXPECT_EQ(EarlierReportsSince(Settings(), kNow), kNow - 30 * kDay);
}

}  // namespace
}  // namespace sanwang::cases
