#include "governance/api/evidence_json.h"

#include "api/json_views.h"

namespace sanwang::api {

nlohmann::json EvidenceJson(const store::LedgerEvidenceRecord& e) {
  return {{"id", e.id},
          {"event_id", e.event_id ? nlohmann::json(*e.event_id) : nlohmann::json(nullptr)},
          {"file_name", e.file_name},
          {"content_type", e.content_type},
          {"size_bytes", e.size_bytes},
          {"sha256", e.sha256},
          {"uploaded_by", e.uploader_username},
          {"uploaded_at", FormatIso8601(e.uploaded_at)},
          {"url", "/api/v1/ledger/milestones/" + std::to_string(e.milestone_id) + "/evidence/" +
                      std::to_string(e.id)}};
}

nlohmann::json EvidenceListJson(const std::vector<store::LedgerEvidenceRecord>& files) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& f : files) items.push_back(EvidenceJson(f));
  return items;
}

}  // namespace sanwang::api
