// The OpenAPI shapes of information work's routes (docs/architecture.md §8), as
// information_json.cc renders and reads them.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json InformationWordsSchema();
nlohmann::json InformationCategorySchema();
nlohmann::json InformationLevelSchema();
nlohmann::json InformationItemSchema();
nlohmann::json InformationItemPageSchema();
nlohmann::json InformationItemDetailSchema();
nlohmann::json InformationRankingSchema();
nlohmann::json InformationReportSchema();
nlohmann::json InformationReportListSchema();
nlohmann::json PublishInformationSchema();

nlohmann::json NewInformationItemSchema();
nlohmann::json InformationActionSchema();
nlohmann::json NewInformationCategorySchema();
nlohmann::json NewInformationLevelSchema();

}  // namespace sanwang::api
