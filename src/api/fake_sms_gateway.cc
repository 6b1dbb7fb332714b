#include "api/fake_sms_gateway.h"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <regex>

namespace sanwang::api {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

FakeSmsGateway::FakeSmsGateway(unsigned short port) : acceptor_(io_) {
  tcp::endpoint endpoint(boost::asio::ip::make_address("127.0.0.1"), port);
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(tcp::acceptor::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen();
  port_ = acceptor_.local_endpoint().port();
  Accept();
  thread_ = std::thread([this] { io_.run(); });
}

FakeSmsGateway::~FakeSmsGateway() {
  io_.stop();
  thread_.join();
}

void FakeSmsGateway::AnswerWith(int status) {
  MutexLock lock(mutex_);
  status_ = status;
}

std::vector<FakeSmsGateway::Text> FakeSmsGateway::texts() const {
  MutexLock lock(mutex_);
  return texts_;
}

std::optional<std::string> FakeSmsGateway::LastCodeTo(const std::string& phone) const {
  static const std::regex kCode("[0-9]{6}");
  std::optional<std::string> code;
  for (const Text& t : texts()) {
    if (t.body.value("phone", "") != phone) continue;
    std::smatch found;
    std::string message = t.body.value("message", "");
    if (std::regex_search(message, found, kCode)) code = found.str();
  }
  return code;
}

// Each connection is served on the gateway's thread, one request at a time: enough for
// tests, which send one text per request.
void FakeSmsGateway::Accept() {
  acceptor_.async_accept([this](beast::error_code ec, tcp::socket socket) {
    if (ec) return;
    beast::flat_buffer buffer;
    http::request<http::string_body> request;
    http::read(socket, buffer, request, ec);
    if (!ec) {
      int status = 0;
      {
        MutexLock lock(mutex_);
        texts_.push_back({std::string(request[http::field::authorization]),
                          nlohmann::json::parse(request.body(), nullptr, false)});
        status = status_;
      }
      if (status == 0) {
        held_.push_back(std::move(socket));
      } else {
        http::response<http::string_body> response{static_cast<http::status>(status), 11};
        response.set(http::field::content_type, "application/json");
        if (status != 204) response.body() = R"({"ok":true})";  // 204 may carry no body
        response.prepare_payload();
        http::write(socket, response, ec);
        socket.shutdown(tcp::socket::shutdown_both, ec);
      }
    }
    Accept();
  });
}

}  // namespace sanwang::api
