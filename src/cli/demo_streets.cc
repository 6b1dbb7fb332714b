#include "cli/demo_streets.h"

#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>
#include <vector>

namespace sanwang::cli {
namespace {

constexpr double kSpacingM = 150;
constexpr int kArterialEvery = 4;
constexpr double kJitterM = 15;
constexpr double kMissingShare = 1.0 / 12;
constexpr double kBuildingShare = 0.85;
constexpr double kMetresPerDegree = 111195.08;
constexpr const char* kDemoNote = "演示数据 demo data";

struct FacilityKind {
  const char* key;
  const char* value;
  int count;
  const char* name;
};

// The reference district's facilities (issue 6) and the tags config/facility-tags.csv maps.
constexpr FacilityKind kFacilities[] = {{"social_facility", "nursing_home", 13, "养老服务中心"},
                                        {"social_facility", "day_care", 79, "日间照料站"},
                                        {"amenity", "library", 10, "阅读空间"},
                                        {"amenity", "community_centre", 77, "文化活动中心"},
                                        {"shop", "convenience", 100, "便利店"},
                                        {"shop", "greengrocer", 150, "生鲜店"},
                                        {"healthcare", "centre", 12, "社区卫生服务中心"},
                                        {"healthcare", "clinic", 88, "社区卫生服务站"},
                                        {"leisure", "fitness_station", 133, "健身点"},
                                        {"leisure", "playground", 20, "儿童游乐场"},
                                        {"leisure", "pitch", 20, "球场"},
                                        {"amenity", "school", 8, "学校"}};

// Common street-name stems of Chinese cities; a line beyond the list repeats a stem with a
// number ("和平二路"). East–west lines are 路, north–south lines 街, arterials 大道.
constexpr const char* kNameStems[] = {"和平", "建设", "人民", "解放", "中山", "新华", "文化", "胜利",
                                      "光明", "幸福", "团结", "长江", "黄河", "东风", "朝阳", "青年",
                                      "育才", "民主", "友谊", "繁荣", "兴华", "春华", "学院", "振兴"};
constexpr const char* kNumbers[] = {"", "二", "三", "四", "五", "六", "七", "八", "九"};

// The stems are dealt out in two interleaved orders so that a crossing's two streets differ.
std::string DemoStreetName(int line, bool east_west, bool arterial) {
  constexpr int kStems = static_cast<int>(std::size(kNameStems));
  const int index = east_west ? line : line + kStems / 2;
  const int round = (line / kStems) % static_cast<int>(std::size(kNumbers));
  return std::string(kNameStems[index % kStems]) + kNumbers[round] +
         (arterial    ? "大道"
          : east_west ? "路"
                      : "街");
}

class DemoCity {
 public:
  explicit DemoCity(const geo::Box& box)
      : box_(box),
        dlat_(kSpacingM / kMetresPerDegree),
        dlon_(kSpacingM /
              (kMetresPerDegree * std::cos((box.min.lat + box.max.lat) / 2 * std::numbers::pi / 180))),
        columns_(static_cast<int>((box.max.lon - box.min.lon) / dlon_) + 1),
        rows_(static_cast<int>((box.max.lat - box.min.lat) / dlat_) + 1) {}

  std::string Write(DemoStreetsSummary& summary) {
    out_ = "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\" generator=\"sanwang demo\">\n";
    out_.reserve(8u << 20);
    WriteCrossings();
    std::vector<std::string> building_ways = WriteBuildingCorners();
    WriteFacilities();
    WriteStreets();
    for (const std::string& way : building_ways) out_ += way;
    out_ += "</osm>\n";
    summary = summary_;
    return std::move(out_);
  }

 private:
  std::int64_t CrossingId(int row, int column) const { return std::int64_t{row} * columns_ + column + 1; }
  bool Arterial(int index) const { return index % kArterialEvery == 0; }
  // Local block sides left out; never on an arterial.
  bool Missing(int row, int column, bool along_row) {
    if (along_row ? Arterial(row) : Arterial(column)) return false;
    return missing_(rng_) < kMissingShare;
  }

  geo::LonLat Offset(double row, double column, double jitter_lon_m = 0, double jitter_lat_m = 0) const {
    return {box_.min.lon + column * dlon_ + jitter_lon_m * dlon_ / kSpacingM,
            box_.min.lat + row * dlat_ + jitter_lat_m * dlat_ / kSpacingM};
  }

  void Node(std::int64_t id, geo::LonLat at, const std::string& tags = "") {
    char line[160];
    std::snprintf(line, sizeof line, "  <node id=\"%lld\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"",
                  static_cast<long long>(id), at.lat, at.lon);
    out_ += line;
    out_ += tags.empty() ? "/>\n" : ">\n" + tags + "  </node>\n";
  }

