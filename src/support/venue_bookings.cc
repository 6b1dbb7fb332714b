#include "support/venue_bookings.h"

#include "notify/booking_notices.h"
#include "support/store/booking_repository.h"
#include "support/store/venue_repository.h"
#include "support/venue.h"
#include "support/venue_access.h"

namespace sanwang::support {
namespace {

const char* const kNotManager = "无权管理该场地 you do not manage this venue's unit";

// The owner named by code: a community, a street or the district the actor manages.
Result<store::Id> OwnerUnit(const org::OrgDirectory& org, const cases::Actor& actor,
                            const std::string& code) {
  const store::UnitRecord* unit = org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "owner_unit_code");
  if (unit->kind != "community" && unit->kind != "street" && unit->kind != "district") {
    return InvalidArgument(
        "场地须属于社区、街道或区 a venue belongs to a community, a street or the district",
        "owner_unit_code");
  }
  if (!ManagesUnit(org, actor, unit->id)) return PermissionDenied(kNotManager);
  return unit->id;
}

struct DecisionRule {
  std::set<std::string> from;
  std::string to;
  bool release_slots;
};

DecisionRule RuleOf(Decision d) {
  switch (d) {
    case Decision::kApprove:
      return {{"pending"}, "accepted", false};
    case Decision::kRefuse:
      return {{"pending"}, "refused", true};
    case Decision::kCancel:
      return {{"pending", "accepted"}, "cancelled", true};
    case Decision::kNoShow:
      return {{"accepted"}, "no_show", false};
  }
  return {};
}

// The decision's name in the notice rules (config/notices.toml).
std::string DecisionName(Decision d) {
  switch (d) {
    case Decision::kApprove:
      return "approve";
    case Decision::kRefuse:
      return "refuse";
    case Decision::kCancel:
      return "cancel";
    case Decision::kNoShow:
      return "no_show";
  }
  return {};
}

Status MayDecide(const org::OrgDirectory& org, const cases::Actor& actor, const store::BookingRecord& b,
                 Decision d) {
  if (ManagesUnit(org, actor, b.venue_owner_unit_id)) return Status::Ok();
  if (d == Decision::kCancel && IsBooker(actor, b)) return Status::Ok();
  return PermissionDenied(kNotManager);
}

Status FitsDecision(const store::BookingRecord& b, Decision d, const std::string& reason, UnixSeconds now) {
  const DecisionRule rule = RuleOf(d);
  if (!rule.from.contains(b.state)) {
    return FailedPrecondition("预订当前状态为 " + b.state + "，不能如此处理 a booking that is " + b.state +
                              " cannot be " + rule.to);
  }
  if (d == Decision::kRefuse && reason.empty())
    return InvalidArgument("请填写拒绝理由 give a reason", "reason");
  if (reason.size() > 500) return InvalidArgument("理由过长 reason is too long", "reason");
  if (d == Decision::kNoShow && now < b.starts_at) {
    return FailedPrecondition("开始之前不能标记爽约 no-show can be marked only after the start");
  }
  if (d == Decision::kCancel && now >= b.ends_at) {
    return FailedPrecondition("预订已结束，不能取消 the booking is over and cannot be cancelled");
  }
  return Status::Ok();
}

}  // namespace

Result<store::Id> VenueOwnerUnit(const org::OrgDirectory& org, const std::string& code) {
  const store::UnitRecord* unit = org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "owner_unit_code");
  if (unit->kind != "community" && unit->kind != "street" && unit->kind != "district") {
    return InvalidArgument(
        "场地须属于社区、街道或区 a venue belongs to a community, a street or the district",
        "owner_unit_code");
  }
  return unit->id;
}

Result<store::VenueRecord> CreateVenue(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, store::VenueRecord venue) {
  SW_ASSIGN_OR_RETURN(venue.owner_unit_id, OwnerUnit(org, actor, venue.owner_unit_code));
  SW_RETURN_IF_ERROR(ValidateVenue(venue));
  venue.district_code = org.district_code();
  return store::VenueRepository(db).Insert(venue);
}

