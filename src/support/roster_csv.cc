#include "support/roster_csv.h"

#include <algorithm>
#include <set>

#include "core/csv.h"
#include "org/roles.h"
#include "support/personal_data.h"
#include "support/roster.h"
#include "support/roster_book.h"

namespace sanwang::support {
namespace {

const std::vector<std::string> kColumns = {
    "id",        "kind",  "name",     "post",   "unit_code", "grid_code", "started_on", "qualification",
    "id_number", "phone", "username", "active", "households"};

const std::map<std::string, std::string>& HeaderAliases() {
  static const std::map<std::string, std::string> kAliases = {{"编号", "id"},
                                                              {"类别", "kind"},
                                                              {"姓名", "name"},
                                                              {"岗位", "post"},
                                                              {"所属单位", "unit_code"},
                                                              {"网格", "grid_code"},
                                                              {"入职日期", "started_on"},
                                                              {"职业资格", "qualification"},
                                                              {"身份证号", "id_number"},
                                                              {"手机号", "phone"},
                                                              {"账号", "username"},
                                                              {"在岗", "active"},
                                                              {"社区户数", "households"}};
  return kAliases;
}

const std::map<std::string, std::string>& ValueAliases() {
  static const std::map<std::string, std::string> kAliases = {{"专职社区工作者", "community_worker"},
                                                              {"网格员", "grid_worker"},
                                                              {"专业社工", "social_worker"},
                                                              {"无", "none"},
                                                              {"助理社会工作师", "assistant"},
                                                              {"社会工作师", "intermediate"},
                                                              {"高级社会工作师", "senior"}};
  return kAliases;
}

std::string Canonical(const std::string& value) {
  auto it = ValueAliases().find(value);
  return it == ValueAliases().end() ? value : it->second;
}

Status RowError(std::size_t row, const std::string& field, const std::string& message) {
  return InvalidArgument(
      "第 " + std::to_string(row) + " 行 row " + std::to_string(row) + ", " + field + ": " + message, field);
}

Result<std::map<std::string, std::size_t>> HeaderColumns(const CsvRow& header) {
  std::map<std::string, std::size_t> columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto alias = HeaderAliases().find(header[i]);
    const std::string name = alias == HeaderAliases().end() ? header[i] : alias->second;
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end()) {
      return RowError(1, header[i], "未知的列 unknown column");
    }
    columns[name] = i;
  }
  for (const char* required : {"kind", "name", "post", "unit_code", "started_on", "id_number", "phone"}) {
    if (!columns.contains(required)) return RowError(1, required, "缺少此列 the column is missing");
  }
  return columns;
}

struct RowReader {
  const CsvRow& row;
  const std::map<std::string, std::size_t>& columns;
  std::size_t number;

