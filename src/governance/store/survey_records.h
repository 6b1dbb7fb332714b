// The rows of residents' surveys (民意测评, the "governance" migration stream): a survey with
// its questionnaire, indices and window over an area of the org tree; the responses, each
// from a community and through a channel (the phone pages, a one-time link, or staff
// recording a paper or telephone answer); and the one-time links handed to people without
// an account. Plain values the survey repository reads and writes; the rules (the window,
// once per account, the checks of a response, the indices) live in src/governance/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/time.h"
#include "store/records.h"

namespace sanwang::store {

struct SurveyRecord {
  Id id = 0;
  std::string district_code;
  std::string title;    // 2026年下半年群众满意度测评
  std::string intro;    // what the survey is for, shown before the questions
  std::string series;   // rounds of one series form the trend: 民意测评
  std::string period;   // the round's label: 2026年下半年
  Id area_unit_id = 0;  // the district or a sub-district: who is asked
  UnixSeconds opens_at = 0;
  UnixSeconds closes_at = 0;  // answers are taken while open and opens_at <= now < closes_at
  std::string questionnaire;  // JSON (governance/survey_questionnaire.h)
  std::string indices;        // JSON (governance/survey_terms.h)
  std::string state;          // draft, open, closed
  std::optional<Id> created_by;
  UnixSeconds created_at = 0;
  bool demo = false;
};

struct SurveyResponseRecord {
  Id id = 0;
  Id survey_id = 0;
  std::string district_code;
  Id community_id = 0;
  std::optional<Id> account_id;   // the resident who answered; none for links and paper
  std::string channel;            // app, link, paper, telephone
  std::string answers;            // JSON object, question code → answer
  std::optional<Id> recorded_by;  // the staff member who typed a paper or telephone answer
  UnixSeconds submitted_at = 0;
  bool demo = false;
};

// A one-time link: only its token's hash is kept.
struct SurveyLinkRecord {
  std::string token_hash;
  Id survey_id = 0;
  Id community_id = 0;
  std::optional<Id> created_by;
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> used_at;
};

}  // namespace sanwang::store
