// Reads and writes cases, their immutable events and the indicator counters.
//
// Every change to a case goes through Update: inside one transaction it reads the case,
// lets the caller's decision (the workflow engine) compute the new row and its event,
// writes both, and moves the case's contribution in `case_monthly_stats` from its old
// units to its new ones. A concurrent change to the same case is detected by a version
// number and the decision is re-run on the fresh row.
//
// Same thread-safety as the Database.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "store/case_projection.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct CaseChange {
  CaseRecord updated;
  CaseEventRecord event;
};

// A case with the events that led to where it stands (a matter moved in from another system).
struct CaseWithHistory {
  CaseRecord record;
  std::vector<CaseEventRecord> events;  // oldest first
};

// The indicator counters of CaseCounters as one row of values, in kCaseCounterFields' order.
using CounterValues = std::array<std::int64_t, kCaseCounterFields.size()>;

// A rectangle of WGS-84 longitudes and latitudes.
struct CoordinateBox {
  double min_lon = -180, min_lat = -90, max_lon = 180, max_lat = 90;
};

// The order of a case list: newest filed first, or the nearest deadline first (cases
// without that deadline last).
enum class CaseOrder { kNewestFirst, kAcceptDueFirst, kResolveDueFirst };

struct CaseFilter {
  std::string district_code;
  std::vector<std::string> states;
  std::optional<Id> unit_id;   // handled by exactly this unit
  std::string scope_path;      // handled by, or located in, this subtree ("/1/4/")
  std::string handled_within;  // handled by this subtree ("/1/4/"): an inbox
  std::optional<Id> reporter_user_id;
  std::optional<Id> reported_or_followed_by;  // a resident's matters: reported, or followed after a merge
  std::string item_code;
  std::vector<std::string> item_codes;  // any of these (Open311 service_code lists)
  std::vector<Id> ids;                  // only these cases
  std::string aspect_code;
  std::optional<UnixSeconds> created_from;      // inclusive
  std::optional<UnixSeconds> created_to;        // exclusive
  std::optional<UnixSeconds> resolve_due_from;  // inclusive
  std::optional<UnixSeconds> resolve_due_to;    // exclusive
  bool overdue_only = false;
  bool located_only = false;  // only cases with a map point
  std::string text;           // substring of title or description
  CaseOrder order = CaseOrder::kNewestFirst;
  int limit = 50;
  int offset = 0;
};

// A case's text and final catalog item, for training the classifier on past cases.
struct ClassifiedCaseText {
  Id id = 0;
  std::string title;
  std::string description;
  std::string item_code;
  bool item_automatic = false;  // the item is still the classifier's own choice
  bool accepted = false;        // a unit has signed for the case at least once
};

class CaseRepository {
 public:
  explicit CaseRepository(Database& db) : db_(db) {}

  // Inserts a new case with its first event; returns both with ids filled in.
  Result<CaseChange> Insert(CaseRecord c, CaseEventRecord first_event);
  // Inserts a case that already has a history (a matter moved in from another system), with
  // its events in the order given (numbered from 1) and the counters of its final row.
  Result<std::pair<CaseRecord, std::vector<CaseEventRecord>>> InsertWithHistory(
      CaseRecord c, std::vector<CaseEventRecord> events);
  // The same for many cases in one transaction, filling in their ids: the cases and their
  // events in statements of many rows, and the counters summed per unit and
  // month first — a few hundred statements for a batch of 500 instead of thousands.
  Status InsertManyWithHistory(std::vector<CaseWithHistory>& cases);
  Result<CaseRecord> Get(Id id);
  // The case with only the projection's fields read (a few fields of a case named by
  // another, without its texts or its reporter's sealed phone).
  Result<CaseRecord> Get(Id id, const CaseProjection& projection);
  Result<std::vector<CaseEventRecord>> Events(Id case_id);

  using Decision = std::function<Result<CaseChange>(const CaseRecord& current)>;
  Result<CaseChange> Update(Id id, const Decision& decide);

  // Newest first: by filing time, then id. That order is the one the (district_code,
  // created_at) index already has, so a page of the latest cases stops after the page
  // instead of sorting every case of the period.
  Result<std::vector<CaseRecord>> List(const CaseFilter& filter);
  // The same cases with only the projection's fields read.
  Result<std::vector<CaseRecord>> List(const CaseFilter& filter, const CaseProjection& projection);
  Result<std::int64_t> Count(const CaseFilter& filter);
  // Cases in one of `states` past their resolve deadline and not yet flagged; the workflow
  // says which states supervision applies to.
  Result<std::vector<Id>> DueForSupervision(const std::string& district,
                                            const std::vector<std::string>& states, UnixSeconds now,
                                            int limit);
  // Cases in one of `open_states` of the same item created since `since` whose location
  // lies in `area`, for repeat and duplicate detection.
  Result<std::vector<CaseRecord>> RecentOpenOfItem(const std::string& district, const std::string& item_code,
                                                   const std::vector<std::string>& open_states,
                                                   UnixSeconds since, const CoordinateBox& area);
  // Cases in one of `states` whose location lies in `area`, newest first, at most `limit`
  // (the open matters near a resident's pin).
  Result<std::vector<CaseRecord>> InStatesWithin(const std::string& district,
                                                 const std::vector<std::string>& states,
                                                 const CoordinateBox& area, int limit);
  // Cases of the district with a catalog item, filed at or after `since`, oldest first.
  Result<std::vector<ClassifiedCaseText>> ClassifiedTexts(const std::string& district,
                                                          std::optional<UnixSeconds> since);

  // `user_id` follows `case_id` from now on (the reporter of a duplicate merged into it).
  // Following twice is following once.
  Status AddFollower(const std::string& district, Id case_id, Id user_id, std::optional<Id> via_case_id,
                     UnixSeconds since);
  Result<bool> IsFollower(Id case_id, Id user_id);
  // The users who follow `case_id`, by id.
  Result<std::vector<Id>> Followers(Id case_id);

  // Counts of cases by state.
  Result<std::vector<std::pair<std::string, std::int64_t>>> CountByState(const std::string& district);

  // Indicator counters per unit and month for [from_month, to_month] (e.g. 202601–202612).
  Result<std::vector<UnitMonthCounters>> MonthlyCounters(const std::vector<Id>& unit_ids, int from_month,
                                                         int to_month);

 private:
  Status ApplyCounterDelta(const CaseRecord* before, const CaseRecord* after);
  // Adds `delta` to the counters of `unit` in `month` (202611); nothing when it is all zero.
  Status AddCounters(const std::string& district, Id unit, int month, const CounterValues& delta);
  Status AddCounterRows(const std::string& district, const std::map<std::pair<Id, int>, CounterValues>& rows);
  Status InsertEventRows(const std::vector<const CaseEventRecord*>& events);
  Status InsertCaseRows(std::vector<CaseWithHistory>& cases);
  Result<CaseEventRecord> InsertEvent(CaseEventRecord event);
  Result<Id> InsertNumberedEvent(const CaseEventRecord& event);
  Result<CaseChange> TryUpdate(Id id, const Decision& decide);
  Database& db_;
};

// What one case adds to the counters of each of its units.
CaseCounters ContributionOf(const CaseRecord& c);

}  // namespace sanwang::store
