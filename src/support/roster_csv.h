// The workforce roster as CSV, for `sanwang support roster import` and `export`: a header
// row, then one worker per row. Headers may be English (the export's: id, kind, name,
// post, unit_code, grid_code, started_on, qualification, id_number, phone, username,
// active, households) or Chinese (编号, 类别, 姓名, 岗位, 所属单位, 网格, 入职日期, 职业资格,
// 身份证号, 手机号, 账号, 在岗, 社区户数); kinds, qualifications and yes/no may be written
// in Chinese too. A row with an id edits that worker, one without adds a worker.
// `households`, when filled in on a row of a community's worker, sets the households figure of
// the worker's community (the org net has none; the staffing norm needs it). A malformed
// row refuses the whole file with its row number and field, and nothing is imported. The
// export holds ID numbers and phones in full: it is for the district's operators, who
// hold the database anyway. Parsing is pure; the import writes in one transaction.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "org/org_directory.h"
#include "store/database.h"
#include "support/store/roster_records.h"

namespace sanwang::support {

struct RosterCsvRow {
  std::size_t row = 0;  // in the file, the header being row 1
  store::WorkerRecord worker;
  std::int64_t households = -1;  // -1: not given
};

// Parses and checks every row against `org` (ID number check character, kinds, units,
// grids); accounts are looked up on import.
Result<std::vector<RosterCsvRow>> ParseRosterCsv(std::string_view text, const org::OrgDirectory& org);

struct RosterImportResult {
  int added = 0;
  int updated = 0;
  int households = 0;
};
// Parses, then writes every row in one transaction; an error of the database (an ID
// number listed twice, an unknown account) names the row too.
Result<RosterImportResult> ImportRoster(store::Database& db, const org::OrgDirectory& org,
                                        std::string_view text);

// The workers with the English header; `households` by community unit id.
std::string RosterCsv(const std::vector<store::WorkerRecord>& workers,
                      const std::map<store::Id, std::int64_t>& households);

}  // namespace sanwang::support
