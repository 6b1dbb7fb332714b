// A password reset: the account gets a temporary password that it must change at its next
// sign-in, the replaced one goes into its history, and every session of it ends. The
// security officer resets through the API (org/account_actions.h); the accounts kept on
// the command line are reset there (`sanwang user reset-password`).
#pragma once

#include <string>

#include "core/clock.h"
#include "core/password_settings.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::org {

// Stores `new_hash` as the password of the account `username` of `district`, all in one
// transaction as said above; answers the account as it is now. NotFound for no such
// account; nothing changes on an error.
Result<store::UserRecord> ResetPassword(store::Database& db, const std::string& district,
                                        const std::string& username, const std::string& new_hash,
                                        const PasswordSettings& settings, UnixSeconds now);

}  // namespace sanwang::org
