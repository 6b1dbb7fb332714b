#include "cases/catalog.h"

#include <set>

#include "core/csv.h"
#include "store/org_repository.h"

namespace sanwang::cases {
namespace {

const std::vector<std::string> kColumns = {
    "code", "aspect_code", "aspect_zh", "aspect_en",        "name_zh",          "name_en",
    "tier", "department",  "sla_hours", "online_answer_zh", "online_answer_en", "keywords"};

// The export adds each department's names beside its code for the reader; the import takes
// the code and ignores them.
const std::vector<std::string> kExportColumns = {"code",
                                                 "aspect_code",
                                                 "aspect_zh",
                                                 "aspect_en",
                                                 "name_zh",
                                                 "name_en",
                                                 "tier",
                                                 "department",
                                                 "department_zh",
                                                 "department_en",
                                                 "sla_hours",
                                                 "online_answer_zh",
                                                 "online_answer_en",
                                                 "keywords"};

// Excel in China reads a CSV file without a byte order mark as GBK and garbles UTF-8 text.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// SLA beyond a year of working hours is a typo, not a service level.
constexpr int kMaxSlaHours = 2000;

Status RowError(const CsvTable& t, std::size_t row, const std::string& what, const std::string& column) {
  return InvalidArgument("catalog CSV line " + std::to_string(t.LineOf(row)) + ": " + what, column);
}

Result<int> ParseSla(const CsvTable& t, std::size_t r) {
  const std::string& text = t.Get(r, "sla_hours");
  std::size_t used = 0;
  int hours = -1;
  try {
    hours = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || hours < 0 || hours > kMaxSlaHours) {
    return RowError(t, r, "sla_hours must be a whole number from 0 to " + std::to_string(kMaxSlaHours),
                    "sla_hours");
  }
  return hours;
}

// The rules every item keeps, however it is written (CSV import or an admin edit).
Status CheckItem(const CatalogItemRecord& i, const std::set<std::string>& departments) {
  if (i.code.empty() || i.aspect_code.empty() || i.name.empty()) {
    return InvalidArgument("code、aspect_code 和 name_zh 必填 code, aspect_code and name_zh are required",
                           "code");
  }
  if (!IsKnownTier(i.tier)) return InvalidArgument("未知层级 unknown tier '" + i.tier + "'", "tier");
  if (i.sla_hours < 0 || i.sla_hours > kMaxSlaHours) {
    return InvalidArgument("sla_hours 应为 0 到 " + std::to_string(kMaxSlaHours) +
                               " 的整数 sla_hours must be a whole number from 0 to " +
                               std::to_string(kMaxSlaHours),
                           "sla_hours");
  }
  if ((i.tier == "department") != !i.department_code.empty()) {
    return InvalidArgument(
        "层级为部门时须且只须填写部门 a department is named exactly when the tier is department",
        "department");
  }
  if (!i.department_code.empty() && !departments.count(i.department_code)) {
    return InvalidArgument("未知部门 unknown department '" + i.department_code + "'", "department");
  }
  if (i.tier == kTierOnline && i.online_answer.empty()) {
    return InvalidArgument("网上办事项须有 online_answer_zh an online item needs online_answer_zh",
                           "online_answer_zh");
  }
  return Status::Ok();
}

Result<CatalogItemRecord> ParseItem(const CsvTable& t, std::size_t r, const std::string& district,
                                    const std::set<std::string>& departments) {
  CatalogItemRecord i;
  i.district_code = district;
  i.code = t.Get(r, "code");
  i.aspect_code = t.Get(r, "aspect_code");
  i.name = t.Get(r, "name_zh");
  i.name_en = t.Get(r, "name_en");
  i.tier = t.Get(r, "tier");
  i.department_code = t.Get(r, "department");
  i.online_answer = t.Get(r, "online_answer_zh");
  i.online_answer_en = t.Get(r, "online_answer_en");
  i.keywords = t.Get(r, "keywords");
  if (i.code.empty() || i.aspect_code.empty() || i.name.empty()) {
    return RowError(t, r, "code, aspect_code and name_zh are required", "code");
  }
  if (!IsKnownTier(i.tier)) return RowError(t, r, "unknown tier '" + i.tier + "'", "tier");
  SW_ASSIGN_OR_RETURN(i.sla_hours, ParseSla(t, r));
  Status checked = CheckItem(i, departments);
  if (!checked.ok()) return RowError(t, r, checked.message(), checked.field());
  return i;
}

// Codes of the department units the district has now.
Result<std::set<std::string>> ExistingDepartments(store::Database& db, const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto units, store::OrgRepository(db).ListByKind(district, "department"));
  std::set<std::string> codes;
  for (const auto& u : units) codes.insert(u.code);
  return codes;
}

struct Department {
  std::string code, name, name_en;
};

Result<std::vector<Department>> ParseDepartments(std::string_view csv) {
  SW_ASSIGN_OR_RETURN(CsvTable t, CsvTable::Parse(csv, {"code", "name_zh", "name_en"}));
  std::vector<Department> out;
  for (std::size_t r = 0; r < t.size(); ++r) {
    if (t.Get(r, "code").empty() || t.Get(r, "name_zh").empty()) {
      return InvalidArgument("departments CSV line " + std::to_string(t.LineOf(r)) +
                             ": code and name_zh are required");
    }
    out.push_back({t.Get(r, "code"), t.Get(r, "name_zh"), t.Get(r, "name_en")});
  }
  return out;
}

Status PutDepartment(store::OrgRepository& org, const std::string& district, store::Id root,
                     const Department& d, int& added) {
  store::UnitRecord u;
  u.district_code = district;
  u.code = d.code;
  u.kind = "department";
  u.name = d.name;
  u.name_en = d.name_en;
  u.parent_id = root;
  SW_ASSIGN_OR_RETURN(auto existing, org.FindByCode(district, d.code));
  if (existing) return org.UpdateNames(u);
  ++added;
  return org.Insert(u).status();
}

}  // namespace