  static std::string Tag(const std::string& key, const std::string& value) {
    return "    <tag k=\"" + key + "\" v=\"" + value + "\"/>\n";
  }

  void WriteCrossings() {
    std::uniform_real_distribution<double> jitter(-kJitterM, kJitterM);
    for (int r = 0; r < rows_; ++r) {
      for (int c = 0; c < columns_; ++c) {
        const bool on_arterial = Arterial(r) || Arterial(c);
        Node(CrossingId(r, c), Offset(r, c, on_arterial ? 0 : jitter(rng_), on_arterial ? 0 : jitter(rng_)));
      }
    }
    summary_.crossings = static_cast<std::uint64_t>(rows_) * static_cast<std::uint64_t>(columns_);
    next_node_ = CrossingId(rows_ - 1, columns_ - 1) + 1;
  }

  // One apartment building in most blocks, 25 m × 20 m, 2 to 14 storeys (most low-rise).
  std::vector<std::string> WriteBuildingCorners() {
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<std::string> ways;
    for (int r = 0; r + 1 < rows_; ++r) {
      for (int c = 0; c + 1 < columns_; ++c) {
        if (unit(rng_) > kBuildingShare) continue;
        const double mr = r + 0.3 + 0.4 * unit(rng_), mc = c + 0.3 + 0.4 * unit(rng_);
        const int levels = 2 + static_cast<int>(13 * std::pow(unit(rng_), 2));
        const std::int64_t first = next_node_;
        const double corners[4][2] = {{-10, -12.5}, {-10, 12.5}, {10, 12.5}, {10, -12.5}};
        for (const auto& corner : corners) Node(next_node_++, Offset(mr, mc, corner[1], corner[0]));
        std::string way = "  <way id=\"" + std::to_string(next_way_building_++) + "\" version=\"1\">\n";
        for (int k = 0; k <= 4; ++k) way += "    <nd ref=\"" + std::to_string(first + k % 4) + "\"/>\n";
        way += Tag("building", "apartments") + Tag("building:levels", std::to_string(levels)) +
               Tag("name", "演示住宅 " + std::to_string(++summary_.buildings)) + Tag("note", kDemoNote) +
               "  </way>\n";
        ways.push_back(std::move(way));
      }
    }
    return ways;
  }

  void WriteFacilities() {
    std::uniform_real_distribution<double> row(0, rows_ - 1), column(0, columns_ - 1);
    for (const FacilityKind& kind : kFacilities) {
      for (int i = 1; i <= kind.count; ++i) {
        Node(next_node_++, Offset(row(rng_), column(rng_)),
             Tag(kind.key, kind.value) +
                 Tag("name", std::string("演示") + kind.name + " " + std::to_string(i)) +
                 Tag("note", kDemoNote));
        ++summary_.facilities;
      }
    }
  }

  // A way per unbroken run of a row or column of crossings.
  void WriteStreets() {
    for (int along_row = 0; along_row < 2; ++along_row) {
      const int lines = along_row ? rows_ : columns_, length = along_row ? columns_ : rows_;
      for (int line = 0; line < lines; ++line) {
        std::vector<std::int64_t> run;
        for (int i = 0; i < length; ++i) {
          run.push_back(along_row ? CrossingId(line, i) : CrossingId(i, line));
          const bool gap = i + 1 < length && (along_row ? Missing(line, i, true) : Missing(i, line, false));
          if (gap || i + 1 == length) {
            StreetWay(run, Arterial(line), DemoStreetName(line, along_row == 1, Arterial(line)));
            run.clear();
          }
        }
      }
    }
  }

  void StreetWay(const std::vector<std::int64_t>& nodes, bool arterial, const std::string& name) {
    if (nodes.size() < 2) return;
    out_ += "  <way id=\"" + std::to_string(next_way_street_++) + "\" version=\"1\">\n";
    for (std::int64_t n : nodes) out_ += "    <nd ref=\"" + std::to_string(n) + "\"/>\n";
    out_ += Tag("highway", arterial ? "secondary" : "residential") + Tag("name", name) +
            Tag("note", kDemoNote) + "  </way>\n";
  }

  geo::Box box_;
  double dlat_;
  double dlon_;
  int columns_;
  int rows_;
  std::mt19937_64 rng_{20260601};
  std::uniform_real_distribution<double> missing_{0, 1};
  std::int64_t next_node_ = 1;
  std::int64_t next_way_street_ = 1;
  std::int64_t next_way_building_ = 1'000'000;
  std::string out_;
  DemoStreetsSummary summary_;
};

}  // namespace

std::string DemoStreetsOsm(const geo::Box& footprint, DemoStreetsSummary* summary) {
  DemoStreetsSummary written;
  std::string text = DemoCity(footprint).Write(written);
  if (summary != nullptr) *summary = written;
  return text;
}

}  // namespace sanwang::cli
