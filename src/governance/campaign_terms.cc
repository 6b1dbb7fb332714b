#include "governance/campaign_terms.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxTitle = 60;
constexpr std::size_t kMaxTheme = 60;
constexpr std::size_t kMaxRules = 5000;
constexpr std::size_t kMaxIssuer = 40;
constexpr std::size_t kMaxTierName = 20;
constexpr std::size_t kMaxTiers = 10;

Status Refuse(const std::string& zh, const std::string& en, const std::string& field) {
  return InvalidArgument(zh + " " + en, field);
}

Status CheckFormats(const std::vector<std::string>& formats) {
  if (formats.empty()) return Refuse("请选择接受的文件格式", "choose the accepted file kinds", "formats");
  const auto& kinds = EntryKinds();
  std::set<std::string> seen;
  for (const std::string& f : formats) {
    if (std::find(kinds.begin(), kinds.end(), f) == kinds.end() || !seen.insert(f).second) {
      return Refuse("文件格式只能是 docx、pdf、txt、image，且不重复",
                    "file kinds are docx, pdf, txt or image, each once, not '" + f + "'", "formats");
    }
  }
  return Status::Ok();
}

Status CheckTier(const AwardTier& tier, int scale) {
  if (!IsWordCode(tier.code)) {
    return Refuse("奖项代码须为小写字母、数字和下划线", "a tier's code takes lowercase letters, digits and _",
                  "tiers");
  }
  if (!CheckUserText(tier.name, "tiers", kMaxTierName, true).ok()) {
    return Refuse("奖项名称须为 1 到 20 个字", "a tier's name has 1 to 20 characters", "tiers");
  }
  if (tier.quota && *tier.quota < 1) {
    return Refuse("奖项 " + tier.code + " 的名额至少为 1（不限名额则不填）",
                  "tier " + tier.code + " needs a quota of at least 1, or none for any number", "tiers");
  }
  if (tier.floor_hundredths &&
      (*tier.floor_hundredths < 0 || *tier.floor_hundredths > std::int64_t{scale} * 100)) {
    return Refuse("奖项 " + tier.code + " 的最低分超出评分范围",
                  "tier " + tier.code + "'s floor is outside the rubric's scale", "tiers");
  }
  return Status::Ok();
}

Status CheckTiers(const std::vector<AwardTier>& tiers, int scale) {
  if (tiers.empty() || tiers.size() > kMaxTiers) {
    return Refuse("奖项须有 1 到 10 个", "a campaign has 1 to 10 award tiers", "tiers");
  }
  std::set<std::string> codes;
  for (const AwardTier& t : tiers) {
    SW_RETURN_IF_ERROR(CheckTier(t, scale));
    if (!codes.insert(t.code).second) {
      return Refuse("奖项 " + t.code + " 重复", "tier " + t.code + " appears twice", "tiers");
    }
  }
  return Status::Ok();
}

Status CheckCall(const CampaignTerms& terms) {
  SW_RETURN_IF_ERROR(CheckUserText(terms.title, "title", kMaxTitle, true));
  SW_RETURN_IF_ERROR(CheckUserText(terms.theme, "theme", kMaxTheme, true));
  SW_RETURN_IF_ERROR(CheckUserText(terms.rules, "rules", kMaxRules, true));
  SW_RETURN_IF_ERROR(CheckUserText(terms.issuer, "issuer", kMaxIssuer, true));
  if (terms.closes_at <= terms.opens_at) {
    return Refuse("截止时间须晚于开始时间", "the window must close after it opens", "closes_at");
  }
  return Status::Ok();
}

Result<json> ParseArray(const std::string& text, const std::string& field) {
  json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_array()) return Refuse("格式错误", "not a JSON array", field);
  return parsed;
}

}  // namespace

const std::vector<std::string>& EntryKinds() {
  static const std::vector<std::string> kKinds = {kEntryDocx, kEntryPdf, kEntryText, kEntryImage};
  return kKinds;
}

