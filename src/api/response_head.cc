#include "api/response_head.h"

#include <boost/beast/http/status.hpp>
#include <string_view>

namespace sanwang::api {
namespace {

bool SplitsTheHead(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

void AppendField(std::string& out, std::string_view name, std::string_view value) {
  if (SplitsTheHead(name) || SplitsTheHead(value)) return;
  out.append(name).append(": ").append(value).append("\r\n");
}

}  // namespace

bool StatusHasBody(int status) { return status >= 200 && status != 204 && status != 304; }

std::string ResponseHead(const HttpResponse& response, unsigned version, bool keep_alive,
                         std::size_t body_length) {
  std::string out;
  out.reserve(256 + 64 * response.headers.size());
  out.append(version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
  out.append(std::to_string(response.status)).append(" ");
  auto reason = boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(response.status));
  out.append(reason.data(), reason.size()).append("\r\n");
  AppendField(out, "Server", "sanwang");
  AppendField(out, "Content-Type", response.content_type);
  for (const auto& [name, value] : response.headers) AppendField(out, name, value);
  if (StatusHasBody(response.status)) AppendField(out, "Content-Length", std::to_string(body_length));
  // HTTP/1.1 keeps a connection unless told; HTTP/1.0 closes it unless told.
  if (version >= 11 && !keep_alive) AppendField(out, "Connection", "close");
  if (version == 10 && keep_alive) AppendField(out, "Connection", "keep-alive");
  out.append("\r\n");
  return out;
}

}  // namespace sanwang::api
