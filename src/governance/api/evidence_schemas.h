// The OpenAPI shapes of a milestone's evidence files (evidence_routes.cc), as
// evidence_json.cc renders them.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json LedgerEvidenceSchema();
nlohmann::json LedgerEvidenceListSchema();
// The upload's body: the file itself, of one of governance::EvidenceTypes().
nlohmann::json EvidenceUploadSchema();

}  // namespace sanwang::api
