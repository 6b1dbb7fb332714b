#include "org/staff.h"

#include <regex>

#include "core/csv.h"
#include "org/password.h"
#include "org/roles.h"
#include "store/org_repository.h"
#include "store/security_repository.h"
#include "store/user_repository.h"

namespace sanwang::org {
namespace {

Status CheckUsername(const std::string& username) {
  static const std::regex kPattern("[A-Za-z0-9_.-]{3,40}");
  if (!std::regex_match(username, kPattern)) {
    return InvalidArgument(
        "用户名须为 3–40 个字母、数字、_、. 或 - username must be 3–40 letters, digits, '_', '.' or '-'",
        "username");
  }
  return Status::Ok();
}

Status CheckUnitForRole(const std::string& role, const store::UnitRecord* unit) {
  std::string_view kind = ScopeKindOf(role);
  if (role == kResident) return Status::Ok();
  if (unit == nullptr) return InvalidArgument("该角色须归属单位 role " + role + " needs a unit", "unit");
  if (unit->kind != kind) {
    return InvalidArgument("角色与单位层级不符 role " + role + " belongs to a " + std::string(kind) +
                               ", but unit " + unit->code + " is a " + unit->kind,
                           "unit");
  }
  return Status::Ok();
}

Result<store::UserRecord> BuildAccount(store::Database& db, const std::string& district, const NewAccount& a,
                                       const Clock& clock) {
  SW_RETURN_IF_ERROR(CheckUsername(a.username));
  if (!IsKnownRole(a.role)) return InvalidArgument("未知角色 unknown role '" + a.role + "'", "role");
  if (a.display_name.empty() || a.display_name.size() > 100) {
    return InvalidArgument("姓名须为 1–100 字节 display name must be 1–100 bytes", "display_name");
  }
  store::UserRecord u;
  u.district_code = district;
  u.username = a.username;
  u.display_name = a.display_name;
  u.phone = a.phone;
  u.role = a.role;
  u.created_at = clock.Now();
  std::optional<store::UnitRecord> unit;
  if (!a.unit_code.empty()) {
    SW_ASSIGN_OR_RETURN(unit, store::OrgRepository(db).FindByCode(district, a.unit_code));
    if (!unit) return NotFound("单位不存在 no unit with code " + a.unit_code);
    u.unit_id = unit->id;
  }
  SW_RETURN_IF_ERROR(CheckUnitForRole(a.role, unit ? &*unit : nullptr));
  u.password_hash = a.password_hash;
  u.demo_password = a.demo_password;
  if (!a.password.empty()) {
    SW_RETURN_IF_ERROR(CheckPasswordPolicy(a.password, a.username));
    SW_ASSIGN_OR_RETURN(u.password_hash, HashPassword(a.password));
  }
  return u;
}

// The account `username` of `district`; NotFound for none.
Result<store::UserRecord> FindAccount(store::Database& db, const std::string& district,
                                      const std::string& username) {
  SW_ASSIGN_OR_RETURN(auto found, store::UserRepository(db).FindByUsername(username));
  if (!found || found->district_code != district) return NotFound("没有该账号 no user '" + username + "'");
  return *found;
}

// Disables `account` (its sessions ending in the same transaction) or enables it.
Status WriteDisabled(store::Database& db, const store::UserRecord& account, bool disabled) {
  return db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(store::UserRepository(db).SetDisabled(account.username, disabled));
    return disabled ? store::SecurityRepository(db).DeleteSessionsOf(account.id) : Status::Ok();
  });
}

}  // namespace

Result<store::UserRecord> AddAccount(store::Database& db, const std::string& district_code,
                                     const NewAccount& account, const Clock& clock) {
  SW_ASSIGN_OR_RETURN(store::UserRecord u, BuildAccount(db, district_code, account, clock));
  return store::UserRepository(db).Insert(u);
}