std::string CampaignStateLabel(const std::string& state) {
  if (state == kCampaignOpen) return "征集中 Open";
  if (state == kCampaignReviewing) return "评审中 In review";
  if (state == kCampaignDeciding) return "讨论评定中 Deciding";
  if (state == kCampaignPublished) return "已公布 Published";
  return state;
}

Status CheckCampaignTerms(const CampaignTerms& terms) {
  SW_RETURN_IF_ERROR(CheckCall(terms));
  SW_RETURN_IF_ERROR(CheckFormats(terms.formats));
  if (terms.max_bytes < 1 || terms.max_bytes > kMaxEntryBytesAllowed) {
    return Refuse("文件大小上限应在 1 字节到 10 MiB 之间", "the largest file is 1 byte to 10 MiB",
                  "max_bytes");
  }
  if (terms.reviews_per_entry < 1 || terms.reviews_per_entry > kMaxReviewsPerEntry) {
    return Refuse("每件作品的评审数应在 1 到 9 之间", "reviews per entry are 1 to 9", "reviews_per_entry");
  }
  SW_RETURN_IF_ERROR(CheckRubric(terms.rubric));
  return CheckTiers(terms.tiers, RubricScale(terms.rubric));
}

std::string RubricJson(const Rubric& rubric) {
  json out = json::array();
  for (const auto& c : rubric) out.push_back({{"code", c.code}, {"name", c.name}, {"most", c.most}});
  return out.dump();
}

Result<Rubric> ParseRubricJson(const std::string& text) {
  SW_ASSIGN_OR_RETURN(json parsed, ParseArray(text, "rubric"));
  Rubric rubric;
  for (const json& c : parsed) {
    if (!c.is_object() || !c.value("code", json()).is_string() || !c.value("name", json()).is_string() ||
        !c.value("most", json()).is_number_integer()) {
      return Refuse("评分细则每项须有 code、name、most", "each criterion has a code, a name and a most",
                    "rubric");
    }
    rubric.push_back({c["code"].get<std::string>(), c["name"].get<std::string>(), c["most"].get<int>()});
  }
  return rubric;
}

std::string TiersJson(const std::vector<AwardTier>& tiers) {
  json out = json::array();
  for (const auto& t : tiers) {
    json tier = {{"code", t.code}, {"name", t.name}, {"quota", nullptr}, {"floor", nullptr}};
    if (t.quota) tier["quota"] = *t.quota;
    if (t.floor_hundredths) tier["floor"] = *t.floor_hundredths;
    out.push_back(tier);
  }
  return out.dump();
}

Result<std::vector<AwardTier>> ParseTiersJson(const std::string& text) {
  SW_ASSIGN_OR_RETURN(json parsed, ParseArray(text, "tiers"));
  std::vector<AwardTier> tiers;
  for (const json& t : parsed) {
    const json quota = t.is_object() ? t.value("quota", json()) : json();
    const json floor = t.is_object() ? t.value("floor", json()) : json();
    if (!t.is_object() || !t.value("code", json()).is_string() || !t.value("name", json()).is_string() ||
        !(quota.is_null() || quota.is_number_integer()) || !(floor.is_null() || floor.is_number_integer())) {
      return Refuse("奖项每项须有 code、name，名额和最低分为整数或空",
                    "each tier has a code and a name, its quota and floor integers or null", "tiers");
    }
    AwardTier tier{t["code"].get<std::string>(), t["name"].get<std::string>(), std::nullopt, std::nullopt};
    if (quota.is_number_integer()) tier.quota = quota.get<int>();
    if (floor.is_number_integer()) tier.floor_hundredths = floor.get<std::int64_t>();
    tiers.push_back(std::move(tier));
  }
  return tiers;
}

std::string FormatsText(const std::vector<std::string>& formats) {
  std::string out;
  for (const auto& f : formats) out += (out.empty() ? "" : ",") + f;
  return out;
}

std::vector<std::string> ParseFormatsText(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

}  // namespace sanwang::governance
