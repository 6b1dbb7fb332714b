#include "org/org_test_fixture.h"

#include "org/area_import.h"
#include "org/staff.h"

namespace sanwang::org {

void SmallDistrictTest::SetUp() {
  store::BackendTest::SetUp();
  if (IsSkipped() || HasFailure()) return;
  store::OrgRepository repo(db());
  auto add = [&](const char* code, const char* kind, std::optional<store::Id> parent) {
    store::UnitRecord u;
    u.district_code = kTestDistrict;
    u.code = code;
    u.kind = kind;
    u.name = code;
    u.parent_id = parent;
    auto r = repo.Insert(u);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->id : 0;
  };
  store::Id d = add("D", "district", std::nullopt);
  store::Id s = add("S", "street", d);
  add("C", "community", s);
  add("C2", "community", s);
  add("DEPT", "department", d);
  add("CMD", "command_center", d);
  auto areas = ImportAreas(
      db(), kTestDistrict,
      Collection(
          {Feature(R"({"code":"C","kind":"community"})", Square(113.80, 34.00, 113.82, 34.02)),
           Feature(R"({"code":"G1","name":"一网格","parent":"C"})", Square(113.80, 34.00, 113.81, 34.02)),
           Feature(R"({"code":"G2","name":"二网格","parent":"C"})", Square(113.81, 34.00, 113.82, 34.02))}));
  ASSERT_TRUE(areas.ok()) << areas.status().ToString();
}

OrgDirectory SmallDistrictTest::Directory() {
  store::OrgRepository repo(db());
  auto dir = OrgDirectory::Load(repo, kTestDistrict);
  EXPECT_TRUE(dir.ok()) << dir.status().ToString();
  return std::move(dir).value();
}

store::Id SmallDistrictTest::IdOf(const std::string& code) {
  auto u = store::OrgRepository(db()).FindByCode(kTestDistrict, code);
  EXPECT_TRUE(u.ok() && u->has_value()) << code;
  return u.ok() && u->has_value() ? (*u)->id : 0;
}

void SmallDistrictTest::RenameUnit(const std::string& code, const std::string& name) {
  store::OrgRepository repo(db());
  auto unit = repo.FindByCode(kTestDistrict, code);
  ASSERT_TRUE(unit.ok() && *unit) << code;
  store::UnitRecord renamed = **unit;
  renamed.name = name;
  ASSERT_TRUE(repo.UpdateNames(renamed).ok()) << code;
}

store::UserRecord SmallDistrictTest::AddTestAccount(const std::string& name, const std::string& role,
                                                    const std::string& unit_code,
                                                    const std::string& display_name) {
  NewAccount account{name, display_name.empty() ? name : display_name, "13800000000", role, unit_code, "",
                     ""};
  auto user = AddAccount(db(), kTestDistrict, account, clock_);
  if (!user.ok()) {
    ADD_FAILURE() << name << ": " << user.status().ToString();
    return {};
  }
  return *user;
}

}  // namespace sanwang::org
