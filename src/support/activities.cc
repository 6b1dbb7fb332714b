#include "support/activities.h"

#include "support/activity_access.h"
#include "support/party_members.h"
#include "support/service_hours.h"
#include "support/store/activity_repository.h"
#include "support/store/venue_repository.h"

namespace sanwang::support {
namespace {

constexpr std::int64_t kMaxPlaces = 10000;
constexpr std::int64_t kLongestSeconds = 24 * 3600;
constexpr std::int64_t kEarlyCheckInSeconds = 3600;
const char* const kNotOrganizer = "无权组织该单位的活动 you do not organize this unit's activities";

Result<store::Id> PublishingUnit(const org::OrgDirectory& org, const cases::Actor& actor,
                                 const std::string& code) {
  const store::UnitRecord* unit = org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "unit_code");
  if (unit->kind != "community" && unit->kind != "street") {
    return InvalidArgument("活动须由社区或街道发布 a community or a street publishes activities",
                           "unit_code");
  }
  if (!OrganizesUnit(org, actor, unit->id)) return PermissionDenied(kNotOrganizer);
  return unit->id;
}

Result<store::ActivityRecord> OrganizedActivity(store::Database& db, const org::OrgDirectory& org,
                                                const cases::Actor& actor, store::Id id) {
  SW_ASSIGN_OR_RETURN(store::ActivityRecord a, FindActivity(db, org, id));
  if (!OrganizesUnit(org, actor, a.unit_id)) return PermissionDenied(kNotOrganizer);
  return a;
}

Result<store::ActivitySignupRecord> SignupOf(store::ActivityRepository& repo, store::Id activity_id,
                                             store::Id signup_id) {
  auto s = repo.GetSignup(signup_id);
  if (!s.ok() || s->activity_id != activity_id) return NotFound("报名记录不存在 no such sign-up");
  return s;
}

}  // namespace

Status CheckActivity(const ActivityRequest& r, UnixSeconds now) {
  if (r.title.empty()) return InvalidArgument("请填写活动名称 title is required", "title");
  if (r.title.size() > 200) return InvalidArgument("活动名称过长 title is too long", "title");
  if (r.description.size() > 4000)
    return InvalidArgument("活动介绍过长 description is too long", "description");
  if (r.ends_at <= r.starts_at)
    return InvalidArgument("结束时间须晚于开始时间 ends_at must be after starts_at", "ends_at");
  if (r.ends_at - r.starts_at > kLongestSeconds)
    return InvalidArgument("活动不能超过一天 an activity lasts at most a day", "ends_at");
  if (r.starts_at <= now) return InvalidArgument("开始时间已过 starts_at is in the past", "starts_at");
  if (r.places < 1 || r.places > kMaxPlaces)
    return InvalidArgument("名额应为 1 到 10000 places must be 1 to 10000", "places");
  if (r.open_to != kOpenToPublic && r.open_to != kOpenToMembers)
    return InvalidArgument("open_to 应为 public 或 members open_to must be public or members", "open_to");
  if (r.place.empty() && !r.venue_id) return InvalidArgument("请填写活动地点 place is required", "place");
  if (r.place.size() > 200) return InvalidArgument("活动地点过长 place is too long", "place");
  return Status::Ok();
}

Result<store::ActivityRecord> PublishActivity(store::Database& db, const org::OrgDirectory& org,
                                              const cases::Actor& actor, const ActivityRequest& request,
                                              UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id unit, PublishingUnit(org, actor, request.unit_code));
  SW_RETURN_IF_ERROR(CheckActivity(request, now));
  store::ActivityRecord a;
  a.place = request.place;
  if (request.venue_id) {
    auto venue = store::VenueRepository(db).Get(*request.venue_id);
    if (!venue.ok() || venue->district_code != org.district_code())
      return InvalidArgument("场地不存在 no venue " + std::to_string(*request.venue_id), "venue_id");
    if (a.place.empty()) a.place = venue->name;
  }
  a.district_code = org.district_code();
  a.unit_id = unit;
  a.title = request.title;
  a.description = request.description;
  a.starts_at = request.starts_at;
  a.ends_at = request.ends_at;
  a.venue_id = request.venue_id;
  a.places = request.places;
  a.open_to = request.open_to;
  a.state = "published";
  a.created_by = actor.user_id;
  a.created_at = now;
  return store::ActivityRepository(db).Insert(a);
}

Result<store::ActivityRecord> FindActivity(store::Database& db, const org::OrgDirectory& org, store::Id id) {
  auto a = store::ActivityRepository(db).Get(id);
  if (!a.ok() && a.status().code() != ErrorCode::kNotFound) return a.status();
  if (!a.ok() || a->district_code != org.district_code()) return NotFound("活动不存在 no such activity");
  return a;
}

