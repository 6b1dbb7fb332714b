// `sanwang support budget import FILE.csv` and `sanwang support budget export --year Y [--out FILE]`:
// budget lines from and to CSV (support/budget_import.h), acting as the district's admin.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"
#include "store/org_repository.h"
#include "support/budget_import.h"

namespace sanwang::cli {
namespace {

struct BudgetOptions {
  std::string file;
  std::string out;
  int year = 0;
};

// The command line keeps the books as the district's admin would.
Result<support::BudgetImportResult> RunImport(Context& ctx, const Config& config, const std::string& csv) {
  store::OrgRepository repo(ctx.db());
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(repo, config.district_code));
  if (org.Root() == nullptr) return FailedPrecondition("请先导入区划 import the divisions first");
  const cases::Actor admin{std::nullopt, std::string(org::kAdmin), org.Root()->id};
  SW_ASSIGN_OR_RETURN(WorkingCalendar calendar, WorkingCalendar::LoadDirectory(config.calendar_dir()));
  return support::ImportBudgetLines(
      {ctx.db(), org, admin, "命令行导入 command line", ctx.clock().Now(), nullptr, calendar}, csv);
}

Status Import(const Config& config, const BudgetOptions& o) {
  SW_ASSIGN_OR_RETURN(std::string csv, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto result, RunImport(*ctx, config, csv));
  std::cout << "budget lines: " << result.district_lines << " district lines, " << result.allocations
            << " allocations\n";
  return Status::Ok();
}

Status Export(const Config& config, const BudgetOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  store::OrgRepository repo(ctx->db());
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(repo, config.district_code));
  const cases::Actor admin{std::nullopt, std::string(org::kAdmin), std::nullopt};
  const int year = o.year ? o.year : static_cast<int>(LocalDateOf(ctx->clock().Now()).year());
  SW_ASSIGN_OR_RETURN(WorkingCalendar calendar, WorkingCalendar::LoadDirectory(config.calendar_dir()));
  SW_ASSIGN_OR_RETURN(std::string csv,
                      support::ExportBudgetLines({ctx->db(), org, admin, "", 0, nullptr, calendar}, year));
  if (o.out.empty()) {
    std::cout << csv;
    return Status::Ok();
  }
  return WriteFileAtomically(o.out, csv);
}

// The `support` command, shared with the support net's other commands.
CLI::App* SupportCommand(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "support"; });
  if (!found.empty()) return found.front();
  auto* support = app.add_subcommand("support", "The support net: budgets (经费保障)");
  support->require_subcommand(1);
  return support;
}

}  // namespace

void RegisterSupportBudget(CLI::App& app, Action* action) {
  auto* budget = SupportCommand(app)->add_subcommand("budget", "Budget lines from and to CSV");
  budget->require_subcommand(1);
  auto o = std::make_shared<BudgetOptions>();
  auto* import = budget->add_subcommand(
      "import",
      "Import budget lines (year, unit_code, category, amount_fen in 分): district rows set up lines, "
      "lower rows allocate from the parent unit's line; a bad row stops the whole file");
  import->add_option("file", o->file, "the CSV file")->required();
  import->callback([action, o] { *action = [o](const Config& c) { return Import(c, *o);
};
}  // namespace sanwang::cli
);
auto* exporter = budget->add_subcommand("export", "Export a year's budget lines with their figures as CSV");
exporter->add_option("--year", o->year, "the year (default: this year)");
exporter->add_option("--out", o->out, "the file to write (default: standard output)");
exporter->callback([action, o] { *action = [o](const Config& c) { return Export(c, *o); }; });
}

}  // namespace sanwang::cli
