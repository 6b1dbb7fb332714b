#include "api/router.h"

#include <string_view>

namespace sanwang::api {
namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Matches one segment against a template such as "{code}.{format}" or "services.{format}".
bool MatchSegment(std::string_view tmpl, std::string_view seg, PathParams& params) {
  while (!tmpl.empty()) {
    std::size_t open = tmpl.find('{');
    std::string_view literal = tmpl.substr(0, open);
    if (seg.substr(0, literal.size()) != literal) return false;
    seg.remove_prefix(literal.size());
    if (open == std::string_view::npos) return seg.empty();
    std::size_t close = tmpl.find('}', open);
    std::string name(tmpl.substr(open + 1, close - open - 1));
    tmpl.remove_prefix(close + 1);
    std::size_t next_open = tmpl.find('{');
    std::string_view follow = tmpl.substr(0, next_open);
    std::size_t take =
        follow.empty() ? (next_open == std::string_view::npos ? seg.size() : 1) : seg.rfind(follow);
    if (take == std::string_view::npos || take == 0) return false;
    params[name] = std::string(seg.substr(0, take));
    seg.remove_prefix(take);
  }
  return seg.empty();
}

}  // namespace

bool MatchRoutePattern(const std::string& pattern, const std::string& path, PathParams& params) {
  auto want = Segments(pattern);
  auto got = Segments(path);
  if (want.size() != got.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (!MatchSegment(want[i], got[i], params)) return false;
  }
  return true;
}

}  // namespace sanwang::api