bool IsKnownTier(std::string_view tier) {
  return tier == kTierOnline || tier == "grid" || tier == "community" || tier == "street" ||
         tier == "department";
}

Result<Catalog> Catalog::Load(store::CatalogRepository& repo, const std::string& district_code) {
  Catalog c;
  SW_ASSIGN_OR_RETURN(c.aspects_, repo.Aspects(district_code));
  SW_ASSIGN_OR_RETURN(auto items, repo.Items(district_code));
  for (auto& i : items) c.items_.emplace(i.code, std::move(i));
  return c;
}

const CatalogItemRecord* Catalog::FindItem(const std::string& code) const {
  auto it = items_.find(code);
  return it == items_.end() ? nullptr : &it->second;
}

Result<CatalogImportResult> ImportCatalog(store::Database& db, const std::string& district_code,
                                          std::string_view catalog_csv, std::string_view departments_csv,
                                          const org::ProgressFn& progress) {
  std::vector<Department> departments;
  std::set<std::string> department_codes;
  if (departments_csv.empty()) {
    SW_ASSIGN_OR_RETURN(department_codes, ExistingDepartments(db, district_code));
  } else {
    SW_ASSIGN_OR_RETURN(departments, ParseDepartments(departments_csv));
  }
  for (const auto& d : departments) department_codes.insert(d.code);
  SW_ASSIGN_OR_RETURN(CsvTable t, CsvTable::Parse(catalog_csv, kColumns));
  std::map<std::string, AspectRecord> aspects;
  std::vector<CatalogItemRecord> items;
  std::set<std::string> codes;
  for (std::size_t r = 0; r < t.size(); ++r) {
    SW_ASSIGN_OR_RETURN(CatalogItemRecord item, ParseItem(t, r, district_code, department_codes));
    if (!codes.insert(item.code).second)
      return RowError(t, r, "code " + item.code + " appears twice", "code");
    aspects[item.aspect_code] = {district_code, item.aspect_code, t.Get(r, "aspect_zh"),
                                 t.Get(r, "aspect_en")};
    items.push_back(std::move(item));
  }
  store::OrgRepository org(db);
  SW_ASSIGN_OR_RETURN(auto roots, org.ListByKind(district_code, "district"));
  if (roots.empty()) return FailedPrecondition("import the district's divisions before its catalog");
  CatalogImportResult result;
  store::CatalogRepository repo(db);
  Status status = db.InTransaction([&]() -> Status {
    for (const auto& d : departments)
      SW_RETURN_IF_ERROR(PutDepartment(org, district_code, roots[0].id, d, result.departments));
    for (const auto& [code, a] : aspects) SW_RETURN_IF_ERROR(repo.UpsertAspect(a));
    for (std::size_t i = 0; i < items.size(); ++i) {
      SW_RETURN_IF_ERROR(repo.UpsertItem(items[i]));
      if (progress && (i + 1) % 100 == 0)
        progress("catalog: " + std::to_string(i + 1) + "/" + std::to_string(items.size()));
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  result.aspects = static_cast<int>(aspects.size());
  result.items = static_cast<int>(items.size());
  return result;
}

Result<std::string> ExportCatalogCsv(store::Database& db, const std::string& district_code) {
  store::CatalogRepository repo(db);
  SW_ASSIGN_OR_RETURN(Catalog catalog, Catalog::Load(repo, district_code));
  std::map<std::string, const AspectRecord*> aspects;
  for (const auto& a : catalog.aspects()) aspects[a.code] = &a;
  SW_ASSIGN_OR_RETURN(auto units, store::OrgRepository(db).ListByKind(district_code, "department"));
  std::map<std::string, const store::UnitRecord*> departments;
  for (const auto& u : units) departments[u.code] = &u;
  std::string out = std::string(kUtf8Bom) + CsvLine(kExportColumns);
  for (const auto& [code, i] : catalog.items()) {
    const AspectRecord* a = aspects[i.aspect_code];
    const store::UnitRecord* d = i.department_code.empty() ? nullptr : departments[i.department_code];
    out += CsvLine({i.code, i.aspect_code, a ? a->name : "", a ? a->name_en : "", i.name, i.name_en, i.tier,
                    i.department_code, d ? d->name : "", d ? d->name_en : "", std::to_string(i.sla_hours),
                    i.online_answer, i.online_answer_en, i.keywords});
  }
  return out;
}

Result<CatalogItemRecord> UpdateCatalogItem(store::Database& db, const std::string& district_code,
                                            CatalogItemRecord item) {
  store::CatalogRepository repo(db);
  SW_ASSIGN_OR_RETURN(auto existing, repo.FindItem(district_code, item.code));
  if (!existing) return NotFound("没有该事项 no catalog item " + item.code);
  item.district_code = district_code;
  item.aspect_code = existing->aspect_code;
  SW_ASSIGN_OR_RETURN(auto departments, ExistingDepartments(db, district_code));
  SW_RETURN_IF_ERROR(CheckItem(item, departments));
  SW_RETURN_IF_ERROR(repo.UpsertItem(item));
  return item;
}

}  // namespace sanwang::cases
