#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

std::string Png(std::size_t size) {
  std::string data = "\x89PNG\r\n\x1A\n";
  while (data.size() < size) data += static_cast<char>(data.size() * 31 % 256);
  return data;
}

class PhotoTest : public ApiTest {
 protected:
  HttpResponse Upload(const std::string& who, std::int64_t id, const std::string& data, const std::string& type) {
    return Request("POST", "/api/v1/cases/" + std::to_string(id) + "/photos", data, TokenOf(who), {{"content-type", type}});
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

SANWANG_INSTANTIATE_API_BACKENDS(PhotoTest);

}  // namespace
}  // namespace sanwang::api
