#include "api/exchange_log.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>

namespace sanwang::api {
namespace {

bool IsJson(const std::string& content_type) {
  return content_type.starts_with("application/json") || content_type.starts_with("application/geo+json");
}

// A JSON body as parsed JSON; anything else (CSV, images, XLSX, broken JSON) as its length,
// which is all a schema of such a body can be checked against.
nlohmann::json Body(const std::string& content_type, const std::string& body) {
  if (body.empty()) return nullptr;
  if (IsJson(content_type)) {
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (!parsed.is_discarded()) return {{"json", parsed}};
  }
  return {{"bytes", body.size()}};
}

std::string Header(const HttpRequest& request, const std::string& name) {
  auto it = request.headers.find(name);
  return it == request.headers.end() ? "" : it->second;
}

}  // namespace

void LogExchange(const HttpRequest& request, const HttpResponse& response) {
  static const char* dir = std::getenv("SANWANG_API_EXCHANGES");
  if (dir == nullptr || *dir == '\0') return;
  // One file per process: CTest runs many test processes at once.
  static const std::string path = std::string(dir) + "/" + std::to_string(getpid()) + ".jsonl";
  static std::mutex mutex;
  const std::string& body = response.shared_body ? *response.shared_body : response.body;
  std::string request_type = Header(request, "content-type");
  nlohmann::json line = {
      {"route", response.route},
      {"method", request.method},
      {"target", request.target},
      {"request_type", request_type},
      {"request", Body(request_type, request.body)},
      {"status", response.status},
      {"response_type", response.content_type},
      {"response", Body(response.content_type, body)},
  };
  std::lock_guard lock(mutex);
  std::ofstream out(path, std::ios::app);
  out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace sanwang::api
