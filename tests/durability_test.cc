// Nothing acknowledged is ever lost (docs/architecture.md §7): a writer process reports each case
// change after it commits; the test kills it with SIGKILL in the middle of the stream,
// then reopens the database and checks that every acknowledged event is there, that no
// case is half-written (its row agrees with its last event) and that the indicator
// counters still equal a recount of the cases. On SQLite and on PostgreSQL.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "cases/indicators.h"
#include "store/case_repository.h"
#include "store/migrations.h"
#include "testing/test_databases.h"

namespace sanwang {
namespace {

struct Ack {
  store::Id case_id;
  int seq;
  std::string state;
};

// Runs `command` to completion; true on exit status 0.
bool RunQuiet(const std::string& command) {
  return std::system((command + " > /dev/null 2>&1").c_str()) == 0;
}

// Starts the writer, reads acknowledgements until `wanted`, then kills it mid-stream.
std::vector<Ack> WriteAndKill(const std::string& url, std::size_t wanted) {
  int out[2];
  EXPECT_EQ(pipe(out), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(SANWANG_DURABILITY_WRITER, SANWANG_DURABILITY_WRITER, url.c_str(), testing::SourceDir().c_str(),
          nullptr);
    _exit(127);
  }
  close(out[1]);
  FILE* in = fdopen(out[0], "r");
  std::vector<Ack> acks;
  char line[256];
  while (acks.size() < wanted && std::fgets(line, sizeof line, in) != nullptr) {
    Ack a{};
    char state[64];
    if (std::sscanf(line, "ack %ld %d %63s", &a.case_id, &a.seq, state) == 3) {
      a.state = state;
      acks.push_back(a);
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  std::fclose(in);
  EXPECT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself: " << status;
  return acks;
}

void CheckEverythingAcknowledgedIsThere(store::Database& db, const std::vector<Ack>& acks) {
  store::CaseRepository repo(db);
  std::map<store::Id, std::vector<store::CaseEventRecord>> events;
  for (const Ack& a : acks) {
    if (!events.count(a.case_id)) events[a.case_id] = *repo.Events(a.case_id);
    const auto& list = events[a.case_id];
    ASSERT_GE(list.size(), static_cast<std::size_t>(a.seq))
        << "case " << a.case_id << " lost event " << a.seq;
    EXPECT_EQ(list[static_cast<std::size_t>(a.seq) - 1].to_state, a.state);
  }
  store::CaseFilter all;
  all.district_code = "411002";
  all.limit = 100000;
  auto cases = repo.List(all);
  ASSERT_TRUE(cases.ok());
  store::CaseCounters recount;
  for (const auto& c : *cases) {
    auto list = *repo.Events(c.id);
    ASSERT_FALSE(list.empty());
    EXPECT_EQ(c.state, list.back().to_state) << "case " << c.id << " is half-written";
    EXPECT_EQ(static_cast<std::size_t>(c.version), list.size() - 1) << "case " << c.id;
    if (c.community_id) cases::AddCounters(recount, store::ContributionOf(c));
  }
  auto rows = db.Query(
      "SELECT SUM(cases), SUM(resolved), SUM(satisfied) FROM case_monthly_stats "
      "WHERE unit_id IN (SELECT id FROM units WHERE kind = 'community')");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->at(0).Int(0), recount.cases);
  EXPECT_EQ(rows->at(0).Int(1), recount.resolved);
  EXPECT_EQ(rows->at(0).Int(2), recount.satisfied);
}

class DurabilityTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DurabilityTest, KilledWriterLosesNothingAcknowledged) {
  std::unique_ptr<testing::TestDatabase> pg;
  std::string url;
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("sanwang-durability-" + std::to_string(getpid()));
  if (GetParam() == "sqlite") {
    std::filesystem::create_directories(dir);
    url = "sqlite:" + (dir / "cases.db").string();
  } else {
    pg = testing::TestDatabase::Create("postgres");
    if (!pg && HasFailure()) GTEST_FAIL() << "postgres is required but not available";
    if (!pg) GTEST_SKIP() << "postgres is not configured";
    url = pg->url();
  }
  ASSERT_TRUE(RunQuiet(std::string(SANWANG_BINARY) + " demo --cases 0 --db '" + url + "' --home '" +
                       testing::SourceDir() + "'"));
  for (std::size_t wanted : {37u, 201u}) {  // kill at two different points of the stream
    std::vector<Ack> acks = WriteAndKill(url, wanted);
    ASSERT_EQ(acks.size(), wanted);
    auto db = store::OpenDatabase(url);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    if (GetParam() == "sqlite") {
      EXPECT_EQ((*db)->Query("PRAGMA integrity_check")->at(0).Text(0), "ok");
    }
    CheckEverythingAcknowledgedIsThere(**db, acks);
  }
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Backends, DurabilityTest, ::testing::ValuesIn(testing::kBackends),
                         [](const ::testing::TestParamInfo<std::string>& backend) { return backend.param; });

}  // namespace
}  // namespace sanwang
