// Who may call the venue photo routes (venue_photo_routes.cc): everyone signed in lists and
// sees the photos of a venue in use; the venue's managers — for a venue of community C its
// community staff, the street's staff above it and admins — add and remove them. Each
// removal probe adds a photo of its own first, so no probe meets another's removal.
#include "api/access_matrix.h"
#include "api/test_images.h"
#include "support/api/venue_test_support.h"

namespace sanwang::api {

void AddVenuePhotoAccessRows(ApiTest& test, AccessRows& rows) {
  // A new venue's photo address with one photo added by an admin.
  auto added_photo = [&test](std::int64_t venue) {
    const std::string base = "/api/v1/venues/" + std::to_string(venue) + "/photos";
    HttpResponse made = test.Request("POST", base, test_images::MakeJpeg(200), test.TokenOf("admin"),
                                     {{"content-type", "image/jpeg"}});
    EXPECT_EQ(made.status, 201) << made.body;
    return made.status == 201 ? ApiTest::Json(made)["url"].get<std::string>() : base + "/1";
  };
  const std::int64_t venue = MakeVenue(test);
  const std::string base = "/api/v1/venues/" + std::to_string(venue) + "/photos";
  const std::string shown = added_photo(venue);
  // Each upload to a venue of its own, so no probe meets the venue's limit.
  auto upload = [&test](const std::string& who) {
    const std::string target = "/api/v1/venues/" + std::to_string(MakeVenue(test)) + "/photos";
    return test.Request("POST", target, test_images::MakeJpeg(200), who.empty() ? "" : test.TokenOf(who),
                        {{"content-type", "image/jpeg"}});
  };
  auto list = [&test, base](const std::string& who) { return test.As(who, "GET", base); };
  auto show = [&test, shown](const std::string& who) { return test.As(who, "GET", shown); };
  auto remove = [&test, added_photo](const std::string& who) {
    return test.As(who, "POST", added_photo(MakeVenue(test)) + "/remove");
  };
  const std::set<std::string> managers = {"community", "street", "admin"};
  rows.insert({
      {"GET /api/v1/venues/{id}/photos", {list, SignedInCallers()}},
      {"POST /api/v1/venues/{id}/photos", {upload, managers}},
      {"GET /api/v1/venues/{id}/photos/{photo_id}", {show, SignedInCallers()}},
      {"POST /api/v1/venues/{id}/photos/{photo_id}/remove", {remove, managers}},
  });
}

}  // namespace sanwang::api
