// init, import, demo and status: loading a district.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "case_import/cli/import_cases_command.h"
#include "cases/catalog.h"
#include "classify/case_training_set.h"
#include "classify/classifier.h"
#include "classify/model_registry.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/demo_cases.h"
#include "cli/demo_circles.h"
#include "cli/demo_district.h"
#include "cli/summary.h"
#include "core/files.h"
#include "org/area_import.h"
#include "org/division_import.h"
#include "org/staff.h"
#include "store/migrations.h"
#include "store/org_repository.h"
#include "support/cli/demo_venues.h"

namespace sanwang::cli {

Status BuildDemoBudget(Context& ctx);                      // support/cli/demo_budget.cc
Result<int> BuildDemoRoster(Context& ctx, unsigned seed);  // support/cli/demo_roster.cc
Status BuildDemoActivities(Context& ctx, unsigned seed);   // support/cli/demo_activities.cc
Status BuildDemoLedger(Context& ctx, unsigned seed);       // governance/cli/demo_ledger.cc
Status BuildDemoAssessment(Context& ctx);                  // governance/cli/demo_assessment.cc
Status BuildDemoInformation(Context& ctx, unsigned seed);  // governance/cli/demo_information.cc
Status BuildDemoCampaign(Context& ctx, unsigned seed);     // governance/cli/demo_campaign.cc
Status BuildDemoSurvey(Context& ctx, unsigned seed);       // governance/cli/demo_survey.cc
Status BuildDemoBodies(Context& ctx, unsigned seed);       // bodies/cli/demo_bodies.cc

namespace {

void Progress(const std::string& message) { std::cerr << message << "\n"; }

Status Init(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(int version, store::SchemaVersion(ctx->db()));
  std::cout << "database ready at schema version " << version << "\n";
  return Status::Ok();
}

struct ImportOptions {
  std::string what;
  std::string file;
  std::string departments;
  bool allow_overlap = false;
  CaseImportArgs cases;  // import cases
};

Status Import(const Config& config, const ImportOptions& o) {
  if (o.what == "cases") {
    CaseImportArgs args = o.cases;
    args.file = o.file;
    return ImportCases(config, args);
  }
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  const std::string& district = config.district_code;
  if (o.what == "divisions") {
    std::filesystem::path dir = o.file.empty() ? config.divisions_dir() : std::filesystem::path(o.file);
    SW_ASSIGN_OR_RETURN(auto r, org::ImportDivisions(ctx->db(), dir, district, Progress));
    std::cout << "divisions: " << r.streets << " sub-districts, " << r.communities << " communities ("
              << r.added << " added, " << r.updated << " updated)\n";
    return Status::Ok();
  }
  if (o.what == "grids") {
    std::error_code error;
    auto size = std::filesystem::file_size(o.file, error);
    if (!error && size > static_cast<std::uintmax_t>(config.max_import_bytes)) {
      return InvalidArgument("GeoJSON 文件过大 the GeoJSON file is too large: " + std::to_string(size) +
                                 " bytes, at most " + std::to_string(config.max_import_bytes) +
                                 " (max_import_bytes)",
                             "file");
    }
  }
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(o.file));
  if (o.what == "grids") {
    org::AreaImportOptions options;
    options.max_bytes = static_cast<std::size_t>(config.max_import_bytes);
    options.max_vertices_per_feature = static_cast<std::size_t>(config.max_feature_vertices);
    options.allow_overlap = o.allow_overlap;
    options.progress = Progress;
    SW_ASSIGN_OR_RETURN(auto r, org::ImportAreas(ctx->db(), district, text, options));
    std::cout << "grids: " << r.grids_added << " added, " << r.grids_updated << " updated; "
              << r.boundaries_set << " community or sub-district boundaries set\n";
    return Status::Ok();
  }
  if (o.what == "catalog") {
    std::filesystem::path departments = o.departments.empty()
                                            ? std::filesystem::path(o.file).parent_path() / "departments.csv"
                                            : std::filesystem::path(o.departments);
    SW_ASSIGN_OR_RETURN(std::string dept_text, ReadFileToString(departments));
    SW_ASSIGN_OR_RETURN(auto r, cases::ImportCatalog(ctx->db(), district, text, dept_text, Progress));
    std::cout << "catalog: " << r.aspects << " aspects, " << r.items << " items, " << r.departments
              << " new departments\n";
    return Status::Ok();
  }
  if (o.what == "staff") {
    SW_ASSIGN_OR_RETURN(int n, org::ImportStaff(ctx->db(), district, text, ctx->clock(), Progress));
    std::cout << "staff: " << n << " accounts added\n";
    return Status::Ok();
  }
  return InvalidArgument("import what? divisions, grids, catalog, staff or cases", "what");
}

constexpr int kDemoMaxCasesPerItem = 150;

// Trains the text classifier on the demo's own cases and makes it active, so that a new
// demo suggests catalog items as a resident types (smart dispatch) from the first run, as
// `sanwang classify train --from-db` would after a district's first months.
Status TrainDemoClassifier(Context& ctx, const Config& config) {
  // A large demo (100,000 cases) would otherwise train for most of an hour.
  classify::CaseTrainingOptions options;
  options.max_per_class = kDemoMaxCasesPerItem;
  auto set = classify::LoadCaseTrainingSet(ctx.db(), config.district_code, options);
  if (!set.ok()) {
    std::cout << "classifier: not trained (" << set.status().message() << ")\n";
    return Status::Ok();  // too few cases (e.g. --cases 0): the demo works without suggestions
  }
  SW_ASSIGN_OR_RETURN(classify::Classifier model,
                      classify::Classifier::Train(set->examples, classify::TrainOptions{}));
  classify::ModelFacts facts;
  facts.training_rows = static_cast<int>(set->examples.size());
  SW_ASSIGN_OR_RETURN(auto stored,
                      classify::StoreModel(ctx.db(), config.district_code, model, facts, ctx.clock().Now()));
  std::cout << "classifier: version " << stored.version << " trained on " << stored.training_rows
            << " demo cases, " << stored.labels << " catalog items\n";
  return Status::Ok();
}

// Another district of Xuchang beside the demo's first, in the same database: its real
// sub-districts and communities, demo boundaries, the catalog, accounts named
// NAME.CODE, and a fifth as many demo cases. The other modules' demo data stay the first's.
Status DemoAnotherDistrict(const Config& config, const std::string& code, int cases) {
  std::optional<DemoFootprint> footprint = DemoFootprintOf(code);
  if (!footprint)
    return InvalidArgument(
        "--district: " + code + " is not a county-level district of Xuchang the demo knows", "district");
  Config district_config = config;
  district_config.district_code = code;
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(district_config));
  ctx->UseDemoAccountSuffix("." + code);
  SW_ASSIGN_OR_RETURN(std::vector<DemoGrid> grids, BuildDemoDistrict(*ctx, *footprint));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  DemoCaseOptions options;
  options.count = cases / 5;
  SW_RETURN_IF_ERROR(BuildDemoCases(*ctx, grids, options).status());
  SW_RETURN_IF_ERROR(PrintSummary(*ctx, std::cout));
  std::cout << "demo accounts of " << code << ": admin." << code << ", center." << code << ", street-" << code
            << "001." << code << ", resident01." << code << " … (password " << kDemoPassword << ")\n";
  return Status::Ok();
}

