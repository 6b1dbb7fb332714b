// Setting up, using and clearing an account's two-step sign-in (the rules are
// org/two_factor.h): a setup waits for the first code from the holder's app before it is on,
// and answers ten recovery codes once; new recovery codes, and turning it off, each need a
// current one-time code, so a session left open on a desk cannot do either. An
// administrator may clear another account's setup (a lost phone), never their own.
// Works on the caller's Database connection; same thread-safety as it.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "core/two_factor_settings.h"
#include "org/password_rules.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::org {

struct TwoFactorStanding {
  bool offered = false;       // the account's role may use it at all
  bool on = false;            // sign-in asks for a code
  bool pending = false;       // a setup waits for its first code
  bool required = false;      // the role must have it before doing anything else
  bool may_turn_off = false;  // the holder may turn it off
  int recovery_codes_left = 0;
};

struct TwoFactorSetup {
  std::string secret;  // Base32, for typing into the app by hand
  std::string otpauth_uri;
};

class TwoFactorAccounts {
 public:
  TwoFactorAccounts(store::Database& db, UnixSeconds now, const TwoFactorSettings& settings,
                    ServerReach reach)
      : db_(db), now_(now), settings_(settings), reach_(reach) {}

  Result<TwoFactorStanding> Standing(const store::UserRecord& user) const;
  // Whether `user` must set it up before anything else (required and not on).
  Result<bool> MustSetUp(const store::UserRecord& user) const;

  // A new secret for the holder's app, replacing an unconfirmed one. PermissionDenied for a
  // role not offered it; Conflict when it is on already.
  Result<TwoFactorSetup> BeginSetup(const store::UserRecord& user) const;
  // Turns the pending setup on with a code from the app; the ten recovery codes, shown
  // this once. Conflict without a pending setup; InvalidArgument naming `code` for a wrong one.
  Result<std::vector<std::string>> Confirm(const store::UserRecord& user, const std::string& code) const;
  // Ten new recovery codes in place of the old ones, for a current one-time code.
  Result<std::vector<std::string>> RenewRecoveryCodes(const store::UserRecord& user,
                                                      const std::string& code) const;
  // Turns it off for a current one-time code, when the rules let the holder.
  Status TurnOff(const store::UserRecord& user, const std::string& code) const;
  // The security officer (`by`) clears the setup of another account and ends its sessions,
  // under org/account_actions.h: FailedPrecondition for their own, PermissionDenied for
  // another role or an account kept on the command line; NotFound for no such account of
  // `district`.
  Status ClearFor(const store::UserRecord& by, const std::string& username,
                  const std::string& district) const;
  // Clears the setup of `account` and ends its sessions, with no check of who asks: the
  // server's command line (`sanwang user reset-two-factor`), for the accounts kept there.
  Status Clear(const store::UserRecord& account) const;

 private:
  // The accepted step of a current one-time code of `user`'s setup that is on, used up.
  Status UseOneTimeCode(const store::UserRecord& user, const std::string& code) const;
  Result<std::vector<std::string>> StoreNewRecoveryCodes(const store::UserRecord& user) const;

  store::Database& db_;
  UnixSeconds now_;
  const TwoFactorSettings& settings_;
  ServerReach reach_;
};

}  // namespace sanwang::org
