#include "support/budget_ledger.h"

#include "core/time.h"
#include "support/budget_access.h"
#include "support/budget_categories.h"
#include "support/spending_approval.h"
#include "support/spending_notices.h"

namespace sanwang::support {
namespace {

Status ValidateText(const std::string& text, const std::string& field, std::size_t max_bytes, bool required,
                    const std::string& zh) {
  if (required && text.empty()) return InvalidArgument("请填写" + zh + " give the " + field, field);
  if (text.size() > max_bytes) return InvalidArgument(zh + "过长 the " + field + " is too long", field);
  return Status::Ok();
}

Result<const store::UnitRecord*> UnitOfLine(const Ledger& ledger, const store::BudgetLineRecord& line) {
  const store::UnitRecord* unit = ledger.org.Find(line.unit_id);
  if (unit == nullptr) return Internal("budget line " + std::to_string(line.id) + " has no unit");
  return unit;
}

// The date of spending, within the line's year: its text and month key (202611).
Result<std::pair<std::string, int>> SpendingDate(const std::string& text, int year) {
  auto date = ParseDate(text);
  if (!date.ok() || text.size() != 10) {
    return InvalidArgument("支出日期格式应为 YYYY-MM-DD spent_on must be a date like 2026-11-05", "spent_on");
  }
  if (static_cast<int>(date->year()) != year) {
    return InvalidArgument(
        "支出日期须在预算年度 " + std::to_string(year) + " 内 spent_on must fall in the line's year",
        "spent_on");
  }
  return std::pair{FormatDate(*date), year * 100 + static_cast<int>(static_cast<unsigned>(date->month()))};
}

}  // namespace

Result<std::pair<store::BudgetLineRecord, const store::UnitRecord*>> LineInSight(const Ledger& ledger,
                                                                                 store::Id line_id) {
  SW_RETURN_IF_ERROR(MayReadBudget(ledger.actor));
  SW_ASSIGN_OR_RETURN(store::BudgetLineRecord line,
                      store::BudgetRepository(ledger.db).GetLine(ledger.district(), line_id));
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitOfLine(ledger, line));
  SW_RETURN_IF_ERROR(MayReadBudgetOf(ledger.org, ledger.actor, *unit));
  return std::pair{std::move(line), unit};
}

Status ValidateYear(int year) {
  if (year < 2000 || year > 2100)
    return InvalidArgument("年度应在 2000–2100 之间 year must be 2000–2100", "year");
  return Status::Ok();
}

Status ValidateAmount(std::int64_t amount_fen) {
  if (amount_fen <= 0)
    return InvalidArgument("金额须为正数（分） amount_fen must be a positive number of 分", "amount_fen");
  if (amount_fen > kMaxAmountFen) return InvalidArgument("金额过大 amount_fen is too large", "amount_fen");
  return Status::Ok();
}

Result<const store::UnitRecord*> UnitByCode(const org::OrgDirectory& org, const std::string& code,
                                            const std::string& field) {
  const store::UnitRecord* unit = org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("没有该单位 no unit '" + code + "'", field);
  return unit;
}

Result<store::BudgetLineRecord> CreateDistrictLine(const Ledger& ledger, const NewLine& l) {
  SW_RETURN_IF_ERROR(MayManageBudget(ledger.actor));
  SW_RETURN_IF_ERROR(ValidateYear(l.year));
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitByCode(ledger.org, l.unit_code, "unit_code"));
  if (unit->kind != "district") {
    return InvalidArgument(
        "区级预算只能设在区 a district line belongs to the district; streets and communities "
        "get theirs by allocation",
        "unit_code");
  }
  SW_ASSIGN_OR_RETURN(auto category, FindCategory(ledger.db, ledger.district(), l.category));
  if (!category) return InvalidArgument("没有该经费类别 no category '" + l.category + "'", "category");
  SW_RETURN_IF_ERROR(ValidateAmount(l.amount_fen));
  store::BudgetLineRecord line;
  line.district_code = ledger.district();
  line.year = l.year;
  line.unit_id = unit->id;
  line.category = l.category;
  line.amount_fen = l.amount_fen;
  line.created_at = ledger.now;
  return store::BudgetRepository(ledger.db).InsertLine(line);
}

Result<store::BudgetLineRecord> SetDistrictLineAmount(const Ledger& ledger, store::Id line_id,
                                                      std::int64_t amount_fen) {
  SW_RETURN_IF_ERROR(MayManageBudget(ledger.actor));
  SW_ASSIGN_OR_RETURN(auto visible, LineInSight(ledger, line_id));
  if (visible.second->kind != "district") {
    return InvalidArgument(
        "下级预算只能通过下拨调整 a street's or community's line changes only by allocation", "id");
  }
  SW_RETURN_IF_ERROR(ValidateAmount(amount_fen));
  store::BudgetRepository repo(ledger.db);
  SW_RETURN_IF_ERROR(repo.SetAmount(ledger.district(), line_id, amount_fen));
  return repo.GetLine(ledger.district(), line_id);
}

