// What each workflow effect does to a case beyond moving its state: set the handling
// unit and deadlines on dispatch, stamp acceptance and resolution, count returns and
// escalations, handle extension requests, ratings with one reopen, supervision, staff's
// corrections of the catalog item (re-routed by the new item's tier), and merges.
// Used by CaseEngine inside its transaction; pure apart from reading the clock.
#pragma once

#include <nlohmann/json.hpp>

#include "cases/case_engine.h"
#include "cases/workflow.h"

namespace sanwang::cases {

struct EffectContext {
  const Clock& clock;
  const WorkingCalendar& calendar;
  const Workflow& workflow;
  const org::OrgDirectory& org;
  const Catalog& catalog;
  const store::CaseRecord* merge_target = nullptr;  // merge: the original, already checked
};

// Applies `effect` to `change.updated` (already a copy of the current case with the
// transition's target state) and records details in `data` for the event.
Status ApplyEffect(const EffectContext& ctx, Effect effect, const TransitionRequest& request,
                   store::CaseChange& change, nlohmann::json& data);

}  // namespace sanwang::cases
