#include "support/roster_csv.h"

#include <set>

#include "core/csv.h"
#include "org/roles.h"
#include "support/csv_columns.h"
#include "support/personal_data.h"
#include "support/roster.h"
#include "support/roster_book.h"

namespace sanwang::support {
namespace {

const CsvColumnSet& Columns() {
  static const CsvColumnSet kColumns = {
      .names = {"id", "kind", "name", "post", "unit_code", "grid_code", "started_on", "qualification",
                "id_number", "phone", "username", "active", "households"},
      .chinese_names = {{"编号", "id"},
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
                        {"社区户数", "households"}},
      .required = {"kind", "name", "post", "unit_code", "started_on", "id_number", "phone"}};
  return kColumns;
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

Result<RosterCsvRow> ReadRow(const CsvRowReader& r, const org::OrgDirectory& org) {
  RosterCsvRow out;
  out.row = r.number();
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
    return CsvRowError(r.number(), "households",
                       "户数应在 0 到 1000000 之间 households must be 0 to 1,000,000");
  }
  Status s = ResolveWorkerUnits(org, w);
  if (s.ok()) s = ValidateWorker(w, org);
  if (!s.ok()) return CsvRowError(r.number(), s.field(), s.message());
  const store::UnitRecord* unit = org.Find(w.unit_id);
  if (out.households >= 0 && unit->kind != "community") {
    return CsvRowError(r.number(), "households", "户数只属于社区 households belong to a community");
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
  if (!s.ok()) return CsvRowError(row.row, s.field().empty() ? "id" : s.field(), s.message());
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
  return ReadCsvRecords<RosterCsvRow>(text, Columns(),
                                      [&](const CsvRowReader& r) { return ReadRow(r, org); });
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
  std::string out = CsvLine(Columns().names);
  std::set<store::Id> written;
  for (const store::WorkerRecord& w : workers) {
    out += CsvLine({std::to_string(w.id), w.kind, w.name, w.post, w.unit_code, w.grid_code, w.started_on,
                    w.qualification, w.id_number, w.phone, w.username, w.active ? "true" : "false",
                    Households(w, households, written)});
  }
  return out;
}

}  // namespace sanwang::support
