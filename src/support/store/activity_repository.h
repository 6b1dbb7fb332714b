// Keeps volunteer activities (support_activities) and their sign-ups
// (support_activity_signups, activity_schema.cc). The promise kept here: an activity never
// has more active sign-ups than places, on SQLite and PostgreSQL alike and with many
// writers at once. A sign-up raises the activity's `taken` counter by a conditional update
// — `SET taken = taken + 1 WHERE id = ? AND state = 'published' AND taken < places` — and
// writes its row in the same transaction only when that update touched the activity;
// otherwise it is Conflict (kActivityFullMessage) and nothing is written. A withdrawal
// lowers the counter in the withdrawal's transaction. CHECK (taken <= places) is the
// second wall.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "support/store/activity_records.h"

namespace sanwang::store {

inline constexpr const char* kActivityFullMessage = "名额已满 the activity is full";
inline constexpr const char* kAlreadySignedUpMessage =
    "已报名该活动 you have signed up for this activity already";

struct ActivityQuery {
  std::string district_code;
  // Only activities of these units (empty: every unit).
  std::vector<Id> unit_ids;
  // Only activities of units under this units.path ("/1/3/"); empty: every unit.
  std::string unit_path;
  std::optional<std::string> state;
  // Only activities this person has signed up for, withdrawn sign-ups included.
  std::optional<Id> participant_id;
  // Only activities that end after `from` and start before `to`; 0 for no bound.
  std::int64_t from = 0;
  std::int64_t to = 0;
  std::size_t limit = 500;
  std::size_t offset = 0;  // rows of the order passed over first (paging)
};

class ActivityRepository {
 public:
  explicit ActivityRepository(Database& db) : db_(db) {}

  Result<ActivityRecord> Insert(const ActivityRecord& a);
  Result<ActivityRecord> Get(Id id);
  // Earliest first, `limit` of them after `offset`.
  Result<std::vector<ActivityRecord>> List(const ActivityQuery& query);
  // How many the query selects, regardless of its limit and offset.
  Result<std::int64_t> Count(const ActivityQuery& query);
  // published → cancelled; FailedPrecondition when it is cancelled already.
  Status Cancel(Id id);

  // Takes a place and writes the sign-up in one transaction; Conflict when the activity is
  // full, no longer published, or the person is signed up already.
  Result<ActivitySignupRecord> SignUp(const ActivitySignupRecord& s);
  // signed_up → withdrawn before check-in, giving the place back; FailedPrecondition when
  // there is no such active sign-up.
  Status Withdraw(Id signup_id, std::int64_t at);
  // Sets the check-in time of an active sign-up not yet checked in.
  Status CheckIn(Id signup_id, std::int64_t at);
  // Sets the check-out time and the minutes credited of a checked-in sign-up not yet out.
  Status CheckOut(Id signup_id, std::int64_t at, std::int64_t minutes);
  Result<ActivitySignupRecord> GetSignup(Id id);
  // The person's active sign-up for the activity, if any.
  Result<std::optional<ActivitySignupRecord>> ActiveSignupOf(Id activity_id, Id user_id);
  // Every sign-up of the activity, active first then withdrawn, in order of signing up.
  Result<std::vector<ActivitySignupRecord>> Signups(Id activity_id);
  // The ids of the activities the person is actively signed up for among `activity_ids`.
  Result<std::vector<Id>> SignedUpAmong(Id user_id, const std::vector<Id>& activity_ids);

  // Credited minutes per workplace and member, of activities starting in [from, to) and not
  // cancelled; only sign-ups with a workplace (party members) when `members_only`.
  // `workplace` non-empty: that workplace only. Ordered by workplace, then member name.
  Result<std::vector<ServiceHoursRow>> Hours(const std::string& district, std::int64_t from, std::int64_t to,
                                             const std::string& workplace, bool members_only);

 private:
  Database& db_;
};

}  // namespace sanwang::store
