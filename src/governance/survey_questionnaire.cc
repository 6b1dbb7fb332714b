#include "governance/survey_questionnaire.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxQuestions = 200;
constexpr std::size_t kMaxOptions = 50;
constexpr std::size_t kMaxQuestionText = 300;
constexpr std::size_t kMaxOptionLabel = 100;
constexpr std::size_t kMaxTextAnswer = 2000;
constexpr int kLikertLowest = 1;
constexpr int kLikertHighest = 5;

constexpr std::pair<QuestionKind, const char*> kKindNames[] = {
    {QuestionKind::kSingle, "single"}, {QuestionKind::kMultiple, "multiple"},
    {QuestionKind::kLikert, "likert"}, {QuestionKind::kMatrix, "matrix"},
    {QuestionKind::kNumber, "number"}, {QuestionKind::kText, "text"}};

const char* KindName(QuestionKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "single";
}

std::optional<QuestionKind> KindNamed(const std::string& name) {
  for (const auto& [k, n] : kKindNames) {
    if (name == n) return k;
  }
  return std::nullopt;
}

Status Refuse(const std::string& code, const std::string& zh, const std::string& en,
              const std::string& field = "questions") {
  return InvalidArgument("题目 " + code + "：" + zh + " question " + code + ": " + en, field);
}

bool HasOption(const Question& q, const std::string& code) {
  return std::any_of(q.options.begin(), q.options.end(),
                     [&](const QuestionOption& o) { return o.code == code; });
}

bool NeedsOptions(QuestionKind kind) {
  return kind == QuestionKind::kSingle || kind == QuestionKind::kMultiple || kind == QuestionKind::kMatrix;
}

Status CheckOptions(const Question& q) {
  if (!NeedsOptions(q.kind)) return Status::Ok();
  if (q.options.empty() || q.options.size() > kMaxOptions)
    return Refuse(q.code, "选项须有 1 到 50 个", "needs 1 to 50 options");
  std::set<std::string> codes;
  for (const QuestionOption& o : q.options) {
    if (!IsWordCode(o.code) || !codes.insert(o.code).second) {
      return Refuse(q.code, "选项代码无效或重复", "an option's code is not a word code or appears twice");
    }
    if (!CheckUserText(o.label, "questions", kMaxOptionLabel, true).ok()) {
      return Refuse(q.code, "选项文字须为 1 到 100 个字", "an option's label has 1 to 100 characters");
    }
  }
  return Status::Ok();
}

// Skip logic may only look back, at a single-choice question and its options.
Status CheckShowWhen(const Question& q, const std::map<std::string, const Question*>& earlier) {
  if (!q.show_when) return Status::Ok();
  const auto found = earlier.find(q.show_when->question);
  if (found == earlier.end() || found->second->kind != QuestionKind::kSingle) {
    return Refuse(q.code, "跳题条件须指向前面的单选题",
                  "its condition must name an earlier single-choice question");
  }
  if (q.show_when->any_of.empty())
    return Refuse(q.code, "跳题条件须列出选项", "its condition must list options");
  for (const std::string& option : q.show_when->any_of) {
    if (!HasOption(*found->second, option)) {
      return Refuse(q.code, "跳题条件的选项不存在",
                    "its condition names an option the question does not have");
    }
  }
  return Status::Ok();
}

bool Shown(const Question& q, const json& answers) {
  if (!q.show_when) return true;
  const auto given = answers.find(q.show_when->question);
  if (given == answers.end() || !given->is_string()) return false;
  const auto& any_of = q.show_when->any_of;
  return std::find(any_of.begin(), any_of.end(), given->get<std::string>()) != any_of.end();
}

bool IsLikert(const json& v) {
  return v.is_number_integer() && v.get<std::int64_t>() >= kLikertLowest &&
         v.get<std::int64_t>() <= kLikertHighest;
}

bool FitsMatrix(const Question& q, const json& a) {
  if (!a.is_object()) return false;
  for (const auto& [row, v] : a.items()) {
    if (!HasOption(q, row) || !IsLikert(v)) return false;
  }
  return !q.required || a.size() == q.options.size();
}

bool FitsMultiple(const Question& q, const json& a) {
  if (!a.is_array() || (q.required && a.empty())) return false;
  std::set<std::string> seen;
  for (const json& v : a) {
    if (!v.is_string() || !HasOption(q, v.get<std::string>()) || !seen.insert(v.get<std::string>()).second)
      return false;
  }
  return true;
}

bool Fits(const Question& q, const json& a) {
  switch (q.kind) {
    case QuestionKind::kSingle:
      return a.is_string() && HasOption(q, a.get<std::string>());
    case QuestionKind::kMultiple:
      return FitsMultiple(q, a);
    case QuestionKind::kLikert:
      return IsLikert(a);
    case QuestionKind::kMatrix:
      return FitsMatrix(q, a);
    case QuestionKind::kNumber:
      return a.is_number() && a.get<double>() >= q.minimum && a.get<double>() <= q.maximum;
    case QuestionKind::kText:
      return a.is_string() && CheckUserText(a.get<std::string>(), "answers", kMaxTextAnswer, q.required).ok();
  }
  return false;
}

