// circles: the fifteen-minute service circles (docs/architecture.md §5, §11).
//   sanwang circles import-osm FILE [--homes CSV] [--facilities CSV] [--force]
//   sanwang circles analyze [--out DIR]
//   sanwang circles suggest --type T --k N [--within SECONDS] [--out DIR]
//   sanwang circles export-graph DIR
#include <algorithm>
#include <cstdio>
#include <iostream>

#include "circles/analysis_run.h"
#include "circles/circle_reports.h"
#include "circles/graph_export.h"
#include "circles/network_store.h"
#include "circles/network_summary.h"
#include "circles/site_suggestion.h"
#include "circles/unit_locator.h"
#include "cli/command.h"
#include "cli/context.h"
#include "cli/venue_facilities.h"
#include "core/files.h"
#include "store/org_repository.h"

namespace sanwang::cli {
namespace {

struct CirclesOptions {
  std::string config_file;  // default HOME/config/circles.toml
  std::string tags_file;    // default HOME/config/facility-tags.csv
  std::string file;         // import-osm: the OSM file; export-graph: the folder
  std::string homes;
  std::string facilities;
  bool force = false;
  std::string out;
  std::string type;
  int k = 5;
  int within = 0;  // 0: the largest circle
};

void Progress(const std::string& message) { std::cerr << "circles: " << message << "\n"; }

// HOME/config/circles.toml when present, else the defaults; a file named on the command
// line must exist.
Result<circles::CirclesConfig> LoadSettings(const Config& config, const CirclesOptions& o) {
  if (o.config_file.empty()) return circles::LoadCirclesConfig(config.home / "config" / "circles.toml");
  if (!std::filesystem::exists(o.config_file)) return NotFound("no circles config " + o.config_file);
  return circles::LoadCirclesConfig(o.config_file);
}

std::filesystem::path TagsFile(const Config& config, const CirclesOptions& o) {
  return o.tags_file.empty() ? config.home / "config" / "facility-tags.csv"
                             : std::filesystem::path(o.tags_file);
}

Result<std::optional<std::string>> OptionalFile(const std::string& path) {
  if (path.empty()) return std::optional<std::string>();
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return std::optional<std::string>(std::move(text));
}

Status WriteFiles(const std::filesystem::path& dir,
                  const std::vector<std::pair<std::string, std::string>>& files) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return InvalidArgument("cannot create " + dir.string() + ": " + ec.message(), "out");
  for (const auto& [name, text] : files) SW_RETURN_IF_ERROR(WriteFileAtomically(dir / name, text));
  std::cout << "wrote";
  for (const auto& [name, text] : files) std::cout << " " << name;
  std::cout << " to " << dir.string() << "\n";
  return Status::Ok();
}

void PrintLines(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) std::cout << line << "\n";
}

Status ImportOsm(const Config& config, const CirclesOptions& o) {
  SW_ASSIGN_OR_RETURN(circles::CirclesConfig settings, LoadSettings(config, o));
  SW_ASSIGN_OR_RETURN(std::string tags, ReadFileToString(TagsFile(config, o)));
  circles::ImportSources sources{o.file, {}, {}};
  SW_ASSIGN_OR_RETURN(sources.homes_csv, OptionalFile(o.homes));
  SW_ASSIGN_OR_RETURN(sources.facilities_csv, OptionalFile(o.facilities));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(circles::ImportOutcome outcome,
                      circles::ImportIfChanged(ctx->db(), config.district_code, sources, settings, tags,
                                               ctx->clock().Now(), o.force, Progress));
  if (!outcome.imported) {
    std::cout << "unchanged: " << o.file << " was imported before with the same settings ("
              << outcome.record.nodes << " nodes, " << outcome.record.homes << " homes, "
              << outcome.record.facilities << " facilities); use --force to import again\n";
    return Status::Ok();
  }
  PrintLines(circles::DescribeNetwork(circles::SummarizeNetwork(*outcome.network)));
  std::cout << "network version " << outcome.record.input_sha256.substr(0, 16) << " stored\n";
  return Status::Ok();
}

circles::UnitGeometry GeometryFrom(const org::OrgDirectory& org) {
  return [&org](const circles::CoverageUnit& unit) -> std::optional<nlohmann::json> {
    const store::UnitRecord* u = org.FindByCode(unit.code);
    if (u == nullptr || u->geometry.empty()) return std::nullopt;
    nlohmann::json geometry = nlohmann::json::parse(u->geometry, nullptr, false);
    if (geometry.is_discarded()) return std::nullopt;
    return geometry;
  };
}

