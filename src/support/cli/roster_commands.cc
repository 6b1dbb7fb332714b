// `sanwang support roster import FILE.csv` and `sanwang support roster export [--out FILE]`:
// the workforce roster from and to CSV (support/roster_csv.h), acting as the district's
// admin. A malformed row refuses the whole file with its row number and field.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"
#include "support/roster_csv.h"
#include "support/store/roster_repository.h"

namespace sanwang::cli {
namespace {

struct RosterOptions {
  std::string file;
  std::string out;
};

Status Import(const Config& config, const RosterOptions& o) {
  SW_ASSIGN_OR_RETURN(std::string csv, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto result, support::ImportRoster(ctx->db(), ctx->org(), csv));
  std::cout << "roster: " << result.added << " added, " << result.updated << " updated, " << result.households
            << " households figures\n";
  return Status::Ok();
}

Status Export(const Config& config, const RosterOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  store::RosterRepository repo(ctx->db());
  SW_ASSIGN_OR_RETURN(auto workers, repo.List(store::WorkerQuery::AllOf(config.district_code)));
  SW_ASSIGN_OR_RETURN(auto figures, repo.Households(config.district_code));
  std::map<store::Id, std::int64_t> households;
  for (const auto& f : figures) households[f.unit_id] = f.households;
  const std::string csv = support::RosterCsv(workers, households);
  if (o.out.empty()) {
    std::cout << csv;
    return Status::Ok();
  }
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.out, csv));
  std::cerr << "roster: " << workers.size() << " workers written to " << o.out << "\n";
  return Status::Ok();
}

CLI::App* SupportCommand(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "support"; });
  if (!found.empty()) return found.front();
  auto* support = app.add_subcommand("support", "The support net: the workforce roster");
  support->require_subcommand(1);
  return support;
}

}  // namespace

void RegisterSupportRoster(CLI::App& app, Action* action) {
  auto* roster =
      SupportCommand(app)->add_subcommand("roster", "The workforce roster (社区工作者名册) from and to CSV");
  roster->require_subcommand(1);
  auto o = std::make_shared<RosterOptions>();
  auto* import = roster->add_subcommand(
      "import",
      "Add and edit workers from CSV (English or Chinese headers; a row with an id edits that worker; "
      "`households` sets the community's households figure); a bad row stops the whole file");
  import->add_option("file", o->file, "the CSV file")->required();
  import->callback([action, o] { *action = [o](const Config& c) { return Import(c, *o);
};
}  // namespace sanwang::cli
);
auto* exporter = roster->add_subcommand(
    "export", "Write every worker as CSV, ID numbers and phones in full (default: standard output)");
exporter->add_option("--out", o->out, "the file to write");
exporter->callback([action, o] { *action = [o](const Config& c) { return Export(c, *o); }; });
}

}  // namespace sanwang::cli
