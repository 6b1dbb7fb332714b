#include "store/registration_repository.h"

#include "store/personal_data.h"

namespace sanwang::store {
namespace {

constexpr const char* kColumns =
    "id, district_code, phone, remote_address, code_hash, requested_at, expires_at, attempts, used";

RegistrationCodeRecord FromRow(const Row& r) {
  RegistrationCodeRecord c;
  c.id = r.Int(0);
  c.district_code = r.Text(1);
  c.phone = r.Text(2);
  c.remote_address = r.Text(3);
  c.code_hash = r.Text(4);
  c.requested_at = r.Int(5);
  c.expires_at = r.Int(6);
  c.attempts = static_cast<int>(r.Int(7));
  c.used = r.Int(8) != 0;
  return c;
}

}  // namespace

Result<RegistrationCodeRecord> RegistrationRepository::Insert(RegistrationCodeRecord code) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO registration_codes (district_code, phone, remote_address, code_hash, "
                "requested_at, expires_at, attempts, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {code.district_code, PersonalLookup(code.phone), code.remote_address, code.code_hash,
                 code.requested_at, code.expires_at, static_cast<std::int64_t>(code.attempts),
                 static_cast<std::int64_t>(code.used)}));
  code.id = rows.at(0).Int(0);
  return code;
}

Result<std::optional<RegistrationCodeRecord>> RegistrationRepository::Newest(const std::string& district,
                                                                             const std::string& phone) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kColumns +
                                    " FROM registration_codes WHERE district_code = ? AND phone = ? "
                                    "ORDER BY requested_at DESC, id DESC LIMIT 1",
                                {district, PersonalLookup(phone)}));
  if (rows.empty()) return std::optional<RegistrationCodeRecord>();
  return std::optional<RegistrationCodeRecord>(FromRow(rows[0]));
}

Result<std::vector<UnixSeconds>> RegistrationRepository::RequestTimes(const std::string& column,
                                                                      const std::string& district,
                                                                      const std::string& value,
                                                                      UnixSeconds since) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT requested_at FROM registration_codes WHERE district_code = ? "
                                "AND " +
                                    column + " = ? AND requested_at >= ? ORDER BY requested_at",
                                {district, value, since}));
  std::vector<UnixSeconds> times;
  times.reserve(rows.size());
  for (const Row& r : rows) times.push_back(r.Int(0));
  return times;
}

Result<std::vector<UnixSeconds>> RegistrationRepository::RequestsForPhone(const std::string& district,
                                                                          const std::string& phone,
                                                                          UnixSeconds since) {
  return RequestTimes("phone", district, PersonalLookup(phone), since);
}

Result<std::vector<UnixSeconds>> RegistrationRepository::RequestsFromAddress(
    const std::string& district, const std::string& remote_address, UnixSeconds since) {
  return RequestTimes("remote_address", district, remote_address, since);
}

Status RegistrationRepository::CountWrongAttempt(Id id) {
  SW_ASSIGN_OR_RETURN(
      auto changed, db_.Execute("UPDATE registration_codes SET attempts = attempts + 1 WHERE id = ?", {id}));
  if (changed == 0) return NotFound("no registration code " + std::to_string(id));
  return Status::Ok();
}

Status RegistrationRepository::MarkUsed(Id id) {
  // Only a code not used yet: of two registrations that matched the same code at the same
  // moment, the second finds it used here, and its transaction (the new account with it)
  // is rolled back.
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE registration_codes SET used = 1 WHERE id = ? AND used = 0", {id}));
  if (changed == 1) return Status::Ok();
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT 1 FROM registration_codes WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("no registration code " + std::to_string(id));
  return FailedPrecondition(
      "验证码已使用，请重新获取 the verification code was used already; request a new one");
}

Result<bool> RegistrationRepository::ResidentPhoneTaken(const std::string& district,
                                                        const std::string& phone) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT COUNT(*) FROM users WHERE district_code = ? AND phone_lookup = ? "
                                "AND role = 'resident'",
                                {district, PersonalLookup(phone)}));
  return rows.at(0).Int(0) > 0;
}

}  // namespace sanwang::store
