#include "core/config.h"

#include <cstdio>
#include <cstdlib>

#include "core/notify_config.h"
#include "core/toml_text.h"

namespace sanwang {
namespace {

Status ReadString(const toml::node& node, std::string_view key, std::string& out) {
  auto value = node.value<std::string>();
  if (!value) return InvalidArgument("config: '" + std::string(key) + "' must be a string", std::string(key));
  out = *value;
  return Status::Ok();
}

Status ReadFraction(const toml::node& node, std::string_view key, double& out) {
  auto value = node.value<double>();
  if (!value || !(*value >= 0)) {
    return InvalidArgument("config: '" + std::string(key) + "' must be a number from 0", std::string(key));
  }
  out = *value;
  return Status::Ok();
}

// A whole number within [low, high] (both inclusive), into an int or int64 setting.
struct Range {
  std::int64_t low;
  std::int64_t high;
};

template <typename T>
Status ReadWhole(const toml::node& node, std::string_view key, Range range, T& out) {
  auto value = node.value<std::int64_t>();
  if (!value || *value < range.low || *value > range.high) {
    return InvalidArgument("config: '" + std::string(key) + "' must be a whole number from " +
                               std::to_string(range.low) + " to " + std::to_string(range.high),
                           std::string(key));
  }
  out = static_cast<T>(*value);
  return Status::Ok();
}

constexpr Range kBodyBytes{1024, std::int64_t{1} << 30};  // a body limit: 1 KiB to 1 GiB
constexpr Range kFeatureVertices{4, 10'000'000};          // vertices of one boundary feature
constexpr Range kRankingMinCases{0, 1'000'000};
constexpr Range kHouseholdsPerWorker{1, 100'000};
constexpr Range kSweepSeconds{1, 3600};
constexpr Range kConnections{1, 1'000'000};
constexpr Range kBufferedBytes{1 << 20, std::int64_t{64} << 30};
constexpr Range kPhotosPerCase{1, 1000};
constexpr Range kPhotoBytesPerCase{1024, std::int64_t{16} << 30};
constexpr Range kLockout{1, 7 * 24 * 3600};  // sign-in lockout counts and seconds: up to a week
constexpr Range kGatewaySeconds{1, 60};
constexpr Range kWorkerThreads{1, 256};
constexpr Range kRequestRate{0, 1'000'000};  // writes a minute or in a burst; 0: off
constexpr Range kTrackedKeys{1000, 10'000'000};

Status ReadBool(const toml::node& node, std::string_view key, bool& out) {
  auto value = node.value<bool>();
  if (!node.is_boolean() || !value) {
    return InvalidArgument("config: '" + std::string(key) + "' must be true or false", std::string(key));
  }
  out = *value;
  return Status::Ok();
}

// Empty, or an http(s) URL template naming {z}, {x} and {y}.
Status ReadTileUrl(const toml::node& node, std::string_view key, std::string& out) {
  std::string value;
  SW_RETURN_IF_ERROR(ReadString(node, key, value));
  bool web = value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0 || value.rfind("/", 0) == 0;
  bool templated = value.find("{z}") != std::string::npos && value.find("{x}") != std::string::npos &&
                   value.find("{y}") != std::string::npos;
  if (!value.empty() && (!web || !templated)) {
    return InvalidArgument("config: 'tile_url' must be an http(s) or /path URL with {z}, {x} and {y}",
                           std::string(key));
  }
  out = value;
  return Status::Ok();
}

constexpr Range kBackupHours{1, 7 * 24};
constexpr Range kBackupsKept{1, 10'000};

// "HH:MM", a time of day, as minutes after midnight.
Status ReadTimeOfDay(const toml::node& node, std::string_view key, int& out) {
  std::string value;
  SW_RETURN_IF_ERROR(ReadString(node, key, value));
  const std::optional<int> minute = ParseClockTime(value);
  if (!minute) {
    return InvalidArgument(
        "config: '" + std::string(key) + "' 应为 HH:MM 格式的时刻 must be a time of day as HH:MM",
        std::string(key));
  }
  out = *minute;
  return Status::Ok();
}

// The [backup] table: directory, daily_at or every_hours, keep.
Status ReadBackup(const toml::node& node, BackupSettings& out) {
  const toml::table* table = node.as_table();
  if (table == nullptr) return InvalidArgument("config: 'backup' must be a table [backup]", "backup");
  BackupSettings merged = out;
  bool daily = false;
  for (const auto& [key, value] : *table) {
    std::string k = "backup." + std::string(key.str());
    if (key.str() == "directory") {
      SW_RETURN_IF_ERROR(ReadString(value, k, merged.directory));
    } else if (key.str() == "daily_at") {
      SW_RETURN_IF_ERROR(ReadTimeOfDay(value, k, merged.daily_minute));
      daily = true;
    } else if (key.str() == "every_hours") {
      SW_RETURN_IF_ERROR(ReadWhole(value, k, kBackupHours, merged.every_hours));
    } else if (key.str() == "keep") {
      SW_RETURN_IF_ERROR(ReadWhole(value, k, kBackupsKept, merged.keep));
    } else {
      return InvalidArgument("config: unknown key '" + k + "'", k);
    }
  }
  if (daily && merged.every_hours > 0) {
    return InvalidArgument(
        "config: 备份时刻与间隔只能设一个 set backup.daily_at or backup.every_hours, not both",
        "backup.every_hours");
  }
  out = merged;
  return Status::Ok();
}

// The [limits] table: each key optional, the rest keep their values.
Status ReadLimits(const toml::node& node, RequestLimits& out) {
  const toml::table* table = node.as_table();
  if (table == nullptr) return InvalidArgument("config: 'limits' must be a table ([limits])", "limits");
  const std::pair<std::string_view, RateLimit*> pairs[] = {{"address_write", &out.address_writes},
                                                           {"account_write", &out.account_writes},
                                                           {"address_filing", &out.address_filings},
                                                           {"account_filing", &out.account_filings}};
  for (const auto& [key, value] : *table) {
    std::string name = "limits." + std::string(key.str());
    bool known = false;
    for (const auto& [prefix, limit] : pairs) {
      if (key.str() == std::string(prefix) + "s_per_minute") {
        SW_RETURN_IF_ERROR(ReadWhole(value, name, kRequestRate, limit->per_minute));
        known = true;
      } else if (key.str() == std::string(prefix) + "_burst") {
        SW_RETURN_IF_ERROR(ReadWhole(value, name, kRequestRate, limit->burst));
        known = true;
      }
    }
    if (key.str() == "tracked_keys") {
      SW_RETURN_IF_ERROR(ReadWhole(value, name, kTrackedKeys, out.tracked_keys));
      known = true;
    }
    if (!known) return InvalidArgument("config: unknown key '" + name + "'", name);
  }
  return Status::Ok();
}

constexpr Range kPasswordAgeDays{0, 3650};  // 0: passwords never expire
constexpr Range kPasswordHistory{0, 24};

// The [passwords] table: max_age_days, history.
Status ReadPasswords(const toml::node& node, PasswordSettings& out) {
  const toml::table* table = node.as_table();
  if (table == nullptr)
    return InvalidArgument("config: 'passwords' must be a table [passwords]", "passwords");
  PasswordSettings merged = out;
  for (const auto& [key, value] : *table) {
    std::string k = "passwords." + std::string(key.str());
    if (key.str() == "max_age_days")
      SW_RETURN_IF_ERROR(ReadWhole(value, k, kPasswordAgeDays, merged.max_age_days));
    else if (key.str() == "history")
      SW_RETURN_IF_ERROR(ReadWhole(value, k, kPasswordHistory, merged.history));
    else
      return InvalidArgument("config: unknown key '" + k + "'", k);
  }
  out = merged;
  return Status::Ok();
}

// The [two_factor] table: required_roles (an array of role names), issuer. Whether the
// names are roles is checked where roles are known (org/two_factor.h).
Status ReadTwoFactor(const toml::node& node, TwoFactorSettings& out) {
  const toml::table* table = node.as_table();
  if (table == nullptr)
    return InvalidArgument("config: 'two_factor' must be a table [two_factor]", "two_factor");
  TwoFactorSettings merged = out;
  for (const auto& [key, value] : *table) {
    std::string k = "two_factor." + std::string(key.str());
    if (key.str() == "issuer") {
      SW_RETURN_IF_ERROR(ReadString(value, k, merged.issuer));
    } else if (key.str() == "required_roles") {
      const toml::array* roles = value.as_array();
      if (roles == nullptr) return InvalidArgument("config: '" + k + "' must be an array of role names", k);
      merged.required_roles.clear();
      for (const toml::node& role : *roles) {
        std::string name;
        SW_RETURN_IF_ERROR(ReadString(role, k, name));
        merged.required_roles.push_back(std::move(name));
      }
    } else {
      return InvalidArgument("config: unknown key '" + k + "'", k);
    }
  }
  out = merged;
  return Status::Ok();
}

}  // namespace

Status Config::MergeToml(std::string_view text) {
  SW_ASSIGN_OR_RETURN(toml::table parsed, ParseToml(text, "config"));
  Config merged = *this;  // all or nothing: a bad file changes no setting
  for (const auto& [key, node] : parsed) {
    std::string_view k = key.str();
    if (k == "db")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.db_url));
    else if (k == "listen")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.listen));
    else if (k == "district_code")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.district_code));
    else if (k == "log_level")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.log_level));
    else if (k == "max_json_body_bytes")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kBodyBytes, merged.max_json_body_bytes));
    else if (k == "max_upload_bytes")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kBodyBytes, merged.max_upload_bytes));
    else if (k == "max_import_bytes")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kBodyBytes, merged.max_import_bytes));
    else if (k == "max_feature_vertices")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kFeatureVertices, merged.max_feature_vertices));
    else if (k == "max_connections")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kConnections, merged.max_connections));
    else if (k == "read_threads")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kWorkerThreads, merged.read_threads));
    else if (k == "password_threads")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kWorkerThreads, merged.password_threads));
    else if (k == "sweep_interval_seconds")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kSweepSeconds, merged.sweep_interval_seconds));
    else if (k == "max_buffered_body_bytes") {
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kBufferedBytes, merged.max_buffered_body_bytes));
    } else if (k == "max_photos_per_case")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kPhotosPerCase, merged.max_photos_per_case));
    else if (k == "max_photo_bytes_per_case") {
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kPhotoBytesPerCase, merged.max_photo_bytes_per_case));
    } else if (k == "secure_cookies")
      SW_RETURN_IF_ERROR(ReadBool(node, k, merged.secure_cookies));
    else if (k == "tile_url")
      SW_RETURN_IF_ERROR(ReadTileUrl(node, k, merged.tile_url));
    else if (k == "auto_dispatch_threshold")
      SW_RETURN_IF_ERROR(ReadFraction(node, k, merged.auto_dispatch_threshold));
    else if (k == "suggest_min_confidence")
      SW_RETURN_IF_ERROR(ReadFraction(node, k, merged.suggest_min_confidence));
    else if (k == "ranking_min_cases")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kRankingMinCases, merged.ranking_min_cases));
    else if (k == "roster_households_per_worker")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kHouseholdsPerWorker, merged.roster_households_per_worker));
    else if (k == "sign_in_account_failures")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kLockout, merged.sign_in_account_failures));
    else if (k == "sign_in_address_failures")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kLockout, merged.sign_in_address_failures));
    else if (k == "sign_in_window_seconds")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kLockout, merged.sign_in_window_seconds));
    else if (k == "sign_in_lock_seconds")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kLockout, merged.sign_in_lock_seconds));
    else if (k == "sms_gateway_url")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.sms_gateway_url));
    else if (k == "sms_gateway_key")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.sms_gateway_key));
    else if (k == "sms_gateway_timeout_seconds")
      SW_RETURN_IF_ERROR(ReadWhole(node, k, kGatewaySeconds, merged.sms_gateway_timeout_seconds));
    else if (k == "allow_unverified_registration")
      SW_RETURN_IF_ERROR(ReadBool(node, k, merged.allow_unverified_registration));
    else if (k == "personal_data_key_file")
      SW_RETURN_IF_ERROR(ReadString(node, k, merged.personal_data_key_file));
    else if (k == "backup")
      SW_RETURN_IF_ERROR(ReadBackup(node, merged.backup));
    else if (k == "limits")
      SW_RETURN_IF_ERROR(ReadLimits(node, merged.limits));
    else if (k == "passwords")
      SW_RETURN_IF_ERROR(ReadPasswords(node, merged.passwords));
    else if (k == "two_factor")
      SW_RETURN_IF_ERROR(ReadTwoFactor(node, merged.two_factor));
    else if (k == "notify")
      SW_RETURN_IF_ERROR(ReadNotifySettings(node, merged.notify));
    else
      return InvalidArgument("config: unknown key '" + std::string(k) + "'", std::string(k));
  }
  *this = std::move(merged);
  return Status::Ok();
}

std::filesystem::path DefaultHome() {
  if (const char* env = std::getenv("SANWANG_HOME"); env != nullptr && *env != '\0') return env;
#ifdef SANWANG_SOURCE_HOME
  std::filesystem::path built_from = SANWANG_SOURCE_HOME;
  if (std::filesystem::exists(built_from / "config")) return built_from;
#endif
  return std::filesystem::current_path();
}

}  // namespace sanwang
