#include "circles/osm_reader.h"

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/any_input.hpp>
#include <osmium/visitor.hpp>

#include "core/text.h"

namespace sanwang::circles {
namespace {

using LocationIndex = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
using LocationHandler = osmium::handler::NodeLocationsForWays<LocationIndex>;

TagLookup LookupIn(const osmium::TagList& tags) {
  return [&tags](const char* key) { return tags[key]; };
}

geo::LonLat ToLonLat(const osmium::Location& l) { return {l.lon(), l.lat()}; }

// The name residents know a facility by: the Chinese name where one is mapped.
std::string NameOf(const osmium::TagList& tags) {
  for (const char* key : {"name:zh", "name"}) {
    // OSM text is UTF-8 by definition; a name that is not would reach the map as mojibake.
    if (const char* name = tags[key]; name != nullptr && IsValidUtf8(name)) return name;
  }
  return {};
}

bool IsClosed(const osmium::WayNodeList& nodes) {
  return nodes.size() >= 4 && nodes.front().ref() == nodes.back().ref();
}

class ExtractHandler : public osmium::handler::Handler {
 public:
  ExtractHandler(const OsmReadRules& rules, OsmExtract& out) : rules_(rules), out_(out) {}

  void node(const osmium::Node& node) {
    ++out_.nodes_read;
    if (node.tags().empty() || !node.location().valid()) return;
    std::vector<std::string> types = rules_.facilities.Match(LookupIn(node.tags()));
    if (!types.empty())
      out_.facilities.push_back(
          {"n" + std::to_string(node.id()), ToLonLat(node.location()), types, NameOf(node.tags())});
  }

  void way(const osmium::Way& way) {
    ++out_.ways_read;
    const TagLookup tags = LookupIn(way.tags());
    if (WalkDirection d = rules_.walk.Classify(tags); d != WalkDirection::kNone) AddWalkWay(way, d);
    if (const char* highway = tags("highway"); highway != nullptr && StreetRank(highway) > 0) {
      AddStreet(way, highway, NameOf(way.tags()));
    }
    std::vector<std::string> types = rules_.facilities.Match(tags);
    if (!types.empty()) return AddFacilityWay(way, std::move(types), NameOf(way.tags()));
    const char* building = tags("building");
    std::vector<geo::LonLat> ring;
    if (building != nullptr && IsClosed(way.nodes()) &&
        rules_.home_buildings.count(std::string_view(building)) > 0 && ValidLocations(way.nodes(), ring)) {
      out_.buildings.push_back({way.id(), FootprintOf(ring), ParseLevels(tags("building:levels"))});
    }
  }

 private:
  // At the centroid of a closed way, else at the middle node of the way.
  void AddFacilityWay(const osmium::Way& way, std::vector<std::string> types, std::string name) {
    std::vector<geo::LonLat> ring;
    if (!ValidLocations(way.nodes(), ring)) return;
    const geo::LonLat where = IsClosed(way.nodes()) ? FootprintOf(ring).centroid : ring[ring.size() / 2];
    out_.facilities.push_back({"w" + std::to_string(way.id()), where, std::move(types), std::move(name)});
  }

  // Splits the way where a node's location is missing; keeps runs of two nodes or more.
  void AddWalkWay(const osmium::Way& way, WalkDirection direction) {
    WalkWay run{way.id(), direction, {}, {}};
    auto flush = [&] {
      if (run.nodes.size() >= 2) out_.ways.push_back(run);
      run.nodes.clear();
      run.coords.clear();
    };
    for (const osmium::NodeRef& ref : way.nodes()) {
      if (!ref.location().valid()) {
        ++out_.missing_locations;
        flush();
        continue;
      }
      run.nodes.push_back(ref.ref());
      run.coords.push_back(ToLonLat(ref.location()));
    }
    flush();
  }

  // The way's whole course, split as AddWalkWay splits it (missing locations counted there
  // only when the way is walkable too).
  void AddStreet(const osmium::Way& way, const char* highway, const std::string& name) {
    StreetLine run{way.id(), name, highway, {}};
    for (const osmium::NodeRef& ref : way.nodes()) {
      if (ref.location().valid()) {
        run.line.push_back(ToLonLat(ref.location()));
        continue;
      }
      if (run.line.size() >= 2) out_.streets.push_back(run);
      run.line.clear();
    }
    if (run.line.size() >= 2) out_.streets.push_back(std::move(run));
  }

  static bool ValidLocations(const osmium::WayNodeList& nodes, std::vector<geo::LonLat>& out) {
    for (const osmium::NodeRef& ref : nodes) {
      if (!ref.location().valid()) return false;
      out.push_back(ToLonLat(ref.location()));
    }
    return !out.empty();
  }

  const OsmReadRules& rules_;
  OsmExtract& out_;
};

}  // namespace

Result<OsmExtract> ReadOsmFile(const std::filesystem::path& file, const OsmReadRules& rules,
                               const ProgressFn& progress) {
  if (!std::filesystem::is_regular_file(file)) return NotFound("no OSM file " + file.string());
  OsmExtract extract;
  try {
    osmium::io::Reader reader{osmium::io::File{file.string()},
                              osmium::osm_entity_bits::node | osmium::osm_entity_bits::way};
    LocationIndex index;
    LocationHandler locations{index};
    locations.ignore_errors();  // a missing node leaves an invalid location, handled above
    ExtractHandler handler{rules, extract};
    osmium::apply(reader, locations, handler);
    reader.close();
  } catch (const std::exception& e) {
    return InvalidArgument("OSM file " + file.string() + ": " + e.what(), "file");
  }
  Report(progress, "read " + std::to_string(extract.nodes_read) + " nodes and " +
                       std::to_string(extract.ways_read) + " ways: " + std::to_string(extract.ways.size()) +
                       " walkable ways, " + std::to_string(extract.streets.size()) + " streets, " +
                       std::to_string(extract.facilities.size()) + " facility objects, " +
                       std::to_string(extract.buildings.size()) + " residential buildings");
  return extract;
}

}  // namespace sanwang::circles
