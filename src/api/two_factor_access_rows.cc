// Who may call the two-step sign-in routes (two_factor_routes.cc): every signed-in account
// for its own standing; staff (not residents) to set it up, renew its recovery codes and
// turn it off — but never an administrator, nor a role that must keep it (the auditor, by
// default), turning their own off; administrators alone to clear another account's.
#include <memory>

#include "api/access_matrix.h"
#include "core/base32.h"
#include "core/one_time_code.h"

namespace sanwang::api {
namespace {

// The accounts the probes set up, by caller: their secrets (Base32).
using Secrets = std::map<std::string, std::string>;

// A code of `secret` for `offset` steps from the server's now.
std::string CodeAt(ApiTest& test, const std::string& secret, int offset) {
  auto step = TotpStep(test.clock().Now());
  return HotpCode(Base32Decode(secret).value_or(""), *step + static_cast<std::uint64_t>(offset));
}

// Begins a setup as `who`; its secret, or "" when refused.
std::string BeginSetup(ApiTest& test, const std::string& who) {
  HttpResponse r = test.As(who, "POST", "/api/v1/auth/two-factor/setup");
  return r.status == 201 ? ApiTest::Json(r)["secret"].get<std::string>() : "";
}

}  // namespace

void AddTwoFactorAccessRows(ApiTest& test, AccessRows& rows) {
  auto secrets = std::make_shared<Secrets>();
  // The codes of the previous step, this one and the next are all accepted once each, in
  // that order: confirming takes the previous, renewing this one, turning off the next.
  auto confirm = [&test, secrets](const std::string& who) {
    std::string secret = BeginSetup(test, who);
    if (!secret.empty()) (*secrets)[who] = secret;
    return test.As(who, "POST", "/api/v1/auth/two-factor/confirm", {{"code", CodeAt(test, secret, -1)}});
  };
  auto code_of = [&test, secrets](const std::string& who, int offset) {
    auto found = secrets->find(who);
    return found == secrets->end() ? std::string("000000") : CodeAt(test, found->second, offset);
  };
  std::set<std::string> staff = SignedInCallers();
  staff.erase("resident1");
  staff.erase("resident2");
  std::set<std::string> may_turn_off = staff;
  may_turn_off.erase("admin");
  may_turn_off.erase("security");
  may_turn_off.erase("auditor");

  rows["GET /api/v1/auth/two-factor"] = {
      [&test](const std::string& who) { return test.As(who, "GET", "/api/v1/auth/two-factor"); },
      SignedInCallers()};
  rows["POST /api/v1/auth/two-factor/setup"] = {
      [&test](const std::string& who) { return test.As(who, "POST", "/api/v1/auth/two-factor/setup"); },
      staff};
  rows["POST /api/v1/auth/two-factor/confirm"] = {confirm, staff};
  rows["POST /api/v1/auth/two-factor/recovery-codes"] = {
      [&test, code_of](const std::string& who) {
        return test.As(who, "POST", "/api/v1/auth/two-factor/recovery-codes", {{"code", code_of(who, 0)}});
      },
      staff};
  rows["POST /api/v1/auth/two-factor/turn-off"] = {
      [&test, code_of](const std::string& who) {
        return test.As(who, "POST", "/api/v1/auth/two-factor/turn-off", {{"code", code_of(who, 1)}});
      },
      may_turn_off};
  rows["POST /api/v1/users/{username}/reset-two-factor"] = {
      [&test](const std::string& who) {
        return test.As(who, "POST", "/api/v1/users/grid3/reset-two-factor");
      },
      {"security"}};
}

}  // namespace sanwang::api
