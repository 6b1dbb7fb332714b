// Logging setup. Modules log through spdlog directly (spdlog::info, …); this sets the
// level and the format once at start-up: local time with offset, level, message, to
// standard error so that standard output stays for command results.
#pragma once

#include <string_view>

#include "core/status.h"

namespace sanwang {

Status InitLogging(std::string_view level);

}  // namespace sanwang
