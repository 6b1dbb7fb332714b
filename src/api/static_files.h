// Serves the built browser app (web/dist) for paths outside the API: files by extension,
// and index.html for the app's own routes (paths without an extension), so a reload on
// /workbench works. Never serves anything outside the folder. A file built with
// precompressed copies beside it (app.js.br, app.js.gz) is sent as the copy the client
// accepts (Accept-Encoding), brotli before gzip, with Content-Encoding and Vary.
// Stateless; safe from any thread.
#pragma once

#include <filesystem>
#include <optional>

#include "api/http_message.h"

namespace sanwang::api {

// The response for `path`, or nothing when the folder has no such file. `accept_encoding`
// is the request's Accept-Encoding header.
std::optional<HttpResponse> ServeStaticFile(const std::filesystem::path& root, const std::string& path,
                                            const std::string& accept_encoding = "");

std::string ContentTypeFor(const std::filesystem::path& file);

}  // namespace sanwang::api
