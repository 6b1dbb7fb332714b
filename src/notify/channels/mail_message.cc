#include "notify/channels/mail_message.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace sanwang::notify {
namespace {

constexpr std::string_view kCrlf = "\r\n";
// Bytes of UTF-8 per encoded word: base64 of 45 bytes is 60 characters, and with
// "=?UTF-8?B?" and "?=" the word stays within RFC 2047's 75.
constexpr std::size_t kWordBytes = 45;
constexpr std::size_t kLine = 78;          // RFC 5322's recommended line length
constexpr std::size_t kWordOverhead = 12;  // "=?UTF-8?B?" and "?="
constexpr std::size_t kBodyLine = 76;      // RFC 2045's limit for base64 lines

std::string Base64(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

bool IsPlainAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= ' ' && c <= '~'; });
}

// How many bytes of `text` from `at` fit in one word of at most `max_bytes` without
// cutting a character.
std::size_t WordLength(std::string_view text, std::size_t at, std::size_t max_bytes) {
  std::size_t end = std::min(text.size(), at + max_bytes);
  while (end < text.size() && end > at && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end - at;
}

// The body with its line breaks as CRLF, in base64 lines.
std::string BodyBase64(std::string_view body) {
  std::string crlf;
  for (char c : body) {
    if (c == '\n' && (crlf.empty() || crlf.back() != '\r')) crlf += '\r';
    crlf += c;
  }
  const std::string encoded = Base64(crlf);
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += kBodyLine) {
    out += encoded.substr(i, kBodyLine);
    out += kCrlf;
  }
  return out;
}

std::string DomainOf(std::string_view address) {
  const std::size_t at = address.rfind('@');
  return at == std::string_view::npos ? "localhost" : std::string(address.substr(at + 1));
}

// A display name: encoded words, or a quoted string when it is plain ASCII (which may hold
// a comma or other characters special in an address).
std::string DisplayName(std::string_view name) {
  if (!IsPlainAscii(name)) return EncodedWords(name, std::string_view("From: ").size());
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

std::string EncodedWords(std::string_view text, std::size_t taken) {
  if (IsPlainAscii(text)) return std::string(text);
  // The first word shares its line with the header's name: as many whole base64 quanta as fit.
  const std::size_t room = kLine > taken + kWordOverhead + 4 ? kLine - taken - kWordOverhead : 4;
  const std::size_t first_bytes = std::min(kWordBytes, room / 4 * 3);
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t n = WordLength(text, at, out.empty() ? first_bytes : kWordBytes);
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(at, n)) + "?=";
    at += n;
  }
  return out;
}

std::string MailDate(UnixSeconds t) {
  static constexpr std::array<const char*, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const LocalDate day = LocalDateOf(t);
  const int second = LocalSecondOfDay(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %d %02d:%02d:%02d +0800", kDays[IsoWeekday(day) - 1],
                static_cast<unsigned>(day.day()), kMonths[static_cast<unsigned>(day.month()) - 1],
                static_cast<int>(day.year()), second / 3600, second / 60 % 60, second % 60);
  return buf;
}

std::string RenderMail(const MailMessage& m) {
  std::string out;
  auto header = [&out](std::string_view name, std::string_view value) {
    out += name;
    out += ": ";
    out += value;
    out += kCrlf;
  };
  header("Date", MailDate(m.date));
  header("From", DisplayName(m.from_name) + " <" + m.from_address + ">");
  header("To", "<" + m.to_address + ">");
  header("Subject", EncodedWords(m.subject, std::string_view("Subject: ").size()));
  header("Message-ID", "<" + m.message_key + "@" + DomainOf(m.from_address) + ">");
  header("Auto-Submitted", "auto-generated");
  header("MIME-Version", "1.0");
  header("Content-Type", "text/plain; charset=UTF-8");
  header("Content-Transfer-Encoding", "base64");
  out += kCrlf;
  out += BodyBase64(m.body);
  return out;
}

}  // namespace sanwang::notify
