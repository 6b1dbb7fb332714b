// The client address behind a trusted proxy, and the peer everywhere else.
#include "api/client_address.h"

#include <gtest/gtest.h>

namespace sanwang::api {
namespace {

HttpRequest WithHeaders(std::map<std::string, std::string> headers) {
  HttpRequest request;
  request.headers = std::move(headers);
  return request;
}

const std::vector<std::string> kLoopbackProxy = {"127.0.0.1", "::1"};

TEST(ClientAddressTest, WithoutTrustedProxiesThePeerIsTheClient) {
  auto request = WithHeaders({{"x-real-ip", "203.0.113.7"}, {"x-forwarded-for", "203.0.113.7"}});
  EXPECT_EQ(ClientAddress("127.0.0.1", request, {}), "127.0.0.1");
}

TEST(ClientAddressTest, AnUntrustedPeerCannotNameAnotherAddress) {
  auto request = WithHeaders({{"x-real-ip", "203.0.113.7"}});
  EXPECT_EQ(ClientAddress("198.51.100.4", request, kLoopbackProxy), "198.51.100.4");
}

TEST(ClientAddressTest, ATrustedProxyNamesTheClientInXRealIp) {
  auto request = WithHeaders({{"x-real-ip", "203.0.113.7"}, {"x-forwarded-for", "10.0.0.1, 203.0.113.9"}});
  EXPECT_EQ(ClientAddress("127.0.0.1", request, kLoopbackProxy), "203.0.113.7");
  EXPECT_EQ(ClientAddress("::1", request, kLoopbackProxy), "203.0.113.7");
}

TEST(ClientAddressTest, WithoutXRealIpTheLastForwardedEntryCounts) {
  // The client wrote the first entry; the proxy appended the address it saw.
  auto request = WithHeaders({{"x-forwarded-for", "192.0.2.55, 203.0.113.9"}});
  EXPECT_EQ(ClientAddress("127.0.0.1", request, kLoopbackProxy), "203.0.113.9");
  EXPECT_EQ(ClientAddress("127.0.0.1", WithHeaders({{"x-forwarded-for", "2001:db8::5"}}), kLoopbackProxy),
            "2001:db8::5");
}

TEST(ClientAddressTest, AValueThatIsNoAddressLeavesThePeer) {
  EXPECT_EQ(ClientAddress("127.0.0.1", WithHeaders({{"x-real-ip", "unknown"}}), kLoopbackProxy), "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", WithHeaders({{"x-forwarded-for", "1.2.3.4, "}}), kLoopbackProxy),
            "127.0.0.1");
  EXPECT_EQ(ClientAddress("127.0.0.1", WithHeaders({}), kLoopbackProxy), "127.0.0.1");
}

TEST(ClientAddressTest, AddressesAreComparedAndGivenInCanonicalForm) {
  auto request = WithHeaders({{"x-real-ip", " ::ffff:203.0.113.7 "}});
  EXPECT_EQ(ClientAddress("::ffff:127.0.0.1", request, {"127.0.0.1"}), "203.0.113.7");
  EXPECT_EQ(ClientAddress("0:0:0:0:0:0:0:1", request, {"::1"}), "203.0.113.7");
}

TEST(ClientAddressTest, TrustedProxiesMustBeAddresses) {
  EXPECT_TRUE(CheckTrustedProxies({}).ok());
  EXPECT_TRUE(CheckTrustedProxies({"127.0.0.1", "::1", "10.2.0.7"}).ok());
  for (const char* bad : {"localhost", "10.0.0.0/8", "", "127.0.0.1:80"}) {
    Status status = CheckTrustedProxies({"127.0.0.1", bad});
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << bad;
    EXPECT_NE(status.message().find(std::string("'") + bad + "'"), std::string::npos) << status.message();
  }
}

}  // namespace
}  // namespace sanwang::api
