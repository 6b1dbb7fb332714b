// Residents' surveys (民意测评) as one caller runs them: an organizer writes a survey
// (survey_terms.h) over the district or a sub-district, edits it while it is a draft, opens
// it and closes it; residents answer on the phone pages once per account, for their own
// community; staff type in paper and telephone answers for the communities in their scope,
// marked as such; an organizer hands out one-time links for people without an account, each
// good for one answer. Answers are taken while the survey is open and the server's clock is
// in its window (opens_at <= now < closes_at), and every answer is checked against the
// questionnaire (CheckResponse). The indices are survey_results.h.
//
// Checks the caller's rights (survey_access.h) and the input, naming the field of each bad
// value, and changes nothing when it refuses; writes through
// governance/store/survey_repository.h. Functions over a Database and an OrgDirectory
// snapshot; thread-safe as the Database.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/clock.h"
#include "governance/store/survey_repository.h"
#include "governance/survey_terms.h"
#include "org/org_directory.h"

namespace sanwang::governance {

struct SurveyDesk {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;
  const Clock& clock;

  const std::string& district() const { return org.district_code(); }
};

// A survey's row with its terms read back.
struct Survey {
  store::SurveyRecord record;
  SurveyTerms terms;
};

// What the caller may do with one survey now: the browser offers these and nothing else.
struct SurveyAbilities {
  bool edit = false;      // a draft, for organizers
  bool open = false;      // draft → open
  bool close = false;     // open → closed
  bool answer = false;    // a resident of the area who has not answered, within the window
  bool answered = false;  // the caller's account answered already
  bool record = false;    // staff who may type in answers, within the window
  bool issue_links = false;
  bool results = false;  // indices, trend, comparison, free text
  bool export_answers = false;
};

// Links handed out at once, at most.
inline constexpr int kMaxLinksAtOnce = 500;

Result<Survey> CreateSurvey(const SurveyDesk& desk, const SurveyTerms& terms);
// NotFound for a survey of another district, and for one the caller may not see (a draft to
// all but organizers; a survey of another area to a resident).
Result<Survey> FindSurvey(const SurveyDesk& desk, store::Id id);
// The surveys the caller may see, newest window first.
Result<std::vector<Survey>> ListSurveys(const SurveyDesk& desk);
// Conflict once the survey is no longer a draft.
Result<Survey> EditSurvey(const SurveyDesk& desk, store::Id id, const SurveyTerms& terms);
// draft → open or open → closed; FailedPrecondition for any other move.
Result<Survey> MoveSurvey(const SurveyDesk& desk, store::Id id, const std::string& to);
Result<SurveyAbilities> AbilitiesOf(const SurveyDesk& desk, const Survey& survey);

// OK while the survey is open and the server's clock is in its window; FailedPrecondition
// saying when otherwise.
Status CheckTakingAnswers(const SurveyDesk& desk, const store::SurveyRecord& survey);

// A resident's answer for their own community. AlreadyExists when the account answered
// already; FailedPrecondition outside the window; InvalidArgument naming "answers".
Result<store::SurveyResponseRecord> AnswerSurvey(const SurveyDesk& desk, store::Id id,
                                                 const nlohmann::json& answers);
// A paper or telephone answer typed in by staff for a community in their scope.
Result<store::SurveyResponseRecord> RecordAnswer(const SurveyDesk& desk, store::Id id, store::Id community_id,
                                                 const std::string& channel, const nlohmann::json& answers);

// `count` (1..kMaxLinksAtOnce) new one-time links for a community of the survey's area:
// the tokens, shown this once (only their hashes are kept).
Result<std::vector<std::string>> IssueLinks(const SurveyDesk& desk, store::Id id, store::Id community_id,
                                            int count);
// The survey a link answers, for anyone holding it; NotFound for an unknown token, Conflict
// for a used one.
Result<Survey> SurveyOfLink(const SurveyDesk& desk, const std::string& token);
Result<store::SurveyResponseRecord> AnswerThroughLink(const SurveyDesk& desk, const std::string& token,
                                                      const nlohmann::json& answers);

// The communities of the survey's area the caller may name for an answer or a link: all of
// them for organizers, those in their scope for recorders, none for anyone else.
std::vector<const store::UnitRecord*> NameableCommunities(const SurveyDesk& desk, const Survey& survey);

// The communities of the survey's area, in the org tree's order.
std::vector<const store::UnitRecord*> AreaCommunities(const org::OrgDirectory& org, store::Id area_unit_id);

}  // namespace sanwang::governance
