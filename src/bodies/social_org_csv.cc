#include "bodies/social_org_csv.h"

#include <map>

#include "bodies/body_book.h"
#include "bodies/social_org.h"
#include "core/csv.h"
#include "org/roles.h"
#include "support/csv_columns.h"

namespace sanwang::bodies {
namespace {

using support::CsvRowError;
using support::CsvRowReader;

const support::CsvColumnSet& Columns() {
  static const support::CsvColumnSet kColumns = {
      .names = {"id", "kind", "name", "credit_code", "field", "field_note", "contact_name", "contact_phone",
                "community_code", "active"},
      .chinese_names = {{"编号", "id"},
                        {"类别", "kind"},
                        {"名称", "name"},
                        {"统一社会信用代码", "credit_code"},
                        {"服务领域", "field"},
                        {"领域说明", "field_note"},
                        {"联系人", "contact_name"},
                        {"联系电话", "contact_phone"},
                        {"服务社区", "community_code"},
                        {"在用", "active"}},
      .required = {"kind", "name", "field", "contact_name", "contact_phone", "community_code"}};
  return kColumns;
}

std::string Canonical(const std::string& value) {
  static const std::map<std::string, std::string> kAliases = {{"社会组织", "social_organization"},
                                                              {"群众活动团体", "activity_group"},
                                                              {"志愿服务队", "volunteer_team"},
                                                              {"养老服务", "elder_care"},
                                                              {"儿童青少年", "children_youth"},
                                                              {"助残服务", "disability"},
                                                              {"平安建设", "community_safety"},
                                                              {"环境保护", "environment"},
                                                              {"文化体育", "culture_sports"},
                                                              {"教育培训", "education"},
                                                              {"卫生健康", "health"},
                                                              {"法律服务", "legal_aid"},
                                                              {"慈善救助", "charity"},
                                                              {"其他", "other"}};
  auto it = kAliases.find(value);
  return it == kAliases.end() ? value : it->second;
}

Result<SocialOrgCsvRow> ReadRow(const CsvRowReader& r, const org::OrgDirectory& org) {
  SocialOrgCsvRow out;
  out.row = r.number();
  store::SocialOrgRecord& s = out.social_org;
  SW_RETURN_IF_ERROR(r.Integer("id", s.id));
  s.district_code = org.district_code();
  s.kind = Canonical(r.Text("kind"));
  s.name = r.Text("name");
  s.credit_code = r.Text("credit_code");
  s.field = Canonical(r.Text("field"));
  s.field_note = r.Text("field_note");
  s.contact_name = r.Text("contact_name");
  s.contact_phone = r.Text("contact_phone");
  s.community_code = r.Text("community_code");
  SW_RETURN_IF_ERROR(r.Bool("active", s.active));
  Status checked = ResolveSocialOrgRefs(org, s);
  if (checked.ok()) checked = ValidateSocialOrg(s, org);
  if (!checked.ok()) return CsvRowError(r.number(), checked.field(), checked.message());
  return out;
}

}  // namespace

Result<std::vector<SocialOrgCsvRow>> ParseSocialOrgCsv(std::string_view text, const org::OrgDirectory& org) {
  return support::ReadCsvRecords<SocialOrgCsvRow>(text, Columns(),
                                                  [&](const CsvRowReader& r) { return ReadRow(r, org); });
}

Result<BodyImportResult> ImportSocialOrgs(store::Database& db, const org::OrgDirectory& org,
                                          std::string_view text) {
  SW_ASSIGN_OR_RETURN(auto rows, ParseSocialOrgCsv(text, org));
  const OrgBodies admin{db, org, {std::nullopt, std::string(org::kAdmin), std::nullopt}};
  BodyImportResult result;
  Status written = db.InTransaction([&]() -> Status {
    for (const SocialOrgCsvRow& row : rows) {
      const bool adding = row.social_org.id == 0;
      Status s = adding ? CreateSocialOrg(admin, row.social_org).status()
                        : UpdateSocialOrg(admin, row.social_org).status();
      if (!s.ok()) return CsvRowError(row.row, s.field().empty() ? "id" : s.field(), s.message());
      ++(adding ? result.added : result.updated);
    }
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return result;
}

std::string SocialOrgCsv(const std::vector<store::SocialOrgRecord>& social_orgs) {
  std::string out = CsvLine(Columns().names);
  for (const store::SocialOrgRecord& s : social_orgs) {
    out += CsvLine({std::to_string(s.id), s.kind, s.name, s.credit_code, s.field, s.field_note,
                    s.contact_name, s.contact_phone, s.community_code, s.active ? "true" : "false"});
  }
  return out;
}

}  // namespace sanwang::bodies
