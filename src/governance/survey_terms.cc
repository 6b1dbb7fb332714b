#include "governance/survey_terms.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxTitle = 60;
constexpr std::size_t kMaxIntro = 2000;
constexpr std::size_t kMaxSeries = 30;
constexpr std::size_t kMaxPeriod = 30;
constexpr std::size_t kMaxIndexName = 20;
constexpr std::size_t kMaxIndices = 10;
constexpr int kMaxMinSample = 10000;

Status Refuse(const std::string& zh, const std::string& en, const std::string& field = "indices") {
  return InvalidArgument(zh + " " + en, field);
}

// The codes an index may read: Likert questions, and matrix rows as "matrix.row".
std::set<std::string> ScoredCodes(const Questionnaire& questionnaire) {
  std::set<std::string> codes;
  for (const Question& q : questionnaire) {
    if (q.kind == QuestionKind::kLikert) codes.insert(q.code);
    if (q.kind == QuestionKind::kMatrix) {
      for (const QuestionOption& row : q.options) codes.insert(q.code + "." + row.code);
    }
  }
  return codes;
}

Status CheckIndex(const IndexDefinition& index, const std::set<std::string>& scored) {
  if (!IsWordCode(index.code))
    return Refuse("指数代码须为小写字母、数字和下划线",
                  "an index's code takes lowercase letters, digits and _");
  if (!CheckUserText(index.name, "indices", kMaxIndexName, true).ok())
    return Refuse("指数 " + index.code + " 的名称须为 1 到 20 个字",
                  "index " + index.code + "'s name has 1 to 20 characters");
  if (index.questions.empty())
    return Refuse("指数 " + index.code + " 须至少读一道题", "index " + index.code + " reads no question");
  if (index.min_sample < 1 || index.min_sample > kMaxMinSample)
    return Refuse("指数 " + index.code + " 的最低样本量须为 1 到 10000",
                  "index " + index.code + "'s minimum sample is 1 to 10,000");
  std::set<std::string> seen;
  for (const IndexQuestion& q : index.questions) {
    if (!scored.count(q.code) || !seen.insert(q.code).second)
      return Refuse("指数 " + index.code + " 读的题 " + q.code + " 不是量表题或矩阵行，或重复",
                    "index " + index.code + " reads " + q.code +
                        ", which is not a Likert question or matrix row, or reads it twice");
    if (!(q.weight > 0) || q.weight > 1000)
      return Refuse("指数 " + index.code + " 的权重须大于 0",
                    "index " + index.code + "'s weights are above 0");
  }
  return Status::Ok();
}

Status CheckIndices(const SurveyTerms& terms) {
  if (terms.indices.empty() || terms.indices.size() > kMaxIndices)
    return Refuse("指数须有 1 到 10 个", "a survey has 1 to 10 indices");
  const std::set<std::string> scored = ScoredCodes(terms.questionnaire);
  std::set<std::string> codes;
  for (const IndexDefinition& index : terms.indices) {
    SW_RETURN_IF_ERROR(CheckIndex(index, scored));
    if (!codes.insert(index.code).second)
      return Refuse("指数 " + index.code + " 重复", "index " + index.code + " appears twice");
  }
  return Status::Ok();
}

}  // namespace

std::string SurveyStateLabel(const std::string& state) {
  if (state == kSurveyDraft) return "草稿 Draft";
  if (state == kSurveyOpen) return "进行中 Open";
  if (state == kSurveyClosed) return "已结束 Closed";
  return state;
}

const std::vector<std::string>& SurveyChannels() {
  static const std::vector<std::string> kChannels = {kChannelApp, kChannelLink, kChannelPaper,
                                                     kChannelTelephone};
  return kChannels;
}

std::string SurveyChannelLabel(const std::string& channel) {
  if (channel == kChannelApp) return "手机作答 Phone";
  if (channel == kChannelLink) return "一次性链接 One-time link";
  if (channel == kChannelPaper) return "纸质问卷 Paper";
  if (channel == kChannelTelephone) return "电话访问 Telephone";
  return channel;
}

Status CheckSurveyTerms(const SurveyTerms& terms) {
  SW_RETURN_IF_ERROR(CheckUserText(terms.title, "title", kMaxTitle, true));
  SW_RETURN_IF_ERROR(CheckUserText(terms.intro, "intro", kMaxIntro, false));
  SW_RETURN_IF_ERROR(CheckUserText(terms.series, "series", kMaxSeries, true));
  SW_RETURN_IF_ERROR(CheckUserText(terms.period, "period", kMaxPeriod, true));
  if (terms.closes_at <= terms.opens_at)
    return Refuse("截止时间须晚于开始时间", "the window must close after it opens", "closes_at");
  SW_RETURN_IF_ERROR(CheckQuestionnaire(terms.questionnaire));
  return CheckIndices(terms);
}

std::string IndicesJson(const std::vector<IndexDefinition>& indices) {
  json out = json::array();
  for (const IndexDefinition& index : indices) {
    json questions = json::array();
    for (const IndexQuestion& q : index.questions)
      questions.push_back({{"code", q.code}, {"weight", q.weight}});
    out.push_back({{"code", index.code},
                   {"name", index.name},
                   {"min_sample", index.min_sample},
                   {"questions", questions}});
  }
  return out.dump();
}

Result<std::vector<IndexDefinition>> ParseIndicesJson(const std::string& text) {
  const json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_array()) return Refuse("指数须为数组", "indices must be an array");
  std::vector<IndexDefinition> out;
  for (const json& item : parsed) {
    if (!item.is_object() || !item.value("code", json()).is_string() ||
        !item.value("name", json()).is_string() || !item.value("questions", json()).is_array())
      return Refuse("每个指数须有代码、名称和题目", "each index needs a code, a name and questions");
    IndexDefinition index;
    index.code = item["code"].get<std::string>();
    index.name = item["name"].get<std::string>();
    const json& sample = item.value("min_sample", json(30));
    if (!sample.is_number_integer()) return Refuse("最低样本量须为整数", "min_sample must be a whole number");
    index.min_sample =
        static_cast<int>(std::clamp<std::int64_t>(sample.get<std::int64_t>(), -1, kMaxMinSample + 1));
    for (const json& q : item["questions"]) {
      if (!q.is_object() || !q.value("code", json()).is_string())
        return Refuse("指数的每道题须有代码", "each question of an index needs its code");
      const json& weight = q.value("weight", json(1));
      if (!weight.is_number()) return Refuse("权重须为数字", "a weight must be a number");
      index.questions.push_back({q["code"].get<std::string>(), weight.get<double>(), 1, 5});
    }
    out.push_back(std::move(index));
  }
  return out;
}

}  // namespace sanwang::governance