Status Demo(const Config& config, int cases, const std::vector<std::string>& other_districts) {
  if (cases < 0 || cases > 10'000'000) return InvalidArgument("--cases must be from 0 to 10000000", "cases");
  for (const std::string& code : other_districts) {
    if (code == config.district_code || !DemoFootprintOf(code))
      return InvalidArgument("--district: " + code + " is not another county-level district of Xuchang",
                             "district");
  }
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto existing,
                      store::OrgRepository(ctx->db()).ListByKind(config.district_code, "grid"));
  if (!existing.empty())
    return FailedPrecondition("the database already holds a district; use a new database for the demo");
  SW_ASSIGN_OR_RETURN(std::vector<DemoGrid> grids, BuildDemoDistrict(*ctx, DemoFootprint{}));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  DemoCaseOptions options;
  options.count = cases;
  SW_RETURN_IF_ERROR(BuildDemoCases(*ctx, grids, options).status());
  SW_ASSIGN_OR_RETURN(DemoVenueCounts venues, BuildDemoVenues(*ctx, grids));
  std::cerr << "demo venues: " << venues.venues << " venues, " << venues.bookings << " bookings\n";
  SW_RETURN_IF_ERROR(BuildDemoCircles(*ctx, DemoFootprint{}));  // after the venues: they count in it
  SW_RETURN_IF_ERROR(BuildDemoBudget(*ctx));
  SW_ASSIGN_OR_RETURN(int workers, BuildDemoRoster(*ctx, 20261204));
  std::cerr << "demo roster: " << workers << " workers\n";
  SW_RETURN_IF_ERROR(BuildDemoActivities(*ctx, 20261204));
  SW_RETURN_IF_ERROR(BuildDemoBodies(*ctx, 20261205));
  SW_RETURN_IF_ERROR(BuildDemoLedger(*ctx, 20261205));
  SW_RETURN_IF_ERROR(BuildDemoInformation(*ctx, 20261206));
  SW_RETURN_IF_ERROR(BuildDemoCampaign(*ctx, 20261207));
  SW_RETURN_IF_ERROR(BuildDemoSurvey(*ctx, 20261208));
  SW_RETURN_IF_ERROR(BuildDemoAssessment(*ctx));
  SW_RETURN_IF_ERROR(TrainDemoClassifier(*ctx, config));
  SW_RETURN_IF_ERROR(PrintSummary(*ctx, std::cout));
  std::cout << "demo accounts (password " << kDemoPassword << "): admin, supervisor, leader, center, "
            << "street-411002001, community-411002001001, grid-411002001001-1, resident01 … resident20, "
            << "member001 … member300 (in-service party members)\n";
  for (const std::string& code : other_districts)
    SW_RETURN_IF_ERROR(DemoAnotherDistrict(config, code, cases));
  return Status::Ok();
}

