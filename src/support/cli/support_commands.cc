// `sanwang support`: the support net's data from the command line (docs/architecture.md
// §11). `support venues import FILE.csv` adds and edits venues from CSV (support/venue_csv.h:
// a malformed row refuses the whole file); `support venues export` writes them all as CSV.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"
#include "support/store/venue_repository.h"
#include "support/venue_csv.h"

namespace sanwang::cli {
namespace {

struct VenueOptions {
  std::string file;
  std::string out;
};

Status ImportVenueFile(const Config& config, const VenueOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(auto result, support::ImportVenues(ctx->db(), ctx->org(), text));
  std::cout << "venues: " << result.added << " added, " << result.updated << " updated\n";
  return Status::Ok();
}

Status ExportVenues(const Config& config, const VenueOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto venues,
                      store::VenueRepository(ctx->db()).List({config.district_code, {}, "", false, ""}));
  const std::string csv = support::VenueCsv(venues);
  if (o.out.empty()) {
    std::cout << csv;
    return Status::Ok();
  }
  std::ofstream file(o.out, std::ios::binary);
  file << csv;
  if (!file.good()) return InvalidArgument("无法写入 cannot write " + o.out, "out");
  std::cerr << "venues: " << venues.size() << " written to " << o.out << "\n";
  return Status::Ok();
}

}  // namespace

void RegisterSupport(CLI::App& app, Action* action) {
  auto o = std::make_shared<VenueOptions>();
  CLI::App* cmd =
      app.add_subcommand("support", "the support net: venues and their bookings, budgets (经费保障)");
  cmd->require_subcommand(1);
  CLI::App* venues = cmd->add_subcommand("venues", "venues (阵地) as CSV");
  venues->require_subcommand(1);
  CLI::App* import = venues->add_subcommand(
      "import", "add and edit venues from a CSV file (header row; Chinese headers accepted)");
  import->add_option("file", o->file, "CSV file")->required();
  import->callback([action, o] { *action = [o](const Config& c) { return ImportVenueFile(c, *o);
};
}  // namespace sanwang::cli
);
CLI::App* exported =
    venues->add_subcommand("export", "write every venue as CSV (to standard output by default)");
exported->add_option("--out", o->out, "write to this file instead");
exported->callback([action, o] { *action = [o](const Config& c) { return ExportVenues(c, *o); }; });
}

}  // namespace sanwang::cli
