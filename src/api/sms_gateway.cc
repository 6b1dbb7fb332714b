#include "api/sms_gateway.h"

#include <spdlog/spdlog.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

namespace sanwang::api {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

const char* const kGatewayDown =
    "短信服务暂不可用，请稍后再试 the SMS service is unavailable; try again later";

}  // namespace

Result<SmsGateway> SmsGateway::Create(SmsGatewayOptions options) {
  constexpr std::string_view kScheme = "http://";
  const std::string& url = options.url;
  if (url.rfind(kScheme, 0) != 0) {
    return InvalidArgument("sms_gateway_url must start with http://", "sms_gateway_url");
  }
  std::string rest = url.substr(kScheme.size());
  std::size_t slash = rest.find('/');
  std::string authority = rest.substr(0, slash);
  std::string path = slash == std::string::npos ? "/" : rest.substr(slash);
  std::string host = authority;
  std::string port = "80";
  if (std::size_t colon = authority.rfind(':'); colon != std::string::npos && authority.back() != ']') {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  bool port_ok =
      !port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == std::string::npos;
  if (host.empty() || !port_ok || host.find_first_of(" @") != std::string::npos) {
    return InvalidArgument("sms_gateway_url must be http://host[:port][/path]", "sms_gateway_url");
  }
  return SmsGateway(std::move(options), host, port, path);
}

// One exchange with the gateway. Beast's deadline (expires_after) covers asynchronous
// operations only, so the exchange runs as an asynchronous chain on its own io_context.
struct Exchange {
  boost::asio::io_context io;
  beast::tcp_stream stream{io};
  http::request<http::string_body> request;
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  beast::error_code failure;
};

Status SmsGateway::Send(const std::string& phone, const std::string& message) const {
  Exchange x;
  x.request = {http::verb::post, path_, 11};
  x.request.set(http::field::host, host_);
  x.request.set(http::field::content_type, "application/json");
  if (!options_.key.empty()) x.request.set(http::field::authorization, "Bearer " + options_.key);
  x.request.body() = nlohmann::json{{"phone", phone}, {"message", message}}.dump();
  x.request.prepare_payload();
  tcp::resolver resolver(x.io);
  beast::error_code resolved;
  auto endpoints = resolver.resolve(host_, port_, resolved);
  if (resolved) {
    spdlog::warn("sms gateway: cannot resolve its host: {}", resolved.message());
    return Unavailable(kGatewayDown);
  }
  x.stream.expires_after(options_.timeout);
  x.stream.async_connect(endpoints, [&x](beast::error_code connected, const tcp::endpoint&) {
    if (connected) {
      x.failure = connected;
      return;
    }
    http::async_write(x.stream, x.request, [&x](beast::error_code written, std::size_t) {
      if (written) {
        x.failure = written;
        return;
      }
      http::async_read(x.stream, x.buffer, x.response, [&x](beast::error_code read, std::size_t) {
        x.failure = read;
        beast::error_code ignored;
        x.stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
      });
    });
  });
  x.io.run();
  if (x.failure) {
    // The error's text names the failure, never the phone.
    spdlog::warn("sms gateway unreachable: {}", x.failure.message());
    return Unavailable(kGatewayDown);
  }
  if (x.response.result_int() / 100 != 2) {
    spdlog::warn("sms gateway answered {}", x.response.result_int());
    return Unavailable(kGatewayDown);
  }
  return Status::Ok();
}

}  // namespace sanwang::api