void PrintAreaCoverage(const std::vector<circles::CoverageRow>& rows) {
  std::cout << "coverage of the whole area (share of people within each circle):\n";
  for (std::size_t i = 0; i < rows.size() && rows[i].unit.kind == "area";) {
    std::printf("  %-20s", rows[i].type.c_str());
    for (const std::string type = rows[i].type;
         i < rows.size() && rows[i].type == type && rows[i].unit.kind == "area"; ++i) {
      std::printf("  %4d s %5.1f%%", rows[i].circle_seconds, rows[i].share() * 100);
    }
    std::printf("\n");
  }
  std::fflush(stdout);
}

void PrintVenuesCounted(const circles::ExtraFacilitiesAdded& venues) {
  std::cout << "venues: " << venues.added.size() << " counted as facilities";
  if (venues.off_network > 0) std::cout << " (" << venues.off_network << " off the network)";
  if (!venues.same_place.empty()) {
    std::cout << "; left out, at the place of a facility of the same type:";
    for (const std::string& id : venues.same_place) std::cout << " " << id;
  }
  std::cout << "\n";
}

Status Analyze(const Config& config, const CirclesOptions& o) {
  SW_ASSIGN_OR_RETURN(circles::CirclesConfig settings, LoadSettings(config, o));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(circles::StoredNetwork stored,
                      circles::LoadCurrentNetwork(ctx->db(), config.district_code));
  const circles::WalkNetwork& network = stored.network;
  PrintLines(circles::DescribeNetwork(circles::SummarizeNetwork(network)));
  store::OrgRepository org_repo(ctx->db());
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(org_repo, config.district_code));
  SW_ASSIGN_OR_RETURN(circles::AnalysisRun run,
                      AnalyzeWithVenues(ctx->db(), config.district_code, stored, settings, org,
                                        ctx->clock().Now(), Progress));
  PrintVenuesCounted(run.extra);
  const circles::AnalysisResult& result = run.result;
  const std::vector<circles::CoverageRow>& coverage = run.coverage;
  const std::vector<circles::Gap>& gaps = run.gaps;
  double nearest_s = 0, counts_s = 0;
  for (const circles::TypeResult& t : result.types) {
    nearest_s += t.nearest_seconds;
    counts_s += t.counts_seconds;
  }
  std::printf(
      "analysis: %zu facility types, nearest and counts in %.1f ms; %d suggested sites per type in %.1f ms\n"
      "  (summed over the types: preparing %.1f ms, nearest %.1f ms, counts %.1f ms)\n",
      result.types.size(), run.analysis_seconds * 1000, settings.suggested_sites,
      run.suggestion_seconds * 1000, result.prepare_seconds * 1000, nearest_s * 1000, counts_s * 1000);
  PrintAreaCoverage(coverage);
  std::cout << gaps.size() << " gaps (home and type beyond " << settings.LargestCircleSeconds()
            << " s); stored\n";
  if (o.out.empty()) return Status::Ok();
  return WriteFiles(o.out,
                    {{"nearest.csv", circles::NearestCsv(network.points, result)},
                     {"counts.csv", circles::CountsCsv(network.points, result)},
                     {"coverage.csv", circles::CoverageCsv(coverage)},
                     {"gaps.csv", circles::GapsCsv(network.points, gaps)},
                     {"homes.geojson", circles::HomesLayer(network.points, result).dump()},
                     {"facilities.geojson", circles::FacilitiesLayer(network.points).dump()},
                     {"gaps.geojson", circles::GapsLayer(network.points, gaps).dump()},
                     {"coverage.geojson", circles::CoverageLayer(coverage, GeometryFrom(org)).dump()}});
}

// A type with no facility yet is fine (where should the first go?), a misspelt one is not.
Status CheckType(const Config& config, const CirclesOptions& o, const circles::NetworkPoints& points) {
  std::vector<std::string> known = circles::FacilityTypes(points);
  if (std::find(known.begin(), known.end(), o.type) != known.end()) return Status::Ok();
  SW_ASSIGN_OR_RETURN(std::string tags, ReadFileToString(TagsFile(config, o)));
  SW_ASSIGN_OR_RETURN(circles::FacilityTagMap map, circles::FacilityTagMap::Parse(tags));
  if (std::find(map.types().begin(), map.types().end(), o.type) != map.types().end()) return Status::Ok();
  std::string list;
  for (const std::string& t : map.types()) list += (list.empty() ? "" : ", ") + t;
  return InvalidArgument("unknown facility type '" + o.type + "'; known: " + list, "type");
}

