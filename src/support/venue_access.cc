#include "support/venue_access.h"

#include "support/venue.h"

namespace sanwang::support {

bool ManagesUnit(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!org::InSet(org::VenueManagerRoles(), actor.role)) return false;
  if (actor.role == org::kAdmin) return org.Find(unit_id) != nullptr;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit_id);
}

bool ManagesVenue(const org::OrgDirectory& org, const cases::Actor& actor, const store::VenueRecord& venue) {
  return venue.district_code == org.district_code() && ManagesUnit(org, actor, venue.owner_unit_id);
}

bool ReadsVenueUsage(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (org.Find(unit_id) == nullptr || !org::InSet(org::VenueUsageReaderRoles(), actor.role)) return false;
  return org::InSet(org::DistrictWideRoles(), actor.role) || ManagesUnit(org, actor, unit_id);
}

bool SeesVenue(const org::OrgDirectory& org, const cases::Actor& actor, const store::VenueRecord& venue) {
  if (venue.district_code != org.district_code()) return false;
  return venue.active || ManagesVenue(org, actor, venue);
}

Status MayBook(const cases::Actor& actor, const store::VenueRecord& venue) {
  const bool resident = org::InSet(org::ResidentRoles(), actor.role);
  const bool staff = org::InSet(org::StaffRoles(), actor.role);
  if (!resident && !staff) return PermissionDenied("该角色不能预订场地 this role may not book venues");
  if (venue.open_to == kOpenToStaff && !staff) {
    return PermissionDenied("该场地仅供工作人员预订 this venue may be booked by staff only");
  }
  return Status::Ok();
}

bool IsBooker(const cases::Actor& actor, const store::BookingRecord& booking) {
  return actor.user_id && *actor.user_id == booking.booker_id;
}

bool SeesBookingDetails(const org::OrgDirectory& org, const cases::Actor& actor,
                        const store::BookingRecord& booking) {
  return IsBooker(actor, booking) || ManagesUnit(org, actor, booking.venue_owner_unit_id);
}

}  // namespace sanwang::support
