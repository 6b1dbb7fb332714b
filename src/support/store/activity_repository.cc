#include "support/store/activity_repository.h"

#include "store/personal_data.h"

namespace sanwang::store {
namespace {

constexpr const char* kActivitySelect =
    "SELECT a.id, a.district_code, a.unit_id, a.title, a.description, a.starts_at, a.ends_at, a.place, "
    "a.venue_id, a.places, a.taken, a.open_to, a.state, a.created_by, a.created_at, u.code, u.name "
    "FROM support_activities a JOIN units u ON u.id = a.unit_id";

constexpr const char* kSignupSelect =
    "SELECT s.id, s.district_code, s.activity_id, s.user_id, s.state, s.workplace, s.created_at, "
    "s.withdrawn_at, s.checked_in_at, s.checked_out_at, s.minutes, u.display_name, u.phone "
    "FROM support_activity_signups s JOIN users u ON u.id = s.user_id";

ActivityRecord ActivityFromRow(const Row& r) {
  ActivityRecord a;
  a.id = r.Int(0);
  a.district_code = r.Text(1);
  a.unit_id = r.Int(2);
  a.title = r.Text(3);
  a.description = r.Text(4);
  a.starts_at = r.Int(5);
  a.ends_at = r.Int(6);
  a.place = r.Text(7);
  a.venue_id = r.OptInt(8);
  a.places = r.Int(9);
  a.taken = r.Int(10);
  a.open_to = r.Text(11);
  a.state = r.Text(12);
  a.created_by = r.OptInt(13);
  a.created_at = r.Int(14);
  a.unit_code = r.Text(15);
  a.unit_name = r.Text(16);
  return a;
}

ActivitySignupRecord SignupFromRow(const Row& r) {
  ActivitySignupRecord s;
  s.id = r.Int(0);
  s.district_code = r.Text(1);
  s.activity_id = r.Int(2);
  s.user_id = r.Int(3);
  s.state = r.Text(4);
  s.workplace = r.Text(5);
  s.created_at = r.Int(6);
  s.withdrawn_at = r.OptInt(7);
  s.checked_in_at = r.OptInt(8);
  s.checked_out_at = r.OptInt(9);
  s.minutes = r.Int(10);
  s.user_name = r.Text(11);
  s.user_phone = OpenPersonal(r.Text(12));
  return s;
}

std::string IdList(const std::vector<Id>& ids, SqlParams& params) {
  std::string list;
  for (Id id : ids) {
    list += list.empty() ? "?" : ", ?";
    params.push_back(id);
  }
  return "(" + list + ")";
}

Status NoSuchActiveSignup() {
  return FailedPrecondition("报名状态已变化 the sign-up is no longer in a state that allows this");
}

}  // namespace

Result<ActivityRecord> ActivityRepository::Insert(const ActivityRecord& a) {
  Id id = 0;
  SW_RETURN_IF_ERROR(db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto rows,
        db_.Query(
            "INSERT INTO support_activities (district_code, unit_id, title, description, starts_at, "
            "ends_at, place, venue_id, places, taken, open_to, state, created_by, created_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) RETURNING id",
            {a.district_code, a.unit_id, a.title, a.description, a.starts_at, a.ends_at, a.place,
             Nullable(a.venue_id), a.places, a.open_to, a.state, Nullable(a.created_by), a.created_at}));
    id = rows.at(0).Int(0);
    return Status::Ok();
  }));
  return Get(id);
}

Result<ActivityRecord> ActivityRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kActivitySelect) + " WHERE a.id = ?", {id}));
  if (rows.empty()) return NotFound("活动不存在 no such activity");
  return ActivityFromRow(rows.front());
}

namespace {

// The WHERE clause of a query over support_activities a, its parameters added to `params`.
std::string ActivityWhere(const ActivityQuery& query, SqlParams& params) {
  std::string sql = " WHERE a.district_code = ?";
  params.push_back(query.district_code);
  if (!query.unit_ids.empty()) sql += " AND a.unit_id IN " + IdList(query.unit_ids, params);
  if (!query.unit_path.empty()) {
    sql += " AND a.unit_id IN (SELECT id FROM units WHERE path LIKE ?)";
    params.push_back(query.unit_path + "%");
  }
  if (query.state) {
    sql += " AND a.state = ?";
    params.push_back(*query.state);
  }
  if (query.participant_id) {
    sql += " AND a.id IN (SELECT activity_id FROM support_activity_signups WHERE user_id = ?)";
    params.push_back(*query.participant_id);
  }
  if (query.from != 0) {
    sql += " AND a.ends_at > ?";
    params.push_back(query.from);
  }
  if (query.to != 0) {
    sql += " AND a.starts_at < ?";
    params.push_back(query.to);
  }
  return sql;
}

}  // namespace

Result<std::vector<ActivityRecord>> ActivityRepository::List(const ActivityQuery& query) {
  SqlParams params;
  std::string sql = std::string(kActivitySelect) + ActivityWhere(query, params) +
                    " ORDER BY a.starts_at, a.id LIMIT ? OFFSET ?";
  params.push_back(static_cast<std::int64_t>(query.limit));
  params.push_back(static_cast<std::int64_t>(query.offset));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<ActivityRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ActivityFromRow(r));
  return out;
}

Result<std::int64_t> ActivityRepository::Count(const ActivityQuery& query) {
  SqlParams params;
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT COUNT(*) FROM support_activities a" + ActivityWhere(query, params), params));
  return rows.at(0).Int(0);
}

Status ActivityRepository::Cancel(Id id) {
  SW_ASSIGN_OR_RETURN(
      auto changed, db_.Execute("UPDATE support_activities SET state = 'cancelled' WHERE id = ? AND state = "
                                "'published'",
                                {id}));
  if (changed == 0) return FailedPrecondition("活动已取消 the activity is cancelled already");
  return Status::Ok();
}

