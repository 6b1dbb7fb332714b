// The support net's venues as facilities of the fifteen-minute service circles: a venue
// counts in the analysis as a facility of the type its kind stands for
// (support::FacilityTypeOfVenueKind), so the district registers it once, as a venue, and
// not again in a facilities CSV. Composed here because circles/ includes no other domain
// module and support/ knows nothing of the circles (docs/architecture.md §3).
//
// A venue counts when it is active, has a point and is of a kind with a facility type. Its
// point is kept in WGS-84 (store/venue_records.h), as the stored network's (OpenStreetMap's)
// points are, so it is used unconverted; like the facilities CSV's, a point taken from a
// Chinese map app (GCJ-02) must be converted before it is entered (geo/china_coordinates.h).
//
// Same thread-safety as the Database given (one thread at a time); VenueFacilities is pure.
#pragma once

#include <string>
#include <vector>

#include "circles/analysis_run.h"
#include "support/store/venue_records.h"

namespace sanwang::cli {

// The venues that count, each as a facility with the id "venue:<id>" and the venue's name.
std::vector<circles::Facility> VenueFacilities(const std::vector<store::VenueRecord>& venues);

// The district's venues that count, read from the store.
Result<std::vector<circles::Facility>> DistrictVenueFacilities(store::Database& db,
                                                               const std::string& district);

// circles::AnalyzeAndStore with the district's venues as extra facilities: what every
// command analysing a district's stored network runs (`circles analyze`, `sanwang demo`).
Result<circles::AnalysisRun> AnalyzeWithVenues(store::Database& db, const std::string& district,
                                               circles::StoredNetwork& stored,
                                               const circles::CirclesConfig& config,
                                               const org::OrgDirectory& org, UnixSeconds now,
                                               const circles::ProgressFn& progress = {});

}  // namespace sanwang::cli
