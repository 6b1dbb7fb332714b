// Two-step sign-in as the configuration's [two_factor] table sets it (README,
// Configuration; GB/T 22239-2019 level 3 asks administrators to sign in with two kinds of
// proof). The rules that apply it are org/two_factor.h. A plain value.
#pragma once

#include <string>
#include <vector>

namespace sanwang {

struct TwoFactorSettings {
  // Roles whose accounts must set up a one-time code before anything else, on a server
  // others can reach; any other staff account may set one up by choice.
  std::vector<std::string> required_roles = {"admin", "security_officer", "auditor"};
  // The name authenticator apps show beside the account.
  std::string issuer = "Sanwang";
};

}  // namespace sanwang
