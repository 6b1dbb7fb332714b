// A venue's photos through Api::Handle on both engines: its managers add and remove them,
// everyone who sees the venue sees them, and the image comes back as it was sent under its
// checked type; a file that is not the photo it claims, a caption too long, an upload past
// 10 MiB or past the venue's twelve photos is refused and writes nothing; the photos of a
// venue out of use are hidden with it.
#include "api/api_test_fixture.h"
#include "api/test_images.h"
#include "support/api/venue_test_support.h"

namespace sanwang::api {
namespace {

class VenuePhotoApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    venue_ = MakeVenue(*this);
    base_ = "/api/v1/venues/" + std::to_string(venue_) + "/photos";
  }
  HttpResponse Upload(const std::string& who, const std::string& type, const std::string& data,
                      const std::string& caption = "") {
    return Request("POST", base_ + (caption.empty() ? "" : "?caption=" + caption), data, TokenOf(who),
                   {{"content-type", type}});
  }
  std::int64_t Stored() {
    auto rows = db_->Query("SELECT COUNT(*) FROM support_venue_photos");
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }
  std::int64_t venue_ = 0;
  std::string base_;
};

TEST_P(VenuePhotoApiTest, ManagersAddPhotosAndEveryoneWhoSeesTheVenueSeesThem) {
  const std::string jpeg = test_images::MakeJpeg(3000);
  // 多功能厅全景, percent-encoded as a browser sends it.
  HttpResponse added =
      Upload("community", "image/jpeg", jpeg, "%E5%A4%9A%E5%8A%9F%E8%83%BD%E5%8E%85%E5%85%A8%E6%99%AF");
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(Json(added)["caption"], "多功能厅全景");
  EXPECT_EQ(Json(added)["size_bytes"], 3000);
  ASSERT_EQ(Upload("street", "image/png", test_images::MakePng(800)).status, 201);

  const nlohmann::json seen = Json(As("resident1", "GET", base_));
  ASSERT_EQ(seen["items"].size(), 2U);
  EXPECT_EQ(seen["items"][0]["content_type"], "image/jpeg") << "the oldest, the cover, first";
  EXPECT_EQ(seen["items"][1]["content_type"], "image/png");
  EXPECT_FALSE(seen["may_manage"].get<bool>());
  EXPECT_TRUE(Json(As("community", "GET", base_))["may_manage"].get<bool>());

  const HttpResponse image = As("resident1", "GET", seen["items"][0]["url"].get<std::string>());
  ASSERT_EQ(image.status, 200);
  EXPECT_EQ(image.content_type, "image/jpeg");
  EXPECT_EQ(image.body, jpeg);
  ASSERT_EQ(image.headers.count("Cache-Control"), 1U);
  EXPECT_EQ(image.headers.find("Cache-Control")->second, "private, max-age=86400");
  ASSERT_EQ(image.headers.count("ETag"), 1U);
  EXPECT_EQ(image.headers.find("ETag")->second, "\"" + seen["items"][0]["sha256"].get<std::string>() + "\"");
}

TEST_P(VenuePhotoApiTest, OnlyTheVenuesManagersAddPhotos) {
  const std::string jpeg = test_images::MakeJpeg(500);
  EXPECT_EQ(Upload("community2", "image/jpeg", jpeg).status, 403) << "another community's staff";
  EXPECT_EQ(Upload("resident1", "image/jpeg", jpeg).status, 403);
  EXPECT_EQ(Upload("grid1", "image/jpeg", jpeg).status, 403);
  EXPECT_EQ(Request("POST", base_, jpeg, "", {{"content-type", "image/jpeg"}}).status, 401);
  EXPECT_EQ(Stored(), 0);
  EXPECT_EQ(Upload("admin", "image/jpeg", jpeg).status, 201);
}

