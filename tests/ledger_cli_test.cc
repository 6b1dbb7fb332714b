// `sanwang ledger import|export` as a user runs them: the real binary on a database with
// the district's divisions. A bad file exits non-zero with every error on standard error
// and changes nothing; a good one is laid out, and its export imports again unchanged.
// On SQLite (a file) and on PostgreSQL.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/config.h"
#include "governance/io/ledger_xlsx.h"
#include "org/org_directory.h"
#include "store/org_repository.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

class LedgerCliTest : public testing::CliTest {
 protected:
  void SetUp() override {
    testing::CliTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_EQ(Sanwang("import divisions " + testing::SourceDir() + "/data/divisions").status, 0);
    folder_ = std::filesystem::temp_directory_path() / ("sanwang-ledger-cli-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder_);
    auto db = store::OpenDatabase(db_->url());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    store::OrgRepository repo(**db);
    auto org = org::OrgDirectory::Load(repo, Config{}.district_code);
    ASSERT_TRUE(org.ok()) << org.status().ToString();
    street_ = governance::UnitCell(*org->OfKind("street").at(0));
    community_ = governance::UnitCell(*org->OfKind("community").at(0));
  }
  void TearDown() override {
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  }

  std::int64_t Milestones() {
    auto db = store::OpenDatabase(db_->url());
    auto rows = (*db)->Query("SELECT COUNT(*) FROM gov_milestones");
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }

  governance::LedgerRow Row(int seq, const std::string& name) {
    governance::LedgerRow r;
    r.seq = std::to_string(seq);
    r.programme = "“1369”工程";
    r.project = "基层治理";
    r.task = "网格化治理提升";
    r.task_starts_on = "2026-01-05";
    r.task_ends_on = "2026-12-31";
    r.task_unit = street_;
    r.milestone = name;
    r.due_on = "2026-06-30";
    r.unit = community_;
    r.weight = "20";
    return r;
  }

  std::string File(const std::string& name, const std::vector<governance::LedgerRow>& rows) {
    auto bytes = governance::io::WriteLedgerWorkbook(rows, "台账");
    EXPECT_TRUE(bytes.ok());
    std::string path = (folder_ / name).string();
    std::ofstream(path, std::ios::binary) << *bytes;
    return path;
  }

  std::filesystem::path folder_;
  std::string street_, community_;
};

TEST_P(LedgerCliTest, ABadFileExitsWithItsErrorsAndChangesNothing) {
  testing::CommandOutcome good = Sanwang("ledger import " + File("good.xlsx", {Row(1, "制定方案")}));
  ASSERT_EQ(good.status, 0) << good.output;
  EXPECT_NE(good.output.find("1 节点 milestones"), std::string::npos) << good.output;
  ASSERT_EQ(Milestones(), 1);

  governance::LedgerRow bad = Row(2, "入户走访");
  bad.unit = "不存在的社区（X9）";
  testing::CommandOutcome refused = Sanwang("ledger import " + File("bad.xlsx", {Row(1, "摸底排查"), bad}));
  EXPECT_NE(refused.status, 0);
  EXPECT_NE(refused.output.find("第 4 行 责任单位"), std::string::npos) << refused.output;
  EXPECT_NE(refused.output.find("nothing was imported"), std::string::npos) << refused.output;
  EXPECT_EQ(Milestones(), 1);

  const std::string text = (folder_ / "ledger.csv").string();
  std::ofstream(text) << "序号,工程\n1,“1369”工程\n";
  testing::CommandOutcome not_xlsx = Sanwang("ledger import " + text);
  EXPECT_NE(not_xlsx.status, 0);
  EXPECT_NE(not_xlsx.output.find("not an XLSX workbook"), std::string::npos) << not_xlsx.output;

  testing::CommandOutcome dry = Sanwang("ledger import --dry-run " + File("dry.xlsx", {Row(1, "摸底排查")}));
  EXPECT_EQ(dry.status, 0) << dry.output;
  EXPECT_NE(dry.output.find("dry run"), std::string::npos) << dry.output;
  EXPECT_EQ(Milestones(), 1);
}

TEST_P(LedgerCliTest, TheExportImportsAgainUnchanged) {
  ASSERT_EQ(Sanwang("ledger import " + File("good.xlsx", {Row(1, "制定方案"), Row(2, "摸底排查")})).status,
            0);
  const std::string exported = (folder_ / "exported.xlsx").string();
  testing::CommandOutcome out = Sanwang("ledger export --output " + exported);
  ASSERT_EQ(out.status, 0) << out.output;
  ASSERT_TRUE(std::filesystem::exists(exported));
  testing::CommandOutcome again = Sanwang("ledger import " + exported);
  ASSERT_EQ(again.status, 0) << again.output;
  EXPECT_NE(again.output.find("0 节点 milestones; 2 个节点已存在未改动"), std::string::npos) << again.output;
  EXPECT_EQ(Milestones(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, LedgerCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& backend) { return backend.param; });

}  // namespace
}  // namespace sanwang
