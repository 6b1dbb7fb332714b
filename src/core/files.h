// Whole-file reading and writing for imports, exports and configuration.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang {

Result<std::string> ReadFileToString(const std::filesystem::path& path);
// Writes through a temporary file and a rename, so a reader never sees half a file.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace sanwang
