#include "testing/test_databases.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "store/migrations.h"

namespace sanwang::testing {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string UniqueSchemaName() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  return "t" + std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" +
         std::to_string(rd() % 1000000);
}

std::string WithSearchPath(const std::string& url, const std::string& schema) {
  char sep = url.find('?') == std::string::npos ? '?' : '&';
  return url + sep + "options=-csearch_path%3D" + schema;
}

}  // namespace

std::string SourceDir() {
  std::string dir = Env("SANWANG_SOURCE_DIR");
  return dir.empty() ? "." : dir;
}

std::unique_ptr<TestDatabase> TestDatabase::Create(const std::string& backend, Reach reach) {
  return Open(backend, true, reach);
}

std::unique_ptr<TestDatabase> TestDatabase::CreateEmpty(const std::string& backend) {
  return Open(backend, false, Reach::kThisConnection);
}

std::unique_ptr<TestDatabase> TestDatabase::Open(const std::string& backend, bool migrate, Reach reach) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  if (backend == "sqlite" && reach == Reach::kThisConnection) {
    t->url_ = "sqlite::memory:";
  } else if (backend == "sqlite") {
    t->sqlite_dir_ =
        (std::filesystem::temp_directory_path() / ("sanwang-test-" + UniqueSchemaName())).string();
    std::filesystem::create_directories(t->sqlite_dir_);
    t->url_ = "sqlite:" + t->sqlite_dir_ + "/test.db";
  } else {
    std::string base = Env("SANWANG_TEST_PG_URL");
    if (base.empty()) {
      EXPECT_NE(Env("SANWANG_REQUIRE_PG"), "1") << "SANWANG_TEST_PG_URL is not set";
      return nullptr;
    }
    auto admin = store::OpenDatabase(base);
    if (!admin.ok()) {
      ADD_FAILURE() << admin.status().ToString();
      return nullptr;
    }
    t->admin_ = std::move(admin).value();
    t->schema_ = UniqueSchemaName();
    EXPECT_TRUE(t->admin_->ExecuteScript("CREATE SCHEMA " + t->schema_).ok());
    t->url_ = WithSearchPath(base, t->schema_);
  }
  auto db = store::OpenDatabase(t->url_);
  if (!db.ok()) {
    ADD_FAILURE() << db.status().ToString();
    return nullptr;
  }
  t->db_ = std::move(db).value();
  if (migrate) {
    Status migrated = store::Migrate(*t->db_);
    EXPECT_TRUE(migrated.ok()) << migrated.ToString();
  }
  return t;
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (admin_ && !schema_.empty()) {
    (void)admin_->ExecuteScript("DROP SCHEMA " + schema_ + " CASCADE");
  }
  if (!sqlite_dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(sqlite_dir_, ignored);
  }
}

}  // namespace sanwang::testing
