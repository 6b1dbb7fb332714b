// A person's calendar link (订阅日历): the secret address at which calendar programs, which
// cannot sign in, fetch everything on that person's calendar (person_calendar.h). The
// secret is the only credential, so it is treated like a session token: made from the
// server's randomness, shown to its owner only when it is made, stored only as a hash.
// Each person has at most one link; making it again (rotating) gives a new secret and the
// old address stops working. A link whose owner's account is disabled leads nowhere, and
// an unknown, rotated or disabled link answers the same NotFound, so the answer tells
// nothing of whether an address ever worked. Stateless functions.
#pragma once

#include <functional>
#include <string>

#include "cases/actor.h"
#include "core/time.h"
#include "store/database.h"

namespace sanwang::support {

// A fresh secret and the hash stored in its place (the server's NewToken and HashToken).
struct LinkSecret {
  std::string token;
  std::string hash;
};
using MakeLinkSecret = std::function<LinkSecret()>;

// Whether the person has a link, and since when; never the secret.
struct CalendarLinkState {
  bool active = false;
  UnixSeconds created_at = 0;
};

// A link just made: the only time its secret is known outside the owner's calendar program.
struct NewCalendarLink {
  std::string token;
  UnixSeconds created_at = 0;
};

inline constexpr const char* kNoSuchCalendarMessage = "没有这个日历 no such calendar";

Result<CalendarLinkState> CalendarLinkOf(store::Database& db, const cases::Actor& actor);
// The person's first link; Conflict when they have one (rotate it to get a new secret).
Result<NewCalendarLink> CreateCalendarLink(store::Database& db, const std::string& district_code,
                                           const cases::Actor& actor, const MakeLinkSecret& make_secret,
                                           UnixSeconds now);
// A new secret in place of the old one, or the first one.
Result<NewCalendarLink> RotateCalendarLink(store::Database& db, const std::string& district_code,
                                           const cases::Actor& actor, const MakeLinkSecret& make_secret,
                                           UnixSeconds now);
// The person whose enabled account holds the link of this hash; NotFound otherwise.
Result<store::Id> CalendarOwner(store::Database& db, const std::string& district_code,
                                const std::string& token_hash);

}  // namespace sanwang::support
