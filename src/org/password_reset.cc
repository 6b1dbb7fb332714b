#include "org/password_reset.h"

#include "org/password_rules.h"
#include "store/password_history_repository.h"
#include "store/security_repository.h"
#include "store/user_repository.h"

namespace sanwang::org {

Result<store::UserRecord> ResetPassword(store::Database& db, const std::string& district,
                                        const std::string& username, const std::string& new_hash,
                                        const PasswordSettings& settings, UnixSeconds now) {
  store::UserRepository users(db);
  SW_ASSIGN_OR_RETURN(auto user, users.FindByUsername(username));
  if (!user || user->district_code != district) return NotFound("没有该账户 no user '" + username + "'");
  Status stored = db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(users.SetPassword(user->id, "", new_hash, true, now));
    SW_RETURN_IF_ERROR(store::PasswordHistoryRepository(db).Remember(
        {user->id, district, user->password_hash, now}, EarlierPasswordsKept(settings)));
    return store::SecurityRepository(db).DeleteSessionsOf(user->id);
  });
  if (!stored.ok()) return stored;
  user->password_hash = new_hash;
  user->must_change_password = true;
  user->password_changed_at = now;
  user->demo_password = false;
  return *user;
}

}  // namespace sanwang::org
