#include "core/config.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(ConfigTest, MergesKnownKeys) {
  Config config;
  ASSERT_TRUE(config.MergeToml("db = \"postgresql://localhost/sw\"\nlisten = \"0.0.0.0:9000\"").ok());
  EXPECT_EQ(config.db_url, "postgresql://localhost/sw");
  EXPECT_EQ(config.listen, "0.0.0.0:9000");
  EXPECT_EQ(config.district_code, "411002");
}

TEST(ConfigTest, RejectsUnknownKeysWrongTypesAndBadToml) {
  Config config;
  Status unknown = config.MergeToml("dbb = \"x\"");
  EXPECT_EQ(unknown.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(unknown.field(), "dbb");
  EXPECT_FALSE(config.MergeToml("db = 5").ok());
  EXPECT_FALSE(config.MergeToml("db = ").ok());
  EXPECT_FALSE(config.MergeToml("listen = \"1.2.3.4:1\"\nbogus = 1").ok());
  EXPECT_EQ(config.listen, "127.0.0.1:8080");
  EXPECT_EQ(config.db_url, "sqlite:sanwang.db");
}

TEST(ConfigTest, AutoDispatchThreshold) {
  Config config;
  EXPECT_EQ(config.auto_dispatch_threshold, 0.6);
  ASSERT_TRUE(config.MergeToml("auto_dispatch_threshold = 0.75").ok());
  EXPECT_EQ(config.auto_dispatch_threshold, 0.75);
  ASSERT_TRUE(config.MergeToml("auto_dispatch_threshold = 1").ok());
  EXPECT_EQ(config.auto_dispatch_threshold, 1.0);
  EXPECT_EQ(config.MergeToml("auto_dispatch_threshold = -0.1").field(), "auto_dispatch_threshold");
  EXPECT_FALSE(config.MergeToml("auto_dispatch_threshold = \"high\"").ok());
}

TEST(ConfigTest, SuggestionFloorIsAFraction) {
  Config config;
  EXPECT_EQ(config.suggest_min_confidence, 0.15);
  ASSERT_TRUE(config.MergeToml("suggest_min_confidence = 0.3").ok());
  EXPECT_EQ(config.suggest_min_confidence, 0.3);
  EXPECT_EQ(config.MergeToml("suggest_min_confidence = -0.1").field(), "suggest_min_confidence");
  EXPECT_EQ(config.suggest_min_confidence, 0.3);
}

TEST(ConfigTest, RankingMinimumCases) {
  Config config;
  EXPECT_EQ(config.ranking_min_cases, 5);
  ASSERT_TRUE(config.MergeToml("ranking_min_cases = 20").ok());
  EXPECT_EQ(config.ranking_min_cases, 20);
  EXPECT_EQ(config.MergeToml("ranking_min_cases = -1").field(), "ranking_min_cases");
  EXPECT_EQ(config.MergeToml("ranking_min_cases = 2.5").field(), "ranking_min_cases");
  EXPECT_EQ(config.ranking_min_cases, 20);
}

TEST(ConfigTest, RosterStaffingNorm) {
  Config config;
  EXPECT_EQ(config.roster_households_per_worker, 300);
  ASSERT_TRUE(config.MergeToml("roster_households_per_worker = 250").ok());
  EXPECT_EQ(config.roster_households_per_worker, 250);
  EXPECT_EQ(config.MergeToml("roster_households_per_worker = 0").field(), "roster_households_per_worker");
  EXPECT_EQ(config.roster_households_per_worker, 250);
}

TEST(ConfigTest, BodyLimitsAreConfigurableWithinBounds) {
  Config config;
  ASSERT_TRUE(config.MergeToml("max_json_body_bytes = 65536\nmax_upload_bytes = 20971520").ok());
  EXPECT_EQ(config.max_json_body_bytes, 65536);
  EXPECT_EQ(config.max_upload_bytes, 20971520);
  EXPECT_EQ(config.MergeToml("max_upload_bytes = 10").field(), "max_upload_bytes");
  EXPECT_EQ(config.MergeToml("max_json_body_bytes = \"1MB\"").field(), "max_json_body_bytes");
  EXPECT_EQ(config.max_upload_bytes, 20971520);
}

TEST(ConfigTest, BoundaryImportLimitsAreConfigurableWithinBounds) {
  Config config;
  EXPECT_EQ(config.max_import_bytes, 32 << 20);
  EXPECT_EQ(config.max_feature_vertices, 20000);
  ASSERT_TRUE(config.MergeToml("max_import_bytes = 1048576\nmax_feature_vertices = 500").ok());
  EXPECT_EQ(config.max_import_bytes, 1048576);
  EXPECT_EQ(config.max_feature_vertices, 500);
  EXPECT_EQ(config.MergeToml("max_feature_vertices = 3").field(), "max_feature_vertices");
  EXPECT_EQ(config.MergeToml("max_import_bytes = 10").field(), "max_import_bytes");
  EXPECT_EQ(config.max_feature_vertices, 500);
}

TEST(ConfigTest, ConnectionAndBufferCapsAreConfigurableWithinBounds) {
  Config config;
  EXPECT_EQ(config.max_connections, 1024);
  ASSERT_TRUE(config.MergeToml("max_connections = 50\nmax_buffered_body_bytes = 104857600").ok());
  EXPECT_EQ(config.max_connections, 50);
  EXPECT_EQ(config.max_buffered_body_bytes, 104857600);
  EXPECT_EQ(config.MergeToml("max_connections = 0").field(), "max_connections");
  EXPECT_EQ(config.MergeToml("max_buffered_body_bytes = 1000").field(), "max_buffered_body_bytes");
  EXPECT_EQ(config.max_connections, 50);
}

TEST(ConfigTest, WorkerThreadsAreConfigurable) {
  Config config;
  EXPECT_EQ(config.read_threads, 2);
  EXPECT_EQ(config.password_threads, 2);
  ASSERT_TRUE(config.MergeToml("read_threads = 4\npassword_threads = 1").ok());
  EXPECT_EQ(config.read_threads, 4);
  EXPECT_EQ(config.password_threads, 1);
  EXPECT_EQ(config.MergeToml("read_threads = 0").field(), "read_threads");
  EXPECT_EQ(config.MergeToml("password_threads = 1000").field(), "password_threads");
  EXPECT_EQ(config.read_threads, 4);
}

TEST(ConfigTest, TheSweepIntervalIsConfigurableWithinBounds) {
  Config config;
  EXPECT_EQ(config.sweep_interval_seconds, 60);
  ASSERT_TRUE(config.MergeToml("sweep_interval_seconds = 2").ok());
  EXPECT_EQ(config.sweep_interval_seconds, 2);
  EXPECT_EQ(config.MergeToml("sweep_interval_seconds = 0").field(), "sweep_interval_seconds");
  EXPECT_EQ(config.MergeToml("sweep_interval_seconds = 86400").field(), "sweep_interval_seconds");
  EXPECT_EQ(config.sweep_interval_seconds, 2);
}

TEST(ConfigTest, PhotoLimitsPerCaseAreConfigurable) {
  Config config;
  EXPECT_EQ(config.max_photos_per_case, 20);
  ASSERT_TRUE(config.MergeToml("max_photos_per_case = 5\nmax_photo_bytes_per_case = 20971520").ok());
  EXPECT_EQ(config.max_photos_per_case, 5);
  EXPECT_EQ(config.max_photo_bytes_per_case, 20971520);
  EXPECT_EQ(config.MergeToml("max_photos_per_case = 0").field(), "max_photos_per_case");
}

TEST(ConfigTest, RegistrationSettings) {
  Config config;
  EXPECT_TRUE(config.sms_gateway_url.empty());
  EXPECT_FALSE(config.allow_unverified_registration);
  ASSERT_TRUE(config
                  .MergeToml("sms_gateway_url = \"http://10.1.2.3:9000/send\"\nsms_gateway_key = \"k1\"\n"
                             "sms_gateway_timeout_seconds = 3\nallow_unverified_registration = true")
                  .ok());
  EXPECT_EQ(config.sms_gateway_url, "http://10.1.2.3:9000/send");
  EXPECT_EQ(config.sms_gateway_key, "k1");
  EXPECT_EQ(config.sms_gateway_timeout_seconds, 3);
  EXPECT_TRUE(config.allow_unverified_registration);
  EXPECT_EQ(config.MergeToml("allow_unverified_registration = 1").field(), "allow_unverified_registration");
  EXPECT_EQ(config.MergeToml("sms_gateway_timeout_seconds = 0").field(), "sms_gateway_timeout_seconds");
  EXPECT_EQ(config.sms_gateway_timeout_seconds, 3);
}

TEST(ConfigTest, SecureCookiesIsABooleanSetting) {
  Config config;
  EXPECT_FALSE(config.secure_cookies);
  ASSERT_TRUE(config.MergeToml("secure_cookies = true").ok());
  EXPECT_TRUE(config.secure_cookies);
  EXPECT_EQ(config.MergeToml("secure_cookies = \"yes\"").field(), "secure_cookies");
  EXPECT_EQ(config.MergeToml("secure_cookies = 1").field(), "secure_cookies");
  EXPECT_TRUE(config.secure_cookies);
}

TEST(ConfigTest, TileUrlIsEmptyOrATemplate) {
  Config config;
  EXPECT_EQ(config.tile_url, "");
  ASSERT_TRUE(config.MergeToml("tile_url = \"http://tiles.intranet/{z}/{x}/{y}.png\"").ok());
  EXPECT_EQ(config.tile_url, "http://tiles.intranet/{z}/{x}/{y}.png");
  EXPECT_EQ(config.MergeToml("tile_url = \"http://tiles.intranet/tile.png\"").field(), "tile_url");
  EXPECT_EQ(config.MergeToml("tile_url = \"javascript:{z}{x}{y}\"").field(), "tile_url");
  EXPECT_EQ(config.tile_url, "http://tiles.intranet/{z}/{x}/{y}.png");
  ASSERT_TRUE(config.MergeToml("tile_url = \"\"").ok());
  EXPECT_EQ(config.tile_url, "");
}

TEST(ConfigTest, SignInLockoutIsConfigurableWithinBounds) {
  Config config;
  EXPECT_EQ(config.sign_in_account_failures, 5);
  ASSERT_TRUE(config
                  .MergeToml("sign_in_account_failures = 3\nsign_in_address_failures = 50\n"
                             "sign_in_window_seconds = 600\nsign_in_lock_seconds = 1800")
                  .ok());
  EXPECT_EQ(config.sign_in_account_failures, 3);
  EXPECT_EQ(config.sign_in_address_failures, 50);
  EXPECT_EQ(config.sign_in_window_seconds, 600);
  EXPECT_EQ(config.sign_in_lock_seconds, 1800);
  EXPECT_EQ(config.MergeToml("sign_in_lock_seconds = 0").field(), "sign_in_lock_seconds");
  EXPECT_EQ(config.MergeToml("sign_in_account_failures = \"5\"").field(), "sign_in_account_failures");
  EXPECT_EQ(config.sign_in_lock_seconds, 1800);
}

TEST(ConfigTest, RequestLimitsAreATableWithinBounds) {
  Config config;
  EXPECT_EQ(config.limits.account_writes.per_minute, 120);
  EXPECT_TRUE(config.limits.account_filings.on());
  ASSERT_TRUE(config
                  .MergeToml("[limits]\naddress_writes_per_minute = 3000\naddress_write_burst = 500\n"
                             "account_filings_per_minute = 0\ntracked_keys = 5000")
                  .ok());
  EXPECT_EQ(config.limits.address_writes.per_minute, 3000);
  EXPECT_EQ(config.limits.address_writes.burst, 500);
  EXPECT_FALSE(config.limits.account_filings.on());
  EXPECT_EQ(config.limits.account_writes.per_minute, 120);  // not named: unchanged
  EXPECT_EQ(config.limits.tracked_keys, 5000);
  EXPECT_EQ(config.MergeToml("[limits]\naccount_write_burst = -1").field(), "limits.account_write_burst");
  EXPECT_EQ(config.MergeToml("[limits]\nwrites = 5").field(), "limits.writes");
  EXPECT_EQ(config.MergeToml("[limits]\ntracked_keys = 10").field(), "limits.tracked_keys");
  EXPECT_EQ(config.MergeToml("limits = 5").field(), "limits");
  EXPECT_EQ(config.limits.account_writes.burst, 120);  // a refused file changes nothing
}

TEST(ConfigTest, PasswordsTableSetsExpiryAndHistoryWithinBounds) {
  Config config;
  EXPECT_EQ(config.passwords.max_age_days, 90);
  EXPECT_EQ(config.passwords.history, 5);
  ASSERT_TRUE(config.MergeToml("[passwords]\nmax_age_days = 0\nhistory = 12\n").ok());
  EXPECT_EQ(config.passwords.max_age_days, 0);
  EXPECT_EQ(config.passwords.history, 12);
  ASSERT_TRUE(config.MergeToml("[passwords]\nhistory = 1\n").ok());
  EXPECT_EQ(config.passwords.max_age_days, 0);  // not named: unchanged
  EXPECT_EQ(config.passwords.history, 1);
  Status negative = config.MergeToml("[passwords]\nmax_age_days = -1\n");
  EXPECT_EQ(negative.field(), "passwords.max_age_days");
  EXPECT_NE(negative.message().find("passwords.max_age_days"), std::string::npos);
  EXPECT_EQ(config.MergeToml("[passwords]\nhistory = 25\n").field(), "passwords.history");
  EXPECT_EQ(config.MergeToml("[passwords]\nhistory = \"5\"\n").field(), "passwords.history");
  EXPECT_EQ(config.MergeToml("[passwords]\nmax_age = 30\n").field(), "passwords.max_age");
  EXPECT_EQ(config.MergeToml("passwords = 5").field(), "passwords");
  EXPECT_EQ(config.MergeToml("[passwords]\nhistory = 3\nmax_age_days = 4000\n").field(),
            "passwords.max_age_days");
  EXPECT_EQ(config.passwords.history, 1);  // a refused file changes nothing
}

TEST(ConfigTest, TwoFactorTableNamesRolesAndIssuer) {
  Config config;
  EXPECT_EQ(config.two_factor.required_roles,
            (std::vector<std::string>{"admin", "security_officer", "auditor"}));
  ASSERT_TRUE(
      config.MergeToml("[two_factor]\nrequired_roles = [\"admin\", \"leader\"]\nissuer = \"魏都区\"\n").ok());
  EXPECT_EQ(config.two_factor.required_roles, (std::vector<std::string>{"admin", "leader"}));
  EXPECT_EQ(config.two_factor.issuer, "魏都区");
  ASSERT_TRUE(config.MergeToml("[two_factor]\nrequired_roles = []\n").ok());
  EXPECT_TRUE(config.two_factor.required_roles.empty());
  EXPECT_EQ(config.MergeToml("[two_factor]\nrequired_roles = \"admin\"\n").field(),
            "two_factor.required_roles");
  EXPECT_EQ(config.MergeToml("[two_factor]\nrequired_roles = [1]\n").field(), "two_factor.required_roles");
  EXPECT_EQ(config.MergeToml("[two_factor]\nrolls = []\n").field(), "two_factor.rolls");
  EXPECT_TRUE(config.two_factor.required_roles.empty());  // a refused file changes nothing
}

TEST(ConfigTest, DataPathsResolveAgainstHome) {
  Config config;
  config.home = "/opt/sanwang";
  EXPECT_EQ(config.calendar_dir(), std::filesystem::path("/opt/sanwang/config/calendar"));
  EXPECT_EQ(config.catalog_file(), std::filesystem::path("/opt/sanwang/data/catalog/catalog.csv"));
}

}  // namespace
}  // namespace sanwang

