// The password policy as the configuration's [passwords] table sets it (README,
// Configuration; GB/T 22239-2019 level 3 asks for periodic change): how long a password
// lasts and how many of an account's passwords a new one must differ from. The rules that
// apply it are org/password_rules.h. A plain value.
#pragma once

namespace sanwang {

struct PasswordSettings {
  // A password older than this many days must be changed at the next sign-in; 0: never.
  int max_age_days = 90;
  // A new password must differ from the current one and the history - 1 before it; 0 or 1:
  // from the current one only.
  int history = 5;
};

}  // namespace sanwang
