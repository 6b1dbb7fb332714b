#include "api/url.h"

namespace sanwang::api {

Result<Target> ParseTarget(std::string_view target) {
  if (target.empty() || target[0] != '/')
    return InvalidArgument("请求路径须以 / 开头 request target must start with '/'");
  std::size_t q = target.find('?');
  Target t;
  SW_ASSIGN_OR_RETURN(t.path, PercentDecode(target.substr(0, q), false, "path"));
  for (char c : t.path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      return InvalidArgument("路径含控制字符 control character in path", "path");
  }
  if (t.path.find("..") != std::string::npos)
    return InvalidArgument("路径不能含 .. '..' is not allowed in a path", "path");
  if (q != std::string_view::npos) {
    SW_ASSIGN_OR_RETURN(t.query, ParseFormUrlEncoded(target.substr(q + 1)));
  }
  return t;
}

std::string LoggedTarget(std::string_view target) {
  constexpr std::string_view kCalendarFeeds = "/api/v1/calendar/";
  target = target.substr(0, target.find('?'));
  if (target.starts_with(kCalendarFeeds)) return std::string(kCalendarFeeds) + "….ics";
  return std::string(target);
}

}  // namespace sanwang::api
