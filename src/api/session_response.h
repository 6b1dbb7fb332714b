// The answer that opens a session — after a sign-in, a password change or a registration:
// the token and CSRF token, the account, and the session cookie. And the check that such
// a request came as JSON.
#pragma once

#include "api/api.h"

namespace sanwang::api {

HttpResponse SessionResponse(Call& call, const SignInResult& session, int http_status = 200);
// The signed-in account's password standing, added to its JSON `account`: why it must
// change its password first ("must_change_reason" code and "must_change_message", both ""
// when it need not) and when the password expires ("password_expires_at", Asia/Shanghai,
// null when passwords do not expire), and whether it must set up two-step sign-in first
// ("must_set_up_two_factor").
void AddPasswordStanding(nlohmann::json& account, const store::UserRecord& user,
                         org::PasswordChangeReason reason, bool must_set_up_two_factor, const Api& api);
// The cookie that carries `token`, or that ends the session with max_age 0.
std::string SessionCookie(const std::string& token, const Api& api, int max_age);

// Only a JSON body may open a session: a cross-site HTML form can send text/plain without
// a preflight, and could otherwise sign a victim's browser into the attacker's account.
Status RequireJson(const HttpRequest& request);

}  // namespace sanwang::api