Result<Question> QuestionFromJson(const json& j) {
  if (!j.is_object() || !j.value("code", json()).is_string() || !j.value("kind", json()).is_string() ||
      !j.value("text", json()).is_string()) {
    return InvalidArgument("每道题须有 code、kind、text each question has a code, a kind and a text",
                           "questions");
  }
  Question q;
  q.code = j["code"].get<std::string>();
  const auto kind = KindNamed(j["kind"].get<std::string>());
  if (!kind)
    return Refuse(q.code, "题型未知", "unknown kind (single, multiple, likert, matrix, number, text)");
  q.kind = *kind;
  q.text = j["text"].get<std::string>();
  q.required = j.value("required", json(true)).is_boolean() ? j.value("required", true) : true;
  for (const json& o : j.value("options", json::array())) {
    if (!o.is_object() || !o.value("code", json()).is_string() || !o.value("label", json()).is_string()) {
      return Refuse(q.code, "选项须有 code 和 label", "each option has a code and a label");
    }
    q.options.push_back({o["code"].get<std::string>(), o["label"].get<std::string>()});
  }
  if (j.value("minimum", json()).is_number()) q.minimum = j["minimum"].get<double>();
  if (j.value("maximum", json()).is_number()) q.maximum = j["maximum"].get<double>();
  const json when = j.value("show_when", json());
  if (when.is_object() && when.value("question", json()).is_string() &&
      when.value("any_of", json()).is_array()) {
    ShowWhen w{when["question"].get<std::string>(), {}};
    for (const json& o : when["any_of"]) {
      if (o.is_string()) w.any_of.push_back(o.get<std::string>());
    }
    q.show_when = w;
  } else if (!when.is_null()) {
    return Refuse(q.code, "跳题条件格式错误", "show_when is {question, any_of}");
  }
  return q;
}

}  // namespace

Status CheckQuestionnaire(const Questionnaire& questionnaire) {
  if (questionnaire.empty() || questionnaire.size() > kMaxQuestions) {
    return InvalidArgument("问卷须有 1 到 200 道题 a questionnaire has 1 to 200 questions", "questions");
  }
  std::map<std::string, const Question*> earlier;
  for (const Question& q : questionnaire) {
    if (!IsWordCode(q.code) || earlier.count(q.code)) {
      return Refuse(q.code, "题目代码无效或重复", "the code is not a word code or appears twice");
    }
    if (!CheckUserText(q.text, "questions", kMaxQuestionText, true).ok()) {
      return Refuse(q.code, "题目文字须为 1 到 300 个字", "its text has 1 to 300 characters");
    }
    SW_RETURN_IF_ERROR(CheckOptions(q));
    if (q.kind == QuestionKind::kNumber && !(q.minimum < q.maximum)) {
      return Refuse(q.code, "数值题的最小值须小于最大值", "a number's minimum must be below its maximum");
    }
    SW_RETURN_IF_ERROR(CheckShowWhen(q, earlier));
    earlier[q.code] = &q;
  }
  return Status::Ok();
}

json QuestionnaireJson(const Questionnaire& questionnaire) {
  json out = json::array();
  for (const Question& q : questionnaire) {
    json j = {{"code", q.code}, {"kind", KindName(q.kind)}, {"text", q.text}, {"required", q.required}};
    if (NeedsOptions(q.kind)) {
      j["options"] = json::array();
      for (const auto& o : q.options) j["options"].push_back({{"code", o.code}, {"label", o.label}});
    }
    if (q.kind == QuestionKind::kNumber) {
      j["minimum"] = q.minimum;
      j["maximum"] = q.maximum;
    }
    j["show_when"] =
        q.show_when ? json{{"question", q.show_when->question}, {"any_of", q.show_when->any_of}} : json();
    out.push_back(std::move(j));
  }
  return out;
}

Result<Questionnaire> ParseQuestionnaire(const json& j) {
  if (!j.is_array())
    return InvalidArgument("问卷应为题目数组 a questionnaire is an array of questions", "questions");
  Questionnaire out;
  for (const json& q : j) {
    SW_ASSIGN_OR_RETURN(Question parsed, QuestionFromJson(q));
    out.push_back(std::move(parsed));
  }
  SW_RETURN_IF_ERROR(CheckQuestionnaire(out));
  return out;
}

Status CheckResponse(const Questionnaire& questionnaire, const json& answers) {
  if (!answers.is_object()) return InvalidArgument("答卷应为对象 the answers are an object", "answers");
  std::set<std::string> known;
  for (const Question& q : questionnaire) {
    known.insert(q.code);
    const auto given = answers.find(q.code);
    const bool answered = given != answers.end() && !given->is_null();
    if (!Shown(q, answers)) {
      if (answered)
        return Refuse(q.code, "按跳题规则不应作答", "is skipped for these answers and must not be answered",
                      "answers");
      continue;
    }
    if (!answered) {
      if (q.required) return Refuse(q.code, "必答题未作答", "is required", "answers");
      continue;
    }
    if (!Fits(q, *given))
      return Refuse(q.code, "答案不符合题目要求", "the answer does not fit the question", "answers");
  }
  for (const auto& [code, value] : answers.items()) {
    if (!known.count(code)) return InvalidArgument("没有题目 " + code + " no question " + code, "answers");
  }
  return Status::Ok();
}

std::map<std::string, int> FlatScores(const Questionnaire& questionnaire, const json& answers) {
  std::map<std::string, int> out;
  for (const Question& q : questionnaire) {
    const auto given = answers.find(q.code);
    if (given == answers.end()) continue;
    if (q.kind == QuestionKind::kLikert && IsLikert(*given)) out[q.code] = given->get<int>();
    if (q.kind == QuestionKind::kMatrix && given->is_object()) {
      for (const auto& [row, v] : given->items()) {
        if (IsLikert(v)) out[q.code + "." + row] = v.get<int>();
      }
    }
  }
  return out;
}

}  // namespace sanwang::governance
