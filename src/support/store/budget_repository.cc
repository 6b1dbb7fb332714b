#include "support/store/budget_repository.h"

namespace sanwang::store {
namespace {

// The column spent_fen holds what the line's spending records hold, approved or waiting;
// the last column is the waiting part, so a record reads the two apart.
constexpr const char* kLineColumns =
    "id, district_code, year, unit_id, category, amount_fen, allocated_fen, spent_fen, committed_fen, "
    "parent_id, created_at, (SELECT CAST(COALESCE(SUM(w.amount_fen), 0) AS BIGINT) FROM budget_spending w "
    "WHERE w.line_id = budget_lines.id AND w.state NOT IN ('approved', 'withdrawn'))";
// The last column tells whether a later row reverses this one.
constexpr const char* kSpendingColumns =
    "s.id, s.district_code, s.line_id, s.amount_fen, s.purpose, s.payee, s.spent_on, s.spent_month, s.note, "
    "s.created_by, s.created_by_name, s.created_at, s.reverses_id, "
    "(SELECT COUNT(*) FROM budget_spending r WHERE r.reverses_id = s.id), s.state, s.return_reason, "
    "s.updated_at, s.step_due, s.supervised";

BudgetLineRecord LineFromRow(const Row& r) {
  BudgetLineRecord l;
  l.id = r.Int(0);
  l.district_code = r.Text(1);
  l.year = static_cast<int>(r.Int(2));
  l.unit_id = r.Int(3);
  l.category = r.Text(4);
  l.amount_fen = r.Int(5);
  l.allocated_fen = r.Int(6);
  l.pending_fen = r.Int(11);
  l.spent_fen = r.Int(7) - l.pending_fen;
  l.committed_fen = r.Int(8);
  l.parent_id = r.OptInt(9);
  l.created_at = r.Int(10);
  return l;
}

BudgetSpendingRecord SpendingFromRow(const Row& r) {
  BudgetSpendingRecord s;
  s.id = r.Int(0);
  s.district_code = r.Text(1);
  s.line_id = r.Int(2);
  s.amount_fen = r.Int(3);
  s.purpose = r.Text(4);
  s.payee = r.Text(5);
  s.spent_on = r.Text(6);
  s.spent_month = static_cast<int>(r.Int(7));
  s.note = r.Text(8);
  s.created_by = r.OptInt(9);
  s.created_by_name = r.Text(10);
  s.created_at = r.Int(11);
  s.reverses_id = r.OptInt(12);
  s.reversed = r.Int(13) > 0;
  s.state = r.Text(14);
  s.return_reason = r.Text(15);
  s.updated_at = r.Int(16);
  s.step_due = r.OptInt(17);
  s.supervised = r.Int(18) != 0;
  return s;
}

BudgetAllocationRecord AllocationFromRow(const Row& r) {
  return {r.Int(0), r.Text(1), r.Int(2), r.Int(3), r.Int(4), r.Text(5), r.OptInt(6), r.Int(7)};
}

Status LineNotFound(Id id) { return NotFound("没有该预算 no budget line " + std::to_string(id)); }

// "?, ?, ?" for the states, appended to `params`.
std::string StateMarks(const std::vector<std::string>& states, SqlParams& params) {
  std::string marks;
  for (const std::string& state : states) {
    marks += marks.empty() ? "?" : ", ?";
    params.push_back(state);
  }
  return marks;
}

std::vector<BudgetSpendingRecord> SpendingFromRows(const std::vector<Row>& rows) {
  std::vector<BudgetSpendingRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(SpendingFromRow(r));
  return out;
}

}  // namespace

Result<Id> BudgetRepository::InsertReturningId(std::string_view sql, const SqlParams& params) {
  Id id = 0;
  SW_RETURN_IF_ERROR(db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
    id = rows.at(0).Int(0);
    return Status::Ok();
  }));
  return id;
}

Status InsufficientBudget(std::int64_t remaining_fen) {
  const std::string n = std::to_string(remaining_fen);
  return {ErrorCode::kFailedPrecondition,
          "预算余额不足：该预算仅剩 " + n + " 分 the line has only " + n + " 分 left", "amount_fen"};
}

