// The OpenAPI shapes of the bodies that signing in, passwords, registration and account
// administration take (auth_routes.cc, registration_routes.cc, admin_routes.cc): the
// fields each route reads; any other field is refused with a 400.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json SignInSchema();
nlohmann::json PasswordChangeSchema();
nlohmann::json RegistrationCodeRequestSchema();
nlohmann::json RegistrationSchema();
nlohmann::json NewAccountSchema();
nlohmann::json AccountChangeSchema();

}  // namespace sanwang::api
