#include "api/static_files.h"

#include <algorithm>
#include <map>

#include "core/files.h"

namespace sanwang::api {

std::string ContentTypeFor(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> kTypes = {{".html", "text/html; charset=utf-8"},
                                                            {".js", "text/javascript; charset=utf-8"},
                                                            {".css", "text/css; charset=utf-8"},
                                                            {".json", "application/json; charset=utf-8"},
                                                            {".svg", "image/svg+xml"},
                                                            {".png", "image/png"},
                                                            {".jpg", "image/jpeg"},
                                                            {".webp", "image/webp"},
                                                            {".ico", "image/x-icon"},
                                                            {".woff2", "font/woff2"},
                                                            {".txt", "text/plain; charset=utf-8"},
                                                            {".map", "application/json; charset=utf-8"}};
  auto it = kTypes.find(file.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

namespace {

// Whether an Accept-Encoding header accepts `coding` (a listed coding without q=0).
bool Accepts(const std::string& header, const std::string& coding) {
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(',', start);
    if (end == std::string::npos) end = header.size();
    std::string item = header.substr(start, end - start);
    start = end + 1;
    std::size_t semi = item.find(';');
    std::string name = item.substr(0, semi);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    if (name != coding) continue;
    if (semi == std::string::npos) return true;
    std::string params = item.substr(semi + 1);
    params.erase(std::remove(params.begin(), params.end(), ' '), params.end());
    return params.rfind("q=0", 0) != 0 || params.find_first_of("123456789", 3) != std::string::npos;
  }
  return false;
}

}  // namespace

std::optional<HttpResponse> ServeStaticFile(const std::filesystem::path& root, const std::string& path,
                                            const std::string& accept_encoding) {
  if (root.empty() || path.empty() || path[0] != '/') return std::nullopt;
  std::error_code ec;
  std::filesystem::path base = std::filesystem::canonical(root, ec);
  if (ec) return std::nullopt;
  std::filesystem::path wanted = base / path.substr(1);
  if (path == "/" || !wanted.has_extension()) wanted = base / "index.html";
  std::filesystem::path file = std::filesystem::weakly_canonical(wanted, ec);
  auto rel = file.lexically_relative(base);
  if (ec || rel.empty() || *rel.begin() == ".." || !std::filesystem::is_regular_file(file, ec))
    return std::nullopt;
  HttpResponse r;
  // Precompressed copies are written at build time (web/scripts/compress-dist.mjs).
  for (const char* coding : {"br", "gzip"}) {
    std::filesystem::path copy = file;
    copy += std::string(coding) == "br" ? ".br" : ".gz";
    if (!Accepts(accept_encoding, coding) || !std::filesystem::is_regular_file(copy, ec)) continue;
    auto packed = ReadFileToString(copy);
    if (!packed.ok()) continue;
    r.body = std::move(packed).value();
    r.headers.emplace("Content-Encoding", coding);
    break;
  }
  if (r.headers.find("Content-Encoding") == r.headers.end()) {
    auto content = ReadFileToString(file);
    if (!content.ok()) return std::nullopt;
    r.body = std::move(content).value();
  }
  r.headers.emplace("Vary", "Accept-Encoding");
  r.content_type = ContentTypeFor(file);
  // Vite names its built assets by content hash, so they may be cached for long.
  bool hashed = path.rfind("/assets/", 0) == 0;
  r.headers.emplace("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  r.route = "static";
  return r;
}

}  // namespace sanwang::api
