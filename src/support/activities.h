// Volunteer activities as actions: a community or street publishes one (title, time, place,
// places available, public or members-only) and may cancel it; residents sign up and
// withdraw before the start; the organizers check participants in and out, and the minutes
// between, rounded to half hours (service_hours.h), are credited. Each checks who may act
// (activity_access.h) and what fits before it writes through ActivityRepository, whose
// conditional update of the taken-places counter keeps sign-ups within the places (a full
// activity is Conflict). Used by the routes and the demo. Stateless functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "org/org_directory.h"
#include "store/database.h"
#include "support/store/activity_records.h"

namespace sanwang::support {

struct ActivityRequest {
  std::string unit_code;  // the publishing community or street
  std::string title;
  std::string description;
  UnixSeconds starts_at = 0;
  UnixSeconds ends_at = 0;
  std::string place;
  std::optional<store::Id> venue_id;  // a venue of support_venues; its name when place is empty
  std::int64_t places = 0;
  std::string open_to = "public";  // public or members
};

// Pure checks of the request (each InvalidArgument naming the field): a title, a time that
// ends after it starts, lasts at most a day and has not begun, places 1 to 10,000, open_to
// public or members, a place or a venue.
Status CheckActivity(const ActivityRequest& request, UnixSeconds now);

Result<store::ActivityRecord> PublishActivity(store::Database& db, const org::OrgDirectory& org,
                                              const cases::Actor& actor, const ActivityRequest& request,
                                              UnixSeconds now);
// NotFound for an activity of another district.
Result<store::ActivityRecord> FindActivity(store::Database& db, const org::OrgDirectory& org, store::Id id);
// published → cancelled before its end, by its organizers.
Result<store::ActivityRecord> CancelActivity(store::Database& db, const org::OrgDirectory& org,
                                             const cases::Actor& actor, store::Id id, UnixSeconds now);

// Conflict when full or signed up already; the sign-up carries the member's workplace.
Result<store::ActivitySignupRecord> SignUpForActivity(store::Database& db, const org::OrgDirectory& org,
                                                      const cases::Actor& actor, store::Id activity_id,
                                                      UnixSeconds now);
// The actor's own active sign-up, before the start; the place is free again.
Status WithdrawFromActivity(store::Database& db, const org::OrgDirectory& org, const cases::Actor& actor,
                            store::Id activity_id, UnixSeconds now);

// By the organizers, at `at` (not in the future; check-in from an hour before the start to
// the end, check-out after the check-in). Check-out credits CreditedMinutes.
Result<store::ActivitySignupRecord> CheckInParticipant(store::Database& db, const org::OrgDirectory& org,
                                                       const cases::Actor& actor, store::Id activity_id,
                                                       store::Id signup_id, UnixSeconds at, UnixSeconds now);
Result<store::ActivitySignupRecord> CheckOutParticipant(store::Database& db, const org::OrgDirectory& org,
                                                        const cases::Actor& actor, store::Id activity_id,
                                                        store::Id signup_id, UnixSeconds at, UnixSeconds now);

// The units whose activities a resident is shown: the community of their confirmed or
// pending registration, else of their account's unit, and the street above it; empty
// (every unit) when neither is known, and for staff.
std::vector<store::Id> ActivityUnitsFor(const org::OrgDirectory& org, const cases::Actor& actor,
                                        const std::optional<store::PartyRegistrationRecord>& registration);

}  // namespace sanwang::support
