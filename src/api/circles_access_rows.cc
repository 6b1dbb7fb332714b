// Who may call the service circles' routes (circles_routes.cc).
#include "api/access_matrix.h"
#include "api/circles_api_network.h"

namespace sanwang::api {

void AddCirclesAccessRows(ApiTest& test, AccessRows& rows) {
  EXPECT_TRUE(StoreTestCirclesNetwork(test.direct_db()).ok());
  auto get = [&test](std::string target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  rows.insert({
      {"GET /api/v1/circles/types", {get("/api/v1/circles/types"), SignedInCallers()}},
      {"GET /api/v1/circles/coverage", {get("/api/v1/circles/coverage?level=grid&type=clinic"), Planners()}},
      {"GET /api/v1/circles/gaps", {get("/api/v1/circles/gaps?type=clinic"), Planners()}},
      {"GET /api/v1/circles/suggestions", {get("/api/v1/circles/suggestions?type=clinic&k=3"), Planners()}},
      {"GET /api/v1/circles/nearby",
       {get("/api/v1/circles/nearby?lon=113.803&lat=34.0101"), SignedInCallers()}},
      {"GET /api/v1/circles/facilities", {get("/api/v1/circles/facilities?type=clinic"), SignedInCallers()}},
  });
}

}  // namespace sanwang::api
