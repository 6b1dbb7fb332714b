#include "org/registration.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/secure_random.h"
#include "core/sha256.h"
#include "org/password.h"
#include "org/roles.h"
#include "org/staff.h"
#include "store/org_repository.h"
#include "store/registration_repository.h"
#include "store/user_repository.h"

namespace sanwang::org {
namespace {

constexpr std::int64_t kHour = 3600;

const char* const kWrongCode =
    "验证码不正确或已失效，请重新获取 the code is wrong or no longer valid; request a new one";

// Seconds until the oldest of `times` leaves a window of `window` seconds, when `times`
// already hold `limit` requests; else 0.
std::int64_t WaitForWindow(const std::vector<UnixSeconds>& times, std::size_t limit, std::int64_t window,
                           UnixSeconds now) {
  if (limit == 0 || times.size() < limit) return 0;
  UnixSeconds frees_at = times[times.size() - limit] + window;
  return std::max<std::int64_t>(frees_at - now, 1);
}

// The id of the code that `code` matches, or why not. A wrong code counts a try against
// the newest code of the phone.
Result<store::Id> MatchCode(store::Database& db, const std::string& district, const std::string& phone,
                            const std::string& code, const Clock& clock, const RegistrationRules& rules) {
  if (code.empty()) return InvalidArgument("请输入短信验证码 enter the code sent to your phone", "code");
  store::RegistrationRepository repo(db);
  SW_ASSIGN_OR_RETURN(auto newest, repo.Newest(district, phone));
  if (!newest || newest->used || newest->expires_at <= clock.Now() ||
      newest->attempts >= rules.max_wrong_codes) {
    return InvalidArgument(kWrongCode, "code");
  }
  std::string hash = HashVerificationCode(phone, code);
  bool same = hash.size() == newest->code_hash.size() &&
              sodium_memcmp(hash.data(), newest->code_hash.data(), hash.size()) == 0;
  if (!same) {
    SW_RETURN_IF_ERROR(repo.CountWrongAttempt(newest->id));
    return InvalidArgument(kWrongCode, "code");
  }
  return newest->id;
}

Status CheckCommunity(store::Database& db, const std::string& district, const std::string& code) {
  if (code.empty()) return InvalidArgument("请选择所在社区 choose your community", "community_code");
  SW_ASSIGN_OR_RETURN(auto unit, store::OrgRepository(db).FindByCode(district, code));
  if (!unit || unit->kind != "community") {
    return InvalidArgument("没有这个社区 no such community", "community_code");
  }
  return Status::Ok();
}

}  // namespace

RegistrationMode RegistrationModeOf(bool gateway_configured, bool allow_unverified) {
  if (gateway_configured) return RegistrationMode::kVerified;
  return allow_unverified ? RegistrationMode::kUnverified : RegistrationMode::kClosed;
}

Status CheckMainlandMobile(std::string_view phone) {
  bool digits = std::all_of(phone.begin(), phone.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (phone.size() != 11 || !digits || phone.front() != '1') {
    return InvalidArgument("请输入 11 位手机号 enter an 11-digit mobile number starting with 1", "phone");
  }
  return Status::Ok();
}

std::string NewVerificationCode() {
  char code[8];
  std::snprintf(code, sizeof code, "%06u", static_cast<unsigned>(SecureRandomBelow(1000000)));
  return code;
}

std::string HashVerificationCode(std::string_view phone, std::string_view code) {
  return Sha256Hex(std::string(phone) + ":" + std::string(code));
}

Result<std::int64_t> CodeRequestWait(store::Database& db, const std::string& district,
                                     const std::string& phone, const std::string& remote_address,
                                     const Clock& clock, const RegistrationRules& rules) {
  const UnixSeconds now = clock.Now();
  store::RegistrationRepository repo(db);
  SW_ASSIGN_OR_RETURN(auto by_phone, repo.RequestsForPhone(district, phone, now - kHour + 1));
  SW_ASSIGN_OR_RETURN(auto by_address, repo.RequestsFromAddress(district, remote_address, now - kHour + 1));
  std::int64_t wait = 0;
  if (!by_phone.empty()) wait = std::max<std::int64_t>(wait, by_phone.back() + rules.phone_gap_s - now);
  wait = std::max(wait,
                  WaitForWindow(by_phone, static_cast<std::size_t>(rules.phone_codes_per_hour), kHour, now));
  wait = std::max(
      wait, WaitForWindow(by_address, static_cast<std::size_t>(rules.address_codes_per_hour), kHour, now));
  return wait;
}

Status TooManyCodeRequests(std::int64_t seconds) {
  return ResourceExhausted("请求验证码过于频繁，请 " + std::to_string(seconds) +
                           " 秒后再试 too many code requests; try again in " + std::to_string(seconds) +
                           " s");
}

Status RecordCodeSent(store::Database& db, const std::string& district, const std::string& phone,
                      const std::string& remote_address, std::string_view code, const Clock& clock,
                      const RegistrationRules& rules) {
  store::RegistrationCodeRecord r;
  r.district_code = district;
  r.phone = phone;
  r.remote_address = remote_address;
  r.code_hash = HashVerificationCode(phone, code);
  r.requested_at = clock.Now();
  r.expires_at = r.requested_at + rules.code_valid_s;
  return store::RegistrationRepository(db).Insert(r).status();
}

Status CheckNewResident(const NewResident& resident) {
  SW_RETURN_IF_ERROR(CheckMainlandMobile(resident.phone));
  if (resident.display_name.find_first_not_of(" \t") == std::string::npos ||
      resident.display_name.size() > 100) {
    return InvalidArgument("请填写姓名（最多 100 字节） enter your name (at most 100 bytes)", "display_name");
  }
  if (resident.community_code.empty()) {
    return InvalidArgument("请选择所在社区 choose your community", "community_code");
  }
  Status policy = CheckPasswordPolicy(resident.password, resident.phone);
  if (!policy.ok()) {
    return InvalidArgument("密码至少 10 位，须含字母和数字，且不含手机号 " + policy.message(), "password");
  }
  return Status::Ok();
}

Result<store::UserRecord> RegisterResident(store::Database& db, const std::string& district,
                                           const NewResident& resident, const std::string& password_hash,
                                           RegistrationMode mode, const std::string& code, const Clock& clock,
                                           const RegistrationRules& rules) {
  if (mode == RegistrationMode::kClosed) {
    return FailedPrecondition("暂未开放注册，请联系社区 registration is not open; ask your community office");
  }
  SW_RETURN_IF_ERROR(CheckMainlandMobile(resident.phone));
  SW_RETURN_IF_ERROR(CheckCommunity(db, district, resident.community_code));
  // The code first: only the phone's owner learns whether the number is registered.
  std::optional<store::Id> code_id;
  if (mode == RegistrationMode::kVerified) {
    SW_ASSIGN_OR_RETURN(code_id, MatchCode(db, district, resident.phone, code, clock, rules));
  }
  SW_ASSIGN_OR_RETURN(bool taken,
                      store::RegistrationRepository(db).ResidentPhoneTaken(district, resident.phone));
  SW_ASSIGN_OR_RETURN(auto same_name, store::UserRepository(db).FindByUsername(resident.phone));
  if (taken || same_name) {
    return AlreadyExists(
        "该手机号已注册，请直接登录 this phone number is already registered; sign in instead");
  }
  NewAccount account{resident.phone,         resident.display_name,   resident.phone,
                     std::string(kResident), resident.community_code, "",
                     password_hash};
  store::UserRecord user;
  Status written = db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(user, AddAccount(db, district, account, clock));
    if (code_id) SW_RETURN_IF_ERROR(store::RegistrationRepository(db).MarkUsed(*code_id));
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return user;
}

}  // namespace sanwang::org
