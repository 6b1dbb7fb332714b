#include "support/calendar_link.h"

#include "support/store/calendar_link_repository.h"

namespace sanwang::support {
namespace {

Result<store::Id> PersonOf(const cases::Actor& actor) {
  if (!actor.user_id) return PermissionDenied("请先登录 sign in first");
  return *actor.user_id;
}

}  // namespace

Result<CalendarLinkState> CalendarLinkOf(store::Database& db, const cases::Actor& actor) {
  SW_ASSIGN_OR_RETURN(store::Id person, PersonOf(actor));
  SW_ASSIGN_OR_RETURN(auto link, store::CalendarLinkRepository(db).Of(person));
  if (!link) return CalendarLinkState{};
  return CalendarLinkState{true, link->created_at};
}

Result<NewCalendarLink> CreateCalendarLink(store::Database& db, const std::string& district_code,
                                           const cases::Actor& actor, const MakeLinkSecret& make_secret,
                                           UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id person, PersonOf(actor));
  const LinkSecret secret = make_secret();
  Status inserted = store::CalendarLinkRepository(db).Insert({person, district_code, secret.hash, now});
  if (inserted.code() == ErrorCode::kAlreadyExists) {
    return Conflict(
        "已有日历订阅链接，如需新链接请重新生成 a calendar link exists already; rotate it for a new one");
  }
  SW_RETURN_IF_ERROR(inserted);
  return NewCalendarLink{secret.token, now};
}

Result<NewCalendarLink> RotateCalendarLink(store::Database& db, const std::string& district_code,
                                           const cases::Actor& actor, const MakeLinkSecret& make_secret,
                                           UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id person, PersonOf(actor));
  const LinkSecret secret = make_secret();
  SW_RETURN_IF_ERROR(store::CalendarLinkRepository(db).Replace({person, district_code, secret.hash, now}));
  return NewCalendarLink{secret.token, now};
}

Result<store::Id> CalendarOwner(store::Database& db, const std::string& district_code,
                                const std::string& token_hash) {
  SW_ASSIGN_OR_RETURN(auto owner,
                      store::CalendarLinkRepository(db).EnabledOwnerOf(district_code, token_hash));
  if (!owner) return NotFound(kNoSuchCalendarMessage);
  return *owner;
}

}  // namespace sanwang::support
