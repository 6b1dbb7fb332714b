// `sanwang org party-orgs import FILE.csv | export [--out FILE]` and `sanwang org social-orgs
// import FILE.csv | export [--out FILE]`: the party and social organizations from and to
// CSV (bodies/party_org_csv.h, social_org_csv.h), acting as the district's admin. A
// malformed row refuses the whole file with its row number and field.
#include <iostream>
#include <memory>

#include "bodies/party_org_csv.h"
#include "bodies/social_org_csv.h"
#include "bodies/store/party_org_repository.h"
#include "bodies/store/social_org_repository.h"
#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"

namespace sanwang::cli {
namespace {

struct BodyOptions {
  std::string file;
  std::string out;
};

using Importer = Result<bodies::BodyImportResult> (*)(store::Database&, const org::OrgDirectory&,
                                                      std::string_view);

Status Import(const Config& config, const BodyOptions& o, const std::string& what, Importer import) {
  SW_ASSIGN_OR_RETURN(std::string csv, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto result, import(ctx->db(), ctx->org(), csv));
  std::cout << what << ": " << result.added << " added, " << result.updated << " updated\n";
  return Status::Ok();
}

Status Write(const BodyOptions& o, const std::string& what, const std::string& csv, std::size_t rows) {
  if (o.out.empty()) {
    std::cout << csv;
    return Status::Ok();
  }
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.out, csv));
  std::cerr << what << ": " << rows << " written to " << o.out << "\n";
  return Status::Ok();
}

Status ExportParty(const Config& config, const BodyOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto all, store::PartyOrgRepository(ctx->db()).List(config.district_code));
  return Write(o, "party-orgs", bodies::PartyOrgCsv(all), all.size());
}

Status ExportSocial(const Config& config, const BodyOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto all, store::SocialOrgRepository(ctx->db()).List(config.district_code));
  return Write(o, "social-orgs", bodies::SocialOrgCsv(all), all.size());
}

CLI::App* OrgCommand(CLI::App& app) {
  auto found = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "org"; });
  if (!found.empty()) return found.front();
  auto* org = app.add_subcommand("org", "The organization net: party and social organizations of units");
  org->require_subcommand(1);
  return org;
}

void AddGroup(CLI::App& parent, const std::string& name, const std::string& what, Importer import,
              Status (*exporter)(const Config&, const BodyOptions&), Action* action) {
  auto* group = parent.add_subcommand(name, what + " from and to CSV");
  group->require_subcommand(1);
  auto o = std::make_shared<BodyOptions>();
  auto* importer = group->add_subcommand(
      "import",
      "Add and edit from CSV (English or Chinese headers; a row with an id edits that one); a bad row "
      "stops the whole file");
  importer->add_option("file", o->file, "the CSV file")->required();
  importer->callback([action, o, name, import] {
    *action = [o, name, import](const Config& c) { return Import(c, *o, name, import); };
  });
  auto* export_command = group->add_subcommand("export", "Write every one as CSV (default: standard output)");
  export_command->add_option("--out", o->out, "the file to write");
  export_command->callback(
      [action, o, exporter] { *action = [o, exporter](const Config& c) { return exporter(c, *o); }; });
}

}  // namespace

void RegisterOrgBodies(CLI::App& app, Action* action) {
  CLI::App* org = OrgCommand(app);
  AddGroup(*org, "party-orgs", "Party organizations (党委, 党总支, 党支部)", bodies::ImportPartyOrgs,
           ExportParty, action);
  AddGroup(*org, "social-orgs", "Social organizations, activity groups and volunteer teams",
           bodies::ImportSocialOrgs, ExportSocial, action);
}

}  // namespace sanwang::cli
