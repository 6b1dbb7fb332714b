// The e-mail channel against a real local SMTP server (smtp_sink.py on aiosmtpd, Debian's
// python3-aiosmtpd) whose own mail parser reads each message back: a Chinese subject and
// sender name in RFC 2047 encoded words, a UTF-8 body, the headers a mail program needs;
// STARTTLS used when offered and required when configured, so a server without it is not
// sent the mail in clear; a refused mailbox given up, a busy one or no server tried again.
#include "notify/channels/smtp_channel.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "testing/child_process.h"
#include "testing/command_run.h"
#include "testing/test_databases.h"

namespace sanwang::notify {
namespace {

namespace fs = std::filesystem;

class SmtpChannelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists("/usr/bin/python3") ||
        testing::RunCommand("/usr/bin/python3 -c 'import aiosmtpd' 2>&1").status != 0) {
      GTEST_FAIL() << "python3-aiosmtpd is needed (scripts/install-deps.sh installs it)";
    }
    dir_ = fs::temp_directory_path() / ("smtp-sink-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (sink_.pid > 0) testing::Kill(sink_);
    if (sink_.out != nullptr) std::fclose(sink_.out);
    fs::remove_all(dir_);
  }

  // Starts the server, offering STARTTLS with a throw-away certificate when `tls`.
  void StartSink(bool tls) {
    std::vector<std::string> argv = {"/usr/bin/python3",
                                     testing::SourceDir() + "/src/notify/channels/smtp_sink.py",
                                     (dir_ / "mail.jsonl").string()};
    if (tls) {
      const testing::CommandOutcome made = testing::RunCommand(
          "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext "
          "subjectAltName=IP:127.0.0.1 -keyout '" +
          (dir_ / "key.pem").string() + "' -out '" + (dir_ / "cert.pem").string() + "' 2>&1");
      ASSERT_EQ(made.status, 0) << made.output;
      argv.push_back((dir_ / "cert.pem").string());
      argv.push_back((dir_ / "key.pem").string());
    }
    sink_ = testing::Spawn(argv);
    char line[64] = {};
    ASSERT_NE(std::fgets(line, sizeof line, sink_.out), nullptr) << "the SMTP server did not start";
    ASSERT_EQ(std::sscanf(line, "port %d", &port_), 1) << line;
  }

  SmtpSettings Settings(bool starttls) const {
    SmtpSettings s;
    s.url = "smtp://127.0.0.1:" + std::to_string(port_);
    s.from = "noreply@weidu.gov.cn";
    s.from_name = "魏都区三网 Sanwang";
    s.starttls = starttls;
    if (starttls) s.ca_file = (dir_ / "cert.pem").string();
    s.timeout_seconds = 5;
    return s;
  }

  static OutgoingMessage Message(const std::string& to = "zhang.san@example.cn") {
    OutgoingMessage m;
    m.idempotency_key = "notice-88-email";
    m.kind = "case_resolved";
    m.address = to;
    m.subject =
        "您反映的诉求已办结，请评价：建设路与解放路交叉口东南角井盖缺失 / Your report has been resolved";
    m.body =
        "「井盖缺失」（编号 88）已办结：已更换井盖。\n\n\"Missing manhole cover\" (No. 88) has been "
        "resolved.";
    m.params = R"({"case":"88","link":"/r/matters/88"})";
    return m;
  }

  std::vector<nlohmann::json> Received() const {
    std::vector<nlohmann::json> out;
    std::ifstream in(dir_ / "mail.jsonl");
    for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
    return out;
  }

  fs::path dir_;
  testing::Child sink_;
  int port_ = 0;
};

TEST_F(SmtpChannelTest, AChineseMessageArrivesAsWrittenWithTheHeadersItNeeds) {
  StartSink(false);
  SmtpChannel channel(Settings(false), "https://sanwang.example.cn");
  ASSERT_TRUE(channel.Deliver(Message()).ok());
  const auto mail = Received();
  ASSERT_EQ(mail.size(), 1U);
  const nlohmann::json& m = mail[0];
  EXPECT_EQ(m["subject"], Message().subject) << "decoded by Python's parser";
  EXPECT_EQ(m["from"], "魏都区三网 Sanwang <noreply@weidu.gov.cn>");
  EXPECT_EQ(m["mail_from"], "noreply@weidu.gov.cn");
  EXPECT_EQ(m["rcpt_tos"], nlohmann::json::array({"zhang.san@example.cn"}));
  EXPECT_EQ(m["message_id"], "<notice-88-email@weidu.gov.cn>");
  EXPECT_EQ(m["auto_submitted"], "auto-generated");
  EXPECT_EQ(m["charset"], "utf-8");
  EXPECT_TRUE(m["defects"].empty()) << m["defects"];
  const std::string body = m["body"];
  EXPECT_NE(body.find("「井盖缺失」（编号 88）已办结"), std::string::npos) << body;
  EXPECT_NE(body.find("\"Missing manhole cover\" (No. 88)"), std::string::npos);
  EXPECT_NE(body.find("https://sanwang.example.cn/r/matters/88"), std::string::npos);
  for (const auto& line : m["header_lines"]) EXPECT_LE(line.get<std::string>().size(), 78U) << line;
  EXPECT_FALSE(m["tls"].get<bool>());
}

TEST_F(SmtpChannelTest, StartTlsIsUsedWhenConfigured) {
  StartSink(true);
  ASSERT_TRUE(SmtpChannel(Settings(true), "").Deliver(Message()).ok());
  const auto mail = Received();
  ASSERT_EQ(mail.size(), 1U);
  EXPECT_TRUE(mail[0]["tls"].get<bool>());
}

TEST_F(SmtpChannelTest, AServerWithoutStartTlsIsNotSentTheMailInClear) {
  StartSink(false);
  SmtpSettings settings = Settings(false);
  settings.starttls = true;
  EXPECT_EQ(SmtpChannel(settings, "").Deliver(Message()).code(), ErrorCode::kUnavailable);
  EXPECT_TRUE(Received().empty());
}

TEST_F(SmtpChannelTest, ARefusedMailboxIsGivenUpAndABusyOneOrNoServerTriedAgain) {
  StartSink(false);
  SmtpChannel channel(Settings(false), "");
  const Status refused = channel.Deliver(Message("refused@example.cn"));
  EXPECT_EQ(refused.code(), ErrorCode::kFailedPrecondition) << refused.ToString();
  EXPECT_EQ(refused.message().find("refused@"), std::string::npos) << "no address in what admins see";
  EXPECT_EQ(channel.Deliver(Message("busy@example.cn")).code(), ErrorCode::kUnavailable);
  SmtpSettings nowhere = Settings(false);
  nowhere.url = "smtp://127.0.0.1:1";
  EXPECT_EQ(SmtpChannel(nowhere, "").Deliver(Message()).code(), ErrorCode::kUnavailable);
  EXPECT_TRUE(Received().empty());
}

}  // namespace
}  // namespace sanwang::notify
