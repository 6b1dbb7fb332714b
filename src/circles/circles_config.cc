#include "circles/circles_config.h"

#include <cmath>
#include <cstdio>

#include "core/files.h"
#include "core/toml_text.h"

namespace sanwang::circles {
namespace {

Status BadValue(std::string_view key, std::string_view what) {
  return InvalidArgument("circles config: '" + std::string(key) + "' " + std::string(what), std::string(key));
}

Status ReadNumber(const toml::node& node, std::string_view key, double min, double max, double& out) {
  std::optional<double> value = node.value<double>();  // integers convert too
  if (!value || !std::isfinite(*value) || *value < min || *value > max) {
    char range[96];
    std::snprintf(range, sizeof range, "must be a number from %g to %g", min, max);
    return BadValue(key, range);
  }
  out = *value;
  return Status::Ok();
}

Status ReadStrings(const toml::node& node, std::string_view key, std::vector<std::string>& out) {
  const toml::array* array = node.as_array();
  if (array == nullptr) return BadValue(key, "must be an array of strings");
  std::vector<std::string> values;
  for (const toml::node& item : *array) {
    std::optional<std::string> s = item.value<std::string>();
    if (!s) return BadValue(key, "must be an array of strings");
    values.push_back(*s);
  }
  out = std::move(values);
  return Status::Ok();
}

Status ReadCircles(const toml::node& node, std::vector<int>& out) {
  const toml::array* array = node.as_array();
  if (array == nullptr || array->empty()) return BadValue("circle_seconds", "must be a non-empty array");
  std::vector<int> values;
  for (const toml::node& item : *array) {
    std::optional<std::int64_t> s = item.value<std::int64_t>();
    if (!s || *s <= 0 || *s > 86400 || (!values.empty() && *s <= values.back())) {
      return BadValue("circle_seconds", "must hold increasing whole seconds from 1 to 86400");
    }
    values.push_back(static_cast<int>(*s));
  }
  out = std::move(values);
  return Status::Ok();
}

Status ReadWalk(const toml::table& table, WalkSettings& walk) {
  for (const auto& [key, node] : table) {
    std::string_view k = key.str();
    if (k == "highways")
      SW_RETURN_IF_ERROR(ReadStrings(node, k, walk.highways));
    else if (k == "blocked_access")
      SW_RETURN_IF_ERROR(ReadStrings(node, k, walk.blocked_access));
    else if (k == "blocked_foot")
      SW_RETURN_IF_ERROR(ReadStrings(node, k, walk.blocked_foot));
    else if (k == "allowed_foot")
      SW_RETURN_IF_ERROR(ReadStrings(node, k, walk.allowed_foot));
    else
      return BadValue("walk." + std::string(k), "is not a setting");
  }
  return Status::Ok();
}

Status ReadHomes(const toml::table& table, HomeSettings& homes) {
  for (const auto& [key, node] : table) {
    std::string_view k = key.str();
    if (k == "buildings") {
      SW_RETURN_IF_ERROR(ReadStrings(node, k, homes.buildings));
    } else if (k == "weight") {
      std::optional<std::string> w = node.value<std::string>();
      if (!w || (*w != "floor_area" && *w != "one")) return BadValue(k, "must be \"floor_area\" or \"one\"");
      homes.weight = *w;
    } else if (k == "floor_area_per_person_m2") {
      SW_RETURN_IF_ERROR(ReadNumber(node, k, 1, 1000, homes.floor_area_per_person_m2));
    } else if (k == "default_levels") {
      SW_RETURN_IF_ERROR(ReadNumber(node, k, 1, 200, homes.default_levels));
    } else {
      return BadValue("homes." + std::string(k), "is not a setting");
    }
  }
  return Status::Ok();
}

Status ReadTopLevel(std::string_view k, const toml::node& node, CirclesConfig& c) {
  if (k == "walk_speed_mps") return ReadNumber(node, k, 0.1, 5, c.walk_speed_mps);
  if (k == "circle_seconds") return ReadCircles(node, c.circle_seconds);
  if (k == "max_snap_m") return ReadNumber(node, k, 0, 10000, c.max_snap_m);
  if (k == "snap_to_largest_component") {
    std::optional<bool> b = node.value<bool>();
    if (!b) return BadValue(k, "must be true or false");
    c.snap_to_largest_component = *b;
    return Status::Ok();
  }
  if (k == "threads") {
    double threads = 0;
    SW_RETURN_IF_ERROR(ReadNumber(node, k, 0, 256, threads));
    c.threads = static_cast<int>(threads);
    return Status::Ok();
  }
  if (k == "suggested_sites") {
    double sites = 0;
    SW_RETURN_IF_ERROR(ReadNumber(node, k, 0, 100, sites));
    c.suggested_sites = static_cast<int>(sites);
    return Status::Ok();
  }
  if (k == "walk" && node.is_table()) return ReadWalk(*node.as_table(), c.walk);
  if (k == "homes" && node.is_table()) return ReadHomes(*node.as_table(), c.homes);
  return BadValue(k, "is not a setting");
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ",") + v;
  return out;
}

std::string Number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", value);
  return buf;
}

}  // namespace

Result<CirclesConfig> ParseCirclesConfig(std::string_view toml_text) {
  SW_ASSIGN_OR_RETURN(toml::table parsed, ParseToml(toml_text, "circles config"));
  CirclesConfig config;
  for (const auto& [key, node] : parsed) SW_RETURN_IF_ERROR(ReadTopLevel(key.str(), node, config));
  return config;
}

Result<CirclesConfig> LoadCirclesConfig(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) return CirclesConfig{};
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  Result<CirclesConfig> config = ParseCirclesConfig(text);
  if (!config.ok()) return config.status().WithContext(path.string());
  return config;
}

std::string ImportSettingsText(const CirclesConfig& c) {
  return "max_snap_m=" + Number(c.max_snap_m) +
         ";snap_to_largest_component=" + (c.snap_to_largest_component ? "1" : "0") +
         ";highways=" + Joined(c.walk.highways) + ";blocked_access=" + Joined(c.walk.blocked_access) +
         ";blocked_foot=" + Joined(c.walk.blocked_foot) + ";allowed_foot=" + Joined(c.walk.allowed_foot) +
         ";buildings=" + Joined(c.homes.buildings) + ";weight=" + c.homes.weight +
         ";floor_area_per_person_m2=" + Number(c.homes.floor_area_per_person_m2) +
         ";default_levels=" + Number(c.homes.default_levels);
}

std::string AnalysisParamsText(const CirclesConfig& c, std::string_view extra_facilities_version) {
  std::string circles;
  for (int s : c.circle_seconds) circles += (circles.empty() ? "" : ",") + std::to_string(s);
  std::string text = "walk_speed_mps=" + Number(c.walk_speed_mps) + ";circle_seconds=" + circles;
  if (!extra_facilities_version.empty())
    text += std::string(kExtraFacilitiesParam) + std::string(extra_facilities_version);
  return text;
}

}  // namespace sanwang::circles
