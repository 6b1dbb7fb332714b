#include "core/csv.h"

#include <algorithm>
#include <cctype>

#include "core/text_encoding.h"

namespace sanwang {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

class CsvParser {
 public:
  explicit CsvParser(std::string_view text) : text_(text) {
    if (text_.substr(0, kBom.size()) == kBom) pos_ = kBom.size();
  }

  Result<std::vector<CsvRow>> Run() {
    std::vector<CsvRow> rows;
    while (pos_ < text_.size()) {
      CsvRow row;
      SW_RETURN_IF_ERROR(ReadRow(row));
      bool blank = row.size() == 1 && row[0].empty();
      if (!blank) rows.push_back(std::move(row));
    }
    return rows;
  }

 private:
  Status ReadRow(CsvRow& row) {
    while (true) {
      std::string field;
      SW_RETURN_IF_ERROR(ReadField(field));
      row.push_back(std::move(field));
      if (pos_ >= text_.size()) return Status::Ok();
      char c = text_[pos_++];
      if (c == ',') continue;
      if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
      ++line_;
      return Status::Ok();
    }
  }

  Status ReadField(std::string& out) {
    if (pos_ < text_.size() && text_[pos_] == '"') return ReadQuoted(out);
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == ',' || c == '\n' || c == '\r') break;
      if (c == '"') return Error("quote inside an unquoted field");
      out += c;
      ++pos_;
    }
    return Status::Ok();
  }

  Status ReadQuoted(std::string& out) {
    std::size_t start_line = line_;
    ++pos_;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          out += '"';
          ++pos_;
          continue;
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') {
          return Error("text after a closing quote");
        }
        return Status::Ok();
      }
      if (c == '\n') ++line_;
      out += c;
    }
    line_ = start_line;
    return Error("unterminated quoted field");
  }

  Status Error(const std::string& what) const {
    return InvalidArgument("CSV line " + std::to_string(line_) + ": " + what,
                           "line " + std::to_string(line_));
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

// An optional sign, digits with at most one point, and an optional exponent: "-3", "+1.5",
// "-2e3". Spreadsheets read these as numbers, never as formulas.
bool IsPlainNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t digits = 0;
  bool point = false;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i])))
      ++digits;
    else if (s[i] == '.' && !point)
      point = true;
    else
      break;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exponent = 0;
    for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) ++exponent;
    if (exponent == 0) return false;
  }
  return i == s.size();
}

// The value CsvEscape neutralised, without its quote.
void RestoreNeutralised(std::string& field) {
  if (field.size() >= 2 && field[0] == '\'' && CsvNeedsNeutralising(std::string_view(field).substr(1))) {
    field.erase(0, 1);
  }
}

}  // namespace

// Every import reads its CSV here: a GBK file (as Excel saves CSV in China) is converted,
// and one in no known encoding is refused before a field is read.
Result<std::vector<CsvRow>> ParseCsv(std::string_view text) {
  SW_ASSIGN_OR_RETURN(DecodedText decoded, DecodeImportText(text, "csv"));
  return CsvParser(decoded.utf8).Run();
}

Result<CsvTable> CsvTable::Parse(std::string_view text, const std::vector<std::string>& required) {
  SW_ASSIGN_OR_RETURN(std::vector<CsvRow> rows, ParseCsv(text));
  if (rows.empty()) return InvalidArgument("CSV file is empty: a header row is required");
  CsvTable table;
  for (std::size_t i = 0; i < rows[0].size(); ++i) table.columns_[rows[0][i]] = i;
  for (const auto& name : required) {
    if (!table.HasColumn(name)) return InvalidArgument("CSV header lacks column '" + name + "'", name);
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() != rows[0].size()) {
      return InvalidArgument("CSV line " + std::to_string(r + 1) + " has " + std::to_string(rows[r].size()) +
                                 " fields, the header has " + std::to_string(rows[0].size()),
                             "line " + std::to_string(r + 1));
    }
  }
  rows.erase(rows.begin());
  for (auto& row : rows) {
    for (auto& field : row) RestoreNeutralised(field);
  }
  table.rows_ = std::move(rows);
  return table;
}

const std::string& CsvTable::Get(std::size_t row, const std::string& column) const {
  static const std::string kEmpty;
  auto it = columns_.find(column);
  if (it == columns_.end()) return kEmpty;
  return rows_.at(row).at(it->second);
}

// Single quotes before a formula's start count too: "'=x" is written "''=x", so that the
// reader, taking one quote off, gives back "'=x" and not "=x".
bool CsvNeedsNeutralising(std::string_view field) {
  const std::string_view after_quotes = field.substr(std::min(field.find_first_not_of('\''), field.size()));
  return !after_quotes.empty() &&
         std::string_view("=+-@\t\r").find(after_quotes[0]) != std::string_view::npos &&
         !IsPlainNumber(after_quotes);
}

std::string CsvEscape(std::string_view raw) {
  std::string neutral = CsvNeedsNeutralising(raw) ? "'" + std::string(raw) : std::string(raw);
  std::string_view field = neutral;
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) line += ',';
    line += CsvEscape(fields[i]);
  }
  line += '\n';
  return line;
}

}  // namespace sanwang
