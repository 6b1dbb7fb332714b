#include "cli/demo_district.h"

#include <cmath>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

#include "cases/catalog.h"
#include "core/files.h"
#include "geo/geojson.h"
#include "org/area_import.h"
#include "org/division_import.h"
#include "org/password.h"
#include "org/staff.h"
#include "store/org_repository.h"

namespace sanwang::cli {
namespace {

constexpr int kGridColumns = 3;
constexpr int kGridRows = 2;

void Progress(const std::string& message) { std::cerr << message << "\n"; }

// Splits [lo, hi] into n parts whose outer edges are exactly lo and hi.
std::vector<double> Cuts(double lo, double hi, int n) {
  std::vector<double> cuts;
  for (int i = 0; i < n; ++i) cuts.push_back(lo + (hi - lo) * i / n);
  cuts.push_back(hi);
  return cuts;
}

geo::Box Cell(const geo::Box& area, int columns, int rows, int index) {
  auto xs = Cuts(area.min.lon, area.max.lon, columns);
  auto ys = Cuts(area.min.lat, area.max.lat, rows);
  int c = index % columns, r = index / columns;
  return {{xs[c], ys[r]}, {xs[c + 1], ys[r + 1]}};
}

nlohmann::json Feature(const nlohmann::json& properties, const geo::Box& b) {
  geo::MultiPolygon shape = {{{{b.min.lon, b.min.lat},
                               {b.max.lon, b.min.lat},
                               {b.max.lon, b.max.lat},
                               {b.min.lon, b.max.lat},
                               {b.min.lon, b.min.lat}},
                              {}}};
  return {{"type", "Feature"}, {"properties", properties}, {"geometry", geo::MultiPolygonToGeoJson(shape)}};
}

int Columns(std::size_t n) {
  return std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))));
}
int Rows(std::size_t n, int columns) {
  return static_cast<int>((n + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns));
}

// Lays streets on a grid over the footprint, communities inside each street, six grids
// inside each community.
Result<std::vector<DemoGrid>> DemoBoundaries(const org::OrgDirectory& org, const DemoFootprint& fp,
                                             nlohmann::json& features) {
  std::vector<DemoGrid> grids;
  auto streets = org.OfKind("street");
  int street_cols = Columns(streets.size());
  int street_rows = Rows(streets.size(), street_cols);
  for (std::size_t s = 0; s < streets.size(); ++s) {
    geo::Box street_box = Cell({fp.min, fp.max}, street_cols, street_rows, static_cast<int>(s));
    features.push_back(Feature({{"code", streets[s]->code}, {"kind", "street"}, {"demo", true}}, street_box));
    auto communities = org.Children(streets[s]->id);
    int cols = Columns(communities.size());
    int rows = Rows(communities.size(), cols);
    for (std::size_t c = 0; c < communities.size(); ++c) {
      geo::Box community_box = Cell(street_box, cols, rows, static_cast<int>(c));
      const std::string& code = communities[c]->code;
      features.push_back(Feature({{"code", code}, {"kind", "community"}, {"demo", true}}, community_box));
      for (int g = 0; g < kGridColumns * kGridRows; ++g) {
        DemoGrid grid{code + "-" + std::to_string(g + 1), Cell(community_box, kGridColumns, kGridRows, g)};
        features.push_back(Feature({{"code", grid.code},
                                    {"name", communities[c]->name + "第" + std::to_string(g + 1) + "网格"},
                                    {"name_en", "Grid " + std::to_string(g + 1)},
                                    {"parent", code},
                                    {"demo", true}},
                                   grid.box));
        grids.push_back(grid);
      }
    }
  }
  return grids;
}

Status ImportDefaultCatalog(Context& ctx) {
  SW_ASSIGN_OR_RETURN(std::string catalog, ReadFileToString(ctx.config().catalog_file()));
  SW_ASSIGN_OR_RETURN(std::string departments, ReadFileToString(ctx.config().departments_file()));
  SW_ASSIGN_OR_RETURN(auto imported,
                      cases::ImportCatalog(ctx.db(), ctx.config().district_code, catalog, departments));
  Progress("catalog: " + std::to_string(imported.aspects) + " aspects, " + std::to_string(imported.items) +
           " items, " + std::to_string(imported.departments) + " departments");
  return Status::Ok();
}

