#include "circles/number_text.h"

#include <charconv>
#include <cstdio>

namespace sanwang::circles {

std::string ExactNumber(double value) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string FixedNumber(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

}  // namespace sanwang::circles
