// Serves the built browser app (web/dist) for paths outside the API: files by extension,
// and index.html for the app's own routes (paths without an extension), so a reload on
// /workbench works. Never serves anything outside the folder.
#pragma once

#include <filesystem>
#include <optional>

#include "api/http_message.h"

namespace sanwang::api {

// The response for `path`, or nothing when the folder has no such file.
std::optional<HttpResponse> ServeStaticFile(const std::filesystem::path& root, const std::string& path);

std::string ContentTypeFor(const std::filesystem::path& file);

}  // namespace sanwang::api
