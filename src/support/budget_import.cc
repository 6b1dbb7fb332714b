#include "support/budget_import.h"

#include <algorithm>
#include <charconv>

#include "core/csv.h"
#include "org/roles.h"

namespace sanwang::support {
namespace {

const std::vector<std::string> kColumns = {"year", "unit_code", "category", "amount_fen"};

Result<std::int64_t> WholeNumber(const std::string& text, const std::string& field) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return InvalidArgument("应为整数 " + field + " must be a whole number, not '" + text + "'", field);
  }
  return value;
}

// One row: a district line, or an allocation from the parent unit's line.
Status ApplyRow(const Ledger& ledger, const CsvTable& table, std::size_t row, BudgetImportResult& result) {
  SW_ASSIGN_OR_RETURN(std::int64_t year, WholeNumber(table.Get(row, "year"), "year"));
  SW_ASSIGN_OR_RETURN(std::int64_t amount, WholeNumber(table.Get(row, "amount_fen"), "amount_fen"));
  NewLine line{static_cast<int>(std::clamp<std::int64_t>(year, 0, 10000)), table.Get(row, "unit_code"),
               table.Get(row, "category"), amount};
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitByCode(ledger.org, line.unit_code, "unit_code"));
  if (unit->kind == "district") {
    SW_RETURN_IF_ERROR(CreateDistrictLine(ledger, line).status());
    ++result.district_lines;
    return Status::Ok();
  }
  SW_RETURN_IF_ERROR(ValidateYear(line.year));
  const store::UnitRecord* parent = unit->parent_id ? ledger.org.Find(*unit->parent_id) : nullptr;
  if (parent == nullptr) return InvalidArgument("该单位没有上级 unit has no parent", "unit_code");
  SW_ASSIGN_OR_RETURN(auto from, store::BudgetRepository(ledger.db).FindLine(ledger.district(), line.year,
                                                                             parent->id, line.category));
  if (!from) {
    return InvalidArgument("上级单位 " + parent->code + " 没有该年度该类别的预算 " + parent->code +
                               " has no line of this year and category to allocate from",
                           "category");
  }
  // Whoever runs the command holds the database itself: it hands the money on as the parent
  // unit's keeper would (the admin for the district, the street's staff for a street).
  Ledger keeper = ledger;
  keeper.actor = {ledger.actor.user_id,
                  std::string(parent->kind == "street" ? org::kStreetStaff : org::kAdmin), parent->id};
  SW_RETURN_IF_ERROR(Allocate(keeper, from->id, {line.unit_code, line.amount_fen, "导入 import"}).status());
  ++result.allocations;
  return Status::Ok();
}

}  // namespace

Result<BudgetImportResult> ImportBudgetLines(const Ledger& ledger, std::string_view csv) {
  SW_ASSIGN_OR_RETURN(CsvTable table, CsvTable::Parse(csv, kColumns));
  BudgetImportResult result;
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    for (std::size_t row = 0; row < table.size(); ++row) {
      Status s = ApplyRow(ledger, table, row, result);
      if (!s.ok()) {
        const std::string at = std::to_string(table.LineOf(row));
        std::string message = "第 " + at + " 行 line " + at + ": ";
        message += s.message();
        return Status(s.code(), std::move(message), s.field());
      }
    }
    return Status::Ok();
  }));
  return result;
}

Result<std::string> ExportBudgetLines(const Ledger& ledger, int year) {
  SW_ASSIGN_OR_RETURN(auto lines, ListLines(ledger, year, ""));
  std::string out = CsvLine({"year", "unit_code", "category", "amount_fen", "allocated_fen", "spent_fen",
                             "remaining_fen", "parent_unit_code"});
  // Tree order (district, streets, communities), so the file imports again as it is.
  auto depth = [&](const store::BudgetLineRecord& l) {
    const std::string& path = ledger.org.Find(l.unit_id)->path;
    return std::count(path.begin(), path.end(), '/');
  };
  std::stable_sort(lines.begin(), lines.end(),
                   [&](const auto& a, const auto& b) { return depth(a) < depth(b); });
  for (const auto& l : lines) {
    const store::UnitRecord* unit = ledger.org.Find(l.unit_id);
    const store::UnitRecord* parent = unit->parent_id ? ledger.org.Find(*unit->parent_id) : nullptr;
    out += CsvLine({std::to_string(l.year), unit->code, l.category, std::to_string(l.amount_fen),
                    std::to_string(l.allocated_fen), std::to_string(l.spent_fen),
                    std::to_string(l.remaining_fen()), l.parent_id && parent ? parent->code : ""});
  }
  return out;
}

}  // namespace sanwang::support
