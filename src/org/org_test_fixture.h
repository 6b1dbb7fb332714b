// Builds a small district for org and case tests: district D with street S, community C
// (a 0.02° square) holding grids G1 (west half) and G2 (east half), a second community C2
// with no grids, a department and the command center. Runs on each backend.
#pragma once

#include "core/clock.h"
#include "org/org_directory.h"
#include "store/store_test_fixture.h"

namespace sanwang::org {

inline constexpr const char* kTestDistrict = "411002";

inline std::string Square(double lon0, double lat0, double lon1, double lat1) {
  return "[[[" + std::to_string(lon0) + "," + std::to_string(lat0) + "],[" + std::to_string(lon1) + "," +
         std::to_string(lat0) + "],[" + std::to_string(lon1) + "," + std::to_string(lat1) + "],[" +
         std::to_string(lon0) + "," + std::to_string(lat1) + "],[" + std::to_string(lon0) + "," +
         std::to_string(lat0) + "]]]";
}

inline std::string Feature(const std::string& props, const std::string& rings) {
  return R"({"type":"Feature","properties":)" + props + R"(,"geometry":{"type":"Polygon","coordinates":)" +
         rings + "}}";
}

inline std::string Collection(const std::vector<std::string>& features) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) out += (i ? "," : "") + features[i];
  return out + "]}";
}

class SmallDistrictTest : public store::BackendTest {
 protected:
  void SetUp() override;
  OrgDirectory Directory();
  store::Id IdOf(const std::string& code);
  // Gives the unit a real name (a notice prints names, not codes); Directory() reads it.
  void RenameUnit(const std::string& code, const std::string& name);
  // Adds the account `name` of `role` in the unit of `unit_code` (its display name `name`
  // too unless given); a failure fails the test.
  store::UserRecord AddTestAccount(const std::string& name, const std::string& role,
                                   const std::string& unit_code, const std::string& display_name = "");

  FakeClock clock_{1795924149};  // 2026-11-29T11:49:09+08:00, a Sunday
};

}  // namespace sanwang::org
