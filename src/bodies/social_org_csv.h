// The social organizations, activity groups and volunteer teams as CSV, for `sanwang org
// social-orgs import` and `export`: a header row, then one organization per row. Headers
// may be English (the export's: id, kind, name, credit_code, field, field_note,
// contact_name, contact_phone, community_code, active) or Chinese (编号, 类别, 名称,
// 统一社会信用代码, 服务领域, 领域说明, 联系人, 联系电话, 服务社区, 在用); kinds, fields and
// yes/no may be written in Chinese too. A row with an id edits that organization, one
// without adds one. A malformed row refuses the whole file with its row number and field,
// and nothing is imported. The export holds the contact phones in full: it is for the
// district's operators, who hold the database anyway. Parsing is pure; the import writes
// in one transaction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bodies/party_org_csv.h"
#include "bodies/store/body_records.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::bodies {

struct SocialOrgCsvRow {
  std::size_t row = 0;  // in the file, the header being row 1
  store::SocialOrgRecord social_org;
};

// Parses and checks every row against `org` (kinds, fields, the credit code's check
// character, the phone, the community).
Result<std::vector<SocialOrgCsvRow>> ParseSocialOrgCsv(std::string_view text, const org::OrgDirectory& org);

// Parses, then writes every row in one transaction; an error of the database (a name
// listed twice, an unknown id) names the row too.
Result<BodyImportResult> ImportSocialOrgs(store::Database& db, const org::OrgDirectory& org,
                                          std::string_view text);

// The organizations with the English header.
std::string SocialOrgCsv(const std::vector<store::SocialOrgRecord>& social_orgs);

}  // namespace sanwang::bodies
