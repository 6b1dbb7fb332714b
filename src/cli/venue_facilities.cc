#include "cli/venue_facilities.h"

#include "support/store/venue_repository.h"
#include "support/venue.h"

namespace sanwang::cli {
namespace {

bool CountsAsFacility(const store::VenueRecord& v) {
  return v.active && v.lon && v.lat && !support::FacilityTypeOfVenueKind(v.kind).empty();
}

}  // namespace

std::vector<circles::Facility> VenueFacilities(const std::vector<store::VenueRecord>& venues) {
  std::vector<circles::Facility> facilities;
  for (const store::VenueRecord& v : venues) {
    if (!CountsAsFacility(v)) continue;
    circles::Facility f;
    f.id = "venue:" + std::to_string(v.id);
    f.type = std::string(support::FacilityTypeOfVenueKind(v.kind));
    f.where = {*v.lon, *v.lat};
    f.name = v.name;
    facilities.push_back(std::move(f));
  }
  return facilities;
}

Result<std::vector<circles::Facility>> DistrictVenueFacilities(store::Database& db,
                                                               const std::string& district) {
  store::VenueQuery query;
  query.district_code = district;
  query.active_only = true;
  SW_ASSIGN_OR_RETURN(std::vector<store::VenueRecord> venues, store::VenueRepository(db).List(query));
  return VenueFacilities(venues);
}

Result<circles::AnalysisRun> AnalyzeWithVenues(store::Database& db, const std::string& district,
                                               circles::StoredNetwork& stored,
                                               const circles::CirclesConfig& config,
                                               const org::OrgDirectory& org, UnixSeconds now,
                                               const circles::ProgressFn& progress) {
  SW_ASSIGN_OR_RETURN(std::vector<circles::Facility> venues, DistrictVenueFacilities(db, district));
  return circles::AnalyzeAndStore(db, district, stored, std::move(venues), config, org, now, progress);
}

}  // namespace sanwang::cli
