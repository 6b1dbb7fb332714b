// An SMS gateway for tests: an HTTP server on loopback that records every text it is
// asked to send and answers with a chosen status, or not at all. Runs on its own thread
// from construction to destruction. Test code; thread-safe.
#pragma once

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/mutex.h"

namespace sanwang::api {

class FakeSmsGateway {
 public:
  // Listens on 127.0.0.1:`port` (0: a free port the kernel picks).
  explicit FakeSmsGateway(unsigned short port = 0);
  ~FakeSmsGateway();
  FakeSmsGateway(const FakeSmsGateway&) = delete;
  FakeSmsGateway& operator=(const FakeSmsGateway&) = delete;

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/sms/send"; }
  unsigned short port() const { return port_; }
  // The status of the answers from now on; 0: read the request and never answer.
  void AnswerWith(int status);

  struct Text {
    std::string authorization;
    nlohmann::json body;  // {"phone", "message"}
  };
  std::vector<Text> texts() const;
  // The six-digit code in the newest text to `phone`, if any.
  std::optional<std::string> LastCodeTo(const std::string& phone) const;

 private:
  void Accept();

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  unsigned short port_ = 0;
  mutable Mutex mutex_;
  int status_ SW_GUARDED_BY(mutex_) = 200;
  std::vector<Text> texts_ SW_GUARDED_BY(mutex_);
  std::vector<boost::asio::ip::tcp::socket> held_;  // unanswered connections (io thread only)
  std::thread thread_;
};

}  // namespace sanwang::api
