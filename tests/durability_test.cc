// Nothing acknowledged is ever lost (docs/architecture.md §7). Two ways in:
//
// - A writer process reports each case change after it commits; the test kills it with
//   SIGKILL at a random point of the stream, reads every acknowledgement it wrote
//   (including those still in the pipe when it died), reopens the database and checks
//   that every one of them is there, that no case is half-written (its row agrees with its
//   last event) and that the indicator counters still equal a recount of the cases.
// - A client files matters over HTTP with the real server (`sanwang serve`) and logs every
//   201 it receives; the server is killed with SIGKILL at a random moment, restarted, and
//   every logged case must be there.
//
// Kill points come from a seeded generator; the seed is printed and SANWANG_TEST_SEED
// replays a run. On SQLite (a file) and on PostgreSQL.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include "cases/indicators.h"
#include "store/case_repository.h"
#include "store/migrations.h"
#include "testing/child_process.h"
#include "testing/command_run.h"
#include "testing/test_databases.h"
#include "testing/test_seed.h"

namespace sanwang {
namespace {

using testing::Child;
using testing::Kill;
using testing::Spawn;

// Writer rounds per backend and the range of their kill points; with the writer's start-up
// this keeps the test near 20 s per backend on a busy two-core machine.
constexpr int kWriterRounds = 10;
constexpr int kMaxAcksBeforeKill = 120;
constexpr int kMaxMicrosecondsAfterAck = 3000;
constexpr int kServerRounds = 3;
constexpr int kMaxFiledBeforeKill = 60;
constexpr int kClients = 3;

struct Ack {
  store::Id case_id;
  int seq;
  std::string state;
};

// Runs `command` to completion; true on exit status 0.
bool ParseAck(const char* line, Ack& a) {
  char state[64];
  if (std::sscanf(line, "ack %ld %d %63s", &a.case_id, &a.seq, state) != 3) return false;
  a.state = state;
  return true;
}

// Starts the writer, reads `kill_after` acknowledgements, lets it run `then_us` more
// microseconds, kills it, and returns every acknowledgement it wrote before it died.
std::vector<Ack> WriteAndKill(const std::string& url, int kill_after, int then_us,
                              std::uint32_t writer_seed) {
  Child writer = Spawn({SANWANG_DURABILITY_WRITER, url, testing::SourceDir(), std::to_string(writer_seed)});
  std::vector<Ack> acks;
  char line[256];
  while (static_cast<int>(acks.size()) < kill_after && std::fgets(line, sizeof line, writer.out) != nullptr) {
    if (Ack a{}; ParseAck(line, a)) acks.push_back(a);
  }
  std::this_thread::sleep_for(std::chrono::microseconds(then_us));
  EXPECT_TRUE(Kill(writer)) << "the writer stopped by itself";
  // What it wrote after the last line read is still in the pipe: acknowledged too.
  while (std::fgets(line, sizeof line, writer.out) != nullptr) {
    if (Ack a{}; ParseAck(line, a)) acks.push_back(a);
  }
  std::fclose(writer.out);
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

struct HttpResult {
  int status = 0;  // 0: no complete response (refused, reset, cut short)
  std::string body;
};

// One request on its own connection to 127.0.0.1:port. A response counts only when its
// whole body (Content-Length) arrived.
HttpResult Http(std::uint16_t port, const std::string& method, const std::string& path,
                const std::string& body, const std::string& token = "") {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  HttpResult result;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return result;
  }
  std::string request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                        "\r\n" + (token.empty() ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n" +
                        body;
  if (send(fd, request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size())) {
    close(fd);
    return result;
  }
  std::string response;
  char buffer[4096];
  for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;)
    response.append(buffer, static_cast<std::size_t>(n));
  close(fd);
  std::smatch head;
  static const std::regex kHead(
      R"(^HTTP/1\.1 (\d{3})[^\r]*\r\n(?:[^\r]*\r\n)*?[Cc]ontent-[Ll]ength: *(\d+)\r\n)");
  std::size_t end = response.find("\r\n\r\n");
  if (end == std::string::npos || !std::regex_search(response, head, kHead)) return result;
  std::string payload = response.substr(end + 4);
  if (payload.size() < std::stoul(head[2].str())) return result;  // cut short
  result.status = std::stoi(head[1].str());
  result.body = std::move(payload);
  return result;
}

// `sanwang serve` on a free loopback port, its output drained on a thread so its logging
// never blocks on a full pipe. The request limits are off: the clients file from one
// account faster than a person does, and a 429 would end a round before the kill.
class Server {
 public:
  explicit Server(const std::string& url) {
    child_ = Spawn({SANWANG_BINARY, "--config", testing::SourceDir() + "/bench/limits-off.toml", "serve",
                    "--listen", "127.0.0.1:0", "--db", url, "--home", testing::SourceDir()});
    std::promise<std::uint16_t> port;
    auto listening = port.get_future();
    drain_ = std::thread([this, promise = std::move(port)]() mutable {
      static const std::regex kListening(R"(listening on http://127\.0\.0\.1:(\d+)/)");
      char line[1024];
      bool announced = false;
      while (std::fgets(line, sizeof line, child_.out) != nullptr) {
        std::cmatch m;
        if (!announced && std::regex_search(line, m, kListening)) {
          promise.set_value(static_cast<std::uint16_t>(std::stoi(m[1].str())));
          announced = true;
        }
      }
      if (!announced) promise.set_value(0);  // exited before listening
    });
    port_ = listening.get();
  }
  ~Server() {
    if (alive_) Kill(child_);
    drain_.join();
    std::fclose(child_.out);
  }

