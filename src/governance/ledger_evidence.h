// Evidence of a milestone's progress (进度佐证材料): the responsible unit uploads photos and
// documents to its milestone, and its next progress report (ledger_book.h, Act) claims every
// file uploaded since the report before, so each report lists its own evidence.
//   Attaching: the staff of the milestone's own unit, while the milestone is with the unit —
//     exactly who may report progress on it now (the workflow's `report` transition from the
//     milestone's state, its roles and scope). A file is checked whole (evidence_file.h) and
//     refused past kMaxEvidenceBytes or past kMaxEvidencePerMilestone files; nothing is
//     written on a refusal, and each refusal names its field.
//   Reading: everyone who sees the milestone (the unit, the units above it, the supervision
//     office, leaders, admins).
// Functions over a Ledger; thread-safe as its Database.
#pragma once

#include <string>
#include <vector>

#include "governance/ledger_book.h"
#include "governance/store/ledger_records.h"

namespace sanwang::governance {

struct EvidenceUpload {
  std::string file_name;     // as the uploader's device named it; kept made safe
  std::string content_type;  // as declared; must be what the bytes are
  std::string data;
};

// The caller may attach evidence to the milestone now.
bool MayAttachEvidence(const Ledger& ledger, const store::LedgerMilestoneRecord& milestone);

// Adds the file to the milestone, unclaimed until the unit's next progress report.
Result<store::LedgerEvidenceRecord> AttachEvidence(const Ledger& ledger, store::Id milestone_id,
                                                   const EvidenceUpload& upload);
// The milestone's files without their bytes, oldest first.
Result<std::vector<store::LedgerEvidenceRecord>> MilestoneEvidence(const Ledger& ledger,
                                                                   store::Id milestone_id);
// One file with its bytes; NotFound for a file of another milestone or one the caller does not see.
Result<store::LedgerEvidenceRecord> EvidenceFile(const Ledger& ledger, store::Id milestone_id,
                                                 store::Id evidence_id);

}  // namespace sanwang::governance
