#include "support/store/spending_approval_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kEventColumns =
    "id, district_code, spending_id, at, user_id, user_name, role, action, from_state, to_state, note, "
    "changes";
constexpr const char* kFileColumns =
    "id, district_code, spending_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

SpendingEventRecord EventFromRow(const Row& r) {
  return {r.Int(0),  r.Text(1), r.Int(2),  r.Int(3),  r.OptInt(4), r.Text(5),
          r.Text(6), r.Text(7), r.Text(8), r.Text(9), r.Text(10),  r.Text(11)};
}

SpendingFileRecord FileFromRow(const Row& r) {
  SpendingFileRecord f;
  f.id = r.Int(0);
  f.district_code = r.Text(1);
  f.spending_id = r.Int(2);
  f.file_name = r.Text(3);
  f.content_type = r.Text(4);
  f.size_bytes = r.Int(5);
  f.sha256 = r.Text(6);
  f.uploaded_by = r.OptInt(7);
  f.uploaded_at = r.Int(8);
  return f;
}

}  // namespace

Status SpendingApprovalRepository::Move(const SpendingMove& move) {
  const BudgetSpendingRecord& s = move.changed;
  return db_.InTransaction([&]() -> Status {
    SqlParams params{s.state,
                     s.return_reason,
                     s.updated_at,
                     s.amount_fen,
                     s.purpose,
                     s.payee,
                     s.spent_on,
                     std::int64_t{s.spent_month},
                     s.note,
                     Nullable(s.step_due),
                     std::int64_t{s.supervised},
                     s.id,
                     s.district_code,
                     move.seen_state};
    std::string sql =
        "UPDATE budget_spending SET state = ?, return_reason = ?, updated_at = ?, amount_fen = ?, "
        "purpose = ?, payee = ?, spent_on = ?, spent_month = ?, note = ?, step_due = ?, supervised = ? "
        "WHERE id = ? AND district_code = ? AND state = ?";
    if (move.seen_supervised) {
      sql += " AND supervised = ?";
      params.push_back(std::int64_t{*move.seen_supervised});
    }
    SW_ASSIGN_OR_RETURN(std::int64_t moved, db_.Execute(sql, params));
    if (moved == 0) {
      return Conflict(
          "支出记录已被他人处理，请刷新后重试 the spending record was moved by someone else; reload and try "
          "again");
    }
    if (move.hold_delta_fen != 0) {
      SW_RETURN_IF_ERROR(
          BudgetRepository(db_).HoldForSpending(s.district_code, s.line_id, move.hold_delta_fen));
    }
    return AppendEvent(move.event);
  });
}

Status SpendingApprovalRepository::AppendEvent(const SpendingEventRecord& e) {
  return db_
      .Execute(
          "INSERT INTO budget_spending_events (district_code, spending_id, at, user_id, user_name, role, "
          "action, from_state, to_state, note, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {e.district_code, e.spending_id, e.at, Nullable(e.user_id), e.user_name, e.role, e.action,
           e.from_state, e.to_state, e.note, e.changes})
      .status();
}

Result<std::vector<SpendingEventRecord>> SpendingApprovalRepository::Events(const std::string& district,
                                                                            Id spending_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kEventColumns +
                                               " FROM budget_spending_events WHERE district_code = ? AND "
                                               "spending_id = ? ORDER BY id",
                                           {district, spending_id}));
  std::vector<SpendingEventRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(EventFromRow(r));
  return out;
}

Result<SpendingFileRecord> SpendingApprovalRepository::InsertFile(SpendingFileRecord f,
                                                                  std::int64_t max_files) {
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto count,
        db_.Query("SELECT COUNT(*) FROM budget_spending_files WHERE spending_id = ?", {f.spending_id}));
    if (count.at(0).Int(0) >= max_files) {
      const std::string n = std::to_string(max_files);
      return Status(ErrorCode::kFailedPrecondition,
                    "每条支出最多 " + n + " 个附件 a spending record holds at most " + n + " files", "file");
    }
    SW_ASSIGN_OR_RETURN(
        auto rows,
        db_.Query("INSERT INTO budget_spending_files (district_code, spending_id, file_name, content_type, "
                  "size_bytes, sha256, data, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "RETURNING id",
                  {f.district_code, f.spending_id, f.file_name, f.content_type, f.size_bytes, f.sha256,
                   Blob{f.data}, Nullable(f.uploaded_by), f.uploaded_at}));
    f.id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  f.data.clear();
  return f;
}

Result<std::vector<SpendingFileRecord>> SpendingApprovalRepository::Files(const std::string& district,
                                                                          Id spending_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kFileColumns +
                                               " FROM budget_spending_files WHERE district_code = ? AND "
                                               "spending_id = ? ORDER BY id",
                                           {district, spending_id}));
  std::vector<SpendingFileRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FileFromRow(r));
  return out;
}

Result<SpendingFileRecord> SpendingApprovalRepository::File(const std::string& district, Id spending_id,
                                                            Id file_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kFileColumns +
                                    ", data FROM budget_spending_files WHERE district_code = ? AND "
                                    "spending_id = ? AND id = ?",
                                {district, spending_id, file_id}));
  if (rows.empty()) return NotFound("附件不存在 no file " + std::to_string(file_id));
  SpendingFileRecord f = FileFromRow(rows.front());
  f.data = rows.front().Bytes(9);
  return f;
}

}  // namespace sanwang::store
