// The assessments' JSON over HTTP (assessment_schemas.cc describes the shapes): points as
// decimal numbers (87.35), raw values in their own units (92.5 for 92.5%), times in
// Shanghai with the offset. Reading the bodies the routes take names the field at fault.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "governance/assessment_book.h"
#include "governance/assessment_publishing.h"
#include "governance/assessment_reading.h"

namespace sanwang::api {

nlohmann::json SchemeSummaryJson(const store::AssessmentSchemeVersionRecord& record);
nlohmann::json SchemeDetailJson(const governance::StoredScheme& stored,
                                const std::vector<store::AssessmentSchemeVersionRecord>& versions);
nlohmann::json ResultSummaryJson(const governance::ResultSummary& summary);
nlohmann::json ResultJson(const governance::ResultReading& reading);
nlohmann::json ValueJson(const store::AssessmentValueRecord& value);
nlohmann::json ReportJson(const store::AssessmentReportRecord& report);

struct ComputeRequest {
  store::Id scheme_id = 0;
  std::string period;
};
Result<ComputeRequest> ComputeRequestFromJson(const std::string& body);

struct ValueEntry {
  store::Id scheme_id = 0;
  governance::NewValue value;  // `scheme` left empty: the scheme is `scheme_id`
};
Result<ValueEntry> ValueEntryFromJson(const std::string& body);

Result<governance::NoticeText> PublicationTextFromJson(const std::string& body);

}  // namespace sanwang::api
