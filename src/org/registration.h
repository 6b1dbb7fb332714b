// Residents who register themselves: the mainland mobile number that is their account name,
// the six-digit verification code sent to it (kept only as a hash, valid for a while and
// for a few tries), the rate limits on code requests, and the account itself — role
// resident, scoped to the community they live in.
//
// Whether a code is needed is the deployment's choice (RegistrationMode): with an SMS
// gateway every registration proves the phone; without one, registration is closed unless
// unverified registration is allowed explicitly (a demo or a trial).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::org {

enum class RegistrationMode {
  kClosed,      // no gateway and unverified registration not allowed
  kVerified,    // a code sent by SMS proves the phone
  kUnverified,  // no code; allowed explicitly
};

RegistrationMode RegistrationModeOf(bool gateway_configured, bool allow_unverified);

struct RegistrationRules {
  int code_valid_s = 10 * 60;
  int max_wrong_codes = 5;  // wrong codes tried against one code before it is spent
  int phone_gap_s = 60;     // between two codes for one phone
  int phone_codes_per_hour = 5;
  int address_codes_per_hour = 20;  // one client address, whatever the phones
};

// OK for a mainland mobile number: 11 digits, the first 1.
Status CheckMainlandMobile(std::string_view phone);

// A random code of six digits, and the hash under which it is stored for `phone`.
std::string NewVerificationCode();
std::string HashVerificationCode(std::string_view phone, std::string_view code);

// Seconds until a code may be requested for `phone` from `remote_address` (0: now).
Result<std::int64_t> CodeRequestWait(store::Database& db, const std::string& district,
                                     const std::string& phone, const std::string& remote_address,
                                     const Clock& clock, const RegistrationRules& rules = {});

// The refusal of a code request that must wait `seconds` (ResourceExhausted).
Status TooManyCodeRequests(std::int64_t seconds);

// Stores the hash of a code sent to `phone`, which from now on replaces earlier ones.
Status RecordCodeSent(store::Database& db, const std::string& district, const std::string& phone,
                      const std::string& remote_address, std::string_view code, const Clock& clock,
                      const RegistrationRules& rules = {});

struct NewResident {
  std::string phone;
  std::string display_name;
  std::string community_code;
  std::string password;  // checked against the policy, then only its hash is kept
};

// The form's own checks, without the database: phone, name, password policy. The password
// is hashed only after these pass.
Status CheckNewResident(const NewResident& resident);

// Registers a resident whose password was hashed to `password_hash`. In kVerified mode
// `code` must match the newest unexpired code sent to the phone; a wrong code counts
// against it (that count is kept even though the registration is refused). A phone that
// already has a resident account is AlreadyExists; a community code that is not a
// community is InvalidArgument. The account's username is the phone.
Result<store::UserRecord> RegisterResident(store::Database& db, const std::string& district,
                                           const NewResident& resident, const std::string& password_hash,
                                           RegistrationMode mode, const std::string& code, const Clock& clock,
                                           const RegistrationRules& rules = {});

}  // namespace sanwang::org
