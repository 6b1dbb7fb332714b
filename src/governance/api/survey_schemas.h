// The OpenAPI schemas of surveys' requests and answers (docs/governance.md §11).
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json SurveySchema();
nlohmann::json SurveyListSchema();
nlohmann::json NewSurveySchema();
nlohmann::json SurveyMoveSchema();
nlohmann::json SurveyAnswerSchema();
nlohmann::json RecordedAnswerSchema();
nlohmann::json SurveyResponseSchema();
nlohmann::json NewSurveyLinksSchema();
nlohmann::json SurveyLinksSchema();
nlohmann::json LinkSurveySchema();
nlohmann::json SurveyResultsSchema();
nlohmann::json SurveyTrendSchema();
nlohmann::json SurveyTextsSchema();
nlohmann::json SurveyMapSchema();

}  // namespace sanwang::api
