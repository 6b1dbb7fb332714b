#include "api/static_files.h"

#include <map>

#include "core/files.h"

namespace sanwang::api {

std::string ContentTypeFor(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".webp", "image/webp"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"}, {".map", "application/json; charset=utf-8"}};
  auto it = kTypes.find(file.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

std::optional<HttpResponse> ServeStaticFile(const std::filesystem::path& root, const std::string& path) {
  if (root.empty() || path.empty() || path[0] != '/') return std::nullopt;
  std::error_code ec;
  std::filesystem::path base = std::filesystem::canonical(root, ec);
  if (ec) return std::nullopt;
  std::filesystem::path wanted = base / path.substr(1);
  if (path == "/" || !wanted.has_extension()) wanted = base / "index.html";
  std::filesystem::path file = std::filesystem::weakly_canonical(wanted, ec);
  auto rel = file.lexically_relative(base);
  if (ec || rel.empty() || *rel.begin() == ".." || !std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  auto content = ReadFileToString(file);
  if (!content.ok()) return std::nullopt;
  HttpResponse r;
  r.content_type = ContentTypeFor(file);
  r.body = std::move(content).value();
  // Vite names its built assets by content hash, so they may be cached for long.
  bool hashed = path.rfind("/assets/", 0) == 0;
  r.headers.emplace("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  r.route = "static";
  return r;
}

}  // namespace sanwang::api
