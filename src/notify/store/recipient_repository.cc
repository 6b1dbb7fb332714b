#include "notify/store/recipient_repository.h"

#include "store/personal_data.h"
#include "store/sql_text.h"

namespace sanwang::store {

Result<std::vector<Id>> RecipientRepository::EnabledStaff(const std::vector<Id>& unit_ids,
                                                          const std::vector<std::string_view>& roles) {
  if (unit_ids.empty() || roles.empty()) return std::vector<Id>();
  SqlParams params(unit_ids.begin(), unit_ids.end());
  for (std::string_view role : roles) params.emplace_back(std::string(role));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id FROM users WHERE unit_id IN (" +
                                               Placeholders(unit_ids.size()) + ") AND role IN (" +
                                               Placeholders(roles.size()) + ") AND disabled = 0 ORDER BY id",
                                           params));
  std::vector<Id> ids;
  ids.reserve(rows.size());
  for (const Row& r : rows) ids.push_back(r.Int(0));
  return ids;
}

Result<RecipientRepository::Reach> RecipientRepository::ReachOf(Id user_id, bool with_phone) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(with_phone ? "SELECT disabled, phone FROM users WHERE id = ?"
                                                      : "SELECT disabled FROM users WHERE id = ?",
                                           {user_id}));
  if (rows.empty()) return NotFound("没有这个账号 no account " + std::to_string(user_id));
  Reach reach;
  reach.enabled = rows[0].Int(0) == 0;
  if (with_phone) reach.phone = OpenPersonal(rows[0].Text(1));
  return reach;
}

Result<std::vector<Id>> RecipientRepository::EnabledOfRole(const std::string& district,
                                                           std::string_view role) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id FROM users WHERE district_code = ? AND role = ? AND "
                                           "disabled = 0 ORDER BY id",
                                           {district, std::string(role)}));
  std::vector<Id> ids;
  ids.reserve(rows.size());
  for (const Row& r : rows) ids.push_back(r.Int(0));
  return ids;
}

}  // namespace sanwang::store
