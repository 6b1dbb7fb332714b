#include "report/xlsx_sheet_reader.h"

#include <expat.h>
#include <zip.h>

#include <charconv>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <memory>

namespace sanwang::report {
namespace {

// A part larger than this is refused rather than inflated (a ledger sheet is far smaller).
constexpr zip_uint64_t kMaxPartBytes = 64u << 20;

Status NotAWorkbook(const std::string& why) {
  return InvalidArgument(
      "不是有效的 xlsx 工作簿（" + why + "） the file is not an XLSX workbook (" + why + ")", "file");
}

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ZipCloser>;

Result<Archive> OpenArchive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return NotAWorkbook("not a zip");
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  zip_error_fini(&error);
  if (archive == nullptr) {
    zip_source_free(source);
    return NotAWorkbook("not a zip");
  }
  return Archive(archive);
}

// The part's bytes; nullopt when the archive has no such part.
Result<std::optional<std::string>> ReadPart(zip_t* archive, const std::string& name) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, name.c_str(), 0, &stat) != 0) return std::optional<std::string>();
  if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > kMaxPartBytes)
    return NotAWorkbook(name + " too large");
  zip_file_t* file = zip_fopen(archive, name.c_str(), 0);
  if (file == nullptr) return NotAWorkbook(name + " unreadable");
  std::string out(stat.size, '\0');
  const zip_int64_t read = zip_fread(file, out.data(), stat.size);
  zip_fclose(file);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) return NotAWorkbook(name + " unreadable");
  return std::optional<std::string>(std::move(out));
}

using Attributes = std::map<std::string, std::string>;

// The local part of an expat name "namespace|local" (or the name when it has no namespace).
std::string LocalName(const XML_Char* name) {
  std::string_view n(name);
  const auto bar = n.rfind('|');
  return std::string(bar == std::string_view::npos ? n : n.substr(bar + 1));
}

// Walks an XML part element by element; namespaces are dropped from element and attribute
// names, so "x:c" and "c" read alike.
struct XmlHandlers {
  std::function<void(const std::string& element, const Attributes& attributes)> start;
  std::function<void(const std::string& element)> end;
  std::function<void(std::string_view text)> text;
};

void OnStart(void* data, const XML_Char* name, const XML_Char** atts) {
  auto* h = static_cast<XmlHandlers*>(data);
  if (!h->start) return;
  Attributes attributes;
  for (int i = 0; atts[i] != nullptr; i += 2) attributes[LocalName(atts[i])] = atts[i + 1];
  h->start(LocalName(name), attributes);
}

void OnEnd(void* data, const XML_Char* name) {
  auto* h = static_cast<XmlHandlers*>(data);
  if (h->end) h->end(LocalName(name));
}

void OnText(void* data, const XML_Char* text, int length) {
  auto* h = static_cast<XmlHandlers*>(data);
  if (h->text) h->text(std::string_view(text, static_cast<std::size_t>(length)));
}

Status WalkXml(const std::string& xml, const std::string& part, XmlHandlers& handlers) {
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreateNS(nullptr, '|'),
                                                                      &XML_ParserFree);
  if (!parser) return Internal("cannot create an XML parser");
  XML_SetUserData(parser.get(), &handlers);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
    return NotAWorkbook(part + ": " + XML_ErrorString(XML_GetErrorCode(parser.get())));
  }
  return Status::Ok();
}

// Text runs of <si> (shared strings) or <is> (inline strings), without phonetic runs (<rPh>).
class RichText {
 public:
  void Start(const std::string& element) {
    if (element == "rPh") ++phonetic_;
    if (element == "t" && phonetic_ == 0) in_text_ = true;
  }
  void End(const std::string& element) {
    if (element == "rPh") --phonetic_;
    if (element == "t") in_text_ = false;
  }
  void Text(std::string_view text) {
    if (in_text_) value_ += text;
  }
  std::string Take() { return std::exchange(value_, {}); }

 private:
  int phonetic_ = 0;
  bool in_text_ = false;
  std::string value_;
};

Result<std::vector<std::string>> SharedStrings(zip_t* archive) {
  SW_ASSIGN_OR_RETURN(auto xml, ReadPart(archive, "xl/sharedStrings.xml"));
  std::vector<std::string> out;
  if (!xml) return out;
  RichText rich;
  XmlHandlers h;
  h.start = [&](const std::string& e, const Attributes&) { rich.Start(e); };
  h.end = [&](const std::string& e) {
    rich.End(e);
    if (e == "si") out.push_back(rich.Take());
  };
  h.text = [&](std::string_view t) { rich.Text(t); };
  SW_RETURN_IF_ERROR(WalkXml(*xml, "sharedStrings.xml", h));
  return out;
}

struct FirstSheet {
  std::string name;
  std::string relationship;  // r:id
  bool date1904 = false;
};

Result<FirstSheet> WorkbookFirstSheet(zip_t* archive) {
  SW_ASSIGN_OR_RETURN(auto xml, ReadPart(archive, "xl/workbook.xml"));
  if (!xml) return NotAWorkbook("no xl/workbook.xml");
  FirstSheet first;
  bool found = false;
  XmlHandlers h;
  h.start = [&](const std::string& e, const Attributes& a) {
    if (e == "workbookPr" && a.count("date1904"))
      first.date1904 = a.at("date1904") == "1" || a.at("date1904") == "true";
    if (e == "sheet" && !found) {
      found = true;
      first.name = a.count("name") ? a.at("name") : "";
      first.relationship = a.count("id") ? a.at("id") : "";
    }
  };
  SW_RETURN_IF_ERROR(WalkXml(*xml, "workbook.xml", h));
  if (!found) return InvalidArgument("工作簿中没有工作表 the workbook has no sheet", "file");
  return first;
}

