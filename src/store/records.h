// The rows Sanwang keeps, as plain values. The domain modules build and read these; the
// repositories beside this file are the only code that turns them into SQL and back.
// Times are Unix seconds (core/time.h); optional columns are std::optional.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "core/time.h"

namespace sanwang::store {

using Id = std::int64_t;

// A unit of the organization net: district, sub-district (street), community, grid, a
// district department or the command center.
struct UnitRecord {
  Id id = 0;
  std::string district_code;
  std::string code;  // GB/T 2260 code for divisions; district-chosen for grids and departments
  std::string kind;  // district | street | community | grid | department | command_center
  std::string name;
  std::string name_en;
  std::optional<Id> parent_id;
  std::string path;      // "/1/4/17/": ids from the root down to this unit, for scope checks
  std::string geometry;  // GeoJSON geometry (WGS-84) or empty
  bool demo_geometry = false;
};

struct UserRecord {
  Id id = 0;
  std::string district_code;
  std::string username;
  std::string display_name;
  std::string phone;
  std::string role;
  std::optional<Id> unit_id;  // the scope: this unit and its subtree
  std::string password_hash;
  bool disabled = false;
  UnixSeconds created_at = 0;
  bool must_change_password = false;  // set by a reset (org/password_reset.h)
  // When the password was last set (its age for the expiry of org/password_rules.h); 0 on
  // insert: created_at.
  UnixSeconds password_changed_at = 0;
  // Still holds the demo's shared, published password (`sanwang demo`); cleared when the
  // password changes.
  bool demo_password = false;
};

// A password an account held before its current one, kept so that it is not chosen again.
struct PasswordHistoryRecord {
  Id user_id = 0;
  std::string district_code;
  std::string password_hash;
  UnixSeconds replaced_at = 0;
};

struct AspectRecord {
  std::string district_code;
  std::string code;
  std::string name;
  std::string name_en;
};

struct CatalogItemRecord {
  std::string district_code;
  std::string code;
  std::string aspect_code;
  std::string name;
  std::string name_en;
  std::string tier;  // online | grid | community | street | department
  std::string department_code;
  int sla_hours = 0;
  std::string online_answer;
  std::string online_answer_en;
  std::string keywords;  // separated by '|'
};

struct CaseRecord {
  Id id = 0;
  std::string district_code;
  std::string workflow;
  std::string item_code;
  std::string title;
  std::string description;
  std::string source;  // resident | patrol | hotline | supervision | ...
  std::optional<Id> reporter_user_id;
  std::string reporter_name;
  std::string reporter_phone;
  bool anonymous = false;
  std::optional<double> lon;
  std::optional<double> lat;
  std::string address;
  std::optional<Id> grid_id;
  std::optional<Id> community_id;
  std::optional<Id> street_id;
  std::optional<Id> unit_id;  // the unit handling it now
  std::string state;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> dispatched_at;
  std::optional<UnixSeconds> accept_due;
  std::optional<UnixSeconds> accepted_at;
  std::optional<UnixSeconds> resolve_due;
  std::optional<UnixSeconds> resolved_at;
  std::optional<UnixSeconds> closed_at;
  std::optional<std::int64_t> handling_seconds;  // working time from report to resolution
  bool overdue = false;
  std::optional<int> rating;        // 1 satisfied, 0 unsatisfied (by the workflow's star threshold)
  std::optional<int> rating_stars;  // 1..5
  std::string rating_comment;
  int reopen_count = 0;
  int return_count = 0;
  int escalate_count = 0;
  std::optional<Id> repeat_of;
  std::optional<int> requested_hours;  // a pending extension request
  // The classifier's confidence while item_code is the item it chose (smart dispatch);
  // empty once a person chose or corrected the item.
  std::optional<double> auto_item_confidence;
  // An open case this one possibly duplicates, flagged on filing.
  std::optional<Id> duplicate_of;
  std::optional<double> duplicate_distance_m;
  std::optional<double> duplicate_similarity;  // 0..1
  std::optional<Id> merged_into;               // closed as a duplicate of this case
  int urge_count = 0;                          // 催办: times the resident urged the case
  std::optional<UnixSeconds> last_urged_at;
  int version = 0;
  UnixSeconds updated_at = 0;
  // The columns holding these fields are declared once, in case_columns.cc.

  bool operator==(const CaseRecord&) const = default;
};

struct CaseEventRecord {
  Id id = 0;
  std::string district_code;
  Id case_id = 0;
  int seq = 0;
  std::string action;
  std::string from_state;
  std::string to_state;
  std::optional<Id> actor_user_id;
  std::string actor_role;
  std::optional<Id> unit_id;
  std::string note;
  std::string data = "{}";  // JSON object with action-specific details
  UnixSeconds at = 0;
};

// Indicator counters of one unit over one month (or summed over several).
struct CaseCounters {
  std::int64_t cases = 0;
  std::int64_t accepted = 0;
  std::int64_t accepted_on_time = 0;
  std::int64_t resolved = 0;
  std::int64_t resolved_on_time = 0;
  std::int64_t rated = 0;
  std::int64_t satisfied = 0;
  std::int64_t repeats = 0;
  std::int64_t handling_seconds = 0;
  std::int64_t returned = 0;
  std::int64_t escalated = 0;
  std::int64_t overdue = 0;
  std::int64_t stars = 0;  // the stars of the rated cases, summed

  bool operator==(const CaseCounters&) const = default;
};

// The counters of CaseCounters in the order of case_monthly_stats' columns and of every
// aggregate that reads them.
inline constexpr std::array<std::int64_t CaseCounters::*, 13> kCaseCounterFields = {
    &CaseCounters::cases,     &CaseCounters::accepted,         &CaseCounters::accepted_on_time,
    &CaseCounters::resolved,  &CaseCounters::resolved_on_time, &CaseCounters::rated,
    &CaseCounters::satisfied, &CaseCounters::repeats,          &CaseCounters::handling_seconds,
    &CaseCounters::returned,  &CaseCounters::escalated,        &CaseCounters::overdue,
    &CaseCounters::stars};

struct UnitMonthCounters {
  Id unit_id = 0;
  int month = 0;  // 202611
  CaseCounters counters;
};

}  // namespace sanwang::store
