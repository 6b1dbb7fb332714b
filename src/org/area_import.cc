#include "org/area_import.h"

#include <algorithm>
#include <map>
#include <set>

#include "geo/geojson.h"
#include "geo/geometry.h"
#include "store/org_repository.h"

namespace sanwang::org {
namespace {

struct Area {
  std::size_t index;
  std::string code;
  std::string name;
  std::string name_en;
  std::string kind;
  std::string parent;
  bool demo;
  geo::MultiPolygon shape;
};

Status FeatureError(std::size_t index, const std::string& reason) {
  return InvalidArgument("feature " + std::to_string(index) + ": " + reason,
                         "features[" + std::to_string(index) + "]");
}

std::string StringProperty(const nlohmann::json& props, const char* key) {
  auto it = props.find(key);
  return it != props.end() && it->is_string() ? it->get<std::string>() : "";
}

Result<Area> ToArea(const geo::PolygonFeature& f) {
  Area a{f.index,
         StringProperty(f.properties, "code"),
         StringProperty(f.properties, "name"),
         StringProperty(f.properties, "name_en"),
         StringProperty(f.properties, "kind"),
         StringProperty(f.properties, "parent"),
         false,
         f.geometry};
  auto demo = f.properties.find("demo");
  a.demo = demo != f.properties.end() && demo->is_boolean() && demo->get<bool>();
  if (a.kind.empty()) a.kind = "grid";
  if (a.code.empty()) return FeatureError(f.index, "property 'code' is required");
  if (a.kind != "grid" && a.kind != "community" && a.kind != "street") {
    return FeatureError(f.index, "kind must be grid, community or street, not '" + a.kind + "'");
  }
  return a;
}

class AreaValidator {
 public:
  AreaValidator(store::OrgRepository& repo, std::string district)
      : repo_(repo), district_(std::move(district)) {}

  Status Check(const std::vector<Area>& areas, bool allow_overlap) {
    std::set<std::string> codes;
    for (const Area& a : areas) {
      if (!codes.insert(a.code).second) return FeatureError(a.index, "code " + a.code + " appears twice");
      if (a.kind != "grid") boundaries_[a.code] = &a.shape;
    }
    for (const Area& a : areas) SW_RETURN_IF_ERROR(a.kind == "grid" ? CheckGrid(a) : CheckBoundary(a));
    if (!allow_overlap) SW_RETURN_IF_ERROR(CheckNoOverlap(areas));
    return Status::Ok();
  }

 private:
  // Each grid of the file against the grids after the import: the file's others, and the
  // district's grids the file does not redraw.
  Status CheckNoOverlap(const std::vector<Area>& areas) {
    std::vector<std::pair<std::string, geo::MultiPolygon>> neighbours;
    SW_ASSIGN_OR_RETURN(auto existing, repo_.ListByKind(district_, "grid"));
    std::set<std::string> redrawn;
    for (const Area& a : areas) redrawn.insert(a.code);
    for (const auto& unit : existing) {
      if (redrawn.count(unit.code) || unit.geometry.empty()) continue;
      SW_ASSIGN_OR_RETURN(geo::MultiPolygon shape, geo::ParseGeometry(unit.geometry));
      neighbours.emplace_back(unit.code, std::move(shape));
    }
    for (std::size_t i = 0; i < areas.size(); ++i) {
      if (areas[i].kind != "grid") continue;
      for (const auto& [code, shape] : neighbours) SW_RETURN_IF_ERROR(CheckPair(areas[i], code, shape));
      for (std::size_t j = 0; j < i; ++j) {
        if (areas[j].kind == "grid") SW_RETURN_IF_ERROR(CheckPair(areas[i], areas[j].code, areas[j].shape));
      }
    }
    return Status::Ok();
  }

  static Status CheckPair(const Area& a, const std::string& other_code, const geo::MultiPolygon& other) {
    double shared = geo::OverlapSquareMeters(a.shape, other);
    double smaller = std::min(geo::AreaSquareMeters(a.shape), geo::AreaSquareMeters(other));
    if (shared <= std::max(kOverlapToleranceSquareMeters, kOverlapToleranceShare * smaller))
      return Status::Ok();
    return FeatureError(a.index, "网格 " + a.code + " 与网格 " + other_code + " 重叠 grid " + a.code +
                                     " overlaps grid " + other_code + " by " +
                                     std::to_string(static_cast<long long>(shared)) +
                                     " m² (allow it with --allow-overlap or allow_overlap=true)");
  }

  Status CheckBoundary(const Area& a) {
    SW_ASSIGN_OR_RETURN(auto unit, repo_.FindByCode(district_, a.code));
    if (!unit || unit->kind != a.kind) {
      return FeatureError(a.index, "no " + a.kind + " with code " + a.code + " (import divisions first)");
    }
    return Status::Ok();
  }

