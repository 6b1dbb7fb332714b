// Venues as CSV (venue_csv.h) on both engines: Chinese headers and values accepted, a
// malformed row refused with its row number and field and nothing imported, and an export
// that imports back as edits of the same venues.
#include "support/venue_csv.h"

#include "org/org_test_fixture.h"
#include "support/store/venue_repository.h"

namespace sanwang::support {
namespace {

class VenueCsvTest : public org::SmallDistrictTest {
 protected:
  std::vector<store::VenueRecord> Stored() {
    return *store::VenueRepository(db()).List({org::kTestDistrict, {}, "", false, ""});
  }
};

constexpr const char* kChinese =
    "所属单位,名称,类型,地址,经度,纬度,容纳人数,工作日开放时间,休息日开放时间,开放对象,最多提前天数,"
    "最长分钟数,"
    "需要审批,启用\n"
    "C,党群服务中心活动室,党群服务中心活动室,建设路1号,113.805,34.01,40,08:30-21:00,09:00-17:00,公众,14,240,"
    "是,是\n"
    "S,街道球场,court,\"文化路2号,东门\",,,20,08:00-20:00,,staff,7,120,否,1\n";

TEST_P(VenueCsvTest, ChineseHeadersAndValuesImport) {
  auto result = ImportVenues(db(), Directory(), kChinese);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_EQ(result->added, 2);
  auto venues = Stored();
  ASSERT_EQ(venues.size(), 2u);
  EXPECT_EQ(venues[0].owner_unit_code, "C");
  EXPECT_EQ(venues[0].kind, "party_service_room");
  EXPECT_EQ(venues[0].open_to, "public");
  EXPECT_TRUE(venues[0].needs_approval);
  EXPECT_DOUBLE_EQ(*venues[0].lon, 113.805);
  EXPECT_EQ(venues[1].address, "文化路2号,东门");
  EXPECT_EQ(venues[1].open_to, "staff");
  EXPECT_EQ(venues[1].rest_day_hours, "");
  EXPECT_FALSE(venues[1].lon.has_value());
}

TEST_P(VenueCsvTest, AMalformedRowRefusesTheFileWithRowAndField) {
  const std::string bad =
      std::string(kChinese) + "C,阅览室,reading_space,,,,-3,08:30-21:00,,public,7,120,false,true\n";
  auto result = ImportVenues(db(), Directory(), bad);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().field(), "capacity");
  EXPECT_NE(result.status().message().find("row 4"), std::string::npos) << result.status().message();
  EXPECT_TRUE(Stored().empty());
  for (const char* row :
       {"X9,阅览室,reading_space,,,,3,,,,,,,\n", "C,阅览室,pool,,,,3,,,,,,,\n",
        "C,阅览室,reading_space,,,,3,8-21,,,,,,\n", "C,阅览室,reading_space,,,,3,,,,,,maybe,\n"}) {
    auto refused = ImportVenues(db(), Directory(), std::string(kChinese) + row);
    EXPECT_FALSE(refused.ok()) << row;
    EXPECT_NE(refused.status().message().find("row 4"), std::string::npos) << refused.status().message();
  }
  EXPECT_TRUE(Stored().empty());
}

TEST_P(VenueCsvTest, AnExportImportsBackAsEdits) {
  ASSERT_TRUE(ImportVenues(db(), Directory(), kChinese).ok());
  const std::string exported = VenueCsv(Stored());
  EXPECT_EQ(exported.rfind("id,owner_unit_code,name,kind,", 0), 0u);
  auto again = ImportVenues(db(), Directory(), exported);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->updated, 2);
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(VenueCsv(Stored()), exported);
}

SANWANG_INSTANTIATE_BACKENDS(VenueCsvTest);

}  // namespace
}  // namespace sanwang::support
