// Facilities from outside the imported network — a register the district keeps itself,
// such as the support net's venues — added to a stored network for an analysis, so that
// they count in the circles without being entered a second time as a facilities CSV.
// They arrive as plain points (id, type, WGS-84 location, name): this module does not know
// where they come from; the caller that reads the register composes them
// (docs/architecture.md §3: circles/ includes no other domain module).
//
// The stored network keeps no polylines of its stretches, so an extra facility is snapped
// the way the point query snaps a location (point_query.h): onto the straight line between
// a stretch's ends, onto the largest part only when the import does so, and off the network
// beyond max_snap_m — as the import treats its own points otherwise. The walk along the
// stretch is still its true length, shared in proportion.
//
// The same place counted once: an extra facility within kSamePlaceMetres (straight line) of
// a facility of the same type already there — the network's, or an extra one added before
// it in the order given — is taken to be that facility and is not added. A community
// centre is often both in OpenStreetMap and in the district's register, and a register
// lists the rooms of one service centre apiece; counting each would tell the neighbours
// they have two or three cultural centres within five minutes where they have one place to
// walk to. Two different places of one type closer than that are rare, and missing one of
// them costs a count of one, never a walk (the other stands at the same place).
//
// Pure functions on the values given; safe to call on different networks at once.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "circles/circles_config.h"
#include "circles/walk_network.h"

namespace sanwang::circles {

// About half the width of a community service building: an entrance pinned by hand and a
// footprint's centroid from OSM meet within it.
inline constexpr double kSamePlaceMetres = 25;

struct ExtraFacilitiesAdded {
  std::vector<Facility> added;          // now among the network's facilities, snapped
  std::size_t off_network = 0;          // of those added, farther than max_snap_m from every stretch
  std::vector<std::string> same_place;  // ids left out: a facility of the type stands there already
};

// Snaps `extra` onto `network`, leaves out those at the place of a facility of the same
// type, and adds the rest to network.points.facilities, which stay in map order
// (SortFacilitiesAlongNetwork). The homes, and so the order of an analysis's results, are
// not touched.
ExtraFacilitiesAdded AddExtraFacilities(WalkNetwork& network, std::vector<Facility> extra,
                                        const CirclesConfig& config);

// Adds facilities snapped onto this network before (an analysis's extra_facilities, as a
// server adds them to the network it serves), in map order. DataLoss, leaving the network
// as it was, when one lies on an edge the network does not have.
Status AddSnappedFacilities(WalkNetwork& network, const std::vector<Facility>& snapped);

}  // namespace sanwang::circles