  std::uint16_t port() const { return port_; }
  // True when the server was running until this SIGKILL.
  bool KillNow() {
    alive_ = false;
    return Kill(child_);
  }

 private:
  Child child_;
  std::thread drain_;
  std::uint16_t port_ = 0;
  bool alive_ = true;
};

std::string SignIn(std::uint16_t port) {
  HttpResult r =
      Http(port, "POST", "/api/v1/auth/sign-in", R"({"username":"resident01","password":"Sanwang2026"})");
  EXPECT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  return j.is_object() && j.contains("token") ? j["token"].get<std::string>() : "";
}

// Clients file matters until the server dies; every 201 is logged before it is counted.
class FilingClients {
 public:
  FilingClients(std::uint16_t port, std::string token) : port_(port), token_(std::move(token)) {
    for (int i = 0; i < kClients; ++i) threads_.emplace_back([this, i] { File(i); });
  }
  ~FilingClients() { Join(); }

  void WaitForAcknowledged(std::size_t n) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return ids_.size() >= n || running_ == 0; });
  }
  // Waits for every client to notice the server is gone; returns the logged ids.
  std::vector<std::int64_t> Join() {
    for (auto& t : threads_) {
      if (t.joinable()) t.join();
    }
    std::lock_guard<std::mutex> lock(mutex_);
    return ids_;
  }
  std::vector<std::string> Refusals() {
    std::lock_guard<std::mutex> lock(mutex_);
    return refusals_;
  }

 private:
  void File(int client) {
    for (int n = 0;; ++n) {
      nlohmann::json matter = {{"title", "持久性测试 " + std::to_string(client) + "-" + std::to_string(n)},
                               {"description", "楼道堆放杂物"}};
      HttpResult r = Http(port_, "POST", "/api/v1/cases", matter.dump(), token_);
      std::lock_guard<std::mutex> lock(mutex_);
      changed_.notify_all();
      if (r.status == 201) {
        ids_.push_back(nlohmann::json::parse(r.body)["id"].get<std::int64_t>());
        continue;
      }
      // No answer: the server is gone. Any other answer is wrong; stop rather than spin.
      if (r.status != 0) refusals_.push_back(std::to_string(r.status) + " " + r.body);
      --running_;
      return;
    }
  }

  const std::uint16_t port_;
  const std::string token_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::int64_t> ids_;      // guarded by mutex_
  std::vector<std::string> refusals_;  // guarded by mutex_
  int running_ = kClients;             // guarded by mutex_
  std::vector<std::thread> threads_;
};

class DurabilityTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::TestDatabase::Create(GetParam(), testing::TestDatabase::Reach::kOtherConnections);
    if (!db_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!db_) GTEST_SKIP() << GetParam() << " is not configured";
    url_ = db_->url();
    testing::CommandOutcome demo = testing::RunSanwang(SANWANG_BINARY, url_, "demo --cases 0");
    ASSERT_EQ(demo.status, 0) << demo.output;
  }

  std::unique_ptr<testing::TestDatabase> db_;
  std::string url_;
};

TEST_P(DurabilityTest, KilledWriterLosesNothingAcknowledged) {
  std::mt19937 random(testing::TestSeed());
  std::vector<Ack> all;  // from every round: an earlier kill's changes must survive later ones too
  for (int round = 0; round < kWriterRounds && !HasFatalFailure(); ++round) {
    const int kill_after = std::uniform_int_distribution<int>(1, kMaxAcksBeforeKill)(random);
    const int then_us = std::uniform_int_distribution<int>(0, kMaxMicrosecondsAfterAck)(random);
    const std::uint32_t writer_seed = static_cast<std::uint32_t>(random());
    SCOPED_TRACE("round " + std::to_string(round) + ": killed " + std::to_string(then_us) + " us after ack " +
                 std::to_string(kill_after));
    std::vector<Ack> acks = WriteAndKill(url_, kill_after, then_us, writer_seed);
    ASSERT_GE(static_cast<int>(acks.size()), kill_after);
    all.insert(all.end(), acks.begin(), acks.end());
    auto db = store::OpenDatabase(url_);
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    if (GetParam() == "sqlite") {
      EXPECT_EQ((*db)->Query("PRAGMA integrity_check")->at(0).Text(0), "ok");
    }
    CheckEverythingAcknowledgedIsThere(**db, all);
  }
}

TEST_P(DurabilityTest, KilledServerLosesNoFiledMatter) {
  std::mt19937 random(testing::TestSeed());
  std::vector<std::int64_t> all;
  for (int round = 0; round < kServerRounds && !HasFatalFailure(); ++round) {
    const int kill_after = std::uniform_int_distribution<int>(1, kMaxFiledBeforeKill)(random);
    const int then_us = std::uniform_int_distribution<int>(0, kMaxMicrosecondsAfterAck)(random);
    SCOPED_TRACE("round " + std::to_string(round) + ": killed " + std::to_string(then_us) +
                 " us after case " + std::to_string(kill_after));
    {
      Server server(url_);
      ASSERT_NE(server.port(), 0) << "the server did not start";
      FilingClients clients(server.port(), SignIn(server.port()));
      clients.WaitForAcknowledged(static_cast<std::size_t>(kill_after));
      std::this_thread::sleep_for(std::chrono::microseconds(then_us));
      EXPECT_TRUE(server.KillNow()) << "the server stopped by itself";
      std::vector<std::int64_t> ids = clients.Join();
      for (const std::string& refusal : clients.Refusals()) ADD_FAILURE() << "refused: " << refusal;
      ASSERT_GE(static_cast<int>(ids.size()), kill_after);
      all.insert(all.end(), ids.begin(), ids.end());
    }
    Server restarted(url_);
    ASSERT_NE(restarted.port(), 0) << "the server did not restart";
    const std::string token = SignIn(restarted.port());
    for (std::int64_t id : all) {
      HttpResult r = Http(restarted.port(), "GET", "/api/v1/cases/" + std::to_string(id), "", token);
      EXPECT_EQ(r.status, 200) << "case " << id << " was acknowledged and is gone: " << r.body;
    }
  }
  auto db = store::OpenDatabase(url_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  if (GetParam() == "sqlite") {
    EXPECT_EQ((*db)->Query("PRAGMA integrity_check")->at(0).Text(0), "ok");
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, DurabilityTest, ::testing::ValuesIn(testing::kBackends),
                         [](const ::testing::TestParamInfo<std::string>& backend) { return backend.param; });

}  // namespace
}  // namespace sanwang
