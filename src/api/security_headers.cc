#include "api/security_headers.h"

#include <boost/algorithm/string/predicate.hpp>
#include <cctype>

namespace sanwang::api {

std::string TileSource(const std::string& tile_url) {
  std::size_t scheme_end = tile_url.find("://");
  if (scheme_end == std::string::npos) return "";  // empty, or a path on this server
  std::size_t host_start = scheme_end + 3;
  std::size_t host_end = tile_url.find('/', host_start);
  std::string host =
      tile_url.substr(host_start, host_end == std::string::npos ? std::string::npos : host_end - host_start);
  // A placeholder in the host ({s} for subdomains) becomes a wildcard label.
  std::size_t brace = host.find('{');
  if (brace != std::string::npos) {
    std::size_t label_end = host.find('.', brace);
    host = "*" + (label_end == std::string::npos ? std::string() : host.substr(label_end));
  }
  // Only characters a host may hold reach the policy, so a setting cannot add directives.
  for (char c : host) {
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '*' ||
              c == '[' || c == ']';
    if (!ok) return "";
  }
  return tile_url.substr(0, scheme_end) + "://" + host;
}

std::string AppContentSecurityPolicy(const std::string& tile_url) {
  std::string tiles = TileSource(tile_url);
  return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: "
         "blob:" +
         (tiles.empty() ? "" : " " + tiles) +
         "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action "
         "'self'; "
         "frame-ancestors 'none'";
}

bool HasHeader(const HttpResponse& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (boost::algorithm::iequals(key, name)) return true;
  }
  return false;
}

void AddSecurityHeaders(HttpResponse& response, std::string_view content_security_policy) {
  auto add = [&](std::string_view name, std::string_view value) {
    if (!HasHeader(response, name)) response.headers.emplace(std::string(name), std::string(value));
  };
  add("Content-Security-Policy", content_security_policy);
  add("X-Frame-Options", "DENY");
  add("X-Content-Type-Options", "nosniff");
  add("Referrer-Policy", "no-referrer");
}

}  // namespace sanwang::api
