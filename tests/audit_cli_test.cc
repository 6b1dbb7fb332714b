// `sanwang audit verify` as an auditor runs it: the real binary on a database whose audit
// log the test writes through the repository and then tampers with, as an administrator
// who took the table's guard off could. On SQLite (a file) and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/security_repository.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

class AuditCliTest : public testing::CliTest {
 protected:
  void WriteEntries(int count) {
    for (int i = 0; i < count; ++i) {
      store::AuditRecord r;
      r.district_code = "411002";  // the default configuration's district
      r.at = 1796000400 + i;
      r.username = "admin";
      r.action = "PUT /api/v1/users/{id}";
      r.outcome = "ok";
      r.detail = "change " + std::to_string(i);
      ASSERT_TRUE(store::SecurityRepository(db_->db()).Audit(r).ok());
    }
  }
};

TEST_P(AuditCliTest, AnIntactChainPassesAndPrintsItsHead) {
  WriteEntries(3);
  const std::string head =
      db_->db().Query("SELECT chain_hash FROM audit_log ORDER BY id DESC LIMIT 1")->at(0).Text(0);
  testing::CommandOutcome run = Sanwang("audit verify");
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("audit entries 3"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("head " + head), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("the audit chain is intact"), std::string::npos) << run.output;
}

TEST_P(AuditCliTest, AnEditedEntryFailsNamingIt) {
  WriteEntries(3);
  const std::int64_t second = db_->db().Query("SELECT MIN(id) + 1 FROM audit_log")->at(0).Int(0);
  const char* unguard = db_->db().dialect() == store::Dialect::kSqlite
                            ? "DROP TRIGGER audit_log_no_update"
                            : "DROP TRIGGER audit_log_guard ON audit_log";
  ASSERT_TRUE(db_->db().ExecuteScript(unguard).ok());
  ASSERT_TRUE(db_->db().Execute("UPDATE audit_log SET username = 'nobody' WHERE id = ?", {second}).ok());
  testing::CommandOutcome run = Sanwang("audit verify");
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("audit entry " + std::to_string(second) + " was changed"), std::string::npos)
      << run.output;
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& backend) { return backend.param; });

}  // namespace
}  // namespace sanwang
