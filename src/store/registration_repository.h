// Reads and writes the verification codes of residents' registrations (core migration 9):
// the hash of each code sent, its expiry, the wrong tries against it, and the times of
// code requests by phone and by client address for the rate limits. Same thread-safety
// as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct RegistrationCodeRecord {
  Id id = 0;
  std::string district_code;
  // Written as the phone number, stored and read back as its lookup hash
  // (store/personal_data.h): a code request keeps no number.
  std::string phone;
  std::string remote_address;
  std::string code_hash;  // never the code itself
  UnixSeconds requested_at = 0;
  UnixSeconds expires_at = 0;
  int attempts = 0;  // wrong codes tried against this one
  bool used = false;
};

class RegistrationRepository {
 public:
  explicit RegistrationRepository(Database& db) : db_(db) {}

  Result<RegistrationCodeRecord> Insert(RegistrationCodeRecord code);
  // The newest code sent to `phone`, used or not.
  Result<std::optional<RegistrationCodeRecord>> Newest(const std::string& district, const std::string& phone);
  // When codes were requested for `phone`, or from `remote_address`, at or after `since`,
  // oldest first.
  Result<std::vector<UnixSeconds>> RequestsForPhone(const std::string& district, const std::string& phone,
                                                    UnixSeconds since);
  Result<std::vector<UnixSeconds>> RequestsFromAddress(const std::string& district,
                                                       const std::string& remote_address, UnixSeconds since);
  Status CountWrongAttempt(Id id);
  Status MarkUsed(Id id);
  // Whether a resident account of the district already has this phone.
  Result<bool> ResidentPhoneTaken(const std::string& district, const std::string& phone);

 private:
  Result<std::vector<UnixSeconds>> RequestTimes(const std::string& column, const std::string& district,
                                                const std::string& value, UnixSeconds since);
  Database& db_;
};

}  // namespace sanwang::store