namespace sanwang {
namespace {

TEST(ConfigTest, BackupTableSetsTheSchedule) {
  Config c;
  EXPECT_TRUE(c.backup.directory.empty());
  ASSERT_TRUE(c.MergeToml("[backup]\ndirectory = \"backups\"\ndaily_at = \"03:15\"\nkeep = 14\n").ok());
  EXPECT_EQ(c.backup.directory, "backups");
  EXPECT_EQ(c.backup.daily_minute, 3 * 60 + 15);
  EXPECT_EQ(c.backup.every_hours, 0);
  EXPECT_EQ(c.backup.keep, 14);
  ASSERT_TRUE(c.MergeToml("[backup]\nevery_hours = 6\n").ok());
  EXPECT_EQ(c.backup.every_hours, 6);
}

TEST(ConfigTest, BackupTableRefusesBadValues) {
  Config c;
  EXPECT_FALSE(c.MergeToml("[backup]\ndaily_at = \"25:00\"\n").ok());
  EXPECT_FALSE(c.MergeToml("[backup]\ndaily_at = \"3:15\"\n").ok());
  EXPECT_FALSE(c.MergeToml("[backup]\nkeep = 0\n").ok());
  EXPECT_FALSE(c.MergeToml("[backup]\ndaily_at = \"03:00\"\nevery_hours = 6\n").ok());
  Status unknown = c.MergeToml("[backup]\nfolder = \"x\"\n");
  EXPECT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.field(), "backup.folder");
  EXPECT_EQ(c.backup.keep, 7);  // nothing changed by the refusals
}

}  // namespace
}  // namespace sanwang
