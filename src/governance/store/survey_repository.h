// Keeps residents' surveys (srv_surveys, srv_responses, srv_links). Holds a reference to a
// Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "governance/store/survey_records.h"
#include "store/database.h"

namespace sanwang::store {

class SurveyRepository {
 public:
  explicit SurveyRepository(Database& db) : db_(db) {}

  // AlreadyExists when the district has a survey of that title.
  Result<SurveyRecord> InsertSurvey(SurveyRecord survey);
  Result<SurveyRecord> GetSurvey(Id id);
  // Newest window first.
  Result<std::vector<SurveyRecord>> Surveys(const std::string& district_code);
  // Rewrites everything but the id, district, state and creation; Conflict when the survey
  // is no longer a draft.
  Status UpdateDraft(const SurveyRecord& survey);
  // Conflict when the survey is no longer in `from` (someone moved it first).
  Status MoveSurvey(Id id, const std::string& from, const std::string& to);

  // AlreadyExists when the account answered the survey already (the unique key decides,
  // so two answers sent at once cannot both be taken).
  Result<SurveyResponseRecord> InsertResponse(SurveyResponseRecord response);
  // In one transaction (the demo's thousands of answers).
  Status InsertResponses(const std::vector<SurveyResponseRecord>& responses);
  // In id order.
  Result<std::vector<SurveyResponseRecord>> Responses(Id survey_id);
  Result<bool> HasAnswered(Id survey_id, Id account_id);

  Status InsertLinks(const std::vector<SurveyLinkRecord>& links);
  Result<std::optional<SurveyLinkRecord>> FindLink(const std::string& token_hash);
  // Marks the link used and stores the response in one transaction; Conflict when the link
  // was used first (by another answer sent at the same moment).
  Result<SurveyResponseRecord> AnswerThroughLink(const std::string& token_hash,
                                                 SurveyResponseRecord response);
  // Issued and used links of the survey.
  Result<std::pair<std::int64_t, std::int64_t>> LinkCounts(Id survey_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