Status PrintStatus(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  return PrintSummary(*ctx, std::cout);
}

}  // namespace

void RegisterInit(CLI::App& app, Action* action) {
  CLI::App* cmd = app.add_subcommand("init", "create or migrate a database");
  cmd->callback([action] { *action = Init; });
}

void RegisterImport(CLI::App& app, Action* action) {
  auto o = std::make_shared<ImportOptions>();
  CLI::App* cmd =
      app.add_subcommand("import",
                         "import divisions (a folder), grids (GeoJSON), catalog or staff (CSV), or "
                         "cases from an existing system (CSV or XLSX)");
  cmd->add_option("what", o->what, "divisions | grids | catalog | staff | cases")
      ->required()
      ->check(CLI::IsMember({"divisions", "grids", "catalog", "staff", "cases"}));
  cmd->add_option("file", o->file, "the file (for divisions: the folder; default data/divisions)");
  cmd->add_option("--departments", o->departments,
                  "departments CSV for a catalog (default: beside the catalog)");
  cmd->add_flag("--allow-overlap", o->allow_overlap, "grids: accept a grid that overlaps another grid");
  cmd->add_option("--mapping", o->cases.mapping,
                  "cases: the mapping file (TOML) from the old system's columns");
  cmd->add_flag("--dry-run", o->cases.dry_run, "cases: read and check every row, write nothing");
  cmd->add_option("--review", o->cases.review,
                  "cases: write the rows whose category the mapping did not give to this CSV");
  cmd->callback([action, o] {
    *action = [o](const Config& c) {
      if (o->what != "divisions" && o->file.empty())
        return InvalidArgument("import " + o->what + " needs a FILE", "file");
      return Import(c, *o);
    };
  });
}

void RegisterDemo(CLI::App& app, Action* action) {
  auto cases = std::make_shared<int>(3000);
  auto districts = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("demo", "build the Weidu District demo database");
  cmd->add_option("--cases", *cases, "how many demo cases to file (default 3000)");
  cmd->add_option(
      "--district", *districts,
      "also build this district of Xuchang beside the first (411003, 411024, 411025, 411081, 411082; "
      "repeatable), its accounts named NAME.CODE");
  cmd->callback([action, cases, districts] {
    *action = [cases, districts](const Config& c) { return Demo(c, *cases, *districts); };
  });
}

void RegisterStatus(CLI::App& app, Action* action) {
  CLI::App* cmd = app.add_subcommand("status", "print the district's summary");
  cmd->callback([action] { *action = PrintStatus; });
}

}  // namespace sanwang::cli
