#include "governance/api/evidence_schemas.h"

#include "api/openapi_schema.h"
#include "governance/evidence_file.h"

namespace sanwang::api {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json LedgerEvidenceSchema() {
  json event = Nullable(Integer());
  event["description"] =
      "The progress report (an event of the milestone) that claimed the file; null until the unit's next "
      "report.";
  return Named("LedgerEvidence",
               ClosedObject({{"id", Integer(1, INT64_MAX)},
                             {"event_id", event},
                             {"file_name", WithExample(String(), "培训签到表.pdf")},
                             {"content_type", Enum(governance::EvidenceTypes())},
                             {"size_bytes", Integer(1, INT64_MAX)},
                             {"sha256", WithExample(String(),
                                                    "c00803ff5f3b3e1da7b5417c07fe1744afa4ed8cc1ca0375"
                                                    "9f10fe1073c7963f")},
                             {"uploaded_by", WithExample(String(), "community-411002001001")},
                             {"uploaded_at", DateTime()},
                             {"url", WithExample(String(), "/api/v1/ledger/milestones/7/evidence/3")}},
                            {"id", "event_id", "file_name", "content_type", "size_bytes", "sha256",
                             "uploaded_by", "uploaded_at", "url"}));
}

json LedgerEvidenceListSchema() {
  return ClosedObject({{"items", ArrayOf(LedgerEvidenceSchema())}}, {"items"});
}

json EvidenceUploadSchema() {
  return {
      {"type", "string"},
      {"format", "binary"},
      {"description",
       "The file itself, with its type as Content-Type: image/jpeg, image/png, image/webp, application/pdf, "
       "DOCX or XLSX."}};
}

}  // namespace sanwang::api
