// A milestone's evidence file in JSON (evidence_schemas.h): its name, type, size, SHA-256,
// who uploaded it and when, the progress report that claimed it (null until the next
// report) and the address to download it from.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "governance/store/ledger_records.h"

namespace sanwang::api {

nlohmann::json EvidenceJson(const store::LedgerEvidenceRecord& e);
nlohmann::json EvidenceListJson(const std::vector<store::LedgerEvidenceRecord>& files);

}  // namespace sanwang::api
