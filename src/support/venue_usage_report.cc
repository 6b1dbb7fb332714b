#include "support/venue_usage_report.h"

#include <chrono>
#include <map>

#include "support/store/booking_repository.h"
#include "support/store/venue_repository.h"
#include "support/venue_access.h"
#include "support/venue_bookings.h"

namespace sanwang::support {
namespace {

Status MayRead(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (ReadsVenueUsage(org, actor, unit_id)) return Status::Ok();
  return PermissionDenied("无权查看该单位场地使用统计 you may not read the venue usage of this unit");
}

Result<std::vector<store::BookingRecord>> BookingTimes(store::Database& db, const std::string& district,
                                                       const std::string& owner_path,
                                                       std::optional<store::Id> venue_id,
                                                       const UsageRange& range) {
  store::BookingQuery query;
  query.district_code = district;
  query.owner_path = owner_path;
  query.venue_id = venue_id;
  query.states = {"accepted", "no_show"};
  query.from = StartOfLocalDay(range.from);
  query.to = StartOfLocalDay(std::chrono::sys_days{range.to} + std::chrono::days(1));
  return store::BookingRepository(db).Times(query);
}

// The unit one tier below `top` whose subtree holds `owner`, or `top` itself.
const store::UnitRecord& RowUnit(const org::OrgDirectory& org, const store::UnitRecord& top,
                                 store::Id owner) {
  for (const store::UnitRecord* child : org.Children(top.id)) {
    if (org.InSubtree(child->id, owner)) return *child;
  }
  return top;
}

std::vector<UnitUsage> SumByUnit(const org::OrgDirectory& org, const store::UnitRecord& top,
                                 const std::vector<VenueUsage>& venues) {
  std::map<std::pair<bool, std::string>, UnitUsage> rows;  // the unit itself first, then by code
  for (const VenueUsage& usage : venues) {
    const store::UnitRecord& unit = RowUnit(org, top, usage.venue.owner_unit_id);
    UnitUsage& row = rows[{unit.id != top.id, unit.code}];
    row.unit = unit;
    row.venues += 1;
    row.figures += usage.figures;
  }
  std::vector<UnitUsage> out;
  out.reserve(rows.size());
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  return out;
}

}  // namespace

Status CheckUsageRange(const UsageRange& range) {
  const auto days = (std::chrono::sys_days{range.to} - std::chrono::sys_days{range.from}).count();
  if (days < 0 || days >= kMaxUsageDays) {
    return InvalidArgument("日期范围应为 1 到 366 天 from..to must span 1 to 366 days", "to");
  }
  return Status::Ok();
}

Result<VenueUsageReport> UnitVenueUsage(store::Database& db, const org::OrgDirectory& org,
                                        const cases::Actor& actor, const WorkingCalendar& calendar,
                                        store::Id unit_id, const UsageRange& range) {
  SW_RETURN_IF_ERROR(CheckUsageRange(range));
  SW_RETURN_IF_ERROR(MayRead(org, actor, unit_id));
  const store::UnitRecord& unit = *org.Find(unit_id);
  store::VenueQuery query;
  query.district_code = org.district_code();
  query.owner_path = unit.path;
  query.active_only = false;
  SW_ASSIGN_OR_RETURN(auto venues, store::VenueRepository(db).List(query));
  SW_ASSIGN_OR_RETURN(auto bookings, BookingTimes(db, org.district_code(), unit.path, std::nullopt, range));
  VenueUsageReport report{unit, range, TallyVenueUsage(calendar, venues, bookings, range), {}};
  report.units = SumByUnit(org, unit, report.tally.venues);
  return report;
}

Result<VenueUsageReport> OneVenueUsage(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, const WorkingCalendar& calendar,
                                       store::Id venue_id, const UsageRange& range) {
  SW_RETURN_IF_ERROR(CheckUsageRange(range));
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, FindVenue(db, org, actor, venue_id));
  SW_RETURN_IF_ERROR(MayRead(org, actor, venue.owner_unit_id));
  SW_ASSIGN_OR_RETURN(auto bookings, BookingTimes(db, org.district_code(), "", venue.id, range));
  const std::vector<store::VenueRecord> venues = {venue};
  const store::UnitRecord& unit = *org.Find(venue.owner_unit_id);
  VenueUsageReport report{unit, range, TallyVenueUsage(calendar, venues, bookings, range), {}};
  report.units = {{unit, 1, report.tally.total}};
  return report;
}

}  // namespace sanwang::support
