// Who may call the registration routes (registration_routes.cc): everyone, signed in or
// not, since whoever registers has no account yet.
#include <algorithm>
#include <memory>

#include "api/access_matrix.h"
#include "api/fake_sms_gateway.h"

namespace sanwang::api {
namespace {

// A phone of its own for each caller, so that no probe meets another's rate limit or
// registration.
std::string PhoneOf(const std::string& who) {
  auto at = std::find(kEveryone.begin(), kEveryone.end(), who) - kEveryone.begin();
  return "1390000" + std::to_string(1000 + at);
}

}  // namespace

void AddRegistrationAccessRows(ApiTest& test, AccessRows& rows) {
  // Registration with codes, through a fake gateway that lives as long as the rows.
  auto gateway = std::make_shared<FakeSmsGateway>();
  ApiOptions options;
  options.sms_gateway = {gateway->url(), "k", std::chrono::seconds(2)};
  test.UseOptions(options);
  auto get = [&test](std::string target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto ask_code = [&test](const std::string& who) {
    return test.As(who, "POST", "/api/v1/auth/registration/code", {{"phone", PhoneOf(who)}});
  };
  auto register_resident = [&test, gateway, ask_code](const std::string& who) {
    if (!gateway->LastCodeTo(PhoneOf(who))) {
      EXPECT_EQ(ask_code(who).status, 200);
    }
    return test.As(who, "POST", "/api/v1/auth/register",
                   {{"phone", PhoneOf(who)},
                    {"code", gateway->LastCodeTo(PhoneOf(who)).value_or("")},
                    {"password", "Garden2026x"},
                    {"display_name", "王小明"},
                    {"community_code", "C"}});
  };
  rows.insert({
      {"GET /api/v1/auth/registration", {get("/api/v1/auth/registration"), AllCallers()}},
      {"GET /api/v1/auth/registration/communities",
       {get("/api/v1/auth/registration/communities"), AllCallers()}},
      {"GET /api/v1/auth/registration/locate",
       {get("/api/v1/auth/registration/locate?lon=113.805&lat=34.01"), AllCallers()}},
      {"POST /api/v1/auth/registration/code", {ask_code, AllCallers()}},
      {"POST /api/v1/auth/register", {register_resident, AllCallers()}},
  });
}

}  // namespace sanwang::api
