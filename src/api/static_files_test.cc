#include "api/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace sanwang::api {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = std::filesystem::temp_directory_path() / ("sanwang-static-" + std::to_string(getpid()));
    std::filesystem::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<html>app</html>";
    std::ofstream(root_ / "assets" / "app.1a2b.js") << "console.log(1)";
    std::ofstream(root_.parent_path() / ("secret-" + std::to_string(getpid()) + ".txt")) << "secret";
  }
  void TearDown() override {
    std::filesystem::remove_all(root_);
    std::filesystem::remove(root_.parent_path() / ("secret-" + std::to_string(getpid()) + ".txt"));
  }
  std::filesystem::path root_;
};

TEST_F(StaticFilesTest, ServesFilesAndTheAppForItsRoutes) {
  auto js = ServeStaticFile(root_, "/assets/app.1a2b.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->body, "console.log(1)");
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_NE(js->headers.find("Cache-Control")->second.find("immutable"), std::string::npos);
  EXPECT_EQ(ServeStaticFile(root_, "/")->body, "<html>app</html>");
  EXPECT_EQ(ServeStaticFile(root_, "/workbench/inbox")->body, "<html>app</html>");
  EXPECT_FALSE(ServeStaticFile(root_, "/missing.js"));
}

TEST_F(StaticFilesTest, SendsThePrecompressedCopyTheClientAccepts) {
  std::ofstream(root_ / "assets" / "app.1a2b.js.gz") << "gzip-bytes";
  std::ofstream(root_ / "assets" / "app.1a2b.js.br") << "brotli-bytes";
  auto br = ServeStaticFile(root_, "/assets/app.1a2b.js", "gzip, deflate, br");
  ASSERT_TRUE(br);
  EXPECT_EQ(br->body, "brotli-bytes");
  EXPECT_EQ(br->headers.find("Content-Encoding")->second, "br");
  EXPECT_EQ(br->headers.find("Vary")->second, "Accept-Encoding");
  EXPECT_EQ(br->content_type, "text/javascript; charset=utf-8");

  auto gz = ServeStaticFile(root_, "/assets/app.1a2b.js", "gzip;q=1.0, br;q=0");
  ASSERT_TRUE(gz);
  EXPECT_EQ(gz->body, "gzip-bytes");
  EXPECT_EQ(gz->headers.find("Content-Encoding")->second, "gzip");

  auto plain = ServeStaticFile(root_, "/assets/app.1a2b.js", "");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->body, "console.log(1)");
  EXPECT_EQ(plain->headers.count("Content-Encoding"), 0u);
  EXPECT_EQ(plain->headers.find("Vary")->second, "Accept-Encoding");

  // No copy beside index.html: the file itself, whatever the client accepts.
  auto page = ServeStaticFile(root_, "/workbench", "br, gzip");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body, "<html>app</html>");
  EXPECT_EQ(page->headers.count("Content-Encoding"), 0u);
}

TEST_F(StaticFilesTest, NeverLeavesTheFolder) {
  EXPECT_FALSE(ServeStaticFile(root_, "/../secret-" + std::to_string(getpid()) + ".txt"));
  EXPECT_FALSE(ServeStaticFile(root_, "relative.txt"));
  EXPECT_FALSE(ServeStaticFile("/nonexistent-root", "/index.html"));
}

}  // namespace
}  // namespace sanwang::api
