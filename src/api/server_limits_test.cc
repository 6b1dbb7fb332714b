// What the server refuses before reading a body, and how: an anonymous or unroutable
// request's body is never read, a body just over its limit gets 413 (not a reset), the
// caps on connections and on body bytes in memory answer 503, a request without Host or
// with an unknown Transfer-Encoding gets 400, and every answer carries the security
// headers.
#include <gtest/gtest.h>

#include <cstdio>
#include <thread>
#include <vector>

#include "api/server_test_fixture.h"

namespace sanwang::api {
namespace {

class ServerLimitsTest : public ServerTest {
 protected:
  std::string PhotoHeader(std::int64_t case_id, std::size_t length, const std::string& token) {
    return "POST /api/v1/cases/" + std::to_string(case_id) + "/photos HTTP/1.1\r\nHost: x\r\n" +
           (token.empty() ? "" : "Authorization: Bearer " + token + "\r\n") +
           "Content-Type: image/jpeg\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n";
  }
};

constexpr std::size_t kTenMiB = 10 << 20;

TEST_P(ServerLimitsTest, AnonymousPhotoUploadIsRefusedBeforeItsBodyIsSent) {
  StartServer({});
  std::int64_t id = FileCase("resident1", kInG1);
  int fd = Connect();
  Send(fd, PhotoHeader(id, kTenMiB, ""));  // the header alone: the body is never sent
  std::string got = Receive(fd);           // the server answers, then closes
  EXPECT_NE(got.find("401 Unauthorized"), std::string::npos) << got;
  EXPECT_NE(got.find("Connection: close"), std::string::npos) << got;
  close(fd);
}

TEST_P(ServerLimitsTest, RoleAndRouteRefusalsComeBeforeTheBody) {
  StartServer({});
  std::int64_t id = FileCase("resident1", kInG1);
  int fd = Connect();
  // Supervisors may not import the catalog: 403 from the header alone.
  Send(fd, "POST /api/v1/catalog/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
               TokenOf("supervisor") + "\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\n");
  EXPECT_NE(Receive(fd).find("403 Forbidden"), std::string::npos);
  close(fd);
  fd = Connect();
  Send(fd, "PUT /api/v1/cases/" + std::to_string(id) +
               "/photos HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
  EXPECT_NE(Receive(fd).find("405 Method Not Allowed"), std::string::npos);
  close(fd);
  fd = Connect();
  Send(fd, "POST /api/v1/nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
  EXPECT_NE(Receive(fd).find("404 Not Found"), std::string::npos);
  close(fd);
}

TEST_P(ServerLimitsTest, ABodyJustOverTheLimitGets413WhileTheClientIsStillSending) {
  StartServer({});                                                                 // JSON bodies up to 1 MiB
  std::string json = "{\"title\": \"" + std::string((1 << 20) - 12, 'x') + "\"}";  // 1 MiB + 1
  ASSERT_EQ(json.size(), (1u << 20) + 1);
  int fd = Connect();
  std::string request = "POST /api/v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                        TokenOf("resident1") + "\r\nContent-Length: " + std::to_string(json.size()) +
                        "\r\n\r\n" + json;
  // The whole request is sent, as a client that does not wait for 100-continue does; the
  // answer must survive the unread rest of the body.
  std::thread sender([fd, request] { send(fd, request.data(), request.size(), MSG_NOSIGNAL); });
  std::string got = Receive(fd, "}}");
  sender.join();
  EXPECT_NE(got.find("413 Payload Too Large"), std::string::npos) << got.substr(0, 200);
  close(fd);
  EXPECT_EQ(CountCases(), 0);
}

TEST_P(ServerLimitsTest, AChunkedBodyOverTheLimitGets413) {
  ServerOptions options;
  options.max_body_bytes = 1024;
  StartServer(options);
  int fd = Connect();
  std::string chunk(2000, 'x');
  char size[16];
  std::snprintf(size, sizeof size, "%zx", chunk.size());
  Send(fd, "POST /api/v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TokenOf("resident1") +
               "\r\nTransfer-Encoding: chunked\r\n\r\n" + size + "\r\n" + chunk + "\r\n0\r\n\r\n");
  EXPECT_NE(Receive(fd, "}}").find("413 Payload Too Large"), std::string::npos);
  close(fd);
}

TEST_P(ServerLimitsTest, ConnectionsPastTheCapGet503) {
  ServerOptions options;
  options.max_connections = 2;
  StartServer(options);
  int first = Connect();
  int second = Connect();
  int third = Connect();
  std::string refused = Receive(third);
  EXPECT_NE(refused.find("503 Service Unavailable"), std::string::npos) << refused;
  close(third);
  Send(first, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(Receive(first, "ok\n").find("200 OK"), std::string::npos);
  close(first);
  close(second);
}

TEST_P(ServerLimitsTest, BodiesPastTheBufferedBytesCapGet503) {
  ServerOptions options;
  options.max_buffered_body_bytes = 1 << 20;
  StartServer(options);
  std::int64_t id = FileCase("resident1", kInG1);
  int fd = Connect();
  Send(fd, PhotoHeader(id, 2 << 20, TokenOf("resident1")));
  EXPECT_NE(Receive(fd).find("503 Service Unavailable"), std::string::npos);
  close(fd);
}

TEST_P(ServerLimitsTest, MissingHostAndUnknownTransferEncodingGet400) {
  StartServer({});
  int fd = Connect();
  Send(fd, "GET /healthz HTTP/1.1\r\n\r\n");
  EXPECT_NE(Receive(fd).find("400 Bad Request"), std::string::npos);
  close(fd);
  fd = Connect();
  Send(fd, "GET /healthz HTTP/1.0\r\n\r\n");  // HTTP/1.0 has no Host requirement
  EXPECT_NE(Receive(fd).find("200 OK"), std::string::npos);
  close(fd);
  for (const char* encoding : {"gzip", "gzip, chunked, identity", "identity"}) {
    fd = Connect();
    Send(fd, std::string("POST /api/v1/cases HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: ") + encoding +
                 "\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    std::string got = Receive(fd);
    EXPECT_NE(got.find("400 Bad Request"), std::string::npos) << encoding << ": " << got;
    EXPECT_EQ(got.find("401"), std::string::npos) << encoding;  // refused as a request, not routed
    close(fd);
  }
}

TEST_P(ServerLimitsTest, EveryAnswerCarriesTheSecurityHeaders) {
  StartServer({});
  for (const std::string& request : {std::string("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"),
                                     std::string("GET /api/v1/cases HTTP/1.1\r\nHost: x\r\n\r\n"),  // 401
                                     std::string("GET /healthz HTTP/1.1\r\n\r\n")}) {               // 400
    int fd = Connect();
    Send(fd, request + "");
    std::string got = Receive(fd, "\r\n\r\n");
    EXPECT_NE(got.find("Content-Security-Policy: default-src 'none'; frame-ancestors 'none'"),
              std::string::npos)
        << got;
    EXPECT_NE(got.find("X-Frame-Options: DENY"), std::string::npos) << got;
    EXPECT_NE(got.find("X-Content-Type-Options: nosniff"), std::string::npos) << got;
    EXPECT_NE(got.find("Referrer-Policy: no-referrer"), std::string::npos) << got;
    EXPECT_EQ(got.find("nosniff", got.find("nosniff") + 1), std::string::npos) << "sent twice: " << got;
    close(fd);
  }
}

// The head and body go out in one write of the server's own: two requests on one
// connection get two whole answers, HEAD gets the length without the body, and HTTP/1.0
// keeps the connection only when asked to.
TEST_P(ServerLimitsTest, AnswersAreFramedForKeepAliveHeadAndHttp10) {
  StartServer({});
  int fd = Connect();
  Send(fd,
       "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nHEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
       "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  std::string got = Receive(fd);  // the third answer closes the connection
  close(fd);
  std::vector<std::string> answers;
  for (std::size_t at = 0; at < got.size();) {
    std::size_t end = got.find("\r\n\r\n", at);
    ASSERT_NE(end, std::string::npos) << got;
    std::string head = got.substr(at, end + 4 - at);
    std::size_t length_at = head.find("Content-Length: ");
    ASSERT_NE(length_at, std::string::npos) << head;
    std::size_t length = std::stoul(head.substr(length_at + 16));
    bool is_head = answers.size() == 1;
    answers.push_back(head);
    at = end + 4 + (is_head ? 0 : length);
    if (!is_head) {
      EXPECT_EQ(got.substr(end + 4, length), "ok\n") << got;
    }
  }
  ASSERT_EQ(answers.size(), 3u) << got;
  for (const std::string& head : answers) EXPECT_EQ(head.rfind("HTTP/1.1 200 OK\r\n", 0), 0u) << head;
  EXPECT_EQ(answers[0].find("Connection:"), std::string::npos);
  EXPECT_NE(answers[2].find("Connection: close\r\n"), std::string::npos);

  fd = Connect();
  Send(fd, "GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
  std::string kept = Receive(fd, "ok\n");
  EXPECT_NE(kept.find("HTTP/1.0 200 OK\r\n"), std::string::npos) << kept;
  EXPECT_NE(kept.find("Connection: keep-alive\r\n"), std::string::npos) << kept;
  Send(fd, "GET /healthz HTTP/1.0\r\n\r\n");  // still open: answered, then closed
  std::string closed = Receive(fd);
  EXPECT_NE(closed.find("HTTP/1.0 200 OK\r\n"), std::string::npos) << closed;
  EXPECT_EQ(closed.find("Connection:"), std::string::npos) << closed;
  close(fd);
}

SANWANG_INSTANTIATE_API_BACKENDS(ServerLimitsTest);

}  // namespace
}  // namespace sanwang::api
