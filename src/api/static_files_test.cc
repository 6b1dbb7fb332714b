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

TEST_F(StaticFilesTest, NeverLeavesTheFolder) {
  EXPECT_FALSE(ServeStaticFile(root_, "/../secret-" + std::to_string(getpid()) + ".txt"));
  EXPECT_FALSE(ServeStaticFile(root_, "relative.txt"));
  EXPECT_FALSE(ServeStaticFile("/nonexistent-root", "/index.html"));
}

}  // namespace
}  // namespace sanwang::api
