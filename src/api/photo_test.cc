#include "api/api_test_fixture.h"
#include "api/test_images.h"

namespace sanwang::api {
namespace {

std::string Png(std::size_t size) { return test_images::MakePng(size); }

class PhotoTest : public ApiTest {
 protected:
  HttpResponse Upload(const std::string& who, std::int64_t id, const std::string& data,
                      const std::string& type) {
    return Request("POST", "/api/v1/cases/" + std::to_string(id) + "/photos", data, TokenOf(who),
                   {{"content-type", type}});
  }
};

TEST_P(PhotoTest, UploadListDownload) {
  std::int64_t id = FileCase("resident1", kInG1);
  std::string png = Png(50000);
  HttpResponse up = Upload("resident1", id, png, "image/png");
  ASSERT_EQ(up.status, 201) << up.body;
  auto photo = Json(up);
  EXPECT_EQ(photo["size_bytes"], 50000);
  EXPECT_EQ(photo["sha256"].get<std::string>().size(), 64u);
  HttpResponse got = As("grid1", "GET", photo["url"]);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.content_type, "image/png");
  EXPECT_EQ(got.body, png);
  EXPECT_EQ(Json(As("grid1", "GET", "/api/v1/cases/" + std::to_string(id) + "/photos"))["items"].size(), 1u);
  EXPECT_EQ(As("grid2", "GET", photo["url"]).status, 404);
  EXPECT_EQ(Upload("grid1", id, png, "image/png").status, 201);
}

TEST_P(PhotoTest, RefusesWhatIsNotAnImageOrNotAllowed) {
  std::int64_t id = FileCase("resident1", kInG1);
  EXPECT_EQ(Upload("resident1", id, "hello", "image/png").status, 400);
  EXPECT_EQ(Upload("resident1", id, Png(100), "image/jpeg").status, 400);
  EXPECT_EQ(Upload("resident1", id, "", "image/png").status, 400);
  EXPECT_EQ(Upload("resident2", id, Png(100), "image/png").status, 404);
  EXPECT_EQ(Upload("supervisor", id, Png(100), "image/png").status, 403);
  EXPECT_EQ(db_->Query("SELECT COUNT(*) FROM attachments")->at(0).Int(0), 0);
}

TEST_P(PhotoTest, AFileThatOnlyStartsLikeAnImageIsRefused) {
  std::int64_t id = FileCase("resident1", kInG1);
  std::string polyglot =
      std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + "<html><script>alert(1)</script>";
  HttpResponse r = Upload("resident1", id, polyglot, "image/jpeg");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(Upload("resident1", id, Png(1000).substr(0, 900), "image/png").status, 400);
  EXPECT_EQ(Upload("resident1", id, test_images::MakeJpeg(1000), "image/jpeg").status, 201);
  EXPECT_EQ(db_->Query("SELECT COUNT(*) FROM attachments")->at(0).Int(0), 1);
}

TEST_P(PhotoTest, ACaseHoldsAtMostItsPhotoCountAndBytes) {
  ApiOptions options;
  options.max_photos_per_case = 2;
  options.max_photo_bytes_per_case = 3000;
  UseOptions(options);
  std::int64_t id = FileCase("resident1", kInG1);
  ASSERT_EQ(Upload("resident1", id, Png(1000), "image/png").status, 201);
  // 1000 + 2001 passes 3000 by one byte.
  HttpResponse over = Upload("resident1", id, Png(2001), "image/png");
  EXPECT_EQ(over.status, 413) << over.body;
  EXPECT_EQ(Json(over)["error"]["code"], "too_large");
  ASSERT_EQ(Upload("resident1", id, Png(2000), "image/png").status, 201);  // exactly 3000
  HttpResponse third = Upload("resident1", id, Png(100), "image/png");
  EXPECT_EQ(third.status, 413) << third.body;
  EXPECT_EQ(db_->Query("SELECT COUNT(*) FROM attachments")->at(0).Int(0), 2);
}

TEST_P(PhotoTest, ADownloadNamesASafeFileAndIsNotCached) {
  std::int64_t id = FileCase("resident1", kInG1);
  HttpResponse up = Upload("resident1", id, test_images::MakeJpeg(500), "image/jpeg");
  ASSERT_EQ(up.status, 201) << up.body;
  HttpResponse got = As("resident1", "GET", Json(up)["url"]);
  ASSERT_EQ(got.status, 200);
  auto header = [&](const std::string& name) {
    auto it = got.headers.find(name);
    return it == got.headers.end() ? std::string() : it->second;
  };
  EXPECT_EQ(header("Content-Disposition"), "inline; filename=\"case-" + std::to_string(id) + "-photo-" +
                                               std::to_string(Json(up)["id"].get<std::int64_t>()) + ".jpg\"");
  EXPECT_EQ(header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(header("Cache-Control"), "no-store");
}

SANWANG_INSTANTIATE_API_BACKENDS(PhotoTest);

}  // namespace
}  // namespace sanwang::api
