// In-service party members registering with the community where they live
// (在职党员进社区报到) as actions: a resident registers (workplace and party branch), the
// community's organizers confirm or decline with a reason, the member withdraws. Each
// checks who may act (activity_access.h) and what fits before it writes through
// PartyRegistrationRepository, whose unique index keeps one pending or confirmed
// registration per person. Used by the routes and the demo. Stateless functions.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "org/org_directory.h"
#include "store/database.h"
#include "support/store/activity_records.h"

namespace sanwang::support {

struct RegistrationRequest {
  // The community where the member lives; empty: the community of the account's unit.
  std::string community_code;
  std::string workplace;
  std::string party_branch;
};

// Pending until the community decides. Conflict when the person has a pending or
// confirmed registration already; InvalidArgument naming the field for bad input.
Result<store::PartyRegistrationRecord> RegisterPartyMember(store::Database& db, const org::OrgDirectory& org,
                                                           const cases::Actor& actor,
                                                           const RegistrationRequest& request,
                                                           UnixSeconds now);

enum class RegistrationDecision { kConfirm, kDecline, kWithdraw };
// confirm: pending → confirmed; decline (a reason needed): pending → declined — by the
// community's organizers; withdraw: pending or confirmed → withdrawn, by the member.
Result<store::PartyRegistrationRecord> DecideRegistration(store::Database& db, const org::OrgDirectory& org,
                                                          const cases::Actor& actor, store::Id id,
                                                          RegistrationDecision decision,
                                                          const std::string& reason, UnixSeconds now);

// The registrations with communities the actor organizes (the district for admins), in
// `states` (all when empty), newest first: `limit` of them from `offset` on, and how many
// there are in all.
struct RegistrationPage {
  std::vector<store::PartyRegistrationRecord> records;
  std::int64_t total = 0;
};
Result<RegistrationPage> RegistrationsToManage(store::Database& db, const org::OrgDirectory& org,
                                               const cases::Actor& actor, const std::set<std::string>& states,
                                               std::size_t offset, std::size_t limit);

// The person's pending or confirmed registration, if any.
Result<std::optional<store::PartyRegistrationRecord>> ActiveRegistration(store::Database& db,
                                                                         const std::string& district,
                                                                         store::Id user_id);

}  // namespace sanwang::support