Status Suggest(const Config& config, const CirclesOptions& o) {
  SW_ASSIGN_OR_RETURN(circles::CirclesConfig settings, LoadSettings(config, o));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(circles::StoredNetwork stored,
                      circles::LoadCurrentNetwork(ctx->db(), config.district_code));
  SW_RETURN_IF_ERROR(CheckType(config, o, stored.network.points));
  circles::AnalysisOptions options = circles::AnalysisOptionsFrom(settings);
  options.count_facilities = false;
  options.types = {o.type};
  circles::AnalysisResult existing = circles::AnalyzeCircles(stored.network, options);
  circles::SuggestionOptions s{o.k, o.within > 0 ? o.within : settings.LargestCircleSeconds(),
                               settings.walk_speed_mps, settings.snap_to_largest_component, settings.threads};
  circles::SuggestionResult suggestion =
      circles::SuggestSites(stored.network, existing.types.front().nearest_m, s);
  std::printf("%s within %d s: %.0f of %.0f people covered by the %u existing facilities\n", o.type.c_str(),
              s.circle_seconds, suggestion.covered_before, suggestion.population,
              existing.types.front().facilities);
  for (std::size_t i = 0; i < suggestion.sites.size(); ++i) {
    const circles::SiteSuggestion& site = suggestion.sites[i];
    std::printf("%zu. node %u at %.7f,%.7f adds %.1f people (covered then %.1f%%)\n", i + 1, site.node,
                site.where.lon, site.where.lat, site.added_population,
                suggestion.population > 0 ? site.covered_population / suggestion.population * 100 : 0.0);
  }
  std::fflush(stdout);
  if (o.out.empty()) return Status::Ok();
  return WriteFiles(o.out, {{"suggestions.csv", circles::SuggestionsCsv(suggestion)},
                            {"suggestions.geojson",
                             circles::SuggestionsLayer(suggestion, o.type, s.circle_seconds).dump()}});
}

Status ExportGraph(const Config& config, const CirclesOptions& o) {
  SW_ASSIGN_OR_RETURN(circles::CirclesConfig settings, LoadSettings(config, o));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(circles::StoredNetwork stored,
                      circles::LoadCurrentNetwork(ctx->db(), config.district_code));
  return WriteFiles(o.file, {{"nodes.csv", circles::NodesCsv(stored.network.graph)},
                             {"edges.csv", circles::EdgesCsv(stored.network.graph)},
                             {"points.csv", circles::PointsCsv(stored.network.points)},
                             {"params.csv", circles::ParamsCsv(settings)}});
}

}  // namespace

void RegisterCircles(CLI::App& app, Action* action) {
  auto o = std::make_shared<CirclesOptions>();
  CLI::App* cmd =
      app.add_subcommand("circles", "fifteen-minute service circles: walking network, coverage, new sites");
  cmd->require_subcommand(1);
  cmd->fallthrough();  // --circles-config and --tags may follow the action
  cmd->add_option("--circles-config", o->config_file, "circles settings (default HOME/config/circles.toml)");
  cmd->add_option("--tags", o->tags_file,
                  "OSM tag → facility type mapping (default HOME/config/facility-tags.csv)");

  CLI::App* import =
      cmd->add_subcommand("import-osm", "import the walking network, facilities and homes from OSM");
  import->add_option("file", o->file, ".osm.pbf or .osm file")->required();
  import->add_option("--homes", o->homes,
                     "population points CSV id,lon,lat[,weight] instead of OSM buildings");
  import->add_option("--facilities", o->facilities,
                     "more facilities, CSV id,type,lon,lat (e.g. the registry)");
  import->add_flag("--force", o->force, "import even when the inputs are unchanged");
  import->callback([action, o] { *action = [o](const Config& c) { return ImportOsm(c, *o);
};
}  // namespace sanwang::cli
);

CLI::App* analyze = cmd->add_subcommand("analyze", "walking times, counts, coverage and gaps; stored");
analyze->add_option("--out", o->out, "also write nearest.csv, coverage, gaps and GeoJSON layers here");
analyze->callback([action, o] { *action = [o](const Config& c) { return Analyze(c, *o); }; });

CLI::App* suggest =
    cmd->add_subcommand("suggest", "where K new facilities of a type would serve most people");
suggest->add_option("--type", o->type, "facility type")->required();
suggest->add_option("--k", o->k, "how many sites (default 5)")->check(CLI::Range(1, 1000));
suggest->add_option("--within", o->within, "the circle in seconds (default the largest)")
    ->check(CLI::Range(1, 86400));
suggest->add_option("--out", o->out, "write suggestions.csv and suggestions.geojson here");
suggest->callback([action, o] { *action = [o](const Config& c) { return Suggest(c, *o); }; });

CLI::App* export_graph = cmd->add_subcommand("export-graph", "write nodes, edges, points and params as CSV");
export_graph->add_option("dir", o->file, "output folder")->required();
export_graph->callback([action, o] { *action = [o](const Config& c) { return ExportGraph(c, *o); }; });
}

}  // namespace sanwang::cli
