#include "bodies/party_org_csv.h"

#include <map>

#include "bodies/body_book.h"
#include "bodies/party_org.h"
#include "bodies/store/party_org_repository.h"
#include "core/csv.h"
#include "org/roles.h"
#include "support/csv_columns.h"

namespace sanwang::bodies {
namespace {

using support::CsvRowError;
using support::CsvRowReader;

const support::CsvColumnSet& Columns() {
  static const support::CsvColumnSet kColumns = {
      .names = {"id", "kind", "name", "unit_code", "host", "parent", "secretary", "secretary_username",
                "members", "founded_on"},
      .chinese_names = {{"编号", "id"},
                        {"类别", "kind"},
                        {"名称", "name"},
                        {"所属单位", "unit_code"},
                        {"依托单位", "host"},
                        {"上级党组织", "parent"},
                        {"书记", "secretary"},
                        {"书记账号", "secretary_username"},
                        {"党员人数", "members"},
                        {"成立日期", "founded_on"}},
      .required = {"kind", "name", "unit_code", "secretary"}};
  return kColumns;
}

std::string CanonicalKind(const std::string& value) {
  static const std::map<std::string, std::string> kAliases = {
      {"党委", "party_committee"}, {"党总支", "general_branch"}, {"党支部", "branch"}};
  auto it = kAliases.find(value);
  return it == kAliases.end() ? value : it->second;
}

Result<PartyOrgCsvRow> ReadRow(const CsvRowReader& r, const org::OrgDirectory& org) {
  PartyOrgCsvRow out;
  out.row = r.number();
  store::PartyOrgRecord& p = out.party_org;
  SW_RETURN_IF_ERROR(r.Integer("id", p.id));
  p.district_code = org.district_code();
  p.kind = CanonicalKind(r.Text("kind"));
  p.name = r.Text("name");
  p.unit_code = r.Text("unit_code");
  p.host = r.Text("host");
  out.parent = r.Text("parent");
  p.secretary = r.Text("secretary");
  p.secretary_username = r.Text("secretary_username");
  SW_RETURN_IF_ERROR(r.Integer("members", p.members));
  p.founded_on = r.Text("founded_on");
  const store::UnitRecord* unit = org.FindByCode(p.unit_code);
  if (unit == nullptr)
    return CsvRowError(r.number(), "unit_code", "单位不存在 no unit '" + p.unit_code + "'");
  p.unit_id = unit->id;
  Status s = ValidatePartyOrg(p, org);
  if (!s.ok()) return CsvRowError(r.number(), s.field(), s.message());
  return out;
}

// The organizations as the file would leave them: the stored ones, each row of the file
// over its stored one or as a new one under a key of its own (negative, -1 for the first
// row); then every parent resolved and checked.
class PartyOrgPlan {
 public:
  PartyOrgPlan(const org::OrgDirectory& org, const std::vector<store::PartyOrgRecord>& stored) : org_(org) {
    for (const store::PartyOrgRecord& p : stored) {
      nodes_[p.id] = p;
      by_name_[p.name] = p.id;
    }
  }

  Status Place(std::vector<PartyOrgCsvRow>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) SW_RETURN_IF_ERROR(Key(rows[i], i));
    for (const PartyOrgCsvRow& row : rows) SW_RETURN_IF_ERROR(Parent(row));
    for (const PartyOrgCsvRow& row : rows) SW_RETURN_IF_ERROR(NoCycle(row));
    return Status::Ok();
  }

 private:
  Status Key(PartyOrgCsvRow& row, std::size_t index) {
    store::PartyOrgRecord& p = row.party_org;
    const store::Id key = p.id != 0 ? p.id : -static_cast<store::Id>(index + 1);
    if (p.id != 0 && !nodes_.contains(p.id)) {
      return CsvRowError(row.row, "id", "党组织不存在 no party organization " + std::to_string(p.id));
    }
    auto named = by_name_.find(p.name);
    if (named != by_name_.end() && named->second != key) {
      return CsvRowError(row.row, "name", "该名称已被使用 an organization of that name is already listed");
    }
    if (p.id != 0) by_name_.erase(nodes_[p.id].name);
    by_name_[p.name] = key;
    nodes_[key] = p;
    keys_[row.row] = key;
    return Status::Ok();
  }

