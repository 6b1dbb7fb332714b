// The client address of a request: who the sign-in lockout counts failures against, the
// audit log records and the access log prints.
//
// Without a proxy it is the connection's peer. Behind a reverse proxy (nginx terminating
// TLS, deploy/nginx/sanwang.conf) every connection comes from the proxy, so the server
// takes the address the proxy names, but only when the peer is one of the trusted proxies
// (`sanwang serve --trusted-proxy ADDRESS`, README "Production setup"): anyone else could
// write those headers themselves. The proxy's word is X-Real-IP, or else the last entry
// of X-Forwarded-For (the address the proxy itself saw; the entries before it were
// written by the client). A value that is not an IP address is ignored and the peer is
// used.
//
// Pure functions on values; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "api/http_message.h"
#include "core/status.h"

namespace sanwang::api {

// `peer`: the connection's remote address; `trusted_proxies`: IP addresses, matched after
// normalisation ("::ffff:127.0.0.1" is 127.0.0.1).
std::string ClientAddress(const std::string& peer, const HttpRequest& request,
                          const std::vector<std::string>& trusted_proxies);

// Each must be an IPv4 or IPv6 address (no names, no networks): InvalidArgument naming the
// first that is not.
Status CheckTrustedProxies(const std::vector<std::string>& trusted_proxies);

}  // namespace sanwang::api