Result<std::vector<BudgetCategoryRecord>> BudgetRepository::Categories(const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id, district_code, code, name, name_en, created_at FROM "
                                           "budget_categories WHERE district_code = ? ORDER BY id",
                                           {district}));
  std::vector<BudgetCategoryRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Int(5)});
  return out;
}

Result<BudgetCategoryRecord> BudgetRepository::InsertCategory(BudgetCategoryRecord c) {
  auto rows = InsertReturningId(
      "INSERT INTO budget_categories (district_code, code, name, name_en, created_at) VALUES (?, ?, ?, ?, ?) "
      "RETURNING id",
      {c.district_code, c.code, c.name, c.name_en, c.created_at});
  if (!rows.ok() && rows.status().code() == ErrorCode::kAlreadyExists) {
    return Status(ErrorCode::kAlreadyExists, "经费类别已存在 category " + c.code + " exists already", "code");
  }
  if (!rows.ok()) return rows.status();
  c.id = *rows;
  return c;
}

Result<BudgetLineRecord> BudgetRepository::InsertLine(BudgetLineRecord l) {
  auto rows = InsertReturningId(
      "INSERT INTO budget_lines (district_code, year, unit_id, category, amount_fen, parent_id, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {l.district_code, std::int64_t{l.year}, l.unit_id, l.category, l.amount_fen, Nullable(l.parent_id),
       l.created_at});
  if (!rows.ok() && rows.status().code() == ErrorCode::kAlreadyExists) {
    return Status(ErrorCode::kAlreadyExists,
                  "该单位该年度该类别已有预算 the unit has a line of this year and category already",
                  "category");
  }
  if (!rows.ok()) return rows.status();
  l.id = *rows;
  l.allocated_fen = l.spent_fen = l.committed_fen = 0;
  return l;
}

Result<BudgetLineRecord> BudgetRepository::GetLine(const std::string& district, Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kLineColumns +
                                               " FROM budget_lines WHERE id = ? AND district_code = ?",
                                           {id, district}));
  if (rows.empty()) return LineNotFound(id);
  return LineFromRow(rows[0]);
}

Result<std::optional<BudgetLineRecord>> BudgetRepository::FindLine(const std::string& district, int year,
                                                                   Id unit_id, const std::string& category) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kLineColumns +
                                               " FROM budget_lines WHERE district_code = ? AND year = ? AND "
                                               "unit_id = ? AND category = ?",
                                           {district, std::int64_t{year}, unit_id, category}));
  if (rows.empty()) return std::optional<BudgetLineRecord>();
  return std::optional<BudgetLineRecord>(LineFromRow(rows[0]));
}

Result<std::vector<BudgetLineRecord>> BudgetRepository::LinesOfYear(const std::string& district, int year) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kLineColumns +
                                               " FROM budget_lines WHERE district_code = ? AND year = ? "
                                               "ORDER BY unit_id, category",
                                           {district, std::int64_t{year}}));
  std::vector<BudgetLineRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(LineFromRow(r));
  return out;
}

Status BudgetRepository::SetAmount(const std::string& district, Id line_id, std::int64_t amount_fen) {
  SW_ASSIGN_OR_RETURN(
      std::int64_t changed,
      db_.Execute("UPDATE budget_lines SET amount_fen = ? WHERE id = ? AND district_code = ? AND "
                  "committed_fen <= ?",
                  {amount_fen, line_id, district, amount_fen}));
  if (changed == 1) return Status::Ok();
  SW_ASSIGN_OR_RETURN(BudgetLineRecord line, GetLine(district, line_id));
  const std::string n = std::to_string(line.committed_fen);
  return {ErrorCode::kFailedPrecondition,
          "预算不能低于已下拨和已支出之和 " + n + " 分 the amount cannot go below the " + n +
              " 分 allocated and spent",
          "amount_fen"};
}

