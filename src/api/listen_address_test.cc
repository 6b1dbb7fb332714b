// The server's listen address as `serve --listen` and the configuration give it, and
// whether it is loopback (the demo password rule, org/password_rules.h).
#include <gtest/gtest.h>

#include "api/http_server.h"

namespace sanwang::api {
namespace {

TEST(ListenAddressTest, ParsesHostAndPort) {
  auto v4 = ParseListenAddress("127.0.0.1:8080");
  ASSERT_TRUE(v4.ok());
  EXPECT_EQ(v4->first, "127.0.0.1");
  EXPECT_EQ(v4->second, 8080);
  auto v6 = ParseListenAddress("[::1]:9000");
  ASSERT_TRUE(v6.ok());
  EXPECT_EQ(v6->first, "::1");
  EXPECT_EQ(ParseListenAddress("localhost:8080").status().field(), "listen");
  EXPECT_EQ(ParseListenAddress("127.0.0.1:70000").status().field(), "listen");
}

TEST(ListenAddressTest, LoopbackIsOnly127Slash8AndColonColonOne) {
  for (const char* host : {"127.0.0.1", "127.1.2.3", "127.255.255.254", "::1"})
    EXPECT_TRUE(IsLoopbackHost(host)) << host;
  for (const char* host : {"0.0.0.0", "::", "10.0.0.5", "192.168.1.20", "128.0.0.1", "2001:db8::1", "", "x"})
    EXPECT_FALSE(IsLoopbackHost(host)) << host;
}

}  // namespace
}  // namespace sanwang::api
