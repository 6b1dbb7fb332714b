// The e-mail as rendered for SMTP: encoded words within RFC 2047's length that never cut a
// character, a body in base64 lines, the date in Beijing time and the headers a mail
// program needs. (The SMTP channel's test has an independent mail parser read it.)
#include "notify/channels/mail_message.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <sstream>

namespace sanwang::notify {
namespace {

std::string FromBase64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t n = 0;
  EXPECT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.c_str(),
                              text.size(), "\r\n", &n, nullptr, sodium_base64_VARIANT_ORIGINAL),
            0);
  out.resize(n);
  return out;
}

TEST(MailMessageTest, ALongChineseSubjectIsEncodedInWholeCharacters) {
  const std::string subject =
      "您反映的诉求已办结，请评价：建设路与解放路交叉口东南角井盖缺失已修复 / resolved";
  const std::string encoded = EncodedWords(subject);
  std::string decoded;
  std::istringstream words(encoded);
  std::string word;
  int count = 0;
  while (words >> word) {
    ++count;
    EXPECT_LE(word.size(), 75U) << word;
    ASSERT_EQ(word.rfind("=?UTF-8?B?", 0), 0U) << word;
    ASSERT_EQ(word.substr(word.size() - 2), "?=");
    const std::string part = FromBase64(word.substr(10, word.size() - 12));
    // Each word holds whole characters: it starts on a lead byte.
    EXPECT_NE(static_cast<unsigned char>(part.front()) & 0xC0, 0x80) << word;
    decoded += part;
  }
  EXPECT_GT(count, 1);
  EXPECT_EQ(decoded, subject);
  EXPECT_EQ(EncodedWords("Plain subject"), "Plain subject");
  EXPECT_NE(EncodedWords("line\r\nBcc: x@y.cn").find("=?UTF-8?B?"), std::string::npos)
      << "no header injection";
}

TEST(MailMessageTest, TheMessageHasItsHeadersAndABase64Body) {
  MailMessage m;
  m.from_name = "三网 Sanwang";
  m.from_address = "noreply@weidu.gov.cn";
  m.to_address = "zhang.san@example.cn";
  m.subject = "您反映的诉求已受理 / Your report has been accepted";
  m.body = "「井盖缺失」已受理。\n\"Missing manhole cover\" was accepted.";
  m.message_key = "notice-7-email";
  m.date = 1796627491;  // 2026-12-07T15:11:31+08:00
  const std::string text = RenderMail(m);
  EXPECT_NE(text.find("Date: Mon, 07 Dec 2026 15:11:31 +0800\r\n"), std::string::npos) << text;
  EXPECT_NE(text.find("To: <zhang.san@example.cn>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <notice-7-email@weidu.gov.cn>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Auto-Submitted: auto-generated\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n"),
            std::string::npos);
  const std::size_t blank = text.find("\r\n\r\n");
  ASSERT_NE(blank, std::string::npos);
  const std::string body = text.substr(blank + 4);
  std::istringstream lines(body);
  std::string line;
  while (std::getline(lines, line)) EXPECT_LE(line.size(), 77U);  // 76 and the \r
  EXPECT_EQ(FromBase64(body), "「井盖缺失」已受理。\r\n\"Missing manhole cover\" was accepted.");
}

TEST(MailMessageTest, AnAsciiSenderNameIsQuoted) {
  MailMessage m;
  m.from_name = "Weidu, \"Sanwang\"";
  m.from_address = "noreply@weidu.gov.cn";
  const std::string text = RenderMail(m);
  EXPECT_NE(text.find("From: \"Weidu, \\\"Sanwang\\\"\" <noreply@weidu.gov.cn>\r\n"), std::string::npos)
      << text;
}

}  // namespace
}  // namespace sanwang::notify
