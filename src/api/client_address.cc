#include "api/client_address.h"

#include <algorithm>
#include <boost/asio/ip/address.hpp>
#include <optional>

namespace sanwang::api {
namespace {

// The address in its canonical text, an IPv4-mapped IPv6 address as IPv4; nullopt when
// `text` is not an IP address.
std::optional<std::string> Normalised(std::string text) {
  auto first = text.find_first_not_of(" \t");
  auto last = text.find_last_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  text = text.substr(first, last - first + 1);
  boost::system::error_code ec;
  auto address = boost::asio::ip::make_address(text, ec);
  if (ec) return std::nullopt;
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6()).to_string();
  }
  return address.to_string();
}

bool IsTrusted(const std::string& peer, const std::vector<std::string>& trusted_proxies) {
  auto normal_peer = Normalised(peer);
  if (!normal_peer) return false;
  return std::any_of(trusted_proxies.begin(), trusted_proxies.end(),
                     [&](const std::string& proxy) { return Normalised(proxy) == normal_peer; });
}

// What the proxy says the client is: X-Real-IP, else the last X-Forwarded-For entry.
std::optional<std::string> NamedByProxy(const HttpRequest& request) {
  const std::string& real_ip = request.Header("x-real-ip");
  if (!real_ip.empty()) return Normalised(real_ip);
  const std::string& forwarded = request.Header("x-forwarded-for");
  if (forwarded.empty()) return std::nullopt;
  auto comma = forwarded.rfind(',');
  return Normalised(comma == std::string::npos ? forwarded : forwarded.substr(comma + 1));
}

}  // namespace

Status CheckTrustedProxies(const std::vector<std::string>& trusted_proxies) {
  for (const std::string& proxy : trusted_proxies) {
    if (!Normalised(proxy)) {
      return InvalidArgument(
          "可信代理须为 IP 地址 --trusted-proxy must be an IP address, not '" + proxy + "'", "trusted_proxy");
    }
  }
  return Status::Ok();
}

std::string ClientAddress(const std::string& peer, const HttpRequest& request,
                          const std::vector<std::string>& trusted_proxies) {
  if (trusted_proxies.empty() || !IsTrusted(peer, trusted_proxies)) return peer;
  return NamedByProxy(request).value_or(peer);
}

}  // namespace sanwang::api