  std::string Text(const std::string& name) const {
    auto it = columns.find(name);
    return it == columns.end() || it->second >= row.size() ? "" : row[it->second];
  }
  Status Integer(const std::string& name, std::int64_t& out) const {
    const std::string text = Text(name);
    if (text.empty()) return Status::Ok();
    std::size_t used = 0;
    try {
      out = std::stoll(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != text.size() || used == 0) return RowError(number, name, "应为整数 must be a whole number");
    return Status::Ok();
  }
  Status Bool(const std::string& name, bool& out) const {
    const std::string text = Text(name);
    if (text.empty()) return Status::Ok();
    if (text == "true" || text == "1" || text == "是") {
      out = true;
    } else if (text == "false" || text == "0" || text == "否") {
      out = false;
    } else {
      return RowError(number, name, "应为 true/false 或 是/否 must be true/false or 是/否");
    }
    return Status::Ok();
  }
};

Result<RosterCsvRow> ReadRow(const RowReader& r, const org::OrgDirectory& org) {
  RosterCsvRow out;
  out.row = r.number;
  store::WorkerRecord& w = out.worker;
  SW_RETURN_IF_ERROR(r.Integer("id", w.id));
  w.district_code = org.district_code();
  w.kind = Canonical(r.Text("kind"));
  w.name = r.Text("name");
  w.post = r.Text("post");
  w.unit_code = r.Text("unit_code");
  w.grid_code = r.Text("grid_code");
  w.started_on = r.Text("started_on");
  if (!r.Text("qualification").empty()) w.qualification = Canonical(r.Text("qualification"));
  w.id_number = NormalizeIdNumber(r.Text("id_number"));
  w.phone = r.Text("phone");
  w.username = r.Text("username");
  SW_RETURN_IF_ERROR(r.Bool("active", w.active));
  SW_RETURN_IF_ERROR(r.Integer("households", out.households));
  if (!r.Text("households").empty() && (out.households < 0 || out.households > 1'000'000)) {
    return RowError(r.number, "households", "户数应在 0 到 1000000 之间 households must be 0 to 1,000,000");
  }
  Status s = ResolveWorkerUnits(org, w);
  if (s.ok()) s = ValidateWorker(w, org);
  if (!s.ok()) return RowError(r.number, s.field(), s.message());
  const store::UnitRecord* unit = org.Find(w.unit_id);
  if (out.households >= 0 && unit->kind != "community") {
    return RowError(r.number, "households", "户数只属于社区 households belong to a community");
  }
  return out;
}

Status WriteRow(store::Database& db, const org::OrgDirectory& org, const RosterCsvRow& row,
                RosterImportResult& result) {
  const cases::Actor admin{std::nullopt, std::string(org::kAdmin), std::nullopt};
  const Roster roster{db, org, admin};
  Status s = row.worker.id == 0 ? CreateWorker(roster, row.worker).status()
                                : UpdateWorker(roster, row.worker).status();
  if (s.ok() && row.households >= 0) {
    s = store::RosterRepository(db).SetHouseholds(
        {org.district_code(), row.worker.unit_id, row.households, ""});
    if (s.ok()) ++result.households;
  }
  if (!s.ok()) return RowError(row.row, s.field().empty() ? "id" : s.field(), s.message());
  ++(row.worker.id == 0 ? result.added : result.updated);
  return Status::Ok();
}

std::string Households(const store::WorkerRecord& w, const std::map<store::Id, std::int64_t>& households,
                       std::set<store::Id>& written) {
  auto it = households.find(w.unit_id);
  if (it == households.end() || written.contains(w.unit_id)) return "";
  written.insert(w.unit_id);
  return std::to_string(it->second);
}

}  // namespace

Result<std::vector<RosterCsvRow>> ParseRosterCsv(std::string_view text, const org::OrgDirectory& org) {
  SW_ASSIGN_OR_RETURN(std::vector<CsvRow> rows, ParseCsv(text));
  if (rows.empty()) return InvalidArgument("文件为空 the file is empty", "file");
  SW_ASSIGN_OR_RETURN(auto columns, HeaderColumns(rows.front()));
  std::vector<RosterCsvRow> out;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].size() == 1 && rows[i][0].empty()) continue;  // a blank line
    if (rows[i].size() != rows.front().size()) {
      return RowError(i + 1, "row", "列数与表头不符 the row's fields do not match the header");
    }
    SW_ASSIGN_OR_RETURN(RosterCsvRow row, ReadRow(RowReader{rows[i], columns, i + 1}, org));
    out.push_back(std::move(row));
  }
  return out;
}

Result<RosterImportResult> ImportRoster(store::Database& db, const org::OrgDirectory& org,
                                        std::string_view text) {
  SW_ASSIGN_OR_RETURN(auto rows, ParseRosterCsv(text, org));
  RosterImportResult result;
  Status written = db.InTransaction([&]() -> Status {
    for (const RosterCsvRow& row : rows) SW_RETURN_IF_ERROR(WriteRow(db, org, row, result));
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return result;
}

std::string RosterCsv(const std::vector<store::WorkerRecord>& workers,
                      const std::map<store::Id, std::int64_t>& households) {
  std::string out = CsvLine(kColumns);
  std::set<store::Id> written;
  for (const store::WorkerRecord& w : workers) {
    out += CsvLine({std::to_string(w.id), w.kind, w.name, w.post, w.unit_code, w.grid_code, w.started_on,
                    w.qualification, w.id_number, w.phone, w.username, w.active ? "true" : "false",
                    Households(w, households, written)});
  }
  return out;
}

}  // namespace sanwang::support
