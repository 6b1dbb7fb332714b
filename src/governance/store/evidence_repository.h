// Keeps the evidence files of the ledger's progress reports (gov_milestone_evidence,
// "governance" migration 5): a file is added to a milestone unclaimed, and the unit's next
// progress report claims every unclaimed file of the milestone in the transaction that
// writes the report. The rules (who, which types, how many, how large) live in
// governance/ledger_evidence.h. Holds a reference to a Database; same thread-safety as it
// (one thread at a time).
#pragma once

#include <vector>

#include "governance/store/ledger_records.h"
#include "store/database.h"

namespace sanwang::store {

class EvidenceRepository {
 public:
  explicit EvidenceRepository(Database& db) : db_(db) {}

  Result<LedgerEvidenceRecord> Insert(LedgerEvidenceRecord evidence);
  // The milestone's files without their bytes, in the order they were uploaded.
  Result<std::vector<LedgerEvidenceRecord>> ListForMilestone(Id milestone_id);
  // How many files the milestone holds.
  Result<std::int64_t> CountForMilestone(Id milestone_id);
  // One file with its bytes; NotFound when the milestone has no file `evidence_id`.
  Result<LedgerEvidenceRecord> Get(Id milestone_id, Id evidence_id);
  // Gives every unclaimed file of the milestone to the event (a progress report); returns
  // how many it claimed.
  Result<std::int64_t> ClaimForEvent(Id milestone_id, Id event_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
