// The OpenAPI shapes of the assessment routes (docs/architecture.md §8), as
// assessment_json.cc renders and reads them.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json AssessmentSchemeSchema();
nlohmann::json SchemeSummaryListSchema();
nlohmann::json SchemeDetailSchema();
nlohmann::json ResultSummaryListSchema();
nlohmann::json AssessmentResultSchema();
nlohmann::json ComputeRequestSchema();
nlohmann::json AssessmentValueSchema();
nlohmann::json AssessmentValueListSchema();
nlohmann::json ValueEntrySchema();
nlohmann::json PublicationTextSchema();
nlohmann::json AssessmentReportSchema();
nlohmann::json AssessmentReportListSchema();

}  // namespace sanwang::api
