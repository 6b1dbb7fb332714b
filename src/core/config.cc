#include "core/config.h"

#include <cstdlib>

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

Status ReadCount(const toml::node& node, std::string_view key, int& out) {
  auto value = node.value<std::int64_t>();
  if (!value || *value < 0 || *value > 1000000) {
    return InvalidArgument("config: '" + std::string(key) + "' must be a whole number from 0 to 1000000",
                           std::string(key));
  }
  out = static_cast<int>(*value);
  return Status::Ok();
}

// A body limit: from 1 KiB to 1 GiB.
Status ReadByteLimit(const toml::node& node, std::string_view key, std::int64_t& out) {
  auto value = node.value<std::int64_t>();
  if (!value || *value < 1024 || *value > (std::int64_t{1} << 30)) {
    return InvalidArgument(
        "config: '" + std::string(key) + "' must be a whole number of bytes from 1024 to 1073741824",
        std::string(key));
  }
  out = *value;
  return Status::Ok();
}

Status ReadVertexLimit(const toml::node& node, std::string_view key, std::int64_t& out) {
  auto value = node.value<std::int64_t>();
  if (!value || *value < 4 || *value > 10'000'000) {
    return InvalidArgument("config: '" + std::string(key) + "' must be a whole number from 4 to 10000000",
                           std::string(key));
  }
  out = *value;
  return Status::Ok();
}

Status ReadCount(const toml::node& node, std::string_view key, std::int64_t low, std::int64_t high,
                 std::int64_t& out) {
  auto value = node.value<std::int64_t>();
  if (!value || *value < low || *value > high) {
    return InvalidArgument("config: '" + std::string(key) + "' must be a whole number from " +
                               std::to_string(low) + " to " + std::to_string(high),
                           std::string(key));
  }
  out = *value;
  return Status::Ok();
}

Status ReadBool(const toml::node& node, std::string_view key, bool& out) {
  auto value = node.value<bool>();
  if (!node.is_boolean() || !value) {
    return InvalidArgument("config: '" + std::string(key) + "' must be true or false", std::string(key));
  }
  out = *value;
  return Status::Ok();
}

// A count or a number of seconds for the sign-in lockout: from 1 to a week.
Status ReadLockoutNumber(const toml::node& node, std::string_view key, int& out) {
  auto value = node.value<std::int64_t>();
  if (!value || *value < 1 || *value > 7 * 24 * 3600) {
    return InvalidArgument("config: '" + std::string(key) + "' must be a whole number from 1 to 604800",
                           std::string(key));
  }
  out = static_cast<int>(*value);
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
      SW_RETURN_IF_ERROR(ReadByteLimit(node, k, merged.max_json_body_bytes));
    else if (k == "max_upload_bytes")
      SW_RETURN_IF_ERROR(ReadByteLimit(node, k, merged.max_upload_bytes));
    else if (k == "max_import_bytes")
      SW_RETURN_IF_ERROR(ReadByteLimit(node, k, merged.max_import_bytes));
    else if (k == "max_feature_vertices")
      SW_RETURN_IF_ERROR(ReadVertexLimit(node, k, merged.max_feature_vertices));
    else if (k == "max_connections")
      SW_RETURN_IF_ERROR(ReadCount(node, k, 1, 1000000, merged.max_connections));
    else if (k == "max_buffered_body_bytes") {
      SW_RETURN_IF_ERROR(ReadCount(node, k, 1 << 20, std::int64_t{64} << 30, merged.max_buffered_body_bytes));
    } else if (k == "max_photos_per_case")
      SW_RETURN_IF_ERROR(ReadCount(node, k, 1, 1000, merged.max_photos_per_case));
    else if (k == "max_photo_bytes_per_case") {
      SW_RETURN_IF_ERROR(ReadCount(node, k, 1024, std::int64_t{16} << 30, merged.max_photo_bytes_per_case));
    } else if (k == "secure_cookies")
      SW_RETURN_IF_ERROR(ReadBool(node, k, merged.secure_cookies));
    else if (k == "tile_url")
      SW_RETURN_IF_ERROR(ReadTileUrl(node, k, merged.tile_url));
    else if (k == "auto_dispatch_threshold")
      SW_RETURN_IF_ERROR(ReadFraction(node, k, merged.auto_dispatch_threshold));
    else if (k == "ranking_min_cases")
      SW_RETURN_IF_ERROR(ReadCount(node, k, merged.ranking_min_cases));
    else if (k == "sign_in_account_failures")
      SW_RETURN_IF_ERROR(ReadLockoutNumber(node, k, merged.sign_in_account_failures));
    else if (k == "sign_in_address_failures")
      SW_RETURN_IF_ERROR(ReadLockoutNumber(node, k, merged.sign_in_address_failures));
    else if (k == "sign_in_window_seconds")
      SW_RETURN_IF_ERROR(ReadLockoutNumber(node, k, merged.sign_in_window_seconds));
    else if (k == "sign_in_lock_seconds")
      SW_RETURN_IF_ERROR(ReadLockoutNumber(node, k, merged.sign_in_lock_seconds));
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
