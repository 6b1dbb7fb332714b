#include "case_import/old_system_time.h"

#include <cmath>
#include <cstdlib>

#include "core/text.h"
#include "report/xlsx_sheet_reader.h"

namespace sanwang::case_import {
namespace {

// Reads the numbers of a date and time left to right, skipping the separators between them.
class TimeScanner {
 public:
  explicit TimeScanner(std::string_view text) : text_(text) {}

  // The next run of digits (at most `max_digits`), after any separators in `separators`.
  std::optional<int> Number(std::string_view separators, std::size_t max_digits) {
    SkipAny(separators);
    std::size_t start = pos_;
    while (pos_ < text_.size() && pos_ - start < max_digits && IsDigit(text_[pos_])) ++pos_;
    if (pos_ == start) return std::nullopt;
    return std::atoi(std::string(text_.substr(start, pos_ - start)).c_str());
  }

  void SkipAny(std::string_view separators) {
    while (pos_ < text_.size()) {
      bool skipped = false;
      for (std::string_view s : kWords) {
        if (separators.find(s) != std::string_view::npos && text_.substr(pos_, s.size()) == s) {
          pos_ += s.size();
          skipped = true;
          break;
        }
      }
      if (!skipped) return;
    }
  }

  // Skips the fraction of a second (".123").
  void SkipFraction() {
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
  }

  std::string_view Rest() const { return text_.substr(pos_); }
  bool AtEnd() const { return pos_ == text_.size(); }

 private:
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  // Separators as UTF-8 words: the ASCII ones and the Chinese date and time characters.
  static constexpr std::string_view kWords[] = {"-",  "/",  ".",  ":",  " ",  "T",
                                                "年", "月", "日", "时", "分", "秒"};
  std::string_view text_;
  std::size_t pos_ = 0;
};

constexpr std::string_view kDateSeparators = "-/.年月";
constexpr std::string_view kTimeSeparators = " T日:时分";

Status Bad(std::string_view text, const std::string& field) {
  return InvalidArgument(
      "时间格式不对 " + field + " '" + std::string(text) + "' is not a time such as 2024-03-05 14:22:10",
      field);
}

// The offset after the time of day: "Z", "+08:00", "+0800", or nothing (Shanghai's).
std::optional<int> OffsetSeconds(std::string_view rest) {
  if (rest.empty() || rest == "秒") return kShanghaiOffsetSeconds;
  if (rest == "Z") return 0;
  if (rest.size() < 3 || (rest[0] != '+' && rest[0] != '-')) return std::nullopt;
  TimeScanner s(rest.substr(1));
  std::optional<int> hours = s.Number("", 2);
  std::optional<int> minutes = s.Number(":", 2);
  if (!hours || !s.AtEnd() || *hours > 14 || minutes.value_or(0) > 59) return std::nullopt;
  int seconds = *hours * 3600 + minutes.value_or(0) * 60;
  return rest[0] == '-' ? -seconds : seconds;
}

Result<UnixSeconds> FromText(std::string_view text, const std::string& field) {
  TimeScanner s(text);
  std::optional<int> year = s.Number("", 4);
  std::optional<int> month = s.Number(kDateSeparators, 2);
  std::optional<int> day = s.Number(kDateSeparators, 2);
  if (!year || !month || !day || *year < 1900) return Bad(text, field);
  LocalDate date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                 std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return Bad(text, field);
  std::optional<int> hour = s.Number(kTimeSeparators, 2);
  std::optional<int> minute = hour ? s.Number(kTimeSeparators, 2) : std::nullopt;
  std::optional<int> second = minute ? s.Number(kTimeSeparators, 2) : std::nullopt;
  if (hour && !minute) return Bad(text, field);
  if (hour.value_or(0) > 23 || minute.value_or(0) > 59 || second.value_or(0) > 59) return Bad(text, field);
  s.SkipFraction();
  s.SkipAny("日");
  std::optional<int> offset = OffsetSeconds(s.Rest());
  if (!offset) return Bad(text, field);
  UnixSeconds local = StartOfLocalDay(date) + kShanghaiOffsetSeconds;  // midnight as if it were UTC
  const UnixSeconds clock = static_cast<UnixSeconds>(hour.value_or(0)) * 3600 +
                            static_cast<UnixSeconds>(minute.value_or(0)) * 60 + second.value_or(0);
  return local + clock - *offset;
}

Result<UnixSeconds> FromExcelSerial(std::string_view serial, bool date1904, const std::string& field) {
  auto date = report::ExcelSerialDate(serial, date1904);
  if (!date.ok()) return Bad(serial, field);
  double days = std::strtod(std::string(serial).c_str(), nullptr);
  auto seconds = static_cast<int>(std::lround((days - std::floor(days)) * 86400.0));
  return StartOfLocalDay(*date) + std::min(seconds, 86399);
}

}  // namespace

Result<UnixSeconds> ParseOldSystemTime(const SourceCell& cell, bool date1904, const std::string& field) {
  std::string_view text = TrimAscii(cell.text);
  if (cell.number) return FromExcelSerial(text, date1904, field);
  return FromText(text, field);
}

}  // namespace sanwang::case_import
