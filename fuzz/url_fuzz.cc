// URL and query parsing (api/url.h, core/url_encoding.h) and the readers of common request
// parameters (api/request_parsing.h): a request target as a client sends it, and the
// values of its query parameters. A target that parses has the path url.h promises: from
// '/', with no "..", NUL or other control character.
#include <cstdint>
#include <cstdlib>

#include "api/request_parsing.h"
#include "api/url.h"
#include "core/url_encoding.h"
#include "fuzz_input.h"

namespace {

using namespace sanwang;

void CheckPath(const std::string& path) {
  if (path.empty() || path[0] != '/' || path.find("..") != std::string::npos) std::abort();
  for (char c : path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) std::abort();
  }
}

void ReadParameters(const api::Target& target) {
  api::HttpRequest request;
  request.path = target.path;
  request.query = target.query;
  (void)api::ParsePage(request);
  (void)api::QueryPoint(request);
  for (const auto& [name, value] : target.query) {
    (void)api::ParseId(value, name);
    (void)api::ParseMonth(value, name);
    (void)api::ParseNumber(value, name);
    (void)api::ParseTime(value, name);
    (void)api::ParseDay(value, name);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = fuzz::AsText(data, size);
  (void)PercentDecode(input, /*plus_is_space=*/false);
  (void)PercentDecode(input, /*plus_is_space=*/true, "q");
  (void)ParseFormUrlEncoded(input);
  auto target = api::ParseTarget(input);
  if (!target.ok()) return 0;
  CheckPath(target->path);
  ReadParameters(*target);
  return 0;
}
