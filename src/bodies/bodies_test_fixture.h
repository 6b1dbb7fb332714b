// A small district for the bodies module's domain tests, on SQLite and PostgreSQL: district
// D → streets S and S2; S → communities C and C2, C → grid G; S2 → community C3; a
// department DEPT. Actors of the roles the rules tell apart.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "bodies/body_book.h"
#include "store/org_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::bodies {

inline constexpr const char* kTestDistrict = "411002";

class BodiesTest : public store::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    store::OrgRepository repo(db());
    for (auto [code, kind, parent] : {std::tuple{"D", "district", ""}, std::tuple{"S", "street", "D"},
                                      std::tuple{"S2", "street", "D"}, std::tuple{"C", "community", "S"},
                                      std::tuple{"C2", "community", "S"}, std::tuple{"C3", "community", "S2"},
                                      std::tuple{"G", "grid", "C"}, std::tuple{"DEPT", "department", "D"}}) {
      store::UnitRecord u;
      u.district_code = kTestDistrict;
      u.code = code;
      u.kind = kind;
      u.name = std::string(code) + "单位";
      if (*parent) u.parent_id = ids_.at(parent);
      auto inserted = repo.Insert(u);
      ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
      ids_[code] = inserted->id;
    }
    auto org = org::OrgDirectory::Load(repo, kTestDistrict);
    ASSERT_TRUE(org.ok()) << org.status().ToString();
    org_ = std::make_unique<org::OrgDirectory>(std::move(org).value());
  }

  static cases::Actor As(const std::string& role, std::optional<store::Id> unit) { return {7, role, unit}; }
  cases::Actor Admin() { return As("admin", ids_.at("D")); }
  cases::Actor Staff(const std::string& role, const std::string& unit) { return As(role, ids_.at(unit)); }
  OrgBodies BodiesOf(const cases::Actor& actor) { return {db(), *org_, actor}; }

  std::map<std::string, store::Id> ids_;
  std::unique_ptr<org::OrgDirectory> org_;
};

}  // namespace sanwang::bodies
