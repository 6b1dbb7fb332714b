// What a residents' survey (民意测评) is when an organizer sets it up: its title and the
// words shown before the questions, the series and period it belongs to (the rounds of one
// series form the trend of its indices), the area whose residents are asked (the district or
// a sub-district), the window, the questionnaire (survey_questionnaire.h) and the indices
// computed from it (survey_index.h). A survey moves draft → open → closed: a draft may be
// edited, an open survey takes answers within its window, a closed one takes none. The
// indices are kept as JSON in the survey's row; these functions write and read that JSON.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "core/time.h"
#include "governance/survey_index.h"
#include "governance/survey_questionnaire.h"

namespace sanwang::governance {

// The states of a survey, in order.
inline constexpr const char* kSurveyDraft = "draft";    // being written; nobody answers yet
inline constexpr const char* kSurveyOpen = "open";      // taking answers within its window
inline constexpr const char* kSurveyClosed = "closed";  // the answers are in; the indices are final
// "草稿 Draft", "进行中 Open", "已结束 Closed".
std::string SurveyStateLabel(const std::string& state);

// How an answer reached the survey.
inline constexpr const char* kChannelApp = "app";              // a signed-in resident on the phone pages
inline constexpr const char* kChannelLink = "link";            // a one-time link, without an account
inline constexpr const char* kChannelPaper = "paper";          // a paper form, typed by staff
inline constexpr const char* kChannelTelephone = "telephone";  // a telephone interview, typed by staff
const std::vector<std::string>& SurveyChannels();
// "手机作答 Phone", "一次性链接 One-time link", "纸质问卷 Paper", "电话访问 Telephone".
std::string SurveyChannelLabel(const std::string& channel);

struct SurveyTerms {
  std::string title;           // 2026年下半年群众满意度测评
  std::string intro;           // shown to residents before the questions
  std::string series;          // 民意测评: the rounds of one series form the trend
  std::string period;          // 2026年下半年
  store::Id area_unit_id = 0;  // the district or a sub-district
  UnixSeconds opens_at = 0;
  UnixSeconds closes_at = 0;  // answers are taken while opens_at <= now < closes_at
  Questionnaire questionnaire;
  std::vector<IndexDefinition> indices;
  bool demo = false;  // made by `sanwang demo`, and labelled so
};

// Names the field of the first bad value: title, intro, series, period, closes_at (not after
// opens_at), questions (survey_questionnaire.h), indices (none or more than 10, a code twice,
// a bad code or name, no question, a question that is not a Likert question or a matrix
// row of the questionnaire, a weight not above 0, a minimum sample outside 1..10,000). The
// area is the desk's to check against the org tree.
Status CheckSurveyTerms(const SurveyTerms& terms);

// The indices as JSON and back ([{code, name, min_sample, questions: [{code, weight}]}]).
// A Likert question or a matrix row is on 1–5, so lowest and highest are not stored.
std::string IndicesJson(const std::vector<IndexDefinition>& indices);
Result<std::vector<IndexDefinition>> ParseIndicesJson(const std::string& text);

}  // namespace sanwang::governance
