// The rows of in-service party members' registrations (在职党员进社区报到) and the volunteer
// activities communities publish, with their sign-ups (the "support" migration stream,
// activity_schema.cc): plain values the repositories read and write. The rules about them
// (who may register, confirm, sign up, check in) live in src/support/, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/records.h"

namespace sanwang::store {

// A resident's registration as an in-service party member with the community where they
// live: pending → confirmed or declined (with a reason) by the community, or withdrawn by
// the member. At most one pending or confirmed registration per person.
struct PartyRegistrationRecord {
  Id id = 0;
  std::string district_code;
  Id user_id = 0;
  Id community_id = 0;
  std::string workplace;     // the unit the member works for, free text
  std::string party_branch;  // the party branch the member belongs to
  std::string state;         // pending, confirmed, declined, withdrawn
  std::string reason;        // why it was declined
  std::int64_t created_at = 0;
  std::optional<Id> decided_by;
  std::optional<std::int64_t> decided_at;
  // Read with the registration; ignored on writes.
  std::string user_name;
  std::string user_phone;
  std::string community_code;
  std::string community_name;
};

// A volunteer activity a community or street publishes. Times are Unix seconds (UTC).
struct ActivityRecord {
  Id id = 0;
  std::string district_code;
  Id unit_id = 0;
  std::string title;
  std::string description;
  std::int64_t starts_at = 0;
  std::int64_t ends_at = 0;
  std::string place;  // free text
  std::optional<Id> venue_id;
  std::int64_t places = 0;  // places available
  std::int64_t taken = 0;   // places taken by active sign-ups; never above places
  std::string open_to;      // public (residents) or members (confirmed party members)
  std::string state;        // published, cancelled
  std::optional<Id> created_by;
  std::int64_t created_at = 0;
  // Read with the activity; ignored on writes.
  std::string unit_code;
  std::string unit_name;
};

// One person's sign-up for an activity: signed_up or withdrawn; the organizer checks the
// participant in and out, and the minutes credited are stored at check-out.
struct ActivitySignupRecord {
  Id id = 0;
  std::string district_code;
  Id activity_id = 0;
  Id user_id = 0;
  std::string state;      // signed_up, withdrawn
  std::string workplace;  // the member's workplace when they signed up, "" for others
  std::int64_t created_at = 0;
  std::optional<std::int64_t> withdrawn_at;
  std::optional<std::int64_t> checked_in_at;
  std::optional<std::int64_t> checked_out_at;
  std::int64_t minutes = 0;  // credited service time
  // Read with the sign-up; ignored on writes.
  std::string user_name;
  std::string user_phone;
};

// Service minutes of one member in a period, with the workplace they gave.
struct ServiceHoursRow {
  std::string workplace;
  Id user_id = 0;
  std::string user_name;
  std::int64_t activities = 0;
  std::int64_t minutes = 0;
};

}  // namespace sanwang::store
