#include "support/budget_report.h"

#include <algorithm>
#include <map>

#include "cases/case_access.h"
#include "support/budget_access.h"
#include "support/budget_categories.h"

namespace sanwang::support {
namespace {

using LinesByKey = std::map<std::pair<store::Id, std::string>, const store::BudgetLineRecord*>;

Result<const store::UnitRecord*> ReportUnit(const Ledger& ledger, const std::string& code) {
  if (!code.empty()) return UnitByCode(ledger.org, code, "unit");
  const store::UnitRecord* own = cases::IsDistrictWide(ledger.actor) ? ledger.org.Root()
                                 : ledger.actor.unit_id              ? ledger.org.Find(*ledger.actor.unit_id)
                                                                     : nullptr;
  if (own == nullptr) return PermissionDenied("账号没有所属单位 your account has no unit");
  return own;
}

// Each line's `of` (approved or pending spending) together with that of every line
// allocated from it, down the tree.
std::map<store::Id, std::int64_t> SubtreeSum(const std::vector<store::BudgetLineRecord>& lines,
                                             std::int64_t store::BudgetLineRecord::*of) {
  std::map<store::Id, const store::BudgetLineRecord*> by_id;
  for (const auto& l : lines) by_id[l.id] = &l;
  std::map<store::Id, std::int64_t> out;
  for (const auto& l : lines) {
    for (const store::BudgetLineRecord* at = &l; at != nullptr;) {
      out[at->id] += l.*of;
      auto parent = at->parent_id ? by_id.find(*at->parent_id) : by_id.end();
      at = parent == by_id.end() ? nullptr : parent->second;
    }
  }
  return out;
}

struct Subtrees {
  std::map<store::Id, std::int64_t> spent;
  std::map<store::Id, std::int64_t> pending;
};

BudgetReportRow RowOf(const store::UnitRecord& unit, const BudgetCategory& category,
                      const store::BudgetLineRecord* line, const Subtrees& subtree) {
  BudgetReportRow row{unit.code, unit.name, category.code, category.name};
  if (line == nullptr) return row;
  row.amount_fen = line->amount_fen;
  row.allocated_fen = line->allocated_fen;
  row.own_spent_fen = line->spent_fen;
  row.spent_fen = subtree.spent.at(line->id);
  row.pending_fen = subtree.pending.at(line->id);
  row.remaining_fen = line->remaining_fen();
  row.execution_rate =
      row.amount_fen > 0 ? static_cast<double>(row.spent_fen) / static_cast<double>(row.amount_fen) : 0.0;
  return row;
}

Result<std::vector<BudgetMonthRow>> MonthlyOfSubtree(const Ledger& ledger, const store::UnitRecord& unit,
                                                     int year,
                                                     const std::vector<store::BudgetLineRecord>& lines) {
  std::map<store::Id, const store::BudgetLineRecord*> inside;
  for (const auto& l : lines) {
    if (ledger.org.InSubtree(unit.id, l.unit_id)) inside[l.id] = &l;
  }
  std::map<std::pair<int, std::string>, std::int64_t> sums;
  SW_ASSIGN_OR_RETURN(auto months,
                      store::BudgetRepository(ledger.db).MonthlySpending(ledger.district(), year));
  for (const auto& m : months) {
    auto at = inside.find(m.line_id);
    if (at != inside.end()) sums[{m.month, at->second->category}] += m.spent_fen;
  }
  std::vector<BudgetMonthRow> out;
  out.reserve(sums.size());
  for (const auto& [key, fen] : sums) out.push_back({key.first, key.second, "", fen});
  return out;
}

}  // namespace

Result<BudgetReport> BuildBudgetReport(const Ledger& ledger, int year, const std::string& unit_code) {
  SW_RETURN_IF_ERROR(MayReadBudget(ledger.actor));
  SW_RETURN_IF_ERROR(ValidateYear(year));
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, ReportUnit(ledger, unit_code));
  SW_RETURN_IF_ERROR(MayReadBudgetOf(ledger.org, ledger.actor, *unit));
  SW_ASSIGN_OR_RETURN(auto categories, ListCategories(ledger.db, ledger.district()));
  SW_ASSIGN_OR_RETURN(auto lines, store::BudgetRepository(ledger.db).LinesOfYear(ledger.district(), year));
  LinesByKey by_key;
  for (const auto& l : lines) by_key[{l.unit_id, l.category}] = &l;
  const Subtrees subtree{SubtreeSum(lines, &store::BudgetLineRecord::spent_fen),
                         SubtreeSum(lines, &store::BudgetLineRecord::pending_fen)};
  auto find = [&](store::Id unit_id, const std::string& category) -> const store::BudgetLineRecord* {
    auto at = by_key.find({unit_id, category});
    return at == by_key.end() ? nullptr : at->second;
  };

  BudgetReport report{year, unit->code, unit->name, {}, {}, {}};
  std::vector<const store::UnitRecord*> children;
  for (const auto* child : ledger.org.Children(unit->id)) {
    if (IsNextTierBelow(*unit, *child)) children.push_back(child);
  }
  std::sort(children.begin(), children.end(), [](const auto* a, const auto* b) { return a->code < b->code; });
  for (const auto& category : categories) {
    const auto* own = find(unit->id, category.code);
    if (own != nullptr) report.own.push_back(RowOf(*unit, category, own, subtree));
  }
  for (const auto* child : children) {
    for (const auto& category : categories) {
      // A child shows every category the unit has money in, with zeros until it gets some.
      const auto* line = find(child->id, category.code);
      if (line != nullptr || find(unit->id, category.code) != nullptr) {
        report.children.push_back(RowOf(*child, category, line, subtree));
      }
    }
  }
  SW_ASSIGN_OR_RETURN(report.monthly, MonthlyOfSubtree(ledger, *unit, year, lines));
  for (auto& m : report.monthly) {
    for (const auto& category : categories) {
      if (category.code == m.category) m.category_name = category.name;
    }
  }
  return report;
}

}  // namespace sanwang::support
