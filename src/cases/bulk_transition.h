// One workflow action taken on many cases at once (批量签收 and the like). Each case goes
// through the case engine on its own, in its own transaction: one refusal leaves the
// others done, and the outcome is reported per case. A case the actor may not read is
// reported as not found, as a single transition would.
#pragma once

#include <vector>

#include "cases/case_engine.h"

namespace sanwang::cases {

inline constexpr std::size_t kMaxBulkCases = 200;

struct BulkOutcome {
  store::Id id = 0;
  Result<store::CaseChange> result;
};

// Checks the list: 1 to kMaxBulkCases ids, each once (InvalidArgument on field `ids`).
Status CheckBulkIds(const std::vector<store::Id>& ids);

std::vector<BulkOutcome> ApplyToEach(CaseEngine& engine, store::Database& db, const org::OrgDirectory& org,
                                     const std::vector<store::Id>& ids, const TransitionRequest& request,
                                     const Actor& actor);

}  // namespace sanwang::cases
