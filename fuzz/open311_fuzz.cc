// The Open311 GeoReport v2 decoder (api/open311/open311_format.h): a resource path with its
// format suffix, and a form body or query string read as a POST request's arguments and as
// the filters of GET requests.
#include <cstdint>

#include "api/open311/open311_format.h"
#include "core/url_encoding.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang;
  const std::string_view input = fuzz::AsText(data, size);
  std::string_view stem;
  (void)api::open311::FormatFromPath(input, &stem);
  auto form = ParseFormUrlEncoded(input);
  if (!form.ok()) return 0;
  (void)api::open311::ParsePostRequestForm(*form);
  constexpr UnixSeconds kNow = 1795924149;  // 2026-11-29T11:49:09+08:00
  (void)api::open311::ParseRequestsQuery(*form, kNow);
  return 0;
}
