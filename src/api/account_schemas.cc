#include "api/account_schemas.h"

#include "api/openapi_schema.h"
#include "org/roles.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Role() {
  std::vector<std::string> roles;
  for (std::string_view role : org::AllRoles()) roles.emplace_back(role);
  return WithExample(Enum(roles), "grid_worker");
}

json Password() {
  json p = WithExample(String(), "Weidu2026ok");
  p["format"] = "password";
  p["description"] = "The password policy applies: at least 8 characters with letters and digits.";
  return p;
}

json Phone() { return WithExample(String(), "13839019598"); }

}  // namespace

json SignInSchema() {
  return Named("SignIn",
               ClosedObject({{"username", WithExample(String(), "wangfang")}, {"password", Password()}},
                            {"username", "password"}));
}

json PasswordChangeSchema() {
  return Named("PasswordChange", ClosedObject({{"old_password", Password()}, {"new_password", Password()}},
                                              {"old_password", "new_password"}));
}

json RegistrationCodeRequestSchema() {
  return Named("RegistrationCodeRequest", ClosedObject({{"phone", Phone()}}, {"phone"}));
}

json RegistrationSchema() {
  return Named("Registration", ClosedObject({{"phone", Phone()},
                                             {"code", WithExample(String(), "382915")},
                                             {"password", Password()},
                                             {"display_name", WithExample(String(), "李秀英")},
                                             {"community_code", WithExample(String(), "411002003001")}},
                                            {"phone", "password", "display_name", "community_code"}));
}

json NewAccountSchema() {
  return Named("NewAccount", ClosedObject({{"username", WithExample(String(), "wangfang")},
                                           {"display_name", WithExample(String(), "王芳")},
                                           {"phone", Phone()},
                                           {"role", Role()},
                                           {"unit_code", WithExample(String(), "411002003001")},
                                           {"password", Password()}},
                                          {"username", "display_name", "role", "password"}));
}

json AccountChangeSchema() {
  return Named("AccountChange", ClosedObject({{"role", Role()},
                                              {"unit", WithExample(String(), "411002003001")},
                                              {"display_name", WithExample(String(), "王芳")},
                                              {"phone", Phone()}},
                                             {}));
}

}  // namespace sanwang::api
