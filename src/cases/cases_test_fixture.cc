#include "cases/cases_test_fixture.h"

#include "org/staff.h"
#include "store/catalog_repository.h"
#include "testing/test_catalog.h"

namespace sanwang::cases {

void CasesTest::SetUp() {
  org::SmallDistrictTest::SetUp();
  if (IsSkipped() || HasFailure()) return;
  clock_.Set(*ParseIso8601("2026-11-30T09:00:00+08:00"));  // a Monday morning
  ASSERT_TRUE(
      ImportCatalog(db(), org::kTestDistrict, testing::kTestCatalogCsv, testing::kTestDepartmentsCsv).ok());
  auto cal =
      WorkingCalendar::LoadDirectory(std::filesystem::path(testing::SourceDir()) / "config" / "calendar");
  ASSERT_TRUE(cal.ok()) << cal.status().ToString();
  calendar_ = std::make_unique<WorkingCalendar>(std::move(cal).value());
  auto wf = Workflow::Load(std::filesystem::path(testing::SourceDir()) / "config" / "workflows" /
                           "resident_matter.toml");
  ASSERT_TRUE(wf.ok()) << wf.status().ToString();
  workflow_ = std::make_unique<Workflow>(std::move(wf).value());
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> accounts = {
      {"resident1", {"resident", ""}},
      {"resident2", {"resident", "C2"}},
      {"grid1", {"grid_worker", "G1"}},
      {"grid2", {"grid_worker", "G2"}},
      {"community", {"community_staff", "C"}},
      {"community2", {"community_staff", "C2"}},
      {"street", {"street_staff", "S"}},
      {"dept", {"dept_staff", "DEPT"}},
      {"center", {"command_center", "CMD"}},
      {"supervisor", {"supervisor", "D"}},
      {"leader", {"leader", "D"}}};
  for (const auto& [name, role_unit] : accounts) {
    org::NewAccount a{name, name, "13800000000", role_unit.first, role_unit.second, "", ""};
    auto u = org::AddAccount(db(), org::kTestDistrict, a, clock_);
    ASSERT_TRUE(u.ok()) << name << ": " << u.status().ToString();
    actors_[name] = Actor::FromUser(*u);
  }
  Reload();
}

void CasesTest::Reload() {
  org_ = std::make_unique<org::OrgDirectory>(Directory());
  store::CatalogRepository repo(db());
  auto catalog = Catalog::Load(repo, org::kTestDistrict);
  ASSERT_TRUE(catalog.ok());
  catalog_ = std::make_unique<Catalog>(std::move(catalog).value());
  engine_ = std::make_unique<CaseEngine>(db(), clock_, *calendar_, *workflow_, *org_, *catalog_);
}

NewCase CasesTest::MatterAt(const std::string& item, double lon, double lat) const {
  NewCase c;
  c.item_code = item;
  c.title = "测试诉求";
  c.description = "描述";
  c.reporter_name = "张三";
  c.reporter_phone = "13839019598";
  c.for_other_person = true;  // 张三 is not the filing account's name
  c.location = geo::LonLat{lon, lat};
  return c;
}

Result<store::CaseRecord> CasesTest::File(const std::string& item, double lon, double lat,
                                          const std::string& reporter) {
  return engine_->Submit(MatterAt(item, lon, lat), As(reporter));
}

Result<store::CaseChange> CasesTest::Do(store::Id id, const std::string& who, TransitionRequest req) {
  return engine_->Apply(id, req, As(who));
}

store::CaseRecord CasesTest::Get(store::Id id) { return *store::CaseRepository(db()).Get(id); }

std::vector<store::CaseEventRecord> CasesTest::Events(store::Id id) {
  return *store::CaseRepository(db()).Events(id);
}

std::string CasesTest::UnitCode(std::optional<store::Id> id) {
  if (!id) return "";
  const store::UnitRecord* u = org_->Find(*id);
  return u ? u->code : "?";
}

}  // namespace sanwang::cases