class DemoPeople {
 public:
  std::string Name() {
    static const char* kFamily[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄",
                                    "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    static const char* kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                   "勇", "艳", "杰", "娟", "涛", "明", "霞", "平", "刚", "桂英"};
    return std::string(kFamily[rng_() % 16]) + kGiven[rng_() % 20] + (rng_() % 2 ? kGiven[rng_() % 20] : "");
  }
  std::string Phone() { return "13" + std::to_string(100000000 + rng_() % 900000000); }

 private:
  std::mt19937 rng_{20190528};
};

Status AddDemoAccounts(Context& ctx, const org::OrgDirectory& org) {
  SW_ASSIGN_OR_RETURN(std::string hash, org::HashPassword(kDemoPassword));
  DemoPeople people;
  std::vector<org::NewAccount> accounts = {
      {"admin", "系统管理员", "", "admin", org.Root()->code, "", hash},
      {"supervisor", "督察室" + people.Name(), people.Phone(), "supervisor", org.Root()->code, "", hash},
      {"leader", "区领导" + people.Name(), people.Phone(), "leader", org.Root()->code, "", hash},
      {"center", "指挥中心" + people.Name(), people.Phone(), "command_center", org.CommandCenter()->code, "",
       hash},
  };
  for (const auto* unit : org.OfKind("street"))
    accounts.push_back(
        {DemoHandlerFor(*unit), people.Name(), people.Phone(), "street_staff", unit->code, "", hash});
  for (const auto* unit : org.OfKind("community"))
    accounts.push_back(
        {DemoHandlerFor(*unit), people.Name(), people.Phone(), "community_staff", unit->code, "", hash});
  for (const auto* unit : org.OfKind("grid"))
    accounts.push_back(
        {DemoHandlerFor(*unit), people.Name(), people.Phone(), "grid_worker", unit->code, "", hash});
  for (const auto* unit : org.OfKind("department"))
    accounts.push_back(
        {DemoHandlerFor(*unit), people.Name(), people.Phone(), "dept_staff", unit->code, "", hash});
  auto communities = org.OfKind("community");
  for (int i = 1; i <= 20; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "resident%02d", i);
    accounts.push_back({name, people.Name(), people.Phone(), "resident",
                        communities[static_cast<std::size_t>(i) % communities.size()]->code, "", hash});
  }
  // The security officer and the audit administrator (三权分立); a district makes its own
  // with `sanwang user add`.
  accounts.push_back({"security", "安全管理员", "", "security_officer", org.Root()->code, "", hash});
  accounts.push_back({"auditor", "审计管理员", "", "auditor", org.Root()->code, "", hash});
  // Marked, so that a server others can reach makes each change it at the first sign-in.
  for (auto& a : accounts) {
    a.demo_password = true;
    a.username += ctx.demo_account_suffix();
  }
  return ctx.db().InTransaction([&]() -> Status {
    for (const auto& a : accounts)
      SW_RETURN_IF_ERROR(org::AddAccount(ctx.db(), ctx.config().district_code, a, ctx.clock()).status());
    Progress("accounts: " + std::to_string(accounts.size()));
    return Status::Ok();
  });
}

}  // namespace

std::optional<DemoFootprint> DemoFootprintOf(const std::string& district_code) {
  static const std::map<std::string, DemoFootprint> kFootprints = {
      {"411002", DemoFootprint{}},                                  // 魏都区
      {"411003", DemoFootprint{{113.72, 34.11}, {113.98, 34.24}}},  // 建安区, north of Weidu
      {"411024", DemoFootprint{{114.02, 33.98}, {114.28, 34.20}}},  // 鄢陵县
      {"411025", DemoFootprint{{113.36, 33.78}, {113.62, 33.98}}},  // 襄城县
      {"411081", DemoFootprint{{113.28, 34.05}, {113.62, 34.30}}},  // 禹州市
      {"411082", DemoFootprint{{113.76, 34.26}, {114.02, 34.42}}},  // 长葛市
  };
  auto it = kFootprints.find(district_code);
  if (it == kFootprints.end()) return std::nullopt;
  return it->second;
}

std::string DemoHandlerFor(const store::UnitRecord& unit) {
  if (unit.kind == "command_center") return "center";
  if (unit.kind == "department") return "dept-" + unit.code;
  return unit.kind + "-" + unit.code;
}

Result<std::vector<DemoGrid>> BuildDemoDistrict(Context& ctx, const DemoFootprint& footprint) {
  const std::string& district = ctx.config().district_code;
  SW_ASSIGN_OR_RETURN(auto divisions,
                      org::ImportDivisions(ctx.db(), ctx.config().divisions_dir(), district, Progress));
  Progress("divisions: " + std::to_string(divisions.streets) + " sub-districts, " +
           std::to_string(divisions.communities) + " communities");
  store::OrgRepository repo(ctx.db());
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(repo, district));
  nlohmann::json features = nlohmann::json::array();
  SW_ASSIGN_OR_RETURN(std::vector<DemoGrid> grids, DemoBoundaries(org, footprint, features));
  nlohmann::json collection = {{"type", "FeatureCollection"}, {"features", features}};
  SW_ASSIGN_OR_RETURN(auto areas, org::ImportAreas(ctx.db(), district, collection.dump(), Progress));
  Progress("demo boundaries: " + std::to_string(areas.grids_added) + " grids, " +
           std::to_string(areas.boundaries_set) +
           " community and sub-district boundaries (generated demo geometry)");
  SW_RETURN_IF_ERROR(ImportDefaultCatalog(ctx));
  SW_ASSIGN_OR_RETURN(org, org::OrgDirectory::Load(repo, district));
  SW_RETURN_IF_ERROR(AddDemoAccounts(ctx, org));
  return grids;
}

}  // namespace sanwang::cli
