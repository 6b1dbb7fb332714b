// The security headers of answers: the strict policy on JSON, the app's policy on its
// pages (with the tile server when configured), no-store on API answers, and the
// session cookie's Secure flag.
#include "api/security_headers.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

std::string HeaderOf(const HttpResponse& r, const std::string& name) {
  auto it = r.headers.find(name);
  return it == r.headers.end() ? "" : it->second;
}

TEST(SecurityHeadersTest, TileSourceIsTheOriginOfTheTemplate) {
  EXPECT_EQ(TileSource(""), "");
  EXPECT_EQ(TileSource("/tiles/{z}/{x}/{y}.png"), "");  // this server: 'self'
  EXPECT_EQ(TileSource("http://tiles.intranet:8081/{z}/{x}/{y}.png"), "http://tiles.intranet:8081");
  EXPECT_EQ(TileSource("https://{s}.tiles.example/{z}/{x}/{y}.png"), "https://*.tiles.example");
  // Nothing that could end the directive or add one reaches the policy.
  EXPECT_EQ(TileSource("https://a.example;script-src *;/{z}/{x}/{y}"), "");
  EXPECT_EQ(TileSource("https://a.example 'unsafe-inline'/{z}/{x}/{y}"), "");
}

TEST(SecurityHeadersTest, AppPolicyAllowsOnlyThisOriginInlineStylesAndTheTileServer) {
  std::string policy = AppContentSecurityPolicy("https://tiles.example/{z}/{x}/{y}.png");
  EXPECT_NE(policy.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(policy.find("script-src 'self';"), std::string::npos);
  EXPECT_NE(policy.find("style-src 'self' 'unsafe-inline'"), std::string::npos);
  EXPECT_NE(policy.find("img-src 'self' data: blob: https://tiles.example;"), std::string::npos);
  EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(AppContentSecurityPolicy("").find("tiles"), std::string::npos);
}

TEST(SecurityHeadersTest, AddsOnlyWhatTheAnswerLacks) {
  HttpResponse r;
  r.headers.emplace("x-frame-options", "SAMEORIGIN");
  AddSecurityHeaders(r, kStrictContentSecurityPolicy);
  EXPECT_EQ(r.headers.count("X-Frame-Options"), 0u);
  EXPECT_EQ(HeaderOf(r, "x-frame-options"), "SAMEORIGIN");
  EXPECT_EQ(HeaderOf(r, "X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(HeaderOf(r, "Referrer-Policy"), "no-referrer");
  EXPECT_EQ(HeaderOf(r, "Content-Security-Policy"), kStrictContentSecurityPolicy);
}

class AnswerHeadersTest : public ApiTest {};

TEST_P(AnswerHeadersTest, ApiAnswersAreNotStoredExceptPublicReads) {
  for (const auto& r :
       {As("resident1", "GET", "/api/v1/auth/me"), Request("GET", "/api/v1/cases"),
        Request("POST", "/api/v1/auth/sign-in", R"({"username":"resident1","password":"Sanwang2026"})"),
        Request("GET", "/api/v1/no-such-thing")}) {
    EXPECT_EQ(HeaderOf(r, "Cache-Control"), "no-store") << r.route << " " << r.status;
    EXPECT_EQ(HeaderOf(r, "Content-Security-Policy"), kStrictContentSecurityPolicy) << r.route;
    EXPECT_EQ(HeaderOf(r, "X-Frame-Options"), "DENY") << r.route;
  }
  HttpResponse catalog = Request("GET", "/api/v1/catalog");
  ASSERT_EQ(catalog.status, 200);
  EXPECT_EQ(HeaderOf(catalog, "Cache-Control"), "no-cache");
}

TEST_P(AnswerHeadersTest, AppPagesGetTheAppPolicyWithTheTileServer) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("sanwang-app-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "index.html") << "<html>app</html>";
  ApiOptions options;
  options.static_dir = dir.string();
  options.tile_url = "http://tiles.intranet/{z}/{x}/{y}.png";
  UseOptions(options);
  HttpResponse page = Request("GET", "/workbench/inbox");
  std::filesystem::remove_all(dir);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(HeaderOf(page, "Content-Security-Policy"), AppContentSecurityPolicy(options.tile_url));
  EXPECT_NE(HeaderOf(page, "Content-Security-Policy").find("http://tiles.intranet"), std::string::npos);
  EXPECT_EQ(HeaderOf(page, "Referrer-Policy"), "no-referrer");
}

TEST_P(AnswerHeadersTest, SecureCookiesMarksTheSessionCookieSecure) {
  auto cookie_of = [&] {
    HttpResponse r =
        Request("POST", "/api/v1/auth/sign-in", R"({"username":"resident1","password":"Sanwang2026"})");
    return HeaderOf(r, "Set-Cookie");
  };
  std::string plain = cookie_of();
  EXPECT_EQ(plain.find("Secure"), std::string::npos) << plain;
  ApiOptions options;
  options.secure_cookies = true;
  UseOptions(options);
  std::string secure = cookie_of();
  EXPECT_NE(secure.find("; Secure"), std::string::npos) << secure;
}

SANWANG_INSTANTIATE_API_BACKENDS(AnswerHeadersTest);

}  // namespace
}  // namespace sanwang::api