Status BudgetRepository::Commit(const std::string& district, Id line_id, std::int64_t allocated_fen,
                                std::int64_t spent_fen) {
  const std::int64_t delta = allocated_fen + spent_fen;
  SW_ASSIGN_OR_RETURN(
      std::int64_t changed,
      db_.Execute(
          "UPDATE budget_lines SET committed_fen = committed_fen + ?, allocated_fen = allocated_fen + ?, "
          "spent_fen = spent_fen + ? WHERE id = ? AND district_code = ? AND committed_fen + ? <= amount_fen "
          "AND committed_fen + ? >= 0",
          {delta, allocated_fen, spent_fen, line_id, district, delta, delta}));
  if (changed == 1) return Status::Ok();
  SW_ASSIGN_OR_RETURN(BudgetLineRecord line, GetLine(district, line_id));
  return InsufficientBudget(line.remaining_fen());
}

Result<BudgetAllocationRecord> BudgetRepository::Allocate(BudgetAllocationRecord a, Id to_unit_id) {
  Status status = db_.InTransaction([&]() -> Status {
    // The from-line first: its row lock (PostgreSQL) orders allocations from one line, so
    // the child's line below is found or created by one of them at a time.
    SW_RETURN_IF_ERROR(Commit(a.district_code, a.from_line_id, a.amount_fen, 0));
    SW_ASSIGN_OR_RETURN(BudgetLineRecord from, GetLine(a.district_code, a.from_line_id));
    SW_ASSIGN_OR_RETURN(auto existing, FindLine(a.district_code, from.year, to_unit_id, from.category));
    if (existing) {
      if (existing->parent_id != from.id) {
        return FailedPrecondition("下级预算不是由该预算下拨的 the child's line comes from another line");
      }
      SW_RETURN_IF_ERROR(db_.Execute("UPDATE budget_lines SET amount_fen = amount_fen + ? WHERE id = ?",
                                     {a.amount_fen, existing->id})
                             .status());
      a.to_line_id = existing->id;
    } else {
      BudgetLineRecord child;
      child.district_code = a.district_code;
      child.year = from.year;
      child.unit_id = to_unit_id;
      child.category = from.category;
      child.amount_fen = a.amount_fen;
      child.parent_id = from.id;
      child.created_at = a.created_at;
      SW_ASSIGN_OR_RETURN(child, InsertLine(child));
      a.to_line_id = child.id;
    }
    SW_ASSIGN_OR_RETURN(auto rows,
                        db_.Query("INSERT INTO budget_allocations (district_code, from_line_id, "
                                  "to_line_id, amount_fen, note, created_by, created_at) VALUES (?, ?, "
                                  "?, ?, ?, ?, ?) RETURNING id",
                                  {a.district_code, a.from_line_id, a.to_line_id, a.amount_fen, a.note,
                                   Nullable(a.created_by), a.created_at}));
    a.id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return a;
}

Result<std::vector<BudgetAllocationRecord>> BudgetRepository::AllocationsFrom(const std::string& district,
                                                                              Id line_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, from_line_id, to_line_id, amount_fen, note, "
                                "created_by, created_at FROM budget_allocations WHERE district_code = "
                                "? AND from_line_id = ? ORDER BY id",
                                {district, line_id}));
  std::vector<BudgetAllocationRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(AllocationFromRow(r));
  return out;
}

Result<BudgetSpendingRecord> BudgetRepository::InsertSpending(const BudgetSpendingRecord& s) {
  auto rows = InsertReturningId(
      "INSERT INTO budget_spending (district_code, line_id, amount_fen, purpose, payee, spent_on, "
      "spent_month, "
      "note, created_by, created_by_name, created_at, reverses_id, state, updated_at, step_due) VALUES (?, "
      "?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {s.district_code, s.line_id, s.amount_fen, s.purpose, s.payee, s.spent_on, std::int64_t{s.spent_month},
       s.note, Nullable(s.created_by), s.created_by_name, s.created_at, Nullable(s.reverses_id), s.state,
       s.created_at, Nullable(s.step_due)});
  if (!rows.ok() && rows.status().code() == ErrorCode::kAlreadyExists) {
    return FailedPrecondition("该支出已冲销 the spending was reversed already");
  }
  if (!rows.ok()) return rows.status();
  BudgetSpendingRecord out = s;
  out.id = *rows;
  return out;
}

Result<BudgetSpendingRecord> BudgetRepository::Spend(BudgetSpendingRecord s) {
  Status status = db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(Commit(s.district_code, s.line_id, 0, s.amount_fen));
    SW_ASSIGN_OR_RETURN(s, InsertSpending(s));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return s;
}