Result<store::UserRecord> UpdateAccount(store::Database& db, const std::string& district_code,
                                        const store::UserRecord& by, const std::string& username,
                                        const AccountChange& change) {
  SW_ASSIGN_OR_RETURN(store::UserRecord found, FindAccount(db, district_code, username));
  SW_RETURN_IF_ERROR(CheckAccountAction(by, AccountAction::kEdit, found));
  store::UserRecord u = found;
  if (change.role) {
    if (!IsKnownRole(*change.role))
      return InvalidArgument("未知角色 unknown role '" + *change.role + "'", "role");
    SW_RETURN_IF_ERROR(CheckAssignableRole(*change.role));
    u.role = *change.role;
  }
  if (change.display_name) {
    if (change.display_name->empty() || change.display_name->size() > 100) {
      return InvalidArgument("姓名须为 1–100 字节 display name must be 1–100 bytes", "display_name");
    }
    u.display_name = *change.display_name;
  }
  if (change.phone) {
    if (change.phone->size() > 30)
      return InvalidArgument("电话最多 30 字节 phone must be at most 30 bytes", "phone");
    u.phone = *change.phone;
  }
  std::optional<store::UnitRecord> unit;
  if (change.unit_code && change.unit_code->empty()) u.unit_id.reset();
  if (change.unit_code && !change.unit_code->empty()) {
    SW_ASSIGN_OR_RETURN(unit, store::OrgRepository(db).FindByCode(district_code, *change.unit_code));
    if (!unit) return InvalidArgument("单位不存在 no unit with code " + *change.unit_code, "unit");
    u.unit_id = unit->id;
  } else if (u.unit_id) {
    SW_ASSIGN_OR_RETURN(auto current, store::OrgRepository(db).Get(*u.unit_id));
    unit = current;
  }
  SW_RETURN_IF_ERROR(CheckUnitForRole(u.role, unit ? &*unit : nullptr));
  bool scope_changed = u.role != found.role || u.unit_id != found.unit_id;
  Status written = db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(store::UserRepository(db).UpdateProfile(u));
    if (!scope_changed) return Status::Ok();
    return store::SecurityRepository(db).DeleteSessionsOf(u.id);
  });
  if (!written.ok()) return written;
  return u;
}

Status SetAccountDisabled(store::Database& db, const std::string& district_code, const std::string& username,
                          bool disabled) {
  SW_ASSIGN_OR_RETURN(store::UserRecord found, FindAccount(db, district_code, username));
  return WriteDisabled(db, found, disabled);
}

Status DisableAccount(store::Database& db, const std::string& district_code, const store::UserRecord& by,
                      const std::string& username) {
  SW_ASSIGN_OR_RETURN(store::UserRecord found, FindAccount(db, district_code, username));
  SW_RETURN_IF_ERROR(CheckAccountAction(by, AccountAction::kDisable, found));
  return WriteDisabled(db, found, true);
}

Status CheckAccountActionOn(store::Database& db, const std::string& district_code,
                            const store::UserRecord& by, AccountAction action, const std::string& username) {
  SW_ASSIGN_OR_RETURN(store::UserRecord found, FindAccount(db, district_code, username));
  return CheckAccountAction(by, action, found);
}

Status EnableAccount(store::Database& db, const std::string& district_code, const store::UserRecord& by,
                     const std::string& username) {
  SW_ASSIGN_OR_RETURN(store::UserRecord found, FindAccount(db, district_code, username));
  SW_RETURN_IF_ERROR(CheckAccountAction(by, AccountAction::kEnable, found));
  return WriteDisabled(db, found, false);
}

Result<int> ImportStaff(store::Database& db, const std::string& district_code, std::string_view csv,
                        const Clock& clock, const ProgressFn& progress) {
  SW_ASSIGN_OR_RETURN(CsvTable table,
                      CsvTable::Parse(csv, {"username", "display_name", "phone", "role", "unit_code"}));
  std::vector<store::UserRecord> users;
  for (std::size_t r = 0; r < table.size(); ++r) {
    NewAccount a{table.Get(r, "username"),
                 table.Get(r, "display_name"),
                 table.Get(r, "phone"),
                 table.Get(r, "role"),
                 table.Get(r, "unit_code"),
                 table.Get(r, "password"),
                 ""};
    auto u = BuildAccount(db, district_code, a, clock);
    if (!u.ok()) return u.status().WithContext("staff CSV line " + std::to_string(table.LineOf(r)));
    users.push_back(std::move(u).value());
    if (progress && (r + 1) % 100 == 0) progress("staff: checked " + std::to_string(r + 1));
  }
  store::UserRepository repo(db);
  Status status = db.InTransaction([&]() -> Status {
    for (std::size_t r = 0; r < users.size(); ++r) {
      auto inserted = repo.Insert(users[r]);
      if (!inserted.ok())
        return inserted.status().WithContext("staff CSV line " + std::to_string(table.LineOf(r)));
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return static_cast<int>(users.size());
}

std::string MaskPhone(std::string_view phone) {
  if (phone.size() < 7) return std::string(phone.size(), '*');
  return std::string(phone.substr(0, 3)) + std::string(phone.size() - 7, '*') +
         std::string(phone.substr(phone.size() - 4));
}

std::string MaskName(std::string_view name) {
  if (name.empty()) return "";
  // Keep the first UTF-8 character (the family name), star the rest.
  std::size_t first = 1;
  while (first < name.size() && (static_cast<unsigned char>(name[first]) & 0xC0) == 0x80) ++first;
  std::size_t rest = 0;
  for (std::size_t i = first; i < name.size(); ++i) {
    if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80) ++rest;
  }
  return std::string(name.substr(0, first)) + std::string(rest, '*');
}

}  // namespace sanwang::org
