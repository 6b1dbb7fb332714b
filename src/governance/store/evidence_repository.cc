#include "governance/store/evidence_repository.h"

namespace sanwang::store {
namespace {

// Every column but the bytes, with the uploader's username.
constexpr const char* kColumns =
    "e.id, e.district_code, e.milestone_id, e.event_id, e.file_name, e.content_type, e.size_bytes, "
    "e.sha256, e.uploaded_by, e.uploaded_at, u.username";

constexpr const char* kFrom = " FROM gov_milestone_evidence e LEFT JOIN users u ON u.id = e.uploaded_by ";

LedgerEvidenceRecord EvidenceFromRow(const Row& r) {
  LedgerEvidenceRecord e;
  e.id = r.Int(0);
  e.district_code = r.Text(1);
  e.milestone_id = r.Int(2);
  e.event_id = r.OptInt(3);
  e.file_name = r.Text(4);
  e.content_type = r.Text(5);
  e.size_bytes = r.Int(6);
  e.sha256 = r.Text(7);
  e.uploaded_by = r.OptInt(8);
  e.uploaded_at = r.Int(9);
  e.uploader_username = r.Text(10);
  return e;
}

}  // namespace

Result<LedgerEvidenceRecord> EvidenceRepository::Insert(LedgerEvidenceRecord evidence) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO gov_milestone_evidence (district_code, milestone_id, event_id, file_name, "
                "content_type, size_bytes, sha256, data, uploaded_by, uploaded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {evidence.district_code, evidence.milestone_id, Nullable(evidence.event_id),
                 evidence.file_name, evidence.content_type, evidence.size_bytes, evidence.sha256,
                 Blob{evidence.data}, Nullable(evidence.uploaded_by), evidence.uploaded_at}));
  evidence.id = rows.at(0).Int(0);
  return evidence;
}

Result<std::vector<LedgerEvidenceRecord>> EvidenceRepository::ListForMilestone(Id milestone_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns + kFrom +
                                               "WHERE e.milestone_id = ? ORDER BY e.id",
                                           {milestone_id}));
  std::vector<LedgerEvidenceRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(EvidenceFromRow(r));
  return out;
}

Result<std::int64_t> EvidenceRepository::CountForMilestone(Id milestone_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT COUNT(*) FROM gov_milestone_evidence WHERE milestone_id = ?", {milestone_id}));
  return rows.at(0).Int(0);
}

Result<LedgerEvidenceRecord> EvidenceRepository::Get(Id milestone_id, Id evidence_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns + ", e.data" + kFrom +
                                               "WHERE e.milestone_id = ? AND e.id = ?",
                                           {milestone_id, evidence_id}));
  if (rows.empty()) return NotFound("佐证材料不存在 no evidence file " + std::to_string(evidence_id));
  LedgerEvidenceRecord e = EvidenceFromRow(rows.front());
  e.data = rows.front().Bytes(11);
  return e;
}

Result<std::int64_t> EvidenceRepository::ClaimForEvent(Id milestone_id, Id event_id) {
  return db_.Execute(
      "UPDATE gov_milestone_evidence SET event_id = ? WHERE milestone_id = ? AND event_id IS NULL",
      {event_id, milestone_id});
}

}  // namespace sanwang::store