Result<store::BudgetAllocationRecord> Allocate(const Ledger& ledger, store::Id line_id,
                                               const NewAllocation& a) {
  SW_ASSIGN_OR_RETURN(auto visible, LineInSight(ledger, line_id));
  const store::UnitRecord& from = *visible.second;
  SW_RETURN_IF_ERROR(MayAllocateFrom(ledger.actor, from));
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* to, UnitByCode(ledger.org, a.unit_code, "unit_code"));
  if (!IsNextTierBelow(from, *to)) {
    return InvalidArgument(
        "只能下拨给直属下级单位 " + a.unit_code + " is not a street or community directly under " + from.code,
        "unit_code");
  }
  SW_RETURN_IF_ERROR(ValidateAmount(a.amount_fen));
  SW_RETURN_IF_ERROR(ValidateText(a.note, "note", 1000, false, "备注"));
  store::BudgetAllocationRecord record;
  record.district_code = ledger.district();
  record.from_line_id = line_id;
  record.amount_fen = a.amount_fen;
  record.note = a.note;
  record.created_by = ledger.actor.user_id;
  record.created_at = ledger.now;
  return store::BudgetRepository(ledger.db).Allocate(record, to->id);
}

Status FillSpending(store::BudgetSpendingRecord& record, const NewSpending& s, int line_year) {
  SW_RETURN_IF_ERROR(ValidateAmount(s.amount_fen));
  SW_RETURN_IF_ERROR(ValidateText(s.purpose, "purpose", 500, true, "用途"));
  SW_RETURN_IF_ERROR(ValidateText(s.payee, "payee", 200, true, "收款方"));
  SW_RETURN_IF_ERROR(ValidateText(s.note, "note", 1000, false, "备注"));
  SW_ASSIGN_OR_RETURN(auto date, SpendingDate(s.spent_on, line_year));
  record.amount_fen = s.amount_fen;
  record.purpose = s.purpose;
  record.payee = s.payee;
  record.spent_on = date.first;
  record.spent_month = date.second;
  record.note = s.note;
  return Status::Ok();
}

Result<store::BudgetSpendingRecord> RecordSpending(const Ledger& ledger, store::Id line_id,
                                                   const NewSpending& s) {
  SW_ASSIGN_OR_RETURN(auto visible, LineInSight(ledger, line_id));
  SW_RETURN_IF_ERROR(MaySpendOn(ledger.actor, *visible.second));
  store::BudgetSpendingRecord record;
  SW_RETURN_IF_ERROR(FillSpending(record, s, visible.first.year));
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  record.district_code = ledger.district();
  record.line_id = line_id;
  record.state = EntryState(*workflow, *visible.second);
  record.step_due = StepDue(ledger, *workflow, record.state);
  record.created_by = ledger.actor.user_id;
  record.created_by_name = ledger.actor_name;
  record.created_at = ledger.now;
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(record, store::BudgetRepository(ledger.db).Spend(record));
    store::SpendingEventRecord event = SpendingEvent(ledger, record.id, "submit", "", record.state);
    SW_RETURN_IF_ERROR(store::SpendingApprovalRepository(ledger.db).AppendEvent(event));
    return TellOfMove(ledger, record, *visible.second);
  }));
  return record;
}

Result<store::BudgetSpendingRecord> ReverseSpending(const Ledger& ledger, store::Id spending_id,
                                                    const std::string& reason) {
  store::BudgetRepository repo(ledger.db);
  SW_ASSIGN_OR_RETURN(store::BudgetSpendingRecord original, repo.GetSpending(ledger.district(), spending_id));
  SW_ASSIGN_OR_RETURN(auto visible, LineInSight(ledger, original.line_id));
  SW_RETURN_IF_ERROR(MaySpendOn(ledger.actor, *visible.second));
  SW_RETURN_IF_ERROR(ValidateText(reason, "reason", 1000, true, "冲销原因"));
  store::BudgetSpendingRecord reversal;
  reversal.district_code = ledger.district();
  reversal.reverses_id = spending_id;
  reversal.spent_on = original.spent_on;  // the reversal counts in the month it corrects
  reversal.spent_month = original.spent_month;
  reversal.note = reason;
  reversal.created_by = ledger.actor.user_id;
  reversal.created_by_name = ledger.actor_name;
  reversal.created_at = ledger.now;
  return repo.Reverse(reversal);
}

Result<store::BudgetLineRecord> ReadLine(const Ledger& ledger, store::Id line_id) {
  SW_ASSIGN_OR_RETURN(auto visible, LineInSight(ledger, line_id));
  return std::move(visible.first);
}

Result<std::vector<store::BudgetLineRecord>> ListLines(const Ledger& ledger, int year,
                                                       const std::string& unit_code) {
  SW_RETURN_IF_ERROR(MayReadBudget(ledger.actor));
  SW_RETURN_IF_ERROR(ValidateYear(year));
  const store::UnitRecord* only = nullptr;
  if (!unit_code.empty()) {
    SW_ASSIGN_OR_RETURN(only, UnitByCode(ledger.org, unit_code, "unit"));
    SW_RETURN_IF_ERROR(MayReadBudgetOf(ledger.org, ledger.actor, *only));
  }
  SW_ASSIGN_OR_RETURN(auto lines, store::BudgetRepository(ledger.db).LinesOfYear(ledger.district(), year));
  std::vector<store::BudgetLineRecord> out;
  for (auto& line : lines) {
    const store::UnitRecord* unit = ledger.org.Find(line.unit_id);
    if (unit == nullptr) continue;
    if (only != nullptr ? unit->id == only->id : MayReadBudgetOf(ledger.org, ledger.actor, *unit).ok()) {
      out.push_back(std::move(line));
    }
  }
  return out;
}

Result<std::vector<store::BudgetSpendingRecord>> ListSpending(const Ledger& ledger, store::Id line_id) {
  SW_RETURN_IF_ERROR(LineInSight(ledger, line_id).status());
  return store::BudgetRepository(ledger.db).SpendingOf(ledger.district(), line_id);
}

}  // namespace sanwang::support
