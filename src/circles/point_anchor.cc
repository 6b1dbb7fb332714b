#include "circles/point_anchor.h"

namespace sanwang::circles {

Anchor AnchorOf(const WalkGraph& graph, const EdgePosition& at) {
  if (!at.on_network()) return {};
  return {at.edge,   graph.Source(at.edge), graph.Target(at.edge), graph.Length(at.edge), at.fraction,
          at.snap_m, at.twin != kNoId};
}

double DirectMeters(const Anchor& from, const Anchor& to) {
  if (!from.on_network() || from.edge != to.edge) return kUnreached;
  if (to.fraction >= from.fraction)
    return from.snap_m + (to.fraction - from.fraction) * from.length_m + to.snap_m;
  if (!from.two_way) return kUnreached;
  return from.snap_m + (from.fraction - to.fraction) * from.length_m + to.snap_m;
}

}  // namespace sanwang::circles