  Status CheckGrid(const Area& a) {
    SW_ASSIGN_OR_RETURN(auto existing, repo_.FindByCode(district_, a.code));
    std::string parent_code = a.parent;
    if (existing) {
      if (existing->kind != "grid")
        return FeatureError(a.index, "code " + a.code + " is a " + existing->kind);
      if (parent_code.empty() && existing->parent_id) parent_code = repo_.Get(*existing->parent_id)->code;
    } else if (a.name.empty()) {
      return FeatureError(a.index, "property 'name' is required for a new grid");
    }
    if (parent_code.empty()) return FeatureError(a.index, "property 'parent' (community code) is required");
    SW_ASSIGN_OR_RETURN(auto parent, repo_.FindByCode(district_, parent_code));
    if (!parent || parent->kind != "community") {
      return FeatureError(a.index, "parent " + parent_code + " is not a community");
    }
    SW_ASSIGN_OR_RETURN(geo::MultiPolygon boundary, BoundaryOf(*parent));
    if (!boundary.empty() && !geo::Covers(boundary, a.shape)) {
      return FeatureError(a.index, "grid " + a.code + " is not inside community " + parent_code);
    }
    return Status::Ok();
  }

  Result<geo::MultiPolygon> BoundaryOf(const store::UnitRecord& unit) {
    if (auto it = boundaries_.find(unit.code); it != boundaries_.end()) return *it->second;
    if (unit.geometry.empty()) return geo::MultiPolygon{};
    return geo::ParseGeometry(unit.geometry);
  }

  store::OrgRepository& repo_;
  std::string district_;
  std::map<std::string, const geo::MultiPolygon*> boundaries_;
};

Status WriteArea(store::OrgRepository& repo, const std::string& district, const Area& a,
                 AreaImportResult& result) {
  std::string geometry = geo::MultiPolygonToGeoJson(a.shape).dump();
  SW_ASSIGN_OR_RETURN(auto existing, repo.FindByCode(district, a.code));
  if (existing) {
    SW_RETURN_IF_ERROR(repo.SetGeometry(existing->id, geometry, a.demo));
    if (a.kind == "grid" && !a.name.empty()) {
      store::UnitRecord named = *existing;
      named.name = a.name;
      named.name_en = a.name_en;
      SW_RETURN_IF_ERROR(repo.UpdateNames(named));
    }
    ++(a.kind == "grid" ? result.grids_updated : result.boundaries_set);
    return Status::Ok();
  }
  SW_ASSIGN_OR_RETURN(auto parent, repo.FindByCode(district, a.parent));
  store::UnitRecord u;
  u.district_code = district;
  u.code = a.code;
  u.kind = "grid";
  u.name = a.name;
  u.name_en = a.name_en;
  u.parent_id = parent->id;
  u.geometry = geometry;
  u.demo_geometry = a.demo;
  SW_RETURN_IF_ERROR(repo.Insert(u).status());
  ++result.grids_added;
  return Status::Ok();
}

}  // namespace

Result<AreaImportResult> ImportAreas(store::Database& db, const std::string& district_code,
                                     std::string_view geojson, const ProgressFn& progress) {
  AreaImportOptions options;
  options.progress = progress;
  return ImportAreas(db, district_code, geojson, options);
}

Result<AreaImportResult> ImportAreas(store::Database& db, const std::string& district_code,
                                     std::string_view geojson, const AreaImportOptions& options) {
  if (geojson.size() > options.max_bytes) {
    return InvalidArgument(
        "GeoJSON 文件过大 the GeoJSON file is too large: " + std::to_string(geojson.size()) +
        " bytes, at most " + std::to_string(options.max_bytes));
  }
  SW_ASSIGN_OR_RETURN(auto features, geo::ParsePolygonFeatures(geojson, options.max_vertices_per_feature));
  std::vector<Area> areas;
  for (const auto& f : features) {
    SW_ASSIGN_OR_RETURN(Area a, ToArea(f));
    areas.push_back(std::move(a));
  }
  // Boundaries first, so grids are checked against the file's own community shapes.
  std::stable_partition(areas.begin(), areas.end(), [](const Area& a) { return a.kind != "grid"; });
  store::OrgRepository repo(db);
  SW_RETURN_IF_ERROR(AreaValidator(repo, district_code).Check(areas, options.allow_overlap));
  const ProgressFn& progress = options.progress;
  AreaImportResult result;
  Status status = db.InTransaction([&]() -> Status {
    for (std::size_t i = 0; i < areas.size(); ++i) {
      SW_RETURN_IF_ERROR(WriteArea(repo, district_code, areas[i], result));
      if (progress && (i + 1) % 100 == 0) {
        progress("areas: " + std::to_string(i + 1) + "/" + std::to_string(areas.size()));
      }
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return result;
}

}  // namespace sanwang::org
