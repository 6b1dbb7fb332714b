// Information work's JSON: items, their history, the words and the workflow, rankings,
// and the bodies the routes take. The shapes are information_schemas.cc's.
#pragma once

#include <nlohmann/json.hpp>

#include "governance/information_desk.h"
#include "governance/information_publishing.h"
#include "governance/information_ranking.h"

namespace sanwang::api {

nlohmann::json InformationItemJson(const governance::InformationDesk& desk,
                                   const store::InformationItemRecord& item);
nlohmann::json InformationDetailJson(const governance::InformationDesk& desk,
                                     const store::InformationItemRecord& item,
                                     const governance::InformationHistory& history);
nlohmann::json InformationWordsJson(const governance::InformationDesk& desk,
                                    const std::vector<governance::InformationCategory>& categories,
                                    const std::vector<governance::InformationLevel>& levels);
nlohmann::json InformationCategoryJson(const governance::InformationCategory& c);
nlohmann::json InformationLevelJson(const governance::InformationLevel& l);
nlohmann::json InformationRankingJson(const governance::AssessmentPeriod& period, const std::string& level,
                                      const std::vector<governance::InformationStanding>& standings);
nlohmann::json InformationReportJson(const store::InformationReportRecord& report);

// The period, kind of unit and the editors' text of a notice to publish.
struct InformationPublishRequest {
  std::string period;
  std::string level;
  governance::NoticeText text;
};
Result<InformationPublishRequest> InformationPublishRequestFromJson(const std::string& body);

// The writer's name defaults to `default_author` (the caller's display name).
Result<governance::NewInformationItem> NewInformationItemFromJson(const std::string& body,
                                                                  const std::string& default_author);
Result<governance::InformationAction> InformationActionFromJson(const std::string& body);
Result<governance::InformationCategory> InformationCategoryFromJson(const std::string& body);
Result<governance::InformationLevel> InformationLevelFromJson(const std::string& body);

}  // namespace sanwang::api
