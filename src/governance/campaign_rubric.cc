#include "governance/campaign_rubric.h"

#include <set>

#include "core/text.h"

namespace sanwang::governance {
namespace {

constexpr int kMostPerCriterion = 100;
constexpr int kMostScale = 1000;
constexpr std::size_t kMaxCriterionName = 30;

Status Refuse(const std::string& zh, const std::string& en, const std::string& field) {
  return InvalidArgument(zh + " " + en, field);
}

}  // namespace

Status CheckRubric(const Rubric& rubric) {
  if (rubric.empty()) return Refuse("评分细则至少一项", "the rubric needs at least one criterion", "rubric");
  std::set<std::string> codes;
  int scale = 0;
  for (const RubricCriterion& c : rubric) {
    if (!IsWordCode(c.code)) {
      return Refuse("评分项代码须为小写字母、数字和下划线",
                    "a criterion's code takes lowercase letters, digits and _", "rubric");
    }
    if (!codes.insert(c.code).second) {
      return Refuse("评分项 " + c.code + " 重复", "criterion " + c.code + " appears twice", "rubric");
    }
    if (!CheckUserText(c.name, "rubric", kMaxCriterionName, true).ok()) {
      return Refuse("评分项名称须为 1 到 30 个字", "a criterion's name has 1 to 30 characters", "rubric");
    }
    if (c.most < 1 || c.most > kMostPerCriterion) {
      return Refuse("评分项 " + c.code + " 的满分应在 1 到 100 之间",
                    "criterion " + c.code + " is out of 1 to 100", "rubric");
    }
    scale += c.most;
  }
  if (scale > kMostScale)
    return Refuse("满分合计不超过 1000", "the criteria add up to at most 1000", "rubric");
  return Status::Ok();
}

int RubricScale(const Rubric& rubric) {
  int scale = 0;
  for (const RubricCriterion& c : rubric) scale += c.most;
  return scale;
}

Result<int> ReviewTotal(const Rubric& rubric, const std::map<std::string, int>& scores) {
  int total = 0;
  for (const RubricCriterion& c : rubric) {
    auto found = scores.find(c.code);
    if (found == scores.end()) {
      return Refuse("请为「" + c.name + "」评分", "score criterion " + c.code, "scores");
    }
    if (found->second < 0 || found->second > c.most) {
      return Refuse("「" + c.name + "」的得分应在 0 到 " + std::to_string(c.most) + " 之间",
                    "criterion " + c.code + " takes 0 to " + std::to_string(c.most), "scores");
    }
    total += found->second;
  }
  if (scores.size() != rubric.size()) {
    return Refuse("评分含有细则以外的项目", "the scores name a criterion the rubric does not have", "scores");
  }
  return total;
}

Status CheckBlindText(const std::string& text, const std::vector<std::string>& author_names,
                      const std::string& field) {
  for (const std::string& name : author_names) {
    if (Utf8Length(name) < 2) continue;
    if (text.find(name) != std::string::npos) {
      return Refuse("评审意见不得出现作者姓名（盲评）", "a blind review must not name the author", field);
    }
  }
  return Status::Ok();
}

}  // namespace sanwang::governance
