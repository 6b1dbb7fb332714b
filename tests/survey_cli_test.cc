// `sanwang survey list|import|indices|export` as a user runs them: the real binary on a
// database with the district's divisions and an open survey over the district. A file with
// one bad row exits non-zero naming the line and stores nothing; a good one is stored whole;
// the indices print with their intervals and write a CSV; the answers export as XLSX.
// On SQLite (a file) and on PostgreSQL.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/config.h"
#include "governance/survey_desk.h"
#include "org/org_directory.h"
#include "org/staff.h"
#include "store/org_repository.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

class SurveyCliTest : public testing::CliTest {
 protected:
  void SetUp() override {
    testing::CliTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_EQ(Sanwang("import divisions " + testing::SourceDir() + "/data/divisions").status, 0);
    folder_ = std::filesystem::temp_directory_path() / ("sanwang-survey-cli-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder_);
    auto db = store::OpenDatabase(db_->url());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    store::OrgRepository repo(**db);
    auto org = org::OrgDirectory::Load(repo, Config{}.district_code);
    ASSERT_TRUE(org.ok()) << org.status().ToString();
    community_ = org->OfKind("community").at(0)->code;
    SystemClock clock;
    auto organizer =
        org::AddAccount(**db, Config{}.district_code,
                        {"organizer", "督查室", "", "supervisor", org->Root()->code, "", "", false}, clock);
    ASSERT_TRUE(organizer.ok()) << organizer.status().ToString();
    governance::SurveyDesk desk{**db, *org, cases::Actor::FromUser(*organizer), clock};
    governance::SurveyTerms t;
    t.title = "群众满意度测评";
    t.series = "群众满意度测评";
    t.period = "本期";
    t.area_unit_id = org->Root()->id;
    t.opens_at = clock.Now() - 86400;
    t.closes_at = clock.Now() + std::int64_t{30} * 86400;
    t.questionnaire = *governance::ParseQuestionnaire(nlohmann::json::parse(R"([
      {"code": "happy", "kind": "likert", "text": "您觉得生活幸福吗？"},
      {"code": "advice", "kind": "text", "text": "意见建议", "required": false}])"));
    t.indices = {{"happiness", "幸福感", {{"happy", 1, 1, 5}}, 30}};
    auto made = governance::CreateSurvey(desk, t);
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    ASSERT_TRUE(governance::MoveSurvey(desk, made->record.id, governance::kSurveyOpen).ok());
    id_ = std::to_string(made->record.id);
  }
  void TearDown() override {
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  }

  std::string File(const std::string& name, const std::string& text) {
    std::string path = (folder_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  std::filesystem::path folder_;
  std::string community_;
  std::string id_;
};

TEST_P(SurveyCliTest, PaperAnswersComeInWholeAndTheIndicesAndAnswersGoOut) {
  const std::string head = "community,channel,happy,advice\n";
  testing::CommandOutcome bad =
      Sanwang("survey import --as organizer --id " + id_ + " --file " +
              File("bad.csv", head + community_ + ",paper,5,\n" + community_ + ",paper,7,\n"));
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("第 3 行"), std::string::npos) << bad.output;
  testing::CommandOutcome listed = Sanwang("survey list --as organizer");
  ASSERT_EQ(listed.status, 0) << listed.output;
  EXPECT_NE(listed.output.find("  0  群众满意度测评"), std::string::npos) << listed.output;

  testing::CommandOutcome good =
      Sanwang("survey import --as organizer --id " + id_ + " --file " +
              File("good.csv", head + community_ + ",paper,5,路灯不亮\n" + community_ + ",telephone,3,\n"));
  ASSERT_EQ(good.status, 0) << good.output;
  EXPECT_NE(good.output.find("stored 2 answers"), std::string::npos) << good.output;

  const std::string csv = (folder_ / "indices.csv").string();
  testing::CommandOutcome indices = Sanwang("survey indices --as organizer --id " + id_ + " --csv " + csv);
  ASSERT_EQ(indices.status, 0) << indices.output;
  // (5 − 1) / 4 × 100 = 100 and (3 − 1) / 4 × 100 = 50: 75, two respondents, under 30.
  EXPECT_NE(indices.output.find("75.0 ["), std::string::npos) << indices.output;
  EXPECT_NE(indices.output.find("n=2 (样本不足 small sample)"), std::string::npos) << indices.output;
  EXPECT_EQ(Read(csv).rfind("\xEF\xBB\xBF指数 index", 0), 0u);

  const std::string xlsx = (folder_ / "answers.xlsx").string();
  testing::CommandOutcome exported = Sanwang("survey export --as organizer --id " + id_ + " --xlsx " + xlsx);
  ASSERT_EQ(exported.status, 0) << exported.output;
  EXPECT_EQ(Read(xlsx).substr(0, 2), "PK");
  EXPECT_NE(Sanwang("survey export --as organizer --id " + id_).status, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, SurveyCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

}  // namespace
}  // namespace sanwang
