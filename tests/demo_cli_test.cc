// `sanwang demo --district CODE`: another county-level district of Xuchang built beside the
// first in one database, from the shipped division data, under accounts of its own; and a
// command acting as an account of another district than the configured one is refused.
// SQLite only: the demo is the same SQL on both engines, and on PostgreSQL under the
// sanitizers it takes minutes.
#include <gtest/gtest.h>

#include "store/database.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

class DemoCliTest : public testing::CliTest {
 protected:
  std::int64_t Count(const std::string& sql) {
    auto rows = db_->db().Query(sql);
    EXPECT_TRUE(rows.ok()) << sql;
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }
};

TEST_P(DemoCliTest, AnUnknownDistrictIsRefusedBeforeAnythingIsWritten) {
  testing::CommandOutcome run = Sanwang("demo --cases 10 --district 411099");
  EXPECT_NE(run.status, 0);
  EXPECT_NE(run.output.find("411099"), std::string::npos) << run.output;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM units"), 0);
}

TEST_P(DemoCliTest, AnotherDistrictOfXuchangIsBuiltBesideTheFirstUnderItsOwnAccounts) {
  testing::CommandOutcome run = Sanwang("demo --cases 50 --district 411003");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_EQ(
      Count("SELECT COUNT(*) FROM units WHERE kind = 'district' AND district_code IN ('411002', '411003')"),
      2);
  // 建安区's real sub-districts from the division data.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM units WHERE kind = 'street' AND district_code = '411003'"), 18);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM users WHERE username = 'admin.411003' AND district_code = '411003'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM users WHERE username = 'admin' AND district_code = '411002'"), 1);
  EXPECT_GT(Count("SELECT COUNT(*) FROM cases WHERE district_code = '411003'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM cases c JOIN users u ON u.id = c.reporter_user_id "
                  "WHERE u.district_code <> c.district_code"),
            0)
      << "every demo matter is reported by a resident of its own district";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
                  "JOIN users u ON u.id = e.actor_user_id WHERE u.district_code <> c.district_code"),
            0)
      << "and handled by staff of its own district";

  const std::int64_t events = Count("SELECT COUNT(*) FROM case_events");
  testing::CommandOutcome across = Sanwang("case transition 1 accept --as center.411003");
  EXPECT_NE(across.status, 0);
  EXPECT_NE(across.output.find("belongs to district 411003"), std::string::npos) << across.output;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM case_events"), events);
}

INSTANTIATE_TEST_SUITE_P(Sqlite, DemoCliTest, ::testing::Values("sqlite"));

}  // namespace
}  // namespace sanwang
