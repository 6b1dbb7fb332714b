#include "governance/ledger_evidence.h"

#include "core/sha256.h"
#include "governance/evidence_file.h"
#include "governance/ledger_access.h"
#include "governance/store/evidence_repository.h"

namespace sanwang::governance {
namespace {

Status CheckSize(std::size_t bytes) {
  if (bytes <= kMaxEvidenceBytes) return Status::Ok();
  return InvalidArgument("单个佐证材料不超过 " + std::to_string(kMaxEvidenceBytes >> 20) +
                             " MB an evidence file may have at most " + std::to_string(kMaxEvidenceBytes) +
                             " bytes",
                         "body");
}

Status CheckRoom(const Ledger& ledger, store::Id milestone_id) {
  SW_ASSIGN_OR_RETURN(std::int64_t held,
                      store::EvidenceRepository(ledger.db).CountForMilestone(milestone_id));
  if (held < kMaxEvidencePerMilestone) return Status::Ok();
  return FailedPrecondition("每个节点最多 " + std::to_string(kMaxEvidencePerMilestone) +
                            " 个佐证材料 a milestone holds at most " +
                            std::to_string(kMaxEvidencePerMilestone) + " evidence files");
}

}  // namespace

bool MayAttachEvidence(const Ledger& ledger, const store::LedgerMilestoneRecord& milestone) {
  for (const cases::Transition& tr : ledger.workflow.transitions()) {
    if (tr.effect_name == "report" && tr.StartsFrom(milestone.state) && tr.AllowsRole(ledger.actor.role) &&
        InMilestoneScope(tr, ledger.actor, milestone)) {
      return true;
    }
  }
  return false;
}

Result<store::LedgerEvidenceRecord> AttachEvidence(const Ledger& ledger, store::Id milestone_id,
                                                   const EvidenceUpload& upload) {
  SW_ASSIGN_OR_RETURN(auto milestone, FindMilestone(ledger, milestone_id));
  if (!MayAttachEvidence(ledger, milestone)) {
    return PermissionDenied("只有责任单位在推进期间可以上传佐证材料 only the responsible unit (" +
                            milestone.unit_code + ") may attach evidence, while the milestone is with it");
  }
  SW_RETURN_IF_ERROR(CheckSize(upload.data.size()));
  SW_ASSIGN_OR_RETURN(std::string type, CheckEvidenceFile(upload.data, upload.content_type));
  SW_RETURN_IF_ERROR(CheckRoom(ledger, milestone.id));
  store::LedgerEvidenceRecord e;
  e.district_code = ledger.district();
  e.milestone_id = milestone.id;
  e.file_name = SafeEvidenceName(upload.file_name, type);
  e.content_type = type;
  e.size_bytes = static_cast<std::int64_t>(upload.data.size());
  e.sha256 = Sha256Hex(upload.data);
  e.data = upload.data;
  e.uploaded_by = ledger.actor.user_id;
  e.uploaded_at = ledger.clock.Now();
  store::EvidenceRepository repo(ledger.db);
  SW_ASSIGN_OR_RETURN(auto stored, repo.Insert(std::move(e)));
  SW_ASSIGN_OR_RETURN(auto read, repo.Get(milestone.id, stored.id));  // with the uploader's name
  read.data.clear();
  return read;
}

Result<std::vector<store::LedgerEvidenceRecord>> MilestoneEvidence(const Ledger& ledger,
                                                                   store::Id milestone_id) {
  SW_ASSIGN_OR_RETURN(auto milestone, FindMilestone(ledger, milestone_id));
  return store::EvidenceRepository(ledger.db).ListForMilestone(milestone.id);
}

Result<store::LedgerEvidenceRecord> EvidenceFile(const Ledger& ledger, store::Id milestone_id,
                                                 store::Id evidence_id) {
  SW_ASSIGN_OR_RETURN(auto milestone, FindMilestone(ledger, milestone_id));
  return store::EvidenceRepository(ledger.db).Get(milestone.id, evidence_id);
}

}  // namespace sanwang::governance
