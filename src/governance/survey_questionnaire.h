// A survey's questionnaire (问卷) and the check of one response against it. Questions are
// single choice, multiple choice, Likert 1–5, a matrix (rows each answered 1–5), a number
// (with its range) or free text; each may be required, and may be shown only when an
// earlier single-choice question was answered with one of some options (skip logic: 跳题).
// A response is a JSON object, question code → answer: an option code (single), an array
// of option codes (multiple), a whole number (Likert), an object row code → whole number
// (matrix), a number, or text. A response must answer every required question it is shown,
// nothing it is not shown, and nothing outside a question's options or range.
//
// The scores an index reads (survey_index.h) come from FlatScores: a Likert question as its
// code, a matrix row as "matrix.row". Pure functions; thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"

namespace sanwang::governance {

enum class QuestionKind { kSingle, kMultiple, kLikert, kMatrix, kNumber, kText };

struct QuestionOption {
  std::string code;
  std::string label;
};

// Shown only when question `question` was answered with one of `any_of`.
struct ShowWhen {
  std::string question;
  std::vector<std::string> any_of;
};

struct Question {
  std::string code;
  QuestionKind kind = QuestionKind::kSingle;
  std::string text;
  bool required = true;
  std::vector<QuestionOption> options;  // single and multiple: the choices; matrix: the rows
  double minimum = 0;                   // number
  double maximum = 0;
  std::optional<ShowWhen> show_when;
};

using Questionnaire = std::vector<Question>;

// At least one question and at most 200; codes IsWordCode and unique; text 1..300
// characters; choices and rows 1..50 with unique codes; a number's minimum below its
// maximum; skip logic only on an earlier single-choice question and its own options.
// InvalidArgument naming "questions".
Status CheckQuestionnaire(const Questionnaire& questionnaire);

// The questionnaire as JSON and back ([{code, kind, text, required, options, minimum,
// maximum, show_when}]); parsing checks it.
nlohmann::json QuestionnaireJson(const Questionnaire& questionnaire);
Result<Questionnaire> ParseQuestionnaire(const nlohmann::json& json);

// OK when the response fits the questionnaire; InvalidArgument naming "answers" and the
// question otherwise.
Status CheckResponse(const Questionnaire& questionnaire, const nlohmann::json& answers);

// The Likert answers and matrix rows of a checked response, for indices.
std::map<std::string, int> FlatScores(const Questionnaire& questionnaire, const nlohmann::json& answers);

}  // namespace sanwang::governance
