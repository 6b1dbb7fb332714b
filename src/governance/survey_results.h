// What a survey's answers say (民意测评结果): each index per community, per sub-district and
// for the survey's whole area, with its 95% interval and sample (survey_index.h), areas above
// a community post-stratified on the communities' households (the support net's figure,
// support/roster_book.h; a community without one counts as 1); the trend of each index over
// the rounds of the survey's series; and the free-text answers grouped by the topic the
// case classifier gives them (its catalog item's aspect), so that what residents wrote
// reads like the matters they report. Only those who read results (survey_access.h) get them.
// Functions over a Database and an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cases/catalog.h"
#include "classify/classifier.h"
#include "governance/survey_desk.h"

namespace sanwang::governance {

struct AreaIndex {
  store::Id unit_id = 0;
  std::string name;
  std::string kind;  // community, street, district
  IndexEstimate estimate;
};

struct IndexResults {
  IndexDefinition index;
  AreaIndex area;                  // the survey's area as a whole
  std::vector<AreaIndex> streets;  // its sub-districts (none when the area is one)
  std::vector<AreaIndex> communities;
};

struct SurveyResults {
  std::int64_t responses = 0;
  std::map<std::string, std::int64_t> by_channel;  // app, link, paper, telephone
  std::vector<IndexResults> indices;
};

Result<SurveyResults> ComputeSurveyResults(const SurveyDesk& desk, store::Id id);

struct TrendPoint {
  store::Id survey_id = 0;
  std::string period;
  UnixSeconds opens_at = 0;
  std::map<std::string, IndexEstimate> indices;  // by index code: the round's whole area
};

// The rounds of the survey's series that are open or closed, oldest first.
Result<std::vector<TrendPoint>> SurveyTrend(const SurveyDesk& desk, store::Id id);

struct TextAnswer {
  std::string question;  // the question's code
  std::string community;
  std::string text;
};

struct TextGroup {
  std::string topic;  // the aspect's name, or 其他 Other
  std::vector<TextAnswer> answers;
};

// The free-text answers by topic, largest group first. Without a trained classifier every
// answer goes to one group, 未分类 Not classified.
Result<std::vector<TextGroup>> FreeTextGroups(const SurveyDesk& desk, store::Id id,
                                              const classify::Classifier* classifier,
                                              const cases::Catalog& catalog);

}  // namespace sanwang::governance
