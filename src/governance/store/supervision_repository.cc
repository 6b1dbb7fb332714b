#include "governance/store/supervision_repository.h"

#include "store/sql_text.h"

namespace sanwang::store {
namespace {

constexpr const char* kNoticeSelect =
    "SELECT n.id, n.district_code, n.milestone_id, n.level, n.reason, n.note, n.unit_id, n.leader_id, "
    "n.opened_at, n.opened_by, n.answer_by, n.answered_at, n.answered_by, n.answer, n.closed_at, "
    "n.closed_reason, n.previous_id, n.demo, m.name, m.due_on, u.code, u.name, l.username, l.display_name, "
    "o.username, a.username "
    "FROM gov_supervision_notices n JOIN gov_milestones m ON m.id = n.milestone_id "
    "JOIN units u ON u.id = n.unit_id LEFT JOIN users l ON l.id = n.leader_id "
    "LEFT JOIN users o ON o.id = n.opened_by LEFT JOIN users a ON a.id = n.answered_by";

SupervisionNoticeRecord NoticeFromRow(const Row& r) {
  SupervisionNoticeRecord n;
  n.id = r.Int(0);
  n.district_code = r.Text(1);
  n.milestone_id = r.Int(2);
  n.level = r.Int(3);
  n.reason = r.Text(4);
  n.note = r.Text(5);
  n.unit_id = r.Int(6);
  n.leader_id = r.OptInt(7);
  n.opened_at = r.Int(8);
  n.opened_by = r.OptInt(9);
  n.answer_by = r.Int(10);
  n.answered_at = r.OptInt(11);
  n.answered_by = r.OptInt(12);
  n.answer = r.Text(13);
  n.closed_at = r.OptInt(14);
  n.closed_reason = r.Text(15);
  n.previous_id = r.OptInt(16);
  n.demo = r.Int(17) != 0;
  n.milestone_name = r.Text(18);
  n.due_on = r.Text(19);
  n.unit_code = r.Text(20);
  n.unit_name = r.Text(21);
  n.leader_username = r.Text(22);
  n.leader_name = r.Text(23);
  n.opened_by_username = r.Text(24);
  n.answered_by_username = r.Text(25);
  return n;
}

std::string NoticeWhere(const NoticeQuery& q, SqlParams& params) {
  std::string sql = " WHERE n.district_code = ?";
  params.push_back(q.district_code);
  if (q.active_only) sql += " AND n.closed_at IS NULL";
  if (q.level) {
    sql += " AND n.level = ?";
    params.push_back(*q.level);
  }
  if (!q.unit_ids.empty()) {
    sql += " AND n.unit_id IN (" + Placeholders(q.unit_ids.size()) + ")";
    params.insert(params.end(), q.unit_ids.begin(), q.unit_ids.end());
  }
  if (q.leader_id) {
    sql += " AND n.leader_id = ?";
    params.push_back(*q.leader_id);
  }
  if (!q.milestone_ids.empty()) {
    sql += " AND n.milestone_id IN (" + Placeholders(q.milestone_ids.size()) + ")";
    params.insert(params.end(), q.milestone_ids.begin(), q.milestone_ids.end());
  }
  return sql;
}

}  // namespace

Result<SupervisionNoticeRecord> SupervisionRepository::Insert(SupervisionNoticeRecord notice) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query(
          "INSERT INTO gov_supervision_notices (district_code, milestone_id, level, reason, note, unit_id, "
          "leader_id, opened_at, opened_by, answer_by, previous_id, demo) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {notice.district_code, notice.milestone_id, notice.level, notice.reason, notice.note,
           notice.unit_id, Nullable(notice.leader_id), notice.opened_at, Nullable(notice.opened_by),
           notice.answer_by, Nullable(notice.previous_id), static_cast<std::int64_t>(notice.demo)}));
  return Get(rows.at(0).Int(0));
}

Result<SupervisionNoticeRecord> SupervisionRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kNoticeSelect) + " WHERE n.id = ?", {id}));
  if (rows.empty()) return NotFound("督办单不存在 no such supervision notice");
  return NoticeFromRow(rows.front());
}

Result<std::vector<SupervisionNoticeRecord>> SupervisionRepository::List(const NoticeQuery& query) {
  SqlParams params;
  std::string sql =
      kNoticeSelect + NoticeWhere(query, params) + " ORDER BY n.opened_at DESC, n.id DESC LIMIT ? OFFSET ?";
  params.push_back(query.limit);
  params.push_back(query.offset);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<SupervisionNoticeRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(NoticeFromRow(r));
  return out;
}

Result<std::int64_t> SupervisionRepository::Count(const NoticeQuery& query) {
  SqlParams params;
  std::string sql = "SELECT COUNT(*) FROM gov_supervision_notices n" + NoticeWhere(query, params);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return rows.at(0).Int(0);
}

Status SupervisionRepository::Close(Id id, UnixSeconds at, const std::string& reason) {
  SW_ASSIGN_OR_RETURN(auto closed,
                      db_.Execute("UPDATE gov_supervision_notices SET closed_at = ?, closed_reason = ? "
                                  "WHERE id = ? AND closed_at IS NULL",
                                  {at, reason, id}));
  if (closed == 0) return Conflict("督办单已关闭 the supervision notice is closed already");
  return Status::Ok();
}

Status SupervisionRepository::Answer(Id id, UnixSeconds at, Id user_id, const std::string& answer) {
  SW_ASSIGN_OR_RETURN(
      auto answered,
      db_.Execute("UPDATE gov_supervision_notices SET answered_at = ?, answered_by = ?, answer = ? "
                  "WHERE id = ? AND closed_at IS NULL AND answered_at IS NULL",
                  {at, user_id, answer, id}));
  if (answered == 0) {
    return Conflict("督办单已答复或已关闭 the supervision notice is answered or closed already");
  }
  return Status::Ok();
}

}  // namespace sanwang::store
