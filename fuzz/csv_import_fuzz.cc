// Every CSV import, and the GeoJSON area import, on a small district in an in-memory SQLite
// database: the catalog (with its departments), staff accounts, the roster, venues, budget
// lines, homes and facilities of the circles, the classifier's training examples, and grid
// boundaries. The input's first byte picks the import; the rest is the file (the catalog
// takes its departments' CSV after a NUL). An import that succeeds writes, so later inputs
// meet the rows of earlier ones, as a district's imports do.
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cases/catalog.h"
#include "circles/point_csv.h"
#include "classify/training_data.h"
#include "core/clock.h"
#include "fuzz_input.h"
#include "org/area_import.h"
#include "org/org_directory.h"
#include "org/staff.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/org_repository.h"
#include "support/budget_import.h"
#include "support/roster_csv.h"
#include "support/venue_csv.h"

namespace {

using namespace sanwang;

constexpr const char* kDistrict = "411002";
constexpr UnixSeconds kNow = 1795924149;  // 2026-11-29T11:49:09+08:00

// District D with street S, community C and a department: what the imports refer to.
struct District {
  std::unique_ptr<store::Database> db;
  std::unique_ptr<org::OrgDirectory> org;
  store::Id district_id = 0;
  FakeClock clock{kNow};

  District() {
    db = std::move(store::OpenDatabase("sqlite::memory:")).value();
    if (!store::Migrate(*db).ok()) std::abort();
    store::OrgRepository repo(*db);
    auto add = [&](const char* code, const char* kind, std::optional<store::Id> parent) {
      store::UnitRecord u;
      u.district_code = kDistrict;
      u.code = code;
      u.kind = kind;
      u.name = code;
      u.parent_id = parent;
      auto r = repo.Insert(u);
      if (!r.ok()) std::abort();
      return r->id;
    };
    district_id = add("D", "district", std::nullopt);
    const store::Id street = add("S", "street", district_id);
    add("C", "community", street);
    add("DEPT", "department", district_id);
    add("CMD", "command_center", district_id);
    org = std::make_unique<org::OrgDirectory>(std::move(org::OrgDirectory::Load(repo, kDistrict)).value());
  }
};

District& TheDistrict() {
  static District* district = new District();  // lives as long as the process
  return *district;
}

void ImportBudget(std::string_view csv) {
  District& d = TheDistrict();
  const cases::Actor admin{7, "admin", d.district_id};
  // The import records no spending, so no step deadline is ever counted on this calendar.
  static const WorkingCalendar calendar({{9 * 3600, 17 * 3600}}, {}, {});
  (void)support::ImportBudgetLines({*d.db, *d.org, admin, "测试员", kNow, nullptr, calendar}, csv);
}

void ImportCatalog(std::string_view input) {
  const std::size_t nul = input.find('\0');
  const std::string_view departments = nul == std::string_view::npos ? "" : input.substr(nul + 1);
  (void)cases::ImportCatalog(*TheDistrict().db, kDistrict, input.substr(0, nul), departments);
}

using Import = std::function<void(std::string_view)>;

const std::vector<Import>& Imports() {
  static const std::vector<Import> imports = {
      ImportCatalog,
      [](std::string_view csv) {
        (void)org::ImportStaff(*TheDistrict().db, kDistrict, csv, TheDistrict().clock);
      },
      [](std::string_view csv) { (void)support::ParseRosterCsv(csv, *TheDistrict().org); },
      [](std::string_view csv) { (void)support::ParseVenueCsv(csv, *TheDistrict().org); },
      ImportBudget,
      [](std::string_view csv) { (void)circles::ParseHomesCsv(csv); },
      [](std::string_view csv) { (void)circles::ParseFacilitiesCsv(csv); },
      [](std::string_view csv) {
        (void)classify::ExamplesFromCsv(csv, {"title", "detail"}, "label");
      },
      [](std::string_view list) { (void)classify::ParseColumnList(list); },
      [](std::string_view geojson) { (void)org::ImportAreas(*TheDistrict().db, kDistrict, geojson); },
  };
  return imports;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [choice, file] = fuzz::Select(fuzz::AsText(data, size), Imports().size());
  Imports()[choice](file);
  return 0;
}