// The part the relationship names, e.g. "xl/worksheets/sheet1.xml".
Result<std::string> SheetPart(zip_t* archive, const std::string& relationship) {
  SW_ASSIGN_OR_RETURN(auto xml, ReadPart(archive, "xl/_rels/workbook.xml.rels"));
  std::string target;
  if (xml) {
    XmlHandlers h;
    h.start = [&](const std::string& e, const Attributes& a) {
      if (e == "Relationship" && a.count("Id") && a.at("Id") == relationship && a.count("Target")) {
        target = a.at("Target");
      }
    };
    SW_RETURN_IF_ERROR(WalkXml(*xml, "workbook.xml.rels", h));
  }
  if (target.empty()) return std::string("xl/worksheets/sheet1.xml");
  if (target.front() == '/') return target.substr(1);
  return "xl/" + target;
}

// "BC12" → 54 (A is 0); -1 without letters.
int ColumnOf(std::string_view reference) {
  int column = 0;
  std::size_t i = 0;
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
    column = column * 26 + (reference[i] - 'A' + 1);
  }
  return i == 0 ? -1 : column - 1;
}

// Reads <row>/<c> of a worksheet into rows of texts.
class SheetBuilder {
 public:
  explicit SheetBuilder(const std::vector<std::string>& shared) : shared_(shared) {}

  void Start(const std::string& e, const Attributes& a) {
    if (e == "row") StartRow(a);
    if (e == "c") StartCell(a);
    if (e == "v") in_value_ = true;
    if (e == "is") in_inline_ = true;
    if (in_inline_) rich_.Start(e);
  }
  void End(const std::string& e) {
    if (in_inline_) rich_.End(e);
    if (e == "is") {
      in_inline_ = false;
      value_ = rich_.Take();
    }
    if (e == "v") in_value_ = false;
    if (e == "c") EndCell();
    if (e == "row" && !rows_.empty() && rows_.back().cells.empty()) rows_.pop_back();
  }
  void Text(std::string_view t) {
    if (in_value_) value_ += t;
    if (in_inline_) rich_.Text(t);
  }
  std::vector<SheetRow> Take() { return std::move(rows_); }

 private:
  void StartRow(const Attributes& a) {
    int number = rows_.empty() ? 1 : rows_.back().number + 1;
    if (a.count("r")) std::from_chars(a.at("r").data(), a.at("r").data() + a.at("r").size(), number);
    rows_.push_back({number, {}});
    next_column_ = 0;
  }
  void StartCell(const Attributes& a) {
    column_ = a.count("r") ? ColumnOf(a.at("r")) : next_column_;
    if (column_ < 0) column_ = next_column_;
    type_ = a.count("t") ? a.at("t") : "n";
    value_.clear();
  }
  void EndCell() {
    next_column_ = column_ + 1;
    if (rows_.empty()) return;
    SheetCell cell{value_, type_ == "n"};
    if (type_ == "s") {
      std::size_t index = shared_.size();
      std::from_chars(value_.data(), value_.data() + value_.size(), index);
      cell.text = index < shared_.size() ? shared_[index] : "";
    }
    if (cell.text.empty()) return;
    auto& cells = rows_.back().cells;
    if (cells.size() <= static_cast<std::size_t>(column_)) cells.resize(column_ + 1);
    cells[column_] = std::move(cell);
  }

  const std::vector<std::string>& shared_;
  std::vector<SheetRow> rows_;
  RichText rich_;
  int column_ = 0;
  int next_column_ = 0;
  std::string type_;
  std::string value_;
  bool in_value_ = false;
  bool in_inline_ = false;
};

}  // namespace

Result<Sheet> ReadFirstSheet(std::string_view xlsx) {
  SW_ASSIGN_OR_RETURN(Archive archive, OpenArchive(xlsx));
  SW_ASSIGN_OR_RETURN(FirstSheet first, WorkbookFirstSheet(archive.get()));
  SW_ASSIGN_OR_RETURN(std::string part, SheetPart(archive.get(), first.relationship));
  SW_ASSIGN_OR_RETURN(auto xml, ReadPart(archive.get(), part));
  if (!xml) return InvalidArgument("工作簿中没有工作表 the workbook has no sheet", "file");
  SW_ASSIGN_OR_RETURN(std::vector<std::string> shared, SharedStrings(archive.get()));
  SheetBuilder builder(shared);
  XmlHandlers h;
  h.start = [&](const std::string& e, const Attributes& a) { builder.Start(e, a); };
  h.end = [&](const std::string& e) { builder.End(e); };
  h.text = [&](std::string_view t) { builder.Text(t); };
  SW_RETURN_IF_ERROR(WalkXml(*xml, part, h));
  return Sheet{first.name, first.date1904, builder.Take()};
}

Result<LocalDate> ExcelSerialDate(std::string_view serial, bool date1904) {
  double value = 0;
  auto [end, error] = std::from_chars(serial.data(), serial.data() + serial.size(), value);
  // Serial 61 is 1900-03-01: below it the 1900 system counts a 29 February that never was.
  const double lowest = date1904 ? 0 : 61;
  if (serial.empty() || error != std::errc() || end != serial.data() + serial.size() || value < lowest ||
      value > 2958465) {
    return InvalidArgument("不是有效的 Excel 日期 " + std::string(serial) + " is not an Excel date");
  }
  using std::chrono::days;
  const std::chrono::sys_days epoch = date1904 ? std::chrono::sys_days{std::chrono::year{1904} / 1 / 1}
                                               : std::chrono::sys_days{std::chrono::year{1899} / 12 / 30};
  return LocalDate{epoch + days{static_cast<int>(std::floor(value))}};
}

}  // namespace sanwang::report
