// Databases for tests. Every store and domain suite runs on each backend: SQLite in memory
// always, PostgreSQL when SANWANG_TEST_PG_URL names a server (the test command starts a
// throw-away cluster and sets it). On PostgreSQL each test gets a private schema, dropped
// afterwards, so tests can run in parallel against one server.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "store/database.h"

namespace sanwang::testing {

inline const std::vector<std::string> kBackends = {"sqlite", "postgres"};

class TestDatabase {
 public:
  // Who may open the database: this connection only (SQLite in memory, the fastest), or
  // other connections too (SQLite in a temporary file) for tests of concurrent writers.
  // A PostgreSQL database is always open to other connections.
  enum class Reach { kThisConnection, kOtherConnections };

  // A fresh database of `backend`, migrated to the latest schema. Returns nullptr (and the
  // caller skips) when PostgreSQL is not configured; fails the test instead when
  // SANWANG_REQUIRE_PG=1.
  static std::unique_ptr<TestDatabase> Create(const std::string& backend,
                                              Reach reach = Reach::kThisConnection);
  // The same, left empty: no table at all (migration tests).
  static std::unique_ptr<TestDatabase> CreateEmpty(const std::string& backend);
  ~TestDatabase();

  store::Database& db() { return *db_; }
  // A URL that opens the same database from another process or connection.
  const std::string& url() const { return url_; }

 private:
  TestDatabase() = default;
  static std::unique_ptr<TestDatabase> Open(const std::string& backend, bool migrate, Reach reach);
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<store::Database> admin_;
  std::string schema_;
  std::string sqlite_dir_;  // the temporary folder of a SQLite file, removed afterwards
  std::string url_;
};

// The repository's root folder (config/, data/).
std::string SourceDir();

}  // namespace sanwang::testing
