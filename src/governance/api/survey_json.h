// Surveys as JSON (docs/governance.md §11): a survey with its questions, indices and what the
// caller may do; the terms an organizer sends; the results, trend, map and free text.
#pragma once

#include <nlohmann/json.hpp>

#include "governance/survey_desk.h"
#include "governance/survey_results.h"

namespace sanwang::api {

nlohmann::json SurveyJson(const governance::SurveyDesk& desk, const governance::Survey& survey,
                          const governance::SurveyAbilities& abilities);
// What a one-time link's holder sees: the survey's words and questions, nothing else.
nlohmann::json LinkSurveyJson(const governance::Survey& survey);
// title, intro, series, period, area_unit_id, opens_at, closes_at, questions, indices.
Result<governance::SurveyTerms> SurveyTermsFromJson(const std::string& body);

nlohmann::json SurveyResultsJson(const governance::SurveyResults& results);
nlohmann::json SurveyTrendJson(const std::vector<governance::TrendPoint>& trend);
nlohmann::json TextGroupsJson(const std::vector<governance::TextGroup>& groups);
// The area's communities as GeoJSON features with each index's community value.
nlohmann::json SurveyMapJson(const governance::SurveyDesk& desk, const governance::SurveyResults& results);

}  // namespace sanwang::api
