// An API on a small district, for tests that go through Api::Handle without a socket:
// district D → street S → community C (grids G1, G2) and community C2 (grid G3), a
// department DEPT and the command center CMD; a five-item catalog; one account per role
// (password kPassword); a fake clock. Runs on SQLite (a temporary file, so the pool's
// connections share it) and on PostgreSQL.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "api/api.h"
#include "testing/test_databases.h"

namespace sanwang::api {

inline constexpr const char* kPassword = "Sanwang2026";

// Points inside each test grid.
inline constexpr geo::LonLat kInG1{113.805, 34.01};
inline constexpr geo::LonLat kInG2{113.815, 34.01};
inline constexpr geo::LonLat kInG3{113.825, 34.01};

class ApiTest : public ::testing::TestWithParam<std::string> {
 public:
  // Public for the access rows that modules keep in their own files (access_matrix.h).
  HttpResponse Request(const std::string& method, const std::string& target, const std::string& body = "",
                       const std::string& token = "", std::map<std::string, std::string> headers = {});
  // Signs in (once per user and test) and returns the bearer token.
  std::string TokenOf(const std::string& username);
  HttpResponse As(const std::string& username, const std::string& method, const std::string& target,
                  const nlohmann::json& body = nullptr);
  // Files a grid-tier matter at `where` as `reporter`; returns its id.
  std::int64_t FileCase(const std::string& reporter, geo::LonLat where);
  std::int64_t CountCases();
  // Trains a small classifier on written examples of items A01-001 (clutter), A01-002
  // (noise) and A01-004 (damaged road) and stores it as the district's active model.
  void StoreClassifier();
  static nlohmann::json Json(const HttpResponse& r);
  store::Database& direct_db() { return *db_; }
  // The server's clock (one-time codes are computed for its time).
  const FakeClock& clock() const { return clock_; }
  // Replaces the API with one built with `options` (same database; tokens stay valid).
  void UseOptions(ApiOptions options);

  // A second district, 411003, in the same database: the first's units and roles under
  // names of its own (建安…, grids 东格 西格 南格, east of the first's) and accounts named
  // "b-" + the first's usernames (display names 乙号…).
  void AddSecondDistrict();
  // From now on each write (any method but GET) by an account of the second district
  // compares the rows of the first district (every table with a district_code) before and
  // after it; those that changed any are listed in cross_district_changes().
  void WatchFirstDistrict() { watched_district_ = "411002"; }
  const std::vector<std::string>& cross_district_changes() const { return cross_district_changes_; }

 protected:
  void SetUp() override;
  void TearDown() override;

  FakeClock clock_{1796000400};  // 2026-11-30T09:00:00+08:00, a Monday
  std::unique_ptr<testing::TestDatabase> pg_;
  std::string sqlite_dir_;
  std::string url_;
  std::unique_ptr<store::Database> db_;  // for direct checks
  std::unique_ptr<store::DatabasePool> pool_;
  std::unique_ptr<WorkingCalendar> calendar_;
  std::unique_ptr<cases::Workflow> workflow_;
  std::unique_ptr<Api> api_;
  std::map<std::string, std::string> tokens_;
  std::string case_title_ = "楼道堆放杂物";  // of the matters FileCase files

 private:
  // Every row of `district` in every table that has a district_code, as text.
  std::string RowsOfDistrict(const std::string& district);
  bool IsSecondDistrictToken(const std::string& token) const;
  std::string watched_district_;
  std::vector<std::string> district_tables_;
  std::vector<std::string> cross_district_changes_;
};

#define SANWANG_INSTANTIATE_API_BACKENDS(Fixture)                            \
  INSTANTIATE_TEST_SUITE_P(                                                  \
      Backends, Fixture, ::testing::ValuesIn(::sanwang::testing::kBackends), \
      [](const ::testing::TestParamInfo<std::string>& backend) { return backend.param; })

}  // namespace sanwang::api
