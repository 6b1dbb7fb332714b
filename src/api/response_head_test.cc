#include "api/response_head.h"

#include <gtest/gtest.h>

namespace sanwang::api {
namespace {

HttpResponse Answer(int status) {
  HttpResponse r;
  r.status = status;
  r.headers.emplace("Cache-Control", "no-store");
  r.headers.emplace("Set-Cookie", "a=1");
  r.headers.emplace("Set-Cookie", "b=2");
  return r;
}

TEST(ResponseHeadTest, StatusLineFieldsLengthAndTheEmptyLine) {
  EXPECT_EQ(ResponseHead(Answer(200), 11, true, 42),
            "HTTP/1.1 200 OK\r\n"
            "Server: sanwang\r\n"
            "Content-Type: application/json; charset=utf-8\r\n"
            "Cache-Control: no-store\r\n"
            "Set-Cookie: a=1\r\n"
            "Set-Cookie: b=2\r\n"
            "Content-Length: 42\r\n"
            "\r\n");
  EXPECT_EQ(ResponseHead(Answer(404), 11, true, 0).substr(0, 24), "HTTP/1.1 404 Not Found\r\n");
  EXPECT_EQ(ResponseHead(Answer(503), 11, true, 0).substr(0, 34), "HTTP/1.1 503 Service Unavailable\r\n");
}

TEST(ResponseHeadTest, ConnectionSaysWhatTheVersionDoesNotAssume) {
  auto connection = [](unsigned version, bool keep) {
    std::string head = ResponseHead(Answer(200), version, keep, 0);
    std::size_t at = head.find("Connection: ");
    return at == std::string::npos ? std::string("-") : head.substr(at + 12, head.find("\r\n", at) - at - 12);
  };
  EXPECT_EQ(connection(11, true), "-");
  EXPECT_EQ(connection(11, false), "close");
  EXPECT_EQ(connection(10, true), "keep-alive");
  EXPECT_EQ(connection(10, false), "-");
  EXPECT_EQ(ResponseHead(Answer(200), 10, false, 0).substr(0, 17), "HTTP/1.0 200 OK\r\n");
}

TEST(ResponseHeadTest, NoLengthWhereTheStatusHasNoBody) {
  for (int status : {101, 204, 304}) {
    EXPECT_FALSE(StatusHasBody(status)) << status;
    EXPECT_EQ(ResponseHead(Answer(status), 11, true, 0).find("Content-Length"), std::string::npos) << status;
  }
  for (int status : {200, 201, 302, 400, 500}) EXPECT_TRUE(StatusHasBody(status)) << status;
}

TEST(ResponseHeadTest, AFieldThatWouldSplitTheHeadIsLeftOut) {
  HttpResponse r = Answer(200);
  r.headers.emplace("Content-Disposition", "attachment\r\nSet-Cookie: stolen=1");
  r.headers.emplace("X-Bad\nName", "v");
  std::string head = ResponseHead(r, 11, true, 0);
  EXPECT_EQ(head.find("stolen"), std::string::npos) << head;
  EXPECT_EQ(head.find("X-Bad"), std::string::npos) << head;
  EXPECT_NE(head.find("Cache-Control: no-store\r\n"), std::string::npos) << head;
}

}  // namespace
}  // namespace sanwang::api
