// A small district with a catalog, accounts for every role, the shipped workflow and
// calendar, and a case engine on a fake clock. Runs on each backend.
#pragma once

#include <map>

#include "cases/case_engine.h"
#include "org/org_test_fixture.h"

namespace sanwang::cases {

class CasesTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override;
  // Rebuilds the engine's views after the org net or catalog changed.
  void Reload();

  Actor As(const std::string& username) const { return actors_.at(username); }
  NewCase MatterAt(const std::string& item, double lon, double lat) const;
  Result<store::CaseRecord> File(const std::string& item, double lon = 113.805, double lat = 34.01,
                                 const std::string& reporter = "resident1");
  Result<store::CaseChange> Do(store::Id id, const std::string& who, TransitionRequest req);
  store::CaseRecord Get(store::Id id);
  std::vector<store::CaseEventRecord> Events(store::Id id);
  std::string UnitCode(std::optional<store::Id> id);

  std::unique_ptr<WorkingCalendar> calendar_;
  std::unique_ptr<Workflow> workflow_;
  std::unique_ptr<org::OrgDirectory> org_;
  std::unique_ptr<Catalog> catalog_;
  std::unique_ptr<CaseEngine> engine_;
  std::map<std::string, Actor> actors_;
};

// Items of the test catalog: one per tier.
inline constexpr const char* kGridItem = "A01-001";       // 8 h, grid
inline constexpr const char* kCommunityItem = "A01-002";  // 16 h, community
inline constexpr const char* kStreetItem = "A01-003";     // 24 h, street
inline constexpr const char* kDeptItem = "A01-004";       // 40 h, department DEPT
inline constexpr const char* kOnlineItem = "A01-005";     // online

}  // namespace sanwang::cases
