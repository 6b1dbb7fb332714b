// A matter handled in another system before the district moved to Sanwang — a work order of
// a 12345 hotline or of a 数字城管 system — as the case it would be here: the row as the old
// system left it, with its history as events at the old system's times (filed, dispatched
// to the handling unit, accepted, resolved with the unit's answer, closed by the follow-up
// visit with its rating). Deadlines, working time and lateness are counted as the engine
// counts them (from the filing time, the catalog item's hours and the working calendar), so
// the indicators and rankings of past months include the imported cases. Nothing else
// happens: no notice, no routing by today's rules when the old system named the unit, no
// reopening of a matter the old system closed unsatisfied. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/catalog.h"
#include "cases/workflow.h"
#include "core/working_calendar.h"
#include "geo/geometry.h"
#include "org/org_directory.h"
#include "store/case_repository.h"
#include "store/records.h"

namespace sanwang::cases {

// What the old system recorded of one matter.
struct PastMatter {
  std::string item_code;  // empty: never classified; it was the command center's
  // The classifier's confidence when it chose item_code (the old category was not mapped).
  std::optional<double> item_confidence;
  std::string title;
  std::string description;
  std::string source = "hotline";
  std::string reporter_name;
  std::string reporter_phone;
  std::optional<geo::LonLat> location;  // WGS-84
  std::string address;
  std::optional<store::Id> unit_id;  // the unit that handled it; empty: the unit the catalog routes to
  // Where it stands: one of PastStates() — dispatched, accepted, resolved or closed.
  std::string state;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> accepted_at;  // empty for an accepted case: accepted when filed
  std::optional<UnixSeconds> resolved_at;  // required from resolved on
  std::optional<UnixSeconds> closed_at;    // empty for a closed case: closed when resolved
  std::string answer;                      // the unit's answer (办理结果): the resolve event's note
  std::optional<int> stars;                // the follow-up visit's rating, 1..5
  // Where it came from, kept in the submit event's data ({"system": …, "id": …}).
  std::string system;
  std::string source_id;
};

// The case and its events, oldest first, numbered from 1.
using PastCase = store::CaseWithHistory;

struct PastCaseContext {
  const WorkingCalendar& calendar;
  const Workflow& workflow;
  const org::OrgDirectory& org;
  const Catalog& catalog;
};

// The states an imported matter may stand in, in the order of its path.
const std::vector<std::string>& PastStates();

// The case and its events, or InvalidArgument (bilingual, naming the field) when the matter
// does not hold together: an unknown state, item or unit, a time after `now` or before an
// earlier step, a resolved matter without its resolution time, stars outside 1..5, or a
// text the filing rules refuse (cases::ValidateNewCase).
Result<PastCase> BuildPastCase(const PastCaseContext& ctx, const PastMatter& matter, UnixSeconds now);

}  // namespace sanwang::cases