Result<ActivitySignupRecord> ActivityRepository::SignUp(const ActivitySignupRecord& s) {
  Id id = 0;
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto taken,
                        db_.Execute("UPDATE support_activities SET taken = taken + 1 WHERE id = ? "
                                    "AND state = 'published' AND taken < places",
                                    {s.activity_id}));
    if (taken == 0) return Conflict(kActivityFullMessage);
    SW_ASSIGN_OR_RETURN(
        auto rows,
        db_.Query("INSERT INTO support_activity_signups (district_code, activity_id, user_id, state, "
                  "workplace, created_at) VALUES (?, ?, ?, 'signed_up', ?, ?) RETURNING id",
                  {s.district_code, s.activity_id, s.user_id, s.workplace, s.created_at}));
    id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (status.code() == ErrorCode::kAlreadyExists) return Conflict(kAlreadySignedUpMessage);
  if (!status.ok()) return status;
  return GetSignup(id);
}

Status ActivityRepository::Withdraw(Id signup_id, std::int64_t at) {
  return db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto changed, db_.Execute("UPDATE support_activity_signups SET state = 'withdrawn', withdrawn_at = ? "
                                  "WHERE id = ? AND state = 'signed_up' AND checked_in_at IS NULL",
                                  {at, signup_id}));
    if (changed == 0) return NoSuchActiveSignup();
    return db_
        .Execute(
            "UPDATE support_activities SET taken = taken - 1 WHERE id = (SELECT activity_id FROM "
            "support_activity_signups WHERE id = ?)",
            {signup_id})
        .status();
  });
}

Status ActivityRepository::CheckIn(Id signup_id, std::int64_t at) {
  SW_ASSIGN_OR_RETURN(
      auto changed,
      db_.Execute("UPDATE support_activity_signups SET checked_in_at = ? WHERE id = ? AND state "
                  "= 'signed_up' AND checked_in_at IS NULL",
                  {at, signup_id}));
  if (changed == 0) return FailedPrecondition("已签到或已退出 checked in already, or withdrawn");
  return Status::Ok();
}

Status ActivityRepository::CheckOut(Id signup_id, std::int64_t at, std::int64_t minutes) {
  SW_ASSIGN_OR_RETURN(
      auto changed,
      db_.Execute("UPDATE support_activity_signups SET checked_out_at = ?, minutes = ? WHERE id "
                  "= ? AND state = 'signed_up' AND checked_in_at IS NOT NULL AND checked_in_at "
                  "<= ? AND checked_out_at IS NULL",
                  {at, minutes, signup_id, at}));
  if (changed == 0) return FailedPrecondition("尚未签到或已签退 not checked in, or checked out already");
  return Status::Ok();
}

Result<ActivitySignupRecord> ActivityRepository::GetSignup(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSignupSelect) + " WHERE s.id = ?", {id}));
  if (rows.empty()) return NotFound("报名记录不存在 no such sign-up");
  return SignupFromRow(rows.front());
}

Result<std::optional<ActivitySignupRecord>> ActivityRepository::ActiveSignupOf(Id activity_id, Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSignupSelect) +
                                               " WHERE s.activity_id = ? AND s.user_id = ? AND s.state = "
                                               "'signed_up'",
                                           {activity_id, user_id}));
  if (rows.empty()) return std::optional<ActivitySignupRecord>();
  return std::optional<ActivitySignupRecord>(SignupFromRow(rows.front()));
}

Result<std::vector<ActivitySignupRecord>> ActivityRepository::Signups(Id activity_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSignupSelect) +
                                               " WHERE s.activity_id = ? ORDER BY CASE WHEN s.state = "
                                               "'signed_up' THEN 0 ELSE 1 END, s.id",
                                           {activity_id}));
  std::vector<ActivitySignupRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(SignupFromRow(r));
  return out;
}

Result<std::vector<Id>> ActivityRepository::SignedUpAmong(Id user_id, const std::vector<Id>& activity_ids) {
  if (activity_ids.empty()) return std::vector<Id>();
  SqlParams params = {user_id};
  const std::string ids = IdList(activity_ids, params);
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT activity_id FROM support_activity_signups WHERE user_id = ? "
                                "AND state = 'signed_up' AND activity_id IN " +
                                    ids,
                                params));
  std::vector<Id> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(r.Int(0));
  return out;
}

Result<std::vector<ServiceHoursRow>> ActivityRepository::Hours(const std::string& district, std::int64_t from,
                                                               std::int64_t to, const std::string& workplace,
                                                               bool members_only) {
  std::string sql =
      "SELECT s.workplace, s.user_id, u.display_name, COUNT(*), CAST(SUM(s.minutes) AS BIGINT) "
      "FROM support_activity_signups s JOIN support_activities a ON a.id = s.activity_id "
      "JOIN users u ON u.id = s.user_id WHERE s.district_code = ? AND a.state = 'published' "
      "AND s.state = 'signed_up' AND s.checked_out_at IS NOT NULL AND a.starts_at >= ? AND a.starts_at < ?";
  SqlParams params = {district, from, to};
  if (members_only) sql += " AND s.workplace <> ''";
  if (!workplace.empty()) {
    sql += " AND s.workplace = ?";
    params.push_back(workplace);
  }
  sql += " GROUP BY s.workplace, s.user_id, u.display_name ORDER BY s.workplace, u.display_name, s.user_id";
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<ServiceHoursRow> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Text(0), r.Int(1), r.Text(2), r.Int(3), r.Int(4)});
  return out;
}

}  // namespace sanwang::store