Result<store::ActivityRecord> CancelActivity(store::Database& db, const org::OrgDirectory& org,
                                             const cases::Actor& actor, store::Id id, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::ActivityRecord a, OrganizedActivity(db, org, actor, id));
  if (now >= a.ends_at)
    return FailedPrecondition("活动已结束，不能取消 the activity is over and cannot be cancelled");
  store::ActivityRepository repo(db);
  SW_RETURN_IF_ERROR(repo.Cancel(id));
  return repo.Get(id);
}

Result<store::ActivitySignupRecord> SignUpForActivity(store::Database& db, const org::OrgDirectory& org,
                                                      const cases::Actor& actor, store::Id activity_id,
                                                      UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::ActivityRecord a, FindActivity(db, org, activity_id));
  std::optional<store::PartyRegistrationRecord> registration;
  if (actor.user_id) {
    SW_ASSIGN_OR_RETURN(registration, ActiveRegistration(db, org.district_code(), *actor.user_id));
  }
  const bool confirmed = registration && registration->state == "confirmed";
  SW_RETURN_IF_ERROR(MaySignUp(actor, a, confirmed, now));
  store::ActivitySignupRecord s;
  s.district_code = a.district_code;
  s.activity_id = a.id;
  s.user_id = *actor.user_id;
  s.workplace = confirmed ? registration->workplace : "";
  s.created_at = now;
  return store::ActivityRepository(db).SignUp(s);
}

Status WithdrawFromActivity(store::Database& db, const org::OrgDirectory& org, const cases::Actor& actor,
                            store::Id activity_id, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::ActivityRecord a, FindActivity(db, org, activity_id));
  if (!actor.user_id) return PermissionDenied("请先登录 sign in first");
  if (now >= a.starts_at) return FailedPrecondition("活动已开始，不能退出 the activity has begun");
  store::ActivityRepository repo(db);
  SW_ASSIGN_OR_RETURN(auto mine, repo.ActiveSignupOf(activity_id, *actor.user_id));
  if (!mine) return FailedPrecondition("您未报名该活动 you have not signed up for this activity");
  return repo.Withdraw(mine->id, now);
}

Result<store::ActivitySignupRecord> CheckInParticipant(store::Database& db, const org::OrgDirectory& org,
                                                       const cases::Actor& actor, store::Id activity_id,
                                                       store::Id signup_id, UnixSeconds at, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::ActivityRecord a, OrganizedActivity(db, org, actor, activity_id));
  if (a.state != "published") return FailedPrecondition("活动已取消 the activity is cancelled");
  if (at > now) return InvalidArgument("签到时间不能晚于现在 at is in the future", "at");
  if (at < a.starts_at - kEarlyCheckInSeconds || at > a.ends_at) {
    return InvalidArgument(
        "签到时间须在活动开始前一小时至结束之间 at must lie between an hour before the start "
        "and the end",
        "at");
  }
  store::ActivityRepository repo(db);
  SW_RETURN_IF_ERROR(SignupOf(repo, activity_id, signup_id).status());
  SW_RETURN_IF_ERROR(repo.CheckIn(signup_id, at));
  return repo.GetSignup(signup_id);
}

Result<store::ActivitySignupRecord> CheckOutParticipant(store::Database& db, const org::OrgDirectory& org,
                                                        const cases::Actor& actor, store::Id activity_id,
                                                        store::Id signup_id, UnixSeconds at,
                                                        UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::ActivityRecord a, OrganizedActivity(db, org, actor, activity_id));
  if (a.state != "published") return FailedPrecondition("活动已取消 the activity is cancelled");
  if (at > now) return InvalidArgument("签退时间不能晚于现在 at is in the future", "at");
  store::ActivityRepository repo(db);
  SW_ASSIGN_OR_RETURN(store::ActivitySignupRecord s, SignupOf(repo, activity_id, signup_id));
  if (!s.checked_in_at) return FailedPrecondition("尚未签到 not checked in");
  if (at < *s.checked_in_at)
    return InvalidArgument("签退时间须晚于签到时间 at must be after the check-in", "at");
  SW_RETURN_IF_ERROR(repo.CheckOut(signup_id, at, CreditedMinutes(*s.checked_in_at, at)));
  return repo.GetSignup(signup_id);
}

std::vector<store::Id> ActivityUnitsFor(const org::OrgDirectory& org, const cases::Actor& actor,
                                        const std::optional<store::PartyRegistrationRecord>& registration) {
  if (!org::InSet(org::ActivityParticipantRoles(), actor.role)) return {};
  const store::UnitRecord* community = nullptr;
  if (registration) community = org.Find(registration->community_id);
  if (community == nullptr && actor.unit_id) community = org.AncestorOfKind(*actor.unit_id, "community");
  if (community == nullptr) return {};
  std::vector<store::Id> units = {community->id};
  if (const store::UnitRecord* street = org.AncestorOfKind(community->id, "street"))
    units.push_back(street->id);
  return units;
}

}  // namespace sanwang::support
