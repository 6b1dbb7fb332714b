// The real HTTP server on a loopback port in front of the test API (api_test_fixture.h),
// for what only a socket shows: limits, refusals before the body, keep-alive, stopping.
// Plain blocking sockets with a receive timeout, so a server that never answers fails the
// test instead of hanging it.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <thread>

#include "api/api_test_fixture.h"
#include "api/http_server.h"

namespace sanwang::api {

// The real server on a loopback port, for what only a socket shows.
class ServerTest : public ApiTest {
 protected:
  void StartServer(ServerOptions options) {
    options.host = "127.0.0.1";
    options.port = 0;
    if (options.threads == 0) options.threads = 2;  // two unless a test asks for another count
    server_ = std::make_unique<HttpServer>(
        options, [this](HttpRequest r, auto respond) { api_->HandleAsync(std::move(r), std::move(respond)); },
        [this](const HttpRequest& header) { return api_->Screen(header); });
    ASSERT_TRUE(server_->Start().ok());
    thread_ = std::thread([this] { server_->Run(false); });
  }
  void TearDown() override {
    if (server_) {
      server_->Stop();
      thread_.join();
    }
    ApiTest::TearDown();
  }
  int Connect() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(server_->port());
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    timeval tv{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
  }
  static void Send(int fd, const std::string& data) {
    ASSERT_EQ(send(fd, data.data(), data.size(), MSG_NOSIGNAL), static_cast<ssize_t>(data.size()));
  }
  // Reads until the peer closes or `until` appears; returns what was read.
  static std::string Receive(int fd, const std::string& until = "") {
    std::string got;
    char buf[4096];
    while (true) {
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      got.append(buf, static_cast<std::size_t>(n));
      if (!until.empty() && got.find(until) != std::string::npos) break;
    }
    return got;
  }
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
};

}  // namespace sanwang::api
