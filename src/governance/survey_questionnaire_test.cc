#include "governance/survey_questionnaire.h"

#include <gtest/gtest.h>

namespace sanwang::governance {
namespace {

using nlohmann::json;

// A short liveability survey: whether the respondent lives here, and only if so, how
// satisfied they are (Likert), a matrix of three aspects, what they use, their age and a
// comment.
json Sample() {
  return json::parse(R"([
    {"code": "resident", "kind": "single", "text": "您是否居住在本社区？",
     "options": [{"code": "yes", "label": "是"}, {"code": "no", "label": "否"}]},
    {"code": "satisfied", "kind": "likert", "text": "您对居住环境的总体满意程度",
     "show_when": {"question": "resident", "any_of": ["yes"]}},
    {"code": "aspects", "kind": "matrix", "text": "请为以下方面打分", "required": false,
     "options": [{"code": "green", "label": "绿化"}, {"code": "clean", "label": "卫生"}, {"code": "safe", "label": "治安"}]},
    {"code": "uses", "kind": "multiple", "text": "您使用过哪些社区服务？", "required": false,
     "options": [{"code": "library", "label": "书屋"}, {"code": "court", "label": "球场"}]},
    {"code": "age", "kind": "number", "text": "您的年龄", "minimum": 16, "maximum": 110},
    {"code": "comment", "kind": "text", "text": "其他意见", "required": false}
  ])");
}

TEST(SurveyQuestionnaireTest, AQuestionnaireReadsBackAsItWasWritten) {
  auto q = ParseQuestionnaire(Sample());
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  ASSERT_EQ(q->size(), 6u);
  EXPECT_EQ(q->at(1).kind, QuestionKind::kLikert);
  ASSERT_TRUE(q->at(1).show_when);
  EXPECT_EQ(q->at(1).show_when->question, "resident");
  auto again = ParseQuestionnaire(QuestionnaireJson(*q));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(QuestionnaireJson(*again), QuestionnaireJson(*q));
}

TEST(SurveyQuestionnaireTest, BadQuestionnairesAreRefused) {
  std::vector<std::function<void(json&)>> spoil = {
      [](json& j) { j = json::array(); },
      [](json& j) { j[1]["code"] = "resident"; },                // a code twice
      [](json& j) { j[0]["kind"] = "essay"; },                   // an unknown kind
      [](json& j) { j[0]["options"] = json::array(); },          // a choice without options
      [](json& j) { j[4]["minimum"] = 200; },                    // minimum above maximum
      [](json& j) { j[1]["show_when"]["question"] = "age"; },    // not a single choice
      [](json& j) { j[1]["show_when"]["any_of"] = {"maybe"}; },  // not its option
      [](json& j) {
        j[0]["show_when"] = {{"question", "satisfied"}, {"any_of", {"1"}}};
      },  // looks ahead
  };
  for (std::size_t i = 0; i < spoil.size(); ++i) {
    json j = Sample();
    spoil[i](j);
    auto refused = ParseQuestionnaire(j);
    EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument) << i;
    EXPECT_EQ(refused.status().field(), "questions") << i;
  }
}

TEST(SurveyQuestionnaireTest, AResponseAnswersWhatItIsShownAndNothingElse) {
  const Questionnaire q = *ParseQuestionnaire(Sample());
  const json good = {{"resident", "yes"},
                     {"satisfied", 4},
                     {"aspects", {{"green", 5}, {"clean", 3}, {"safe", 4}}},
                     {"uses", {"library"}},
                     {"age", 42}};
  EXPECT_TRUE(CheckResponse(q, good).ok());
  // Not a resident: the satisfaction question is skipped, and answering it is refused.
  EXPECT_TRUE(CheckResponse(q, {{"resident", "no"}, {"age", 30}}).ok());
  EXPECT_EQ(CheckResponse(q, {{"resident", "no"}, {"satisfied", 3}, {"age", 30}}).field(), "answers");
  for (const auto& [name, bad] : std::vector<std::pair<const char*, json>>{
           {"required missing", {{"resident", "yes"}, {"age", 42}}},
           {"Likert off the scale", {{"resident", "yes"}, {"satisfied", 6}, {"age", 42}}},
           {"unknown option", {{"resident", "maybe"}, {"age", 42}}},
           {"matrix row unknown", {{"resident", "no"}, {"aspects", {{"noise", 3}}}, {"age", 42}}},
           {"multiple twice", {{"resident", "no"}, {"uses", {"library", "library"}}, {"age", 42}}},
           {"number out of range", {{"resident", "no"}, {"age", 7}}},
           {"unknown question", {{"resident", "no"}, {"age", 42}, {"extra", 1}}}}) {
    EXPECT_EQ(CheckResponse(q, bad).code(), ErrorCode::kInvalidArgument) << name;
  }
}

TEST(SurveyQuestionnaireTest, FlatScoresHoldTheLikertAnswersAndMatrixRows) {
  const Questionnaire q = *ParseQuestionnaire(Sample());
  const json answers = {
      {"resident", "yes"}, {"satisfied", 4}, {"aspects", {{"green", 5}, {"safe", 2}}}, {"age", 42}};
  EXPECT_EQ(FlatScores(q, answers),
            (std::map<std::string, int>{{"satisfied", 4}, {"aspects.green", 5}, {"aspects.safe", 2}}));
}

}  // namespace
}  // namespace sanwang::governance
