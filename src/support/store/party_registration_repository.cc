#include "support/store/party_registration_repository.h"

#include "store/personal_data.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.district_code, r.user_id, r.community_id, r.workplace, r.party_branch, r.state, "
    "r.reason, "
    "r.created_at, r.decided_by, r.decided_at, u.display_name, u.phone, c.code, c.name "
    "FROM support_party_registrations r JOIN users u ON u.id = r.user_id JOIN units c ON c.id = "
    "r.community_id";

PartyRegistrationRecord FromRow(const Row& row) {
  PartyRegistrationRecord r;
  r.id = row.Int(0);
  r.district_code = row.Text(1);
  r.user_id = row.Int(2);
  r.community_id = row.Int(3);
  r.workplace = row.Text(4);
  r.party_branch = row.Text(5);
  r.state = row.Text(6);
  r.reason = row.Text(7);
  r.created_at = row.Int(8);
  r.decided_by = row.OptInt(9);
  r.decided_at = row.OptInt(10);
  r.user_name = row.Text(11);
  r.user_phone = OpenPersonal(row.Text(12));
  r.community_code = row.Text(13);
  r.community_name = row.Text(14);
  return r;
}

// The WHERE clause of a query, its values appended to `params`.
std::string Where(const PartyRegistrationQuery& query, SqlParams& params) {
  std::string sql = " WHERE r.district_code = ?";
  params.push_back(query.district_code);
  if (query.user_id) {
    sql += " AND r.user_id = ?";
    params.push_back(*query.user_id);
  }
  if (!query.community_path.empty()) {
    sql += " AND c.path LIKE ?";
    params.push_back(query.community_path + "%");
  }
  if (!query.states.empty()) sql += " AND r.state IN " + InList(query.states, params);
  return sql;
}

}  // namespace

Result<PartyRegistrationRecord> PartyRegistrationRepository::Insert(const PartyRegistrationRecord& r) {
  Id id = 0;
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto rows,
        db_.Query("INSERT INTO support_party_registrations (district_code, user_id, community_id, "
                  "workplace, party_branch, state, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                  "?) RETURNING id",
                  {r.district_code, r.user_id, r.community_id, r.workplace, r.party_branch, r.state, r.reason,
                   r.created_at}));
    id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (status.code() == ErrorCode::kAlreadyExists) return Conflict(kAlreadyRegisteredMessage);
  if (!status.ok()) return status;
  return Get(id);
}

Status PartyRegistrationRepository::Change(const PartyRegistrationChange& change) {
  SqlParams params = {change.to_state, change.reason, Nullable(change.decided_by), change.decided_at,
                      change.id};
  const std::string states = InList(change.from_states, params);
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE support_party_registrations SET state = ?, reason = ?, "
                                  "decided_by = ?, decided_at = ? WHERE id = ? AND state IN " +
                                      states,
                                  params));
  if (changed == 0) {
    return FailedPrecondition("报到状态已变化 the registration is no longer in a state that allows this");
  }
  return Status::Ok();
}

Result<PartyRegistrationRecord> PartyRegistrationRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) + " WHERE r.id = ?", {id}));
  if (rows.empty()) return NotFound("报到记录不存在 no such registration");
  return FromRow(rows.front());
}

Result<std::optional<PartyRegistrationRecord>> PartyRegistrationRepository::ActiveOf(
    const std::string& district, Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) +
                                               " WHERE r.district_code = ? AND r.user_id = ? AND r.state IN "
                                               "('pending', 'confirmed')",
                                           {district, user_id}));
  if (rows.empty()) return std::optional<PartyRegistrationRecord>();
  return std::optional<PartyRegistrationRecord>(FromRow(rows.front()));
}

Result<std::vector<PartyRegistrationRecord>> PartyRegistrationRepository::List(
    const PartyRegistrationQuery& query) {
  SqlParams params;
  std::string sql = std::string(kSelect) + Where(query, params) + " ORDER BY r.id DESC LIMIT ? OFFSET ?";
  params.push_back(static_cast<std::int64_t>(query.limit));
  params.push_back(static_cast<std::int64_t>(query.offset));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<PartyRegistrationRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

Result<std::int64_t> PartyRegistrationRepository::Count(const PartyRegistrationQuery& query) {
  SqlParams params;
  const std::string where = Where(query, params);
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT COUNT(*) FROM support_party_registrations r JOIN units c ON "
                                "c.id = r.community_id" +
                                    where,
                                params));
  return rows.at(0).Int(0);
}

}  // namespace sanwang::store
