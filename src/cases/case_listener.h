// Told of each change the case engine is about to commit, inside the change's own
// transaction: whatever a listener writes (a notice to the reporter, say) commits with the
// change or rolls back with it, so it exists if and only if the change does. A listener
// that fails fails the change. The engine calls it after deciding, before writing; when a
// concurrent change makes the engine decide again, the listener is called again in the new
// attempt (the first attempt's writes were rolled back).
#pragma once

#include "cases/catalog.h"
#include "core/status.h"
#include "org/org_directory.h"
#include "store/case_repository.h"

namespace sanwang::cases {

class CaseListener {
 public:
  virtual ~CaseListener() = default;
  // `change.updated` is the case as it will be stored, `change.event` the event as it will
  // be recorded (its id and sequence number not yet given).
  virtual Status OnCaseChange(store::Database& db, const org::OrgDirectory& org, const Catalog& catalog,
                              const store::CaseChange& change) const = 0;
};

}  // namespace sanwang::cases
