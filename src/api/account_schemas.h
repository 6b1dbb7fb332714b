// The OpenAPI shapes of the bodies that signing in, passwords, registration and account
// administration take (auth_routes.cc, registration_routes.cc, admin_routes.cc): the
// fields each route reads; any other field is refused with a 400. Then the answers they
// send: accounts as json_views.cc's UserJson writes them, sessions, registration's
// settings, and the audit log.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json SignInSchema();
nlohmann::json PasswordChangeSchema();
// {code}: a one-time code (or recovery code) for the two-factor routes.
nlohmann::json OneTimeCodeSchema();
nlohmann::json TwoFactorStandingSchema();
nlohmann::json TwoFactorSetupSchema();
nlohmann::json RecoveryCodesSchema();
// {username, two_factor_on}: the answer of clearing an account's two-step sign-in.
nlohmann::json TwoFactorClearedSchema();
nlohmann::json RegistrationCodeRequestSchema();
nlohmann::json RegistrationSchema();
nlohmann::json NewAccountSchema();
nlohmann::json AccountChangeSchema();

nlohmann::json AccountSchema();
nlohmann::json AccountPageSchema();
// {username, disabled}: the answer of disabling or enabling an account.
nlohmann::json AccountStateSchema();
nlohmann::json TemporaryPasswordSchema();
nlohmann::json AuditLogSchema();
// A new session: its token, CSRF token and the signed-in account.
nlohmann::json SessionSchema();
nlohmann::json CurrentAccountSchema();
nlohmann::json SignedOutSchema();
nlohmann::json RegistrationSettingsSchema();
nlohmann::json RegistrationCodeSentSchema();
nlohmann::json RegistrationCommunitiesSchema();
nlohmann::json RegistrationLocationSchema();

}  // namespace sanwang::api
