// The outbox sender killed mid-delivery (docs/notifications.md §4): the real binary's
// `sanwang notify deliver --once` sends a batch of text messages to a local fake gateway
// (notify/channels/fake_gateway.h) that answers slowly; the test kills it with SIGKILL
// while requests are under way, lets the claims and the lease run out as time would, and
// runs the sender again. Every message is then sent, delivered exactly once by the gateway,
// which honours idempotency keys, and requested at least once — some twice, which a
// gateway that ignored the keys would have delivered twice. On SQLite (a file) and on
// PostgreSQL.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "notify/channels/fake_gateway.h"
#include "notify/store/delivery_settings_repository.h"
#include "notify/store/outbox_repository.h"
#include "store/user_repository.h"
#include "testing/child_process.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

constexpr int kMessages = 12;
constexpr const char* kSecret = "kill-test-secret";

class OutboxKillTest : public testing::CliTest {
 protected:
  void SetUp() override {
    testing::CliTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    config_ =
        std::filesystem::temp_directory_path() / ("outbox-kill-" + std::to_string(::getpid()) + ".toml");
    std::ofstream(config_)
        << "[notify.sms]\nurl = \"" << gateway_.url() << "\"\nsecret = \"" << kSecret
        << "\"\ntimeout_seconds = 30\n[notify.sms.templates]\ncase_resolved = \"SMS_0001\"\n";
    store::UserRecord u;
    u.district_code = "411002";  // the default configuration's district
    u.username = "resident";
    u.display_name = "居民";
    u.phone = "13800000009";
    u.role = "resident";
    u.password_hash = "x";
    u.created_at = 1796000400;
    auto user = store::UserRepository(db_->db()).Insert(u);
    ASSERT_TRUE(user.ok()) << user.status().ToString();
    store::DeliverySettingsRecord s;
    s.user_id = user->id;
    s.district_code = "411002";
    s.channels = "sms";
    ASSERT_TRUE(store::DeliverySettingsRepository(db_->db()).Put(s).ok());
    for (int i = 1; i <= kMessages; ++i) {
      store::OutboxRecord m;
      m.district_code = "411002";
      m.idempotency_key = "kill-test-" + std::to_string(i);
      m.channel = "sms";
      m.user_id = user->id;
      m.kind = "case_resolved";
      m.params = R"({"case":")" + std::to_string(i) + R"("})";
      m.state = "pending";
      m.created_at = 1796000400;
      ASSERT_TRUE(store::OutboxRepository(db_->db()).Insert(m).ok());
    }
  }
  void TearDown() override { std::filesystem::remove(config_); }

  // What time would do after a sender died: its claims and its lease run out.
  void LetTheClaimsRunOut() {
    ASSERT_TRUE(db_->db().Execute("UPDATE notify_outbox SET not_before = 0 WHERE state = 'pending'").ok());
    ASSERT_TRUE(db_->db().Execute("UPDATE leases SET expires_at = 0").ok());
  }

  std::filesystem::path config_;
  notify::FakeGateway gateway_{kSecret};
};

TEST_P(OutboxKillTest, ASenderKilledMidDeliveryLosesNothingAndTheGatewayDeliversEachMessageOnce) {
  gateway_.DelayAnswers(std::chrono::milliseconds(150));
  testing::Child sender = testing::Spawn({SANWANG_BINARY, "--db", db_->url(), "--home", testing::SourceDir(),
                                          "--config", config_.string(), "notify", "deliver", "--once"});
  ASSERT_TRUE(gateway_.WaitForRequests(kMessages / 2, std::chrono::seconds(60))) << "the sender sent nothing";
  EXPECT_TRUE(testing::Kill(sender)) << "the sender finished before it was killed";
  std::fclose(sender.out);
  const std::size_t before_kill = gateway_.requests().size();
  EXPECT_LT(before_kill, static_cast<std::size_t>(kMessages));

  LetTheClaimsRunOut();
  gateway_.DelayAnswers(std::chrono::milliseconds(0));
  const testing::CommandOutcome again = Sanwang("--config '" + config_.string() + "' notify deliver --once");
  ASSERT_EQ(again.status, 0) << again.output;

  auto rows = db_->db().Query("SELECT state, COUNT(*) FROM notify_outbox GROUP BY state");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1U) << "every message in one state";
  EXPECT_EQ(rows->at(0).Text(0), "sent");
  EXPECT_EQ(rows->at(0).Int(1), kMessages);

  std::map<std::string, int> requested;
  for (const auto& r : gateway_.requests()) {
    EXPECT_TRUE(r.signature_ok);
    ++requested[r.idempotency_key];
  }
  EXPECT_EQ(requested.size(), static_cast<std::size_t>(kMessages)) << "each message requested at least once";
  EXPECT_GT(gateway_.requests().size(), static_cast<std::size_t>(kMessages))
      << "the one under way when the sender died was requested again";
  std::map<std::string, int> delivered;
  for (const auto& r : gateway_.delivered()) ++delivered[r.idempotency_key];
  EXPECT_EQ(delivered.size(), static_cast<std::size_t>(kMessages));
  for (const auto& [key, n] : delivered) EXPECT_EQ(n, 1) << key << " delivered more than once";
  std::cout << "requests before the kill " << before_kill << ", in all " << gateway_.requests().size()
            << ", delivered " << gateway_.delivered().size() << "\n";
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxKillTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sanwang
