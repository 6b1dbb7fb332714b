// A snapped point seen from the graph: the ends of its edge and what it costs to walk
// between the point and each end. Searches start and finish at anchors.
//
// A point at fraction f of edge u→v of length L, snap_m from the network:
//   leaving it:   to v costs snap + (1 − f)·L; to u costs snap + f·L, on a two-way stretch only;
//   reaching it:  from u costs f·L + snap; from v costs (1 − f)·L + snap, two-way only.
// Two points on the same stretch can also walk straight along it (DirectMeters).
//
// Plain values; pure functions.
#pragma once

#include <optional>

#include "circles/network_points.h"
#include "circles/walk_graph.h"
#include "circles/walk_time.h"

namespace sanwang::circles {

struct Anchor {
  EdgeId edge = kNoId;  // kNoId: off the network
  NodeId source = 0;
  NodeId target = 0;
  double length_m = 0;
  double fraction = 0;
  double snap_m = 0;
  bool two_way = false;

  bool on_network() const { return edge != kNoId; }
  double ToTarget() const { return snap_m + (1 - fraction) * length_m; }
  double ToSource() const { return two_way ? snap_m + fraction * length_m : kUnreached; }
  double FromSource() const { return fraction * length_m + snap_m; }
  double FromTarget() const { return two_way ? (1 - fraction) * length_m + snap_m : kUnreached; }
};

Anchor AnchorOf(const WalkGraph& graph, const EdgePosition& at);

// Walking from `from` to `to` along their shared stretch, snaps included; kUnreached when
// they are on different stretches or the stretch is one-way against the walk.
double DirectMeters(const Anchor& from, const Anchor& to);

}  // namespace sanwang::circles