  Status Parent(const PartyOrgCsvRow& row) {
    const store::Id key = keys_.at(row.row);
    nodes_[key].parent_id.reset();
    if (row.parent.empty()) return Status::Ok();
    auto named = by_name_.find(row.parent);
    if (named == by_name_.end()) {
      return CsvRowError(row.row, "parent", "上级党组织不存在 no party organization '" + row.parent + "'");
    }
    Status fits = ValidateParent(nodes_.at(key), nodes_.at(named->second), org_);
    if (!fits.ok()) return CsvRowError(row.row, "parent", fits.message());
    nodes_[key].parent_id = named->second;
    return Status::Ok();
  }

  // On the parents as the whole file leaves them, so the order of the rows does not matter.
  Status NoCycle(const PartyOrgCsvRow& row) const {
    const store::Id key = keys_.at(row.row);
    const std::optional<store::Id> parent = nodes_.at(key).parent_id;
    if (!parent) return Status::Ok();
    PartyParents parents;
    for (const auto& [id, node] : nodes_) parents[id] = node.parent_id;
    if (!ClosesCycle(parents, key, *parent)) return Status::Ok();
    return CsvRowError(row.row, "parent",
                       "上级党组织形成循环 the parents would form a cycle through '" + row.parent + "'");
  }

  const org::OrgDirectory& org_;
  std::map<store::Id, store::PartyOrgRecord> nodes_;
  std::map<std::string, store::Id> by_name_;
  std::map<std::size_t, store::Id> keys_;  // by row number
};

// Writes the rows: new ones first without a parent (ParsePartyOrgCsv leaves parent_id
// empty), then every row with its parent's id, found by name now that all are stored.
Status WriteRows(store::Database& db, std::vector<PartyOrgCsvRow>& rows, BodyImportResult& result) {
  store::PartyOrgRepository repo(db);
  for (PartyOrgCsvRow& row : rows) {
    if (row.party_org.id != 0) {
      ++result.updated;
      continue;
    }
    auto made = repo.Insert(row.party_org);
    if (!made.ok()) return CsvRowError(row.row, "name", made.status().message());
    row.party_org.id = made->id;
    ++result.added;
  }
  for (const PartyOrgCsvRow& row : rows) {
    store::PartyOrgRecord p = row.party_org;
    p.parent_id.reset();
    if (!row.parent.empty()) {
      SW_ASSIGN_OR_RETURN(p.parent_id, repo.FindByName(p.district_code, row.parent));
    }
    Status s = repo.Update(p);
    if (!s.ok()) return CsvRowError(row.row, "id", s.message());
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<PartyOrgCsvRow>> ParsePartyOrgCsv(std::string_view text, const org::OrgDirectory& org) {
  return support::ReadCsvRecords<PartyOrgCsvRow>(text, Columns(),
                                                 [&](const CsvRowReader& r) { return ReadRow(r, org); });
}

Result<BodyImportResult> ImportPartyOrgs(store::Database& db, const org::OrgDirectory& org,
                                         std::string_view text) {
  SW_ASSIGN_OR_RETURN(auto rows, ParsePartyOrgCsv(text, org));
  const OrgBodies admin{db, org, {std::nullopt, std::string(org::kAdmin), std::nullopt}};
  for (PartyOrgCsvRow& row : rows) {
    Status s = ResolvePartyOrgRefs(admin, row.party_org);
    if (!s.ok()) return CsvRowError(row.row, s.field(), s.message());
  }
  BodyImportResult result;
  Status written = db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto stored, store::PartyOrgRepository(db).List(org.district_code()));
    PartyOrgPlan plan(org, stored);
    SW_RETURN_IF_ERROR(plan.Place(rows));
    return WriteRows(db, rows, result);
  });
  if (!written.ok()) return written;
  return result;
}

std::string PartyOrgCsv(const std::vector<store::PartyOrgRecord>& party_orgs) {
  std::string out = CsvLine(Columns().names);
  for (const store::PartyOrgRecord& p : party_orgs) {
    out += CsvLine({std::to_string(p.id), p.kind, p.name, p.unit_code, p.host, p.parent_name, p.secretary,
                    p.secretary_username, std::to_string(p.members), p.founded_on});
  }
  return out;
}

}  // namespace sanwang::bodies
