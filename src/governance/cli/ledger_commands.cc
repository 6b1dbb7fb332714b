// `sanwang ledger export --output FILE.xlsx` and `sanwang ledger import FILE.xlsx [--dry-run]`:
// the task ledger to and from its workbook (governance/ledger_workbook.h,
// governance/io/ledger_xlsx.h), acting as the district's admin. A bad file is refused
// whole, every bad row listed, and nothing is written.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"
#include "governance/io/ledger_xlsx.h"
#include "governance/ledger_workbook.h"
#include "org/roles.h"

namespace sanwang::cli {
namespace {

struct LedgerOptions {
  std::string file;
  std::string output;
  bool dry_run = false;
};

// What the ledger's functions need, for the district's admin.
struct LedgerSession {
  std::unique_ptr<Context> ctx;
  cases::Workflow workflow;

  governance::Ledger Ledger() const {
    const store::UnitRecord* root = ctx->org().Root();
    const cases::Actor admin{std::nullopt, std::string(org::kAdmin),
                             root ? std::optional<store::Id>(root->id) : std::nullopt};
    return {ctx->db(), ctx->org(), admin, workflow, ctx->clock(), ctx->calendar()};
  }
};

Result<LedgerSession> OpenSession(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  if (ctx->org().Root() == nullptr) return FailedPrecondition("请先导入区划 import the divisions first");
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(config.workflows_dir() / "ledger_milestone.toml",
                                            governance::MilestoneEffectNames()));
  return LedgerSession{std::move(ctx), std::move(workflow)};
}

Status Export(const Config& config, const LedgerOptions& o) {
  SW_ASSIGN_OR_RETURN(LedgerSession session, OpenSession(config));
  const governance::Ledger ledger = session.Ledger();
  SW_ASSIGN_OR_RETURN(auto rows, governance::ExportLedgerRows(ledger));
  SW_ASSIGN_OR_RETURN(std::string bytes,
                      governance::io::WriteLedgerWorkbook(rows, governance::LedgerWorkbookTitle(ledger)));
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.output, bytes));
  std::cout << "任务台账已导出 ledger exported: " << rows.size() << " 个节点 milestones → " << o.output
            << "\n";
  return Status::Ok();
}

void PrintSummary(const governance::LedgerImportSummary& s, const governance::io::LedgerSheet& sheet) {
  std::cout << (s.written ? "任务台账已导入 ledger imported" : "试导入，未写入 dry run, nothing written")
            << ": " << s.rows << " 行 rows read; 新建 created " << s.programmes << " 工程 programmes, "
            << s.projects << " 项目 projects, " << s.tasks << " 任务 tasks, " << s.milestones
            << " 节点 milestones; " << s.unchanged << " 个节点已存在未改动 milestones unchanged\n";
  if (s.states_ignored > 0) {
    std::cout << "忽略 " << s.states_ignored << " 行的状态、进度（只随流程变化） ignored 状态 and 进度 of "
              << s.states_ignored << " rows (they move only by the workflow)\n";
  }
  for (const std::string& column : sheet.ignored_columns) {
    std::cout << "忽略未知的列 ignored the unknown column: " << column << "\n";
  }
}

Status Import(const Config& config, const LedgerOptions& o) {
  SW_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(governance::io::LedgerSheet sheet, governance::io::ReadLedgerWorkbook(bytes));
  SW_ASSIGN_OR_RETURN(LedgerSession session, OpenSession(config));
  SW_ASSIGN_OR_RETURN(auto summary, governance::ImportLedgerRows(session.Ledger(), sheet.rows, o.dry_run));
  PrintSummary(summary, sheet);
  return Status::Ok();
}

Action ExportAction(const std::shared_ptr<LedgerOptions>& o) {
  return [o](const Config& c) { return Export(c, *o); };
}

Action ImportAction(const std::shared_ptr<LedgerOptions>& o) {
  return [o](const Config& c) { return Import(c, *o); };
}

}  // namespace

void RegisterLedger(CLI::App& app, Action* action) {
  auto* ledger = app.add_subcommand("ledger", "the task ledger (任务台账) to and from its XLSX workbook");
  ledger->require_subcommand(1);
  auto o = std::make_shared<LedgerOptions>();
  auto* exporter = ledger->add_subcommand(
      "export", "Write every milestone of the district, one row each, as an XLSX workbook (台账表)");
  exporter->add_option("--output", o->output, "the .xlsx file to write")->required();
  exporter->callback([action, o] { *action = ExportAction(o); });
  auto* importer = ledger->add_subcommand(
      "import",
      "Lay out programmes, projects, tasks and milestones from an XLSX workbook in the layout export writes; "
      "names already in the ledger are reused, a bad row refuses the whole file");
  importer->add_option("file", o->file, "the .xlsx file")->required();
  importer->add_flag("--dry-run", o->dry_run, "check and count everything, write nothing");
  importer->callback([action, o] { *action = ImportAction(o); });
}

}  // namespace sanwang::cli
