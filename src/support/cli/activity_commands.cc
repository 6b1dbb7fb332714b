// `sanwang support activities export [--year Y] [--out FILE]`: the service hours of
// in-service party members in a Shanghai calendar year, one row per member and workplace
// (support/service_hours.h), as CSV.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"
#include "support/service_hours.h"
#include "support/store/activity_repository.h"

namespace sanwang::cli {
namespace {

struct ActivityOptions {
  std::string out;
  int year = 0;
};

Status Export(const Config& config, const ActivityOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  const int year = o.year ? o.year : static_cast<int>(LocalDateOf(ctx->clock().Now()).year());
  const auto [from, to] = support::LocalYearBounds(year);
  SW_ASSIGN_OR_RETURN(auto rows,
                      store::ActivityRepository(ctx->db()).Hours(config.district_code, from, to, "", true));
  const std::string csv = support::ServiceHoursCsv(rows);
  if (o.out.empty()) {
    std::cout << csv;
    return Status::Ok();
  }
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.out, csv));
  std::cerr << "service hours: " << rows.size() << " members written to " << o.out << "\n";
  return Status::Ok();
}

// The `support` command, shared with the support net's other commands.
CLI::App* SupportCommand(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "support"; });
  if (!found.empty()) return found.front();
  auto* support = app.add_subcommand("support", "The support net");
  support->require_subcommand(1);
  return support;
}

}  // namespace

void RegisterSupportActivities(CLI::App& app, Action* action) {
  auto* activities =
      SupportCommand(app)->add_subcommand("activities", "Volunteer activities of in-service party members");
  activities->require_subcommand(1);
  auto o = std::make_shared<ActivityOptions>();
  auto* exporter = activities->add_subcommand(
      "export",
      "Export a year's service hours per member and workplace as CSV (hours rounded to half hours)");
  exporter->add_option("--year", o->year, "the year (default: this year)");
  exporter->add_option("--out", o->out, "the file to write (default: standard output)");
  exporter->callback([action, o] { *action = [o](const Config& c) { return Export(c, *o); }; });
}

}  // namespace sanwang::cli
