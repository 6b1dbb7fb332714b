// HTTP requests and responses as plain values. The server (http_server.h) turns bytes on
// a socket into an HttpRequest and an HttpResponse back into bytes; everything between —
// routing, authentication, handlers — works on these values and is tested on them
// without a socket.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sanwang::api {

struct HttpRequest {
  std::string method;  // "GET", "POST", …
  std::string target;  // as sent: path and query
  std::string path;    // decoded path without the query
  std::multimap<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  std::string remote_address;
  // Set by the server, never from the wire, once Api::Screen let the header through: the
  // write was counted against the request limits there, and is not counted again.
  bool screened = false;

  // A header's value, or "" (names are matched in lower case).
  const std::string& Header(const std::string& lower_name) const;
  // The first value of a query parameter, or "".
  std::string Query(const std::string& name) const;
  // A cookie's value from the Cookie header, or "".
  std::string Cookie(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  // When set, the body instead of `body`: an answer kept in a cache and sent to many
  // clients without a copy each.
  std::shared_ptr<const std::string> shared_body;
  std::multimap<std::string, std::string> headers;  // extra headers (Set-Cookie, Location, …)
  // Filled in by the router for metrics: the route's pattern ("/api/v1/cases/{id}").
  std::string route;

  // For the audit log (api.cc), never sent: who acted when no account is signed in (an
  // Open311 API key's name), what a change did ("role grid_worker → street_staff"), and
  // each refused item of a bulk action.
  struct AuditItem {
    std::string target;   // "/api/v1/cases/12"
    std::string outcome;  // "denied" or "failed"
    std::string detail;   // the error code
  };
  std::string audit_actor;
  std::string audit_detail;
  std::vector<AuditItem> audit_items;

  std::string_view Body() const {
    return shared_body ? std::string_view(*shared_body) : std::string_view(body);
  }
};

}  // namespace sanwang::api
