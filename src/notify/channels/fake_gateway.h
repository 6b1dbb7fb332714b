// A message gateway for tests (SMS or WeChat, gateway_channel.h): an HTTP server on
// loopback that checks each request's HMAC signature, keeps every request, and answers as
// the test says — a status, the next few with another, after a delay, or never. It honours
// idempotency keys: a key it delivered before is answered 200 and not delivered again.
// Runs on its own thread from construction to destruction. Test code; thread-safe.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/mutex.h"

namespace sanwang::notify {

class FakeGateway {
 public:
  explicit FakeGateway(std::string secret);
  ~FakeGateway();
  FakeGateway(const FakeGateway&) = delete;
  FakeGateway& operator=(const FakeGateway&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/send"; }

  // The status of the answers from now on; 0: read each request and never answer.
  void AnswerWith(int status);
  // The next `n` requests are answered with `status`, then as before.
  void FailNext(int n, int status);
  void DelayAnswers(std::chrono::milliseconds delay);

  struct Request {
    std::string idempotency_key;
    bool signature_ok = false;
    nlohmann::json body;
  };
  // Every request received, in order.
  std::vector<Request> requests() const;
  // The messages delivered: requests with a good signature answered 2xx, each key once.
  std::vector<Request> delivered() const;
  // Waits until `n` requests have arrived, at most `timeout`; whether they did.
  bool WaitForRequests(std::size_t n, std::chrono::milliseconds timeout) const;

 private:
  void Accept();
  int StatusFor(const Request& request);

  std::string secret_;
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  unsigned short port_ = 0;
  mutable Mutex mutex_;
  mutable std::condition_variable_any arrived_;
  int status_ SW_GUARDED_BY(mutex_) = 200;
  int fail_next_ SW_GUARDED_BY(mutex_) = 0;
  int fail_status_ SW_GUARDED_BY(mutex_) = 503;
  std::chrono::milliseconds delay_ SW_GUARDED_BY(mutex_){0};
  std::vector<Request> requests_ SW_GUARDED_BY(mutex_);
  std::vector<Request> delivered_ SW_GUARDED_BY(mutex_);
  std::set<std::string> delivered_keys_ SW_GUARDED_BY(mutex_);
  std::vector<std::shared_ptr<boost::asio::ip::tcp::socket>> held_;  // unanswered (io thread only)
  std::thread thread_;
};

}  // namespace sanwang::notify
