#include "circles/graph_export.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "circles/circles_test_support.h"
#include "core/csv.h"

namespace sanwang::circles {
namespace {

TEST(GraphExportTest, TheNetworkReadsBackExactly) {
  const WalkNetwork n = testing::RandomNetwork({});
  auto edges = CsvTable::Parse(EdgesCsv(n.graph), {"id", "source", "target", "length_m"});
  ASSERT_TRUE(edges.ok());
  ASSERT_EQ(edges->size(), n.graph.edge_count());
  for (std::size_t row = 0; row < edges->size(); ++row) {
    const auto e = static_cast<EdgeId>(std::stoul(edges->Get(row, "id")));
    EXPECT_EQ(std::stoul(edges->Get(row, "source")), n.graph.Source(e));
    EXPECT_EQ(std::stoul(edges->Get(row, "target")), n.graph.Target(e));
    EXPECT_EQ(std::strtod(edges->Get(row, "length_m").c_str(), nullptr), n.graph.Length(e));  // bit for bit
  }
  auto nodes = CsvTable::Parse(NodesCsv(n.graph), {"id", "lon", "lat"});
  ASSERT_TRUE(nodes.ok());
  EXPECT_EQ(nodes->size(), n.graph.node_count());
  EXPECT_EQ(std::strtod(nodes->Get(7, "lon").c_str(), nullptr), n.graph.Location(7).lon);
  auto points = CsvTable::Parse(PointsCsv(n.points),
                                {"kind", "id", "type", "edge_id", "fraction", "snap_m", "lon", "lat"});
  ASSERT_TRUE(points.ok());
  ASSERT_EQ(points->size(), n.points.homes.size() + n.points.facilities.size());
  for (std::size_t i = 0; i < n.points.homes.size(); ++i) {
    const Home& h = n.points.homes[i];
    EXPECT_EQ(points->Get(i, "kind"), "home");
    if (!h.at.on_network()) {
      EXPECT_EQ(points->Get(i, "edge_id"), "");
      continue;
    }
    EXPECT_EQ(std::stoul(points->Get(i, "edge_id")), h.at.edge);
    EXPECT_EQ(std::strtod(points->Get(i, "fraction").c_str(), nullptr), h.at.fraction);
    EXPECT_EQ(std::strtod(points->Get(i, "snap_m").c_str(), nullptr), h.at.snap_m);
  }
  EXPECT_EQ(points->Get(n.points.homes.size(), "kind"), "facility");
  EXPECT_EQ(points->Get(n.points.homes.size(), "type"), n.points.facilities[0].type);
}

TEST(GraphExportTest, ParamsHoldTheSpeedAndEveryCircle) {
  EXPECT_EQ(ParamsCsv(CirclesConfig{}), "walk_speed_mps,circle_seconds\n1.2,300\n1.2,600\n1.2,900\n");
}

}  // namespace
}  // namespace sanwang::circles
