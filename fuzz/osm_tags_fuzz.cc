// OSM tag mapping (circles/facility_tags.h, circles/walk_rules.h, circles/buildings.h): a
// facility tag table (config/facility-tags.csv) is read, and then objects' tags, given as
// key=value lines after a NUL, are matched against it, classified for walking with the
// default rules, and their building:levels read.
#include <cstdint>
#include <map>
#include <string>

#include "circles/buildings.h"
#include "circles/circles_config.h"
#include "circles/facility_tags.h"
#include "circles/osm_tags.h"
#include "circles/walk_rules.h"
#include "fuzz_input.h"

namespace {

// "key=value" lines; a line without '=' is a key with an empty value.
std::map<std::string, std::string> TagsOf(std::string_view text) {
  std::map<std::string, std::string> tags;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    const std::size_t eq = line.find('=');
    tags[std::string(line.substr(0, eq))] =
        eq == std::string_view::npos ? "" : std::string(line.substr(eq + 1));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return tags;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang::circles;
  const std::string_view input = sanwang::fuzz::AsText(data, size);
  const std::size_t nul = input.find('\0');
  const std::string_view table = input.substr(0, nul);
  const std::string_view objects = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
  static const WalkRules kWalkRules{WalkSettings{}};
  const auto tags = TagsOf(objects);
  const TagLookup lookup = LookupIn(tags);
  (void)kWalkRules.Classify(lookup);
  (void)ParseLevels(lookup("building:levels"));
  auto map = FacilityTagMap::Parse(table);
  if (map.ok()) (void)map->Match(lookup);
  return 0;
}
