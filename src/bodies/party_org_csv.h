// The party organizations as CSV, for `sanwang org party-orgs import` and `export`: a
// header row, then one organization per row. Headers may be English (the export's: id,
// kind, name, unit_code, host, parent, secretary, secretary_username, members,
// founded_on) or Chinese (编号, 类别, 名称, 所属单位, 依托单位, 上级党组织, 书记, 书记账号,
// 党员人数, 成立日期); kinds may be written 党委, 党总支, 党支部. A row with an id edits that
// organization, one without adds one; `parent` names the organization above by its name,
// which may be a row of the same file. The whole file is checked before anything is
// written — fields, units, accounts, parents that exist and may hold the row, and no
// cycle among the parents the file would leave — and a bad row refuses it whole with its
// row number and field. Parsing is pure; the import writes in one transaction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bodies/store/body_records.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::bodies {

struct PartyOrgCsvRow {
  std::size_t row = 0;  // in the file, the header being row 1
  store::PartyOrgRecord party_org;
  std::string parent;  // the parent's name; empty: none
};

// Parses and checks each row's own fields against `org`; accounts and parents are looked
// up on import.
Result<std::vector<PartyOrgCsvRow>> ParsePartyOrgCsv(std::string_view text, const org::OrgDirectory& org);

struct BodyImportResult {
  int added = 0;
  int updated = 0;
};
Result<BodyImportResult> ImportPartyOrgs(store::Database& db, const org::OrgDirectory& org,
                                         std::string_view text);

// The organizations with the English header.
std::string PartyOrgCsv(const std::vector<store::PartyOrgRecord>& party_orgs);

}  // namespace sanwang::bodies
