#include "notify/channels/fake_gateway.h"

#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "notify/channels/gateway_channel.h"

namespace sanwang::notify {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

FakeGateway::FakeGateway(std::string secret) : secret_(std::move(secret)), acceptor_(io_) {
  tcp::endpoint endpoint(boost::asio::ip::make_address("127.0.0.1"), 0);
  acceptor_.open(endpoint.protocol());
  acceptor_.bind(endpoint);
  acceptor_.listen();
  port_ = acceptor_.local_endpoint().port();
  Accept();
  thread_ = std::thread([this] { io_.run(); });
}

FakeGateway::~FakeGateway() {
  io_.stop();
  thread_.join();
}

void FakeGateway::AnswerWith(int status) {
  MutexLock lock(mutex_);
  status_ = status;
}

void FakeGateway::FailNext(int n, int status) {
  MutexLock lock(mutex_);
  fail_next_ = n;
  fail_status_ = status;
}

void FakeGateway::DelayAnswers(std::chrono::milliseconds delay) {
  MutexLock lock(mutex_);
  delay_ = delay;
}

std::vector<FakeGateway::Request> FakeGateway::requests() const {
  MutexLock lock(mutex_);
  return requests_;
}

std::vector<FakeGateway::Request> FakeGateway::delivered() const {
  MutexLock lock(mutex_);
  return delivered_;
}

bool FakeGateway::WaitForRequests(std::size_t n, std::chrono::milliseconds timeout) const {
  MutexLock lock(mutex_);
  return arrived_.wait_for(lock, timeout,
                           [&]() SW_NO_THREAD_SAFETY_ANALYSIS { return requests_.size() >= n; });
}

// Records the request and says how to answer it; a delivery is counted when it is answered.
int FakeGateway::StatusFor(const Request& request) {
  MutexLock lock(mutex_);
  requests_.push_back(request);
  arrived_.notify_all();
  if (!request.signature_ok) return 401;
  if (fail_next_ > 0) {
    --fail_next_;
    return fail_status_;
  }
  if (status_ >= 200 && status_ < 300 && delivered_keys_.insert(request.idempotency_key).second)
    delivered_.push_back(request);
  return status_;
}

// Each connection is read on the gateway's thread, one request at a time; an answer after
// a delay waits on a timer, so other connections are read meanwhile.
void FakeGateway::Accept() {
  acceptor_.async_accept([this](beast::error_code ec, tcp::socket accepted) {
    if (ec) return;
    auto socket = std::make_shared<tcp::socket>(std::move(accepted));
    beast::flat_buffer buffer;
    http::request<http::string_body> request;
    http::read(*socket, buffer, request, ec);
    if (!ec) {
      Request r;
      r.idempotency_key = std::string(request["Idempotency-Key"]);
      const std::string timestamp(request["X-Sanwang-Timestamp"]);
      r.signature_ok =
          std::string(request["X-Sanwang-Signature"]) == GatewaySignature(secret_, timestamp, request.body());
      r.body = nlohmann::json::parse(request.body(), nullptr, false);
      const int status = StatusFor(r);
      std::chrono::milliseconds delay{0};
      {
        MutexLock lock(mutex_);
        delay = delay_;
      }
      if (status == 0) {
        held_.push_back(socket);
      } else {
        auto answer = [socket, status]() {
          http::response<http::string_body> response{static_cast<http::status>(status), 11};
          response.set(http::field::content_type, "application/json");
          response.body() = R"({"code":"OK"})";
          response.prepare_payload();
          beast::error_code ignored;
          http::write(*socket, response, ignored);
          socket->shutdown(tcp::socket::shutdown_both, ignored);
        };
        auto timer = std::make_shared<boost::asio::steady_timer>(io_, delay);
        timer->async_wait([timer, answer](beast::error_code) { answer(); });
      }
    }
    Accept();
  });
}

}  // namespace sanwang::notify
