#include "store/catalog_repository.h"

#include "store/domain_version_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kItemColumns =
    "district_code, code, aspect_code, name, name_en, tier, department_code, sla_hours, "
    "online_answer, online_answer_en, keywords";

CatalogItemRecord ItemFromRow(const Row& r) {
  CatalogItemRecord i;
  i.district_code = r.Text(0);
  i.code = r.Text(1);
  i.aspect_code = r.Text(2);
  i.name = r.Text(3);
  i.name_en = r.Text(4);
  i.tier = r.Text(5);
  i.department_code = r.Text(6);
  i.sla_hours = static_cast<int>(r.Int(7));
  i.online_answer = r.Text(8);
  i.online_answer_en = r.Text(9);
  i.keywords = r.Text(10);
  return i;
}

}  // namespace

Status CatalogRepository::UpsertAspect(const AspectRecord& a) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute("INSERT INTO aspects (district_code, code, name, name_en) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (district_code, code) DO UPDATE SET name = excluded.name, "
                    "name_en = excluded.name_en",
                    {a.district_code, a.code, a.name, a.name_en})
            .status());
    return DomainVersionRepository(db_).Bump(a.district_code);
  });
}

Status CatalogRepository::UpsertItem(const CatalogItemRecord& i) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute(std::string("INSERT INTO catalog_items (") + kItemColumns +
                        ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (district_code, code) "
                        "DO UPDATE SET aspect_code = excluded.aspect_code, name = excluded.name, "
                        "name_en = excluded.name_en, tier = excluded.tier, "
                        "department_code = excluded.department_code, sla_hours = excluded.sla_hours, "
                        "online_answer = excluded.online_answer, "
                        "online_answer_en = excluded.online_answer_en, keywords = excluded.keywords",
                    {i.district_code, i.code, i.aspect_code, i.name, i.name_en, i.tier, i.department_code,
                     static_cast<std::int64_t>(i.sla_hours), i.online_answer, i.online_answer_en, i.keywords})
            .status());
    return DomainVersionRepository(db_).Bump(i.district_code);
  });
}

Result<std::vector<AspectRecord>> CatalogRepository::Aspects(const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT district_code, code, name, name_en FROM aspects "
                                           "WHERE district_code = ? ORDER BY code",
                                           {district}));
  std::vector<AspectRecord> aspects;
  for (const Row& r : rows) aspects.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3)});
  return aspects;
}

Result<std::vector<CatalogItemRecord>> CatalogRepository::SelectItems(const std::string& where,
                                                                      const SqlParams& params) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kItemColumns +
                                               " FROM catalog_items WHERE " + where + " ORDER BY code",
                                           params));
  std::vector<CatalogItemRecord> items;
  for (const Row& r : rows) items.push_back(ItemFromRow(r));
  return items;
}

Result<std::vector<CatalogItemRecord>> CatalogRepository::Items(const std::string& district) {
  return SelectItems("district_code = ?", {district});
}

Result<std::optional<CatalogItemRecord>> CatalogRepository::FindItem(const std::string& district,
                                                                     const std::string& code) {
  SW_ASSIGN_OR_RETURN(auto items, SelectItems("district_code = ? AND code = ?", {district, code}));
  if (items.empty()) return std::optional<CatalogItemRecord>();
  return std::optional<CatalogItemRecord>(items[0]);
}

}  // namespace sanwang::store
