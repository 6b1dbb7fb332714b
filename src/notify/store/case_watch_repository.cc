#include "notify/store/case_watch_repository.h"

namespace sanwang::store {

Result<bool> CaseWatchRepository::Insert(const std::string& district, Id user_id, Id case_id,
                                         std::int64_t since) {
  SW_ASSIGN_OR_RETURN(std::int64_t inserted,
                      db_.Execute("INSERT INTO notify_case_watches (district_code, user_id, case_id, since) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, case_id) DO NOTHING",
                                  {district, user_id, case_id, since}));
  return inserted > 0;
}

Result<bool> CaseWatchRepository::Remove(Id user_id, Id case_id) {
  SW_ASSIGN_OR_RETURN(
      std::int64_t removed,
      db_.Execute("DELETE FROM notify_case_watches WHERE user_id = ? AND case_id = ?", {user_id, case_id}));
  return removed > 0;
}

Result<bool> CaseWatchRepository::Has(Id user_id, Id case_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT 1 FROM notify_case_watches WHERE user_id = ? AND case_id = ?", {user_id, case_id}));
  return !rows.empty();
}

Result<std::int64_t> CaseWatchRepository::CountOfUser(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT COUNT(*) FROM notify_case_watches WHERE user_id = ?", {user_id}));
  return rows.at(0).Int(0);
}

Result<std::vector<CaseWatchRecord>> CaseWatchRepository::OfUser(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT case_id, since FROM notify_case_watches WHERE user_id = ? "
                                           "ORDER BY since DESC, case_id DESC",
                                           {user_id}));
  std::vector<CaseWatchRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Int(0), r.Int(1)});
  return out;
}

Result<std::vector<Id>> CaseWatchRepository::Watchers(Id case_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT w.user_id FROM notify_case_watches w "
                                           "JOIN users u ON u.id = w.user_id AND u.disabled = 0 "
                                           "WHERE w.case_id = ? ORDER BY w.user_id",
                                           {case_id}));
  std::vector<Id> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(r.Int(0));
  return out;
}

}  // namespace sanwang::store