TEST_P(VenuePhotoApiTest, WhatIsNotThePhotoItClaimsIsRefusedAndNothingIsWritten) {
  struct Case {
    std::string type, data, caption, field;
  };
  const std::string jpeg = test_images::MakeJpeg(500);
  const std::vector<Case> bad = {
      {"text/html", "<script>alert(1)</script>", "", "content_type"},
      {"application/pdf", "%PDF-1.4\n%%EOF", "", "content_type"},
      {"image/png", jpeg, "", "content_type"},                            // a JPEG declared as PNG
      {"image/jpeg", jpeg.substr(0, 300), "", "body"},                    // cut short
      {"image/jpeg", jpeg, std::string(61, 'a'), "caption"},              // 61 characters
      {"image/jpeg", jpeg, "%E5%8E%85%0B%E5%85%A8%E6%99%AF", "caption"},  // a control character
  };
  for (const Case& c : bad) {
    const HttpResponse r = Upload("community", c.type, c.data, c.caption);
    EXPECT_EQ(r.status, 400) << c.type << " " << c.caption << ": " << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(Upload("community", "image/jpeg", test_images::MakeJpeg((10 << 20) + 1)).status, 413);
  EXPECT_EQ(Stored(), 0);
  EXPECT_EQ(Upload("community", "image/jpeg", jpeg, std::string(60, 'a')).status, 201) << "60 is allowed";
}

TEST_P(VenuePhotoApiTest, AVenueHoldsAtMostTwelvePhotos) {
  for (int i = 0; i < 12; ++i)
    ASSERT_EQ(Upload("community", "image/jpeg", test_images::MakeJpeg(100)).status, 201);
  const HttpResponse full = Upload("community", "image/jpeg", test_images::MakeJpeg(100));
  EXPECT_EQ(full.status, 422) << full.body;
  EXPECT_EQ(Stored(), 12);
}

TEST_P(VenuePhotoApiTest, ARemovedPhotoIsGoneForGood) {
  ASSERT_EQ(Upload("community", "image/jpeg", test_images::MakeJpeg(400)).status, 201);
  HttpResponse second = Upload("community", "image/png", test_images::MakePng(400));
  ASSERT_EQ(second.status, 201);
  const std::string url = Json(second)["url"].get<std::string>();
  EXPECT_EQ(As("community2", "POST", url + "/remove").status, 403);
  EXPECT_EQ(As("resident1", "POST", url + "/remove").status, 403);
  EXPECT_EQ(Stored(), 2);

  const HttpResponse removed = As("community", "POST", url + "/remove");
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(Json(removed)["items"].size(), 1U);
  EXPECT_EQ(As("resident1", "GET", url).status, 404);
  EXPECT_EQ(As("community", "POST", url + "/remove").status, 404);
  EXPECT_EQ(Stored(), 1);

  // A photo is found only under its own venue.
  const std::int64_t other = MakeVenue(*this, {{"name", "阅览室"}});
  const nlohmann::json left = Json(As("resident1", "GET", base_));
  const std::string elsewhere = "/api/v1/venues/" + std::to_string(other) + "/photos/" +
                                std::to_string(left["items"][0]["id"].get<std::int64_t>());
  EXPECT_EQ(As("resident1", "GET", elsewhere).status, 404) << elsewhere;
  EXPECT_EQ(As("admin", "POST", elsewhere + "/remove").status, 404);
  EXPECT_EQ(Stored(), 1);
}

TEST_P(VenuePhotoApiTest, APhotoOfAVenueOutOfUseIsHiddenWithIt) {
  HttpResponse added = Upload("community", "image/jpeg", test_images::MakeJpeg(400));
  ASSERT_EQ(added.status, 201);
  const std::string url = Json(added)["url"].get<std::string>();
  ASSERT_EQ(As("community", "PUT", "/api/v1/venues/" + std::to_string(venue_), {{"active", false}}).status,
            200);
  EXPECT_EQ(As("resident1", "GET", base_).status, 404);
  EXPECT_EQ(As("resident1", "GET", url).status, 404);
  EXPECT_EQ(As("community", "GET", url).status, 200) << "its managers still see it";
}

SANWANG_INSTANTIATE_API_BACKENDS(VenuePhotoApiTest);

}  // namespace

}  // namespace sanwang::api