Result<BudgetSpendingRecord> BudgetRepository::Reverse(BudgetSpendingRecord r) {
  if (!r.reverses_id) return InvalidArgument("a reversal names the spending it reverses", "id");
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(BudgetSpendingRecord original, GetSpending(r.district_code, *r.reverses_id));
    if (original.reverses_id) return FailedPrecondition("冲销记录不能再冲销 a reversal cannot be reversed");
    if (original.reversed) return FailedPrecondition("该支出已冲销 the spending was reversed already");
    if (original.state != kSpendingApproved) {
      return FailedPrecondition(
          "只能冲销已批准的支出 only an approved record is reversed; withdraw one still waiting");
    }
    r.line_id = original.line_id;
    r.amount_fen = -original.amount_fen;
    r.purpose = original.purpose;
    r.payee = original.payee;
    r.state = std::string(kSpendingApproved);
    // The unique reverses_id is the wall when two reversals race past the check above.
    SW_RETURN_IF_ERROR(Commit(r.district_code, r.line_id, 0, r.amount_fen));
    SW_ASSIGN_OR_RETURN(r, InsertSpending(r));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return r;
}

Result<BudgetSpendingRecord> BudgetRepository::GetSpending(const std::string& district, Id id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kSpendingColumns +
                                    " FROM budget_spending s WHERE s.id = ? AND s.district_code = ?",
                                {id, district}));
  if (rows.empty()) return NotFound("没有该支出记录 no spending " + std::to_string(id));
  return SpendingFromRow(rows[0]);
}

Result<std::vector<BudgetSpendingRecord>> BudgetRepository::SpendingOf(const std::string& district,
                                                                       Id line_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kSpendingColumns +
                                    " FROM budget_spending s WHERE s.line_id = ? AND s.district_code "
                                    "= ? ORDER BY s.id",
                                {line_id, district}));
  std::vector<BudgetSpendingRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(SpendingFromRow(r));
  return out;
}

Result<std::vector<BudgetSpendingRecord>> BudgetRepository::SpendingInStates(
    const std::string& district, const std::vector<std::string>& states) {
  if (states.empty()) return std::vector<BudgetSpendingRecord>{};
  SqlParams params{district};
  const std::string marks = StateMarks(states, params);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kSpendingColumns +
                                               " FROM budget_spending s WHERE s.district_code = ? AND "
                                               "s.state IN (" +
                                               marks + ") ORDER BY s.id",
                                           params));
  return SpendingFromRows(rows);
}

Result<std::vector<BudgetSpendingRecord>> BudgetRepository::OverdueSpending(
    const std::string& district, const std::vector<std::string>& states, UnixSeconds now, bool unsupervised,
    std::int64_t limit) {
  if (states.empty()) return std::vector<BudgetSpendingRecord>{};
  SqlParams params{district, now};
  const std::string marks = StateMarks(states, params);
  params.push_back(limit);
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query(std::string("SELECT ") + kSpendingColumns +
                               " FROM budget_spending s WHERE s.district_code = ? AND s.step_due < ? AND "
                               "s.state IN (" +
                               marks + ")" + (unsupervised ? " AND s.supervised = 0" : "") +
                               " ORDER BY s.step_due, s.id LIMIT ?",
                           params));
  return SpendingFromRows(rows);
}

Status BudgetRepository::HoldForSpending(const std::string& district, Id line_id, std::int64_t delta_fen) {
  return Commit(district, line_id, 0, delta_fen);
}

Result<std::vector<BudgetMonthSpending>> BudgetRepository::MonthlySpending(const std::string& district,
                                                                           int year) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT s.line_id, s.spent_month, CAST(SUM(s.amount_fen) AS BIGINT) FROM "
                                "budget_spending s JOIN budget_lines l ON l.id = s.line_id WHERE "
                                "s.district_code = ? AND l.year = ? AND s.state = 'approved' GROUP BY "
                                "s.line_id, s.spent_month "
                                "ORDER BY s.line_id, s.spent_month",
                                {district, std::int64_t{year}}));
  std::vector<BudgetMonthSpending> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Int(0), static_cast<int>(r.Int(1)), r.Int(2)});
  return out;
}

}  // namespace sanwang::store
