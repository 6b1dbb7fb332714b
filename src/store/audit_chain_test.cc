#include "store/audit_chain.h"

#include <gtest/gtest.h>

#include <thread>

#include "store/security_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class AuditChainTest : public BackendTest {
 protected:
  AuditChainTest() { reach_ = testing::TestDatabase::Reach::kOtherConnections; }

  Id Write(const std::string& district, const std::string& detail) {
    AuditRecord r;
    r.district_code = district;
    r.at = 1796000400;
    r.user_id = 7;
    r.username = "admin";
    r.role = "admin";
    r.remote_address = "127.0.0.1";
    r.action = "PUT /api/v1/users/{id}";
    r.target = "/api/v1/users/7";
    r.outcome = "ok";
    r.detail = detail;
    EXPECT_TRUE(SecurityRepository(db()).Audit(r).ok());
    return db().Query("SELECT MAX(id) FROM audit_log")->at(0).Int(0);
  }

  AuditChainReport Verify(const std::string& district = "411002") {
    auto report = VerifyAuditChain(db(), district);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? *report : AuditChainReport{};
  }

  std::string HashOf(Id id) {
    return db().Query("SELECT chain_hash FROM audit_log WHERE id = ?", {id})->at(0).Text(0);
  }

  // What a database administrator could do: take the guard off the table.
  void DropGuards() {
    const char* sql = db().dialect() == Dialect::kSqlite
                          ? "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_kept"
                          : "DROP TRIGGER audit_log_guard ON audit_log";
    ASSERT_TRUE(db().ExecuteScript(sql).ok());
  }
};

TEST_P(AuditChainTest, EachEntryLinksToTheOneBeforeItInItsDistrict) {
  const Id a1 = Write("411002", "role resident → street");
  Write("411023", "another district");
  const Id a2 = Write("411002", "disabled");
  const Id a3 = Write("411002", "enabled");

  AuditChainReport report = Verify();
  EXPECT_TRUE(report.intact());
  EXPECT_EQ(report.entries, 3);
  EXPECT_EQ(report.before_chain, 0);
  EXPECT_EQ(report.head, HashOf(a3));
  EXPECT_EQ(HashOf(a1).size(), 64u);
  // The second entry's hash is computed from the first's, not from the other district's.
  auto second = SecurityRepository(db()).RecentAudit("411002", 3);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(HashOf(a2), AuditChainHash(HashOf(a1), second->at(1)));
  EXPECT_TRUE(Verify("411023").intact());
}

TEST_P(AuditChainTest, TheTableRefusesToChangeOrDropARecentEntry) {
  const Id id = Write("411002", "disabled");
  EXPECT_FALSE(db().Execute("UPDATE audit_log SET detail = 'nothing' WHERE id = ?", {id}).ok());
  EXPECT_FALSE(db().Execute("DELETE FROM audit_log WHERE id = ?", {id}).ok());
  EXPECT_EQ(db().Query("SELECT detail FROM audit_log WHERE id = ?", {id})->at(0).Text(0), "disabled");
}

TEST_P(AuditChainTest, AChangedEntryBreaksTheChainAtThatEntry) {
  Write("411002", "one");
  const Id changed = Write("411002", "two");
  Write("411002", "three");
  DropGuards();
  ASSERT_TRUE(db().Execute("UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?", {changed}).ok());
  AuditChainReport report = Verify();
  EXPECT_FALSE(report.intact());
  EXPECT_EQ(report.broken_at, changed);
}

TEST_P(AuditChainTest, ARemovedEntryBreaksTheLinkOfTheNextAndARemovedLastOneTheHead) {
  Write("411002", "one");
  const Id removed = Write("411002", "two");
  const Id next = Write("411002", "three");
  const Id last = Write("411002", "four");
  DropGuards();
  ASSERT_TRUE(db().Execute("DELETE FROM audit_log WHERE id = ?", {removed}).ok());
  EXPECT_EQ(Verify().broken_at, next);

  ASSERT_TRUE(db().Execute("DELETE FROM audit_log WHERE id = ?", {last}).ok());
  AuditChainReport report = Verify();
  EXPECT_FALSE(report.head_matches);
  EXPECT_EQ(report.head, HashOf(next));
}

TEST_P(AuditChainTest, EntriesFromBeforeTheChainAreCountedAndTheChainStartsAfterThem) {
  ASSERT_TRUE(db().Execute("INSERT INTO audit_log (district_code, at, action, outcome) "
                           "VALUES ('411002', 1796000000, 'sign_in', 'ok')")
                  .ok());
  Write("411002", "first chained");
  AuditChainReport report = Verify();
  EXPECT_TRUE(report.intact());
  EXPECT_EQ(report.before_chain, 1);
  EXPECT_EQ(report.entries, 2);
}

TEST_P(AuditChainTest, WritersOnSeveralConnectionsKeepOneChain) {
  constexpr int kWriters = 4;
  constexpr int kEach = 25;
  std::vector<std::thread> writers;
  std::atomic<int> failed{0};
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      auto own = OpenDatabase(test_db_->url());
      if (!own.ok()) {
        ++failed;
        return;
      }
      for (int i = 0; i < kEach; ++i) {
        AuditRecord r;
        r.district_code = "411002";
        r.at = 1796000400 + i;
        r.action = "sign_in";
        r.outcome = "ok";
        r.detail = std::to_string(w) + "/" + std::to_string(i);
        if (!SecurityRepository(**own).Audit(r).ok()) ++failed;
      }
    });
  }
  for (auto& t : writers) t.join();
  EXPECT_EQ(failed, 0);
  AuditChainReport report = Verify();
  EXPECT_TRUE(report.intact()) << "broken at " << report.broken_at.value_or(0);
  EXPECT_EQ(report.entries, kWriters * kEach);
}

SANWANG_INSTANTIATE_BACKENDS(AuditChainTest);

}  // namespace
}  // namespace sanwang::store
