// `sanwang import cases` as a district runs it when it moves in: the real binary on a
// database with the district's divisions and catalog, a GBK export as Excel in China saves
// it, a dry run, the import, and the same file again. On SQLite (a file) and on PostgreSQL.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "case_import/import_test_files.h"
#include "store/database.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

constexpr const char* kMapping = R"(
system = "weidu-12345"
[columns]
id = "工单编号"
created_at = "受理时间"
title = "诉求标题"
category = "诉求类别"
state = "办理状态"
resolved_at = "办结时间"
[categories]
"楼道杂物" = "A01-003"
[states]
"已办结" = "closed"
"办理中" = "accepted"
)";

constexpr const char* kExport =
    "工单编号,受理时间,诉求标题,诉求类别,办理状态,办结时间\n"
    "WD-1,2026-10-12 09:10,三单元楼道堆满纸箱,楼道杂物,已办结,2026-10-12 16:00\n"
    "WD-2,2026/10/13 10:05,路边有人摆摊,市容其他,办理中,\n"
    "WD-3,上个月,楼道堆放自行车,楼道杂物,办理中,\n";

class CaseImportCliTest : public testing::CliTest {
 protected:
  void SetUp() override {
    testing::CliTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_EQ(Sanwang("import divisions " + testing::SourceDir() + "/data/divisions").status, 0);
    auto catalog = Sanwang("import catalog " + testing::SourceDir() + "/data/catalog/catalog.csv");
    ASSERT_EQ(catalog.status, 0) << catalog.output;
    folder_ = std::filesystem::temp_directory_path() / ("sanwang-case-import-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder_);
    Write("map.toml", kMapping);
    Write("export.csv", case_import::testing::ToGb18030(kExport));
  }
  void TearDown() override {
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  }

  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(folder_ / name, std::ios::binary) << bytes;
  }
  std::string Path(const std::string& name) const { return (folder_ / name).string(); }
  std::string ImportArgs() const {
    return "import cases " + Path("export.csv") + " --mapping " + Path("map.toml");
  }

  std::int64_t Count(const std::string& table) {
    auto db = store::OpenDatabase(db_->url());
    auto rows = (*db)->Query("SELECT COUNT(*) FROM " + table);
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }

  std::filesystem::path folder_;
};

TEST_P(CaseImportCliTest, ADryRunThenTheImportThenTheSameFileAgain) {
  testing::CommandOutcome dry = Sanwang(ImportArgs() + " --dry-run");
  EXPECT_NE(dry.status, 0) << dry.output;  // a row fails
  EXPECT_NE(dry.output.find("row 4 (WD-3) created_at"), std::string::npos) << dry.output;
  EXPECT_NE(dry.output.find("dry run, nothing written: cases CSV (GB18030): 3 rows, 2 to add"),
            std::string::npos)
      << dry.output;
  EXPECT_EQ(Count("cases"), 0);

  testing::CommandOutcome run = Sanwang(ImportArgs() + " --review " + Path("review.csv"));
  EXPECT_NE(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("3 rows, 2 added, 0 imported before, 1 failed, 1 to review"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("cases import: 3/3 rows"), std::string::npos) << run.output;
  EXPECT_EQ(Count("cases"), 2);
  EXPECT_EQ(Count("imported_cases"), 2);
  std::ifstream review_file(Path("review.csv"));
  std::stringstream review;
  review << review_file.rdbuf();
  EXPECT_NE(review.str().find("3,WD-2,市容其他,,,no,路边有人摆摊"), std::string::npos) << review.str();

  testing::CommandOutcome again = Sanwang(ImportArgs());
  EXPECT_NE(again.output.find("3 rows, 0 added, 2 imported before, 1 failed"), std::string::npos)
      << again.output;
  EXPECT_EQ(Count("cases"), 2);
}

TEST_P(CaseImportCliTest, AMappingThatCannotWorkExitsWithItsErrorAndWritesNothing) {
  Write("bad.toml", "system = \"weidu-12345\"\n[columns]\nid = \"工单编号\"\n");
  testing::CommandOutcome bad =
      Sanwang("import cases " + Path("export.csv") + " --mapping " + Path("bad.toml"));
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("created_at"), std::string::npos) << bad.output;
  testing::CommandOutcome none = Sanwang("import cases " + Path("export.csv"));
  EXPECT_NE(none.status, 0);
  EXPECT_NE(none.output.find("--mapping"), std::string::npos) << none.output;
  EXPECT_EQ(Count("cases"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseImportCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& backend) { return backend.param; });

}  // namespace
}  // namespace sanwang
