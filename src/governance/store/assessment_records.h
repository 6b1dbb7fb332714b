// Assessments (目标考评) as the "governance" migration stream keeps them (versions 3 and 4):
// schemes and their versions, hand-entered values and computed results. Plain values;
// what a scheme means, who may enter or confirm a value and how a result is computed is
// decided in src/governance/assessment_book.h, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time.h"
#include "store/records.h"

namespace sanwang::store {

// One saved version of a named scheme; `body` is the scheme's JSON (SchemeToJson).
struct AssessmentSchemeVersionRecord {
  Id scheme_id = 0;
  std::string district_code;
  std::string name;
  std::int64_t version = 1;
  std::string period_kind;  // month, quarter, year
  std::string unit_kind;
  std::string body;
  std::optional<Id> saved_by;
  UnixSeconds saved_at = 0;
  bool demo = false;
  // Read through the account; ignored on writes.
  std::string saved_by_username;
};

// A value entered by hand for a manual indicator; it counts once another account confirms it.
struct AssessmentValueRecord {
  Id id = 0;
  std::string district_code;
  Id scheme_id = 0;
  std::string period;  // "2026-Q4"
  Id unit_id = 0;
  std::string indicator;
  std::int64_t value = 0;  // ten-thousandths
  std::string evidence;
  Id entered_by = 0;
  UnixSeconds entered_at = 0;
  std::optional<Id> confirmed_by;
  std::optional<UnixSeconds> confirmed_at;
  // Read through the unit and the accounts; ignored on writes.
  std::string unit_code;
  std::string unit_name;
  std::string entered_by_username;
  std::string confirmed_by_username;
};

// One unit's line of a computed result.
struct AssessmentResultUnitRecord {
  Id unit_id = 0;
  std::int64_t total = 0;  // hundredths of a point
  std::int64_t rank = 0;
  bool tied = false;
  bool incomplete = false;
  std::string movement;  // new, up, down, same
  std::int64_t movement_places = 0;
  std::string breakdown;  // JSON: the unit's points per indicator
  // Read through the unit; ignored on writes.
  std::string unit_code;
  std::string unit_name;
};

// A period's computed result of one scheme, its units by rank and unit code.
struct AssessmentResultRecord {
  Id id = 0;
  std::string district_code;
  Id scheme_id = 0;
  std::int64_t scheme_version = 0;
  std::string period;
  UnixSeconds computed_at = 0;
  std::optional<Id> computed_by;  // empty: the system
  std::optional<UnixSeconds> published_at;
  std::string number;  // given when published
  bool demo = false;
  std::vector<AssessmentResultUnitRecord> units;
  // How many units the result ranks; read by listing (which leaves `units` empty).
  std::int64_t unit_count = 0;
};

// A published notice of a result (考评通报, version 4), frozen: the bytes rendered when it was
// published. Listing reads everything but the bytes (`pdf` and `xlsx` stay empty).
struct AssessmentReportRecord {
  Id id = 0;
  std::string district_code;
  Id result_id = 0;
  Id scheme_id = 0;
  std::string period;
  std::int64_t year = 0;
  std::int64_t sequence = 0;  // 1, 2, … in the district and year
  std::string number;         // "魏都区目标考评通报〔2026〕第 3 期"
  std::string title;
  std::string opening;
  std::string closing;
  std::string pdf;
  std::string pdf_sha256;
  std::string xlsx;
  std::string xlsx_sha256;
  std::optional<Id> published_by;
  UnixSeconds published_at = 0;
  bool demo = false;
};

}  // namespace sanwang::store
