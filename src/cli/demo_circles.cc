#include "cli/demo_circles.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "circles/analysis_run.h"
#include "cli/demo_streets.h"
#include "cli/venue_facilities.h"
#include "core/files.h"
#include "store/org_repository.h"

namespace sanwang::cli {
namespace {

void Progress(const std::string& message) { std::cerr << "circles: " << message << "\n"; }

// The file lives only while it is imported: the stored network is what the demo keeps.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::filesystem::path path) : path_(std::move(path)) {}
  ~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string Elapsed(std::chrono::steady_clock::time_point since) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count());
  return buf;
}

}  // namespace

Status BuildDemoCircles(Context& ctx, const DemoFootprint& footprint) {
  const auto start = std::chrono::steady_clock::now();
  const Config& config = ctx.config();
  SW_ASSIGN_OR_RETURN(circles::CirclesConfig settings,
                      circles::LoadCirclesConfig(config.home / "config" / "circles.toml"));
  SW_ASSIGN_OR_RETURN(std::string tags, ReadFileToString(config.home / "config" / "facility-tags.csv"));
  DemoStreetsSummary summary;
  TemporaryFile osm(std::filesystem::temp_directory_path() /
                    ("sanwang-demo-streets-" + std::to_string(getpid()) + ".osm"));
  SW_RETURN_IF_ERROR(
      WriteFileAtomically(osm.path(), DemoStreetsOsm({footprint.min, footprint.max}, &summary)));
  Progress("demo street network: " + std::to_string(summary.crossings) + " crossings, " +
           std::to_string(summary.buildings) + " apartment buildings, " + std::to_string(summary.facilities) +
           " facilities (generated demo data)");
  circles::ImportSources sources{osm.path(), {}, {}};
  SW_RETURN_IF_ERROR(circles::ImportIfChanged(ctx.db(), config.district_code, sources, settings, tags,
                                              ctx.clock().Now(), true)
                         .status());
  SW_ASSIGN_OR_RETURN(circles::StoredNetwork stored,
                      circles::LoadCurrentNetwork(ctx.db(), config.district_code));
  store::OrgRepository org_repo(ctx.db());
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(org_repo, config.district_code));
  SW_ASSIGN_OR_RETURN(circles::AnalysisRun run, AnalyzeWithVenues(ctx.db(), config.district_code, stored,
                                                                  settings, org, ctx.clock().Now()));
  double people = 0;
  for (const circles::Home& h : stored.network.points.homes) people += h.weight;
  Progress("demo circles: " + std::to_string(stored.network.graph.node_count()) + " network nodes, " +
           std::to_string(stored.network.points.homes.size()) + " homes (" +
           std::to_string(std::lround(people)) + " people), " + std::to_string(run.result.types.size()) +
           " facility types analysed with " + std::to_string(run.extra.added.size()) + " venues, " +
           std::to_string(run.gaps.size()) + " gaps (" + Elapsed(start) + ")");
  return Status::Ok();
}

}  // namespace sanwang::cli