Result<store::VenueRecord> UpdateVenue(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, store::VenueRecord venue) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord old, FindVenue(db, org, actor, venue.id));
  if (!ManagesVenue(org, actor, old)) return PermissionDenied(kNotManager);
  SW_ASSIGN_OR_RETURN(venue.owner_unit_id, OwnerUnit(org, actor, venue.owner_unit_code));
  SW_RETURN_IF_ERROR(ValidateVenue(venue));
  venue.district_code = old.district_code;
  SW_RETURN_IF_ERROR(store::VenueRepository(db).Update(venue));
  return store::VenueRepository(db).Get(venue.id);
}

Result<store::VenueRecord> FindVenue(store::Database& db, const org::OrgDirectory& org,
                                     const cases::Actor& actor, store::Id id) {
  auto venue = store::VenueRepository(db).Get(id);
  if (!venue.ok() && venue.status().code() != ErrorCode::kNotFound) return venue.status();
  if (!venue.ok() || !SeesVenue(org, actor, *venue)) return NotFound("场地不存在 no such venue");
  return venue;
}

Result<store::BookingRecord> BookVenue(store::Database& db, const org::OrgDirectory& org,
                                       const cases::Actor& actor, const WorkingCalendar& calendar,
                                       store::Id venue_id, const BookingRequest& request, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, FindVenue(db, org, actor, venue_id));
  SW_RETURN_IF_ERROR(MayBook(actor, venue));
  SW_RETURN_IF_ERROR(CheckBooking(venue, request, now, calendar));
  store::BookingRecord b;
  b.district_code = venue.district_code;
  b.venue_id = venue.id;
  b.booker_id = *actor.user_id;
  b.purpose = request.purpose;
  b.people = request.people;
  b.starts_at = request.starts_at;
  b.ends_at = request.ends_at;
  b.state = venue.needs_approval ? "pending" : "accepted";
  b.created_at = now;
  return store::BookingRepository(db).Insert(b);
}

Result<store::BookingRecord> DecideBooking(store::Database& db, const org::OrgDirectory& org,
                                           const cases::Actor& actor, store::Id booking_id, Decision decision,
                                           const std::string& reason, UnixSeconds now,
                                           const notify::NoticeRules* notices) {
  store::BookingRepository bookings(db);
  auto found = bookings.Get(booking_id);
  if (!found.ok() || found->district_code != org.district_code())
    return NotFound("预订不存在 no such booking");
  SW_RETURN_IF_ERROR(MayDecide(org, actor, *found, decision));
  SW_RETURN_IF_ERROR(FitsDecision(*found, decision, reason, now));
  const DecisionRule rule = RuleOf(decision);
  SW_RETURN_IF_ERROR(db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        bookings.Change({booking_id, rule.from, rule.to, reason, actor.user_id, now, rule.release_slots}));
    if (notices == nullptr) return Status::Ok();
    const notify::BookingDecided told{found->district_code,
                                      found->booker_id,
                                      DecisionName(decision),
                                      found->venue_name,
                                      found->starts_at,
                                      found->ends_at,
                                      reason};
    return notify::TellBooker(db, *notices, told, actor, now);
  }));
  return bookings.Get(booking_id);
}

Result<store::BookingQuery> MyBookingsQuery(const org::OrgDirectory& org, const cases::Actor& actor,
                                            UnixSeconds now) {
  if (!actor.user_id) return PermissionDenied("请先登录 sign in first");
  store::BookingQuery query;
  query.district_code = org.district_code();
  query.booker_id = actor.user_id;
  query.upcoming_first_at = now;
  return query;
}

Result<store::BookingQuery> ManagedBookingsQuery(const org::OrgDirectory& org, const cases::Actor& actor,
                                                 const std::set<std::string>& states) {
  if (!org::InSet(org::VenueManagerRoles(), actor.role)) return PermissionDenied(kNotManager);
  store::BookingQuery query;
  query.district_code = org.district_code();
  query.states = states;
  if (actor.role != org::kAdmin) {
    const store::UnitRecord* unit = actor.unit_id ? org.Find(*actor.unit_id) : nullptr;
    if (unit == nullptr) return PermissionDenied("账号没有所属单位 your account has no unit");
    query.owner_path = unit->path;
  }
  return query;
}

}  // namespace sanwang::support
