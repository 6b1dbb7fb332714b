#include "api/url.h"

#include <array>

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
  // Addresses whose last part is their only credential: a calendar feed's (a person's or a
  // venue's), a one-time survey link's, and the browser page that opens one.
  constexpr std::array<std::string_view, 3> kSecretAddresses = {"/api/v1/calendar/", "/api/v1/survey-links/",
                                                                "/s/"};
  target = target.substr(0, target.find('?'));
  for (std::string_view prefix : kSecretAddresses) {
    if (target.starts_with(prefix)) return std::string(prefix) + (target.ends_with(".ics") ? "….ics" : "…");
  }
  return std::string(target);
}

}  // namespace sanwang::api
