// sanwang audit verify: checks the audit log's hash chain (store/audit_chain.h) and prints
// its head, the hash a district records elsewhere to notice a rewritten chain later.
#include <fmt/format.h>

#include <iostream>

#include "cli/command.h"
#include "cli/context.h"
#include "store/audit_chain.h"

namespace sanwang::cli {
namespace {

Status VerifyAudit(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(store::AuditChainReport report,
                      store::VerifyAuditChain(ctx->db(), config.district_code));
  std::cout << fmt::format("audit entries {} (before the chain began {})\nhead {}\n", report.entries,
                           report.before_chain, report.head.empty() ? "-" : report.head);
  if (report.broken_at) {
    return {ErrorCode::kDataLoss,
            fmt::format("审计日志第 {} 条被改动，或其前一条被删除 audit entry {} was changed, or "
                        "the entry before it removed",
                        *report.broken_at, *report.broken_at)};
  }
  if (!report.head_matches) {
    return {ErrorCode::kDataLoss,
            "审计日志末尾的记录被删除 entries were removed from the end of the audit log"};
  }
  std::cout << "审计日志完整 the audit chain is intact\n";
  return Status::Ok();
}

}  // namespace

void RegisterAudit(CLI::App& app, Action* action) {
  CLI::App* cmd = app.add_subcommand("audit", "the audit log: verify its hash chain");
  cmd->require_subcommand(1);
  CLI::App* verify = cmd->add_subcommand("verify", "check every entry's link; exit 1 when one is broken");
  verify->callback([action] { *action = VerifyAudit; });
}

}  // namespace sanwang::cli
