// Matches a request's method and path to a route. Patterns are paths whose segments may
// hold captures: "/api/v1/cases/{id}", "/open311/v2/services/{code}.{format}". A capture
// takes the segment up to the literal that follows it (the last occurrence), so a dot
// before a format suffix works. Matching is a walk over segments; no regular expressions
// on the request path.
//
// Built at start-up, then read-only: safe for concurrent Match calls.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sanwang::api {

using PathParams = std::map<std::string, std::string>;

template <typename Handler>
class Router {
 public:
  struct Route {
    std::string method;
    std::string pattern;
    Handler handler;
  };
  struct Match {
    const Route* route;
    PathParams params;
  };

  void Add(std::string method, std::string pattern, Handler handler) {
    routes_.push_back({std::move(method), std::move(pattern), std::move(handler)});
  }

  // The matching route; `path_known` tells a 405 (path known, method not) from a 404.
  std::optional<Match> Find(const std::string& method, const std::string& path, bool* path_known) const {
    *path_known = false;
    for (const Route& r : routes_) {
      PathParams params;
      if (!MatchPattern(r.pattern, path, params)) continue;
      *path_known = true;
      if (r.method == method || (method == "HEAD" && r.method == "GET")) return Match{&r, std::move(params)};
    }
    return std::nullopt;
  }

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  static bool MatchPattern(const std::string& pattern, const std::string& path, PathParams& params);
};

// Segment-wise matching, exposed for tests.
bool MatchRoutePattern(const std::string& pattern, const std::string& path, PathParams& params);

template <typename Handler>
bool Router<Handler>::MatchPattern(const std::string& pattern, const std::string& path, PathParams& params) {
  return MatchRoutePattern(pattern, path, params);
}

}  // namespace sanwang::api
