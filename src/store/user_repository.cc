#include "store/user_repository.h"

#include "store/personal_data.h"
#include "store/sql_text.h"
#include "store/user_columns.h"

namespace sanwang::store {
Result<UserRecord> UserRepository::Insert(UserRecord user) {
  if (user.password_changed_at == 0) user.password_changed_at = user.created_at;
  static const std::string kInsert = "INSERT INTO users (" + UserColumnList() + ") VALUES (" +
                                     Placeholders(UserColumns().size()) + ") RETURNING id";
  auto rows = db_.Query(kInsert, ColumnValues(UserColumns(), user));
  if (!rows.ok()) {
    if (rows.status().code() == ErrorCode::kAlreadyExists) {
      return AlreadyExists("user '" + user.username + "' already exists");
    }
    return rows.status();
  }
  user.id = rows->at(0).Int(0);
  return user;
}

Result<std::vector<UserRecord>> UserRepository::Select(const std::string& where, const SqlParams& params) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT id, " + UserColumnList() + " FROM users WHERE " + where + " ORDER BY id", params));
  std::vector<UserRecord> users;
  for (const Row& r : rows) users.push_back(UserFromRow(r));
  return users;
}

Result<UserRecord> UserRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto users, Select("id = ?", {id}));
  if (users.empty()) return NotFound("no user with id " + std::to_string(id));
  return users[0];
}

Result<std::optional<UserRecord>> UserRepository::FindByUsername(const std::string& username) {
  SW_ASSIGN_OR_RETURN(auto users, Select("username = ?", {username}));
  if (users.empty()) return std::optional<UserRecord>();
  return std::optional<UserRecord>(users[0]);
}

Result<std::vector<UserRecord>> UserRepository::List(const std::string& district) {
  return Select("district_code = ?", {district});
}

Status UserRepository::SetDisabled(const std::string& username, bool disabled) {
  SW_ASSIGN_OR_RETURN(auto changed, db_.Execute("UPDATE users SET disabled = ? WHERE username = ?",
                                                {static_cast<std::int64_t>(disabled), username}));
  if (changed == 0) return NotFound("no user '" + username + "'");
  return Status::Ok();
}

Status UserRepository::UpdateProfile(const UserRecord& u) {
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE users SET display_name = ?, phone = ?, phone_lookup = ?, role = ?, "
                                  "unit_id = ? WHERE id = ?",
                                  {u.display_name, SealPersonal(u.phone), PersonalLookup(u.phone), u.role,
                                   Nullable(u.unit_id), u.id}));
  if (changed == 0) return NotFound("no user '" + u.username + "'");
  return Status::Ok();
}

Status UserRepository::SetPassword(Id id, const std::string& expected_hash, const std::string& new_hash,
                                   bool must_change, UnixSeconds changed_at) {
  std::string sql =
      "UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?, "
      "demo_password = 0 WHERE id = ?";
  SqlParams params = {new_hash, static_cast<std::int64_t>(must_change), changed_at, id};
  if (!expected_hash.empty()) {
    sql += " AND password_hash = ?";
    params.push_back(expected_hash);
  }
  SW_ASSIGN_OR_RETURN(auto changed, db_.Execute(sql, params));
  if (changed == 0) {
    if (expected_hash.empty()) return NotFound("no user with id " + std::to_string(id));
    return Conflict("密码已被修改，请重试 the password was changed meanwhile; try again");
  }
  return Status::Ok();
}

Result<std::vector<UserRecord>> UserRepository::OfUnits(const std::vector<Id>& unit_ids) {
  if (unit_ids.empty()) return std::vector<UserRecord>();
  SqlParams params(unit_ids.begin(), unit_ids.end());
  return Select("unit_id IN (" + Placeholders(unit_ids.size()) + ") AND disabled = 0", params);
}

}  // namespace sanwang::store
