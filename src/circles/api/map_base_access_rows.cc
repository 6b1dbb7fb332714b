// Who may call the routes of the map's base layer (map_base_routes.cc): every signed-in
// person; nobody anonymous, as the streets and landmarks are the district's own data.
#include "api/access_matrix.h"

namespace sanwang::api {

void AddMapBaseAccessRows(ApiTest& test, AccessRows& rows) {
  auto get = [&test](std::string target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  rows.insert({
      {"GET /api/v1/map/roads",
       {get("/api/v1/map/roads?bbox=113.79,33.99,113.84,34.03&zoom=14"), SignedInCallers()}},
      {"GET /api/v1/map/landmarks",
       {get("/api/v1/map/landmarks?bbox=113.79,33.99,113.84,34.03"), SignedInCallers()}},
      {"GET /api/v1/map/start", {get("/api/v1/map/start"), SignedInCallers()}},
      {"GET /api/v1/map/address", {get("/api/v1/map/address?lon=113.805&lat=34.01"), SignedInCallers()}},
  });
}

}  // namespace sanwang::api
