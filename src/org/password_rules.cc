#include "org/password_rules.h"

#include <algorithm>

namespace sanwang::org {
namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 3600;

}  // namespace

std::optional<UnixSeconds> PasswordExpiresAt(UnixSeconds changed_at, const PasswordSettings& settings) {
  if (settings.max_age_days <= 0) return std::nullopt;
  return changed_at + settings.max_age_days * kSecondsPerDay;
}

bool PasswordExpired(UnixSeconds changed_at, UnixSeconds now, const PasswordSettings& settings) {
  std::optional<UnixSeconds> expires_at = PasswordExpiresAt(changed_at, settings);
  return expires_at && now > *expires_at;
}

PasswordChangeReason RequiredPasswordChange(const store::UserRecord& user, UnixSeconds now,
                                            const PasswordSettings& settings, ServerReach reach) {
  if (user.must_change_password) return PasswordChangeReason::kReset;
  if (user.demo_password && !reach.loopback_only) return PasswordChangeReason::kDemoPassword;
  if (PasswordExpired(user.password_changed_at, now, settings)) return PasswordChangeReason::kExpired;
  return PasswordChangeReason::kNone;
}

namespace {

// Each reason's code for programs and its message for people, in one place.
struct ReasonText {
  std::string_view code;
  std::string_view message;
};

ReasonText TextOf(PasswordChangeReason reason) {
  switch (reason) {
    case PasswordChangeReason::kReset:
      return {"reset", "密码已被管理员重置，请修改 an administrator reset the password; change it"};
    case PasswordChangeReason::kDemoPassword:
      return {"demo_password", "演示密码须先修改 the demo password must be changed first"};
    case PasswordChangeReason::kExpired:
      return {"expired", "密码已过期，请修改 password expired, change it"};
    case PasswordChangeReason::kNone:
      break;
  }
  return {};
}

}  // namespace

std::string_view ReasonCode(PasswordChangeReason reason) { return TextOf(reason).code; }

std::string ReasonMessage(PasswordChangeReason reason) { return std::string(TextOf(reason).message); }

int EarlierPasswordsKept(const PasswordSettings& settings) { return std::max(0, settings.history - 1); }

Status CheckNotReused(std::string_view new_password, const std::vector<std::string>& earlier_hashes,
                      const PasswordSettings& settings, const PasswordVerifier& verify) {
  const std::size_t kept = static_cast<std::size_t>(EarlierPasswordsKept(settings));
  const std::size_t checked = std::min(kept, earlier_hashes.size());
  for (std::size_t i = 0; i < checked; ++i) {
    if (verify(earlier_hashes[i], new_password)) {
      return InvalidArgument("新密码不能与最近 " + std::to_string(settings.history) +
                                 " 次用过的密码相同 the new password must differ from the last " +
                                 std::to_string(settings.history) + " passwords",
                             "new_password");
    }
  }
  return Status::Ok();
}

}  // namespace sanwang::org
