#include "core/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>

#include "core/text.h"

namespace sanwang {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence starting at `pos`, or 0 when the byte there
// does not start one.
std::size_t ValidSequenceAt(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t len = lead < 0x80           ? 1
                          : (lead >> 5) == 0x6  ? 2
                          : (lead >> 4) == 0xE  ? 3
                          : (lead >> 3) == 0x1E ? 4
                                                : 0;
  if (len == 0 || len > text.size() - pos || !IsValidUtf8(text.substr(pos, len))) return 0;
  return len;
}

// The escape of an ASCII character JSON does not allow as it is, or "" for one it does.
std::string_view ShortEscape(char c) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\f':
      return "\\f";
    case '\n':
      return "\\n";
    case '\r':
      return "\\r";
    case '\t':
      return "\\t";
    default:
      return "";
  }
}

bool NeedsEscape(char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\'; }

// The shortest digits that read back as `value` (from to_chars), laid out as nlohmann's
// serializer lays them out: fixed notation while the decimal point falls within 15 digits
// of the first and after 0.0001, always with a fraction ("34.0"); otherwise "1.5e+20".
void AppendShortest(std::string& out, double value) {
  std::array<char, 32> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::scientific);
  std::string_view text(buf.data(), static_cast<std::size_t>(end - buf.data()));
  if (text.front() == '-') {
    out += '-';
    text.remove_prefix(1);
  }
  const std::size_t e_at = text.find('e');
  std::string digits(text.substr(0, e_at));
  if (digits.size() > 1) digits.erase(1, 1);  // "1.2345" → "12345"
  int exponent = 0;
  std::from_chars(text.data() + e_at + 1 + (text[e_at + 1] == '+'), text.data() + text.size(), exponent);
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // where the decimal point goes, counted from the first digit
  constexpr int kMinExp = -4, kMaxExp = 15;
  if (k <= n && n <= kMaxExp) {
    out += digits;
    out.append(static_cast<std::size_t>(n - k), '0');
    out += ".0";
  } else if (0 < n && n <= kMaxExp) {
    out.append(digits, 0, static_cast<std::size_t>(n));
    out += '.';
    out.append(digits, static_cast<std::size_t>(n));
  } else if (kMinExp < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    out += digits[0];
    if (k > 1) {
      out += '.';
      out.append(digits, 1);
    }
    const int shown = n - 1;
    out += shown < 0 ? "e-" : "e+";
    const int magnitude = shown < 0 ? -shown : shown;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
}

}  // namespace

void JsonWriter::Key(std::string_view name) {
  BeforeValue();
  out_ += '"';
  AppendEscaped(name);
  out_ += "\":";
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  out_ += '"';
  AppendEscaped(text);
  out_ += '"';
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  std::array<char, 24> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  out_.append(buf.data(), end);
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  out_ += json;
}

void JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();
  BeforeValue();
  AppendShortest(out_, value);
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_ += bracket;
  has_items_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  out_ += bracket;
  has_items_.pop_back();
}

void JsonWriter::BeforeValue() {
  if (after_key_) {  // the value of a member: the key placed the comma already
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_ += ',';
  has_items_.back() = true;
}

void JsonWriter::AppendEscaped(std::string_view text) {
  // Stored text is valid UTF-8 almost always: one check of the whole, then only the ASCII
  // characters JSON escapes need looking at.
  const bool valid = IsValidUtf8(text);
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t run = pos;
    while (run < text.size() && !NeedsEscape(text[run]) &&
           (valid || static_cast<unsigned char>(text[run]) < 0x80)) {
      ++run;
    }
    out_.append(text.data() + pos, run - pos);
    pos = run;
    if (pos == text.size()) break;
    const char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80) {
      std::string_view escape = ShortEscape(c);
      if (escape.empty()) {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[(c >> 4) & 0xF];
        out_ += kHex[c & 0xF];
      } else {
        out_ += escape;
      }
      ++pos;
      continue;
    }
    const std::size_t len = ValidSequenceAt(text, pos);
    if (len == 0) {
      out_ += kReplacementCharacter;
      ++pos;
    } else {
      out_.append(text.data() + pos, len);
      pos += len;
    }
  }
}

}  // namespace sanwang
