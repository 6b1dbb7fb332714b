#include "governance/api/campaign_json.h"

#include "api/json_views.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/campaign_terms.h"

namespace sanwang::api {
namespace {

using nlohmann::json;

json UnitRef(const governance::CampaignDesk& desk, std::optional<store::Id> id) {
  const store::UnitRecord* unit = id ? desk.org.Find(*id) : nullptr;
  if (unit == nullptr) return nullptr;
  return {{"code", unit->code}, {"name", unit->name}};
}

json ScoresJson(const std::map<std::string, int>& scores) {
  json out = json::object();
  for (const auto& [code, points] : scores) out[code] = points;
  return out;
}

json MyReviewJson(const std::optional<store::CampaignReviewRecord>& r) {
  if (!r || !r->submitted_at) return nullptr;
  return {{"scores", json::parse(r->scores, nullptr, false)},
          {"total", r->total},
          {"comment", r->comment},
          {"submitted_at", FormatIso8601(*r->submitted_at)}};
}

json TierJson(const governance::AwardTier& t) {
  return {{"code", t.code},
          {"name", t.name},
          {"quota", t.quota ? json(*t.quota) : json()},
          {"floor", t.floor_hundredths ? json(static_cast<double>(*t.floor_hundredths) / 100.0) : json()}};
}

Result<UnixSeconds> RequiredTime(const json& o, const std::string& key) {
  SW_ASSIGN_OR_RETURN(std::string text, StringField(o, key, true));
  return ParseTime(text, key);
}

Result<std::vector<std::string>> Formats(const json& o) {
  if (!o.contains("formats") || !o["formats"].is_array()) {
    return InvalidArgument("formats 应为文件格式的数组 formats must be an array of file kinds", "formats");
  }
  std::vector<std::string> out;
  for (const json& f : o["formats"]) {
    if (!f.is_string()) return InvalidArgument("formats 应为字符串数组 formats must be strings", "formats");
    out.push_back(f.get<std::string>());
  }
  return out;
}

// Floors come as scores on the rubric's scale (e.g. 60 or 72.5) and are kept in hundredths.
Result<std::string> TiersText(const json& o) {
  if (!o.contains("tiers") || !o["tiers"].is_array()) {
    return InvalidArgument("tiers 应为奖项数组 tiers must be an array", "tiers");
  }
  json tiers = o["tiers"];
  for (json& t : tiers) {
    if (t.is_object() && t.contains("floor") && t["floor"].is_number()) {
      t["floor"] = static_cast<std::int64_t>(std::llround(t["floor"].get<double>() * 100.0));
    }
  }
  return tiers.dump();
}

Result<std::string> ArrayText(const json& o, const std::string& key) {
  if (!o.contains(key) || !o[key].is_array())
    return InvalidArgument(key + " 应为数组 " + key + " must be an array", key);
  return o[key].dump();
}

}  // namespace

json CampaignJson(const governance::Campaign& c, const governance::CampaignAbilities& abilities) {
  json rubric = json::array();
  for (const auto& r : c.terms.rubric)
    rubric.push_back({{"code", r.code}, {"name", r.name}, {"most", r.most}});
  json tiers = json::array();
  for (const auto& t : c.terms.tiers) tiers.push_back(TierJson(t));
  return {
      {"id", c.record.id},
      {"title", c.terms.title},
      {"theme", c.terms.theme},
      {"rules", c.terms.rules},
      {"issuer", c.terms.issuer},
      {"opens_at", FormatIso8601(c.terms.opens_at)},
      {"closes_at", FormatIso8601(c.terms.closes_at)},
      {"formats", c.terms.formats},
      {"max_bytes", c.terms.max_bytes},
      {"reviews_per_entry", c.terms.reviews_per_entry},
      {"rubric", rubric},
      {"scale", governance::RubricScale(c.terms.rubric)},
      {"tiers", tiers},
      {"state", c.record.state},
      {"state_label", governance::CampaignStateLabel(c.record.state)},
      {"created_at", FormatIso8601(c.record.created_at)},
      {"demo", c.record.demo},
      {"may", {{"organize", abilities.organize}, {"enter", abilities.enter}, {"review", abilities.review}}}};
}

json CampaignEntryJson(const governance::CampaignDesk& desk, const store::CampaignEntryRecord& e) {
  return {{"id", e.id},
          {"campaign_id", e.campaign_id},
          {"title", e.title},
          {"author_name", e.author_name},
          {"unit", UnitRef(desk, e.author_unit_id)},
          {"file_name", e.file_name},
          {"content_type", e.content_type},
          {"size_bytes", e.size_bytes},
          {"sha256", e.sha256},
          {"submitted_at", FormatIso8601(e.submitted_at)}};
}

json BlindEntryJson(const governance::BlindEntry& b) {
  json others = json::array();
  for (const auto& p : b.others) {
    others.push_back(
        {{"label", p.label}, {"scores", ScoresJson(p.scores)}, {"total", p.total}, {"comment", p.comment}});
  }
  return {{"id", b.entry_id},
          {"title", b.title},
          {"content_type", b.content_type},
          {"size_bytes", b.size_bytes},
          {"my_review", MyReviewJson(b.mine)},
          {"others", others}};
}

json BlindFileJson(const governance::BlindFile& f) {
  json out = BlindEntryJson(f.entry);
  out["text"] = f.text;
  out["has_file"] = !f.data.empty();
  return out;
}

json ReviewersJson(const governance::CampaignDesk& desk,
                   const std::vector<store::CampaignReviewerRecord>& reviewers,
                   const std::vector<store::UserRecord>& candidates) {
  std::map<store::Id, const store::UserRecord*> by_id;
  for (const auto& u : candidates) by_id[u.id] = &u;
  auto person = [&](const store::UserRecord& u) {
    return json{{"user_id", u.id},
                {"display_name", u.display_name},
                {"role", u.role},
                {"unit", UnitRef(desk, u.unit_id)}};
  };
  json named = json::array();
  for (const auto& r : reviewers) {
    json row = by_id.count(r.user_id) ? person(*by_id[r.user_id]) : json{{"user_id", r.user_id}};
    row["declared"] = json::parse(r.declared, nullptr, false);
    named.push_back(row);
  }
  json all = json::array();
  for (const auto& u : candidates) all.push_back(person(u));
  return {{"reviewers", named}, {"candidates", all}};
}

json StandingsJson(const governance::CampaignDesk& desk, const governance::CampaignStandings& s) {
  json entries = json::array();
  for (const auto& e : s.entries) {
    entries.push_back({{"entry", CampaignEntryJson(desk, e.entry)},
                       {"reviews", e.score.reviews},
                       {"reviews_assigned", e.reviews_assigned},
                       {"raw_mean", e.score.raw_mean},
                       {"z", e.score.z},
                       {"score", static_cast<double>(e.score.score_hundredths) / 100.0},
                       {"awarded", TextOrNull(e.awarded)}});
  }
  json proposal = json::array();
  for (const auto& [entry, tier] : s.proposal.tier_of)
    proposal.push_back({{"entry_id", entry}, {"tier", tier}});
  json tie = nullptr;
  if (s.proposal.tie) {
    tie = {{"tier", s.proposal.tie->tier},
           {"places", s.proposal.tie->places},
           {"entries", s.proposal.tie->entries},
           {"score", static_cast<double>(s.proposal.tie->score_hundredths) / 100.0}};
  }
  return {{"entries", entries}, {"reviews_missing", s.reviews_missing}, {"proposal", proposal}, {"tie", tie}};
}

json ResultsJson(const governance::Campaign& c, const std::vector<governance::AwardedEntry>& results) {
  json items = json::array();
  for (const auto& r : results) {
    items.push_back({{"entry_id", r.entry_id},
                     {"tier", r.tier_code},
                     {"tier_name", r.tier_name},
                     {"title", r.title},
                     {"author_name", r.author_name},
                     {"unit_name", r.unit_name}});
  }
  return {
      {"campaign_id", c.record.id}, {"title", c.terms.title}, {"issuer", c.terms.issuer}, {"items", items}};
}

Result<governance::CampaignTerms> CampaignTermsFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(
      json o, ParseJsonObject(body, {"title", "theme", "rules", "issuer", "opens_at", "closes_at", "formats",
                                     "max_bytes", "reviews_per_entry", "rubric", "tiers"}));
  governance::CampaignTerms t;
  SW_ASSIGN_OR_RETURN(t.title, StringField(o, "title", true));
  SW_ASSIGN_OR_RETURN(t.theme, StringField(o, "theme", true));
  SW_ASSIGN_OR_RETURN(t.rules, StringField(o, "rules", true));
  SW_ASSIGN_OR_RETURN(t.issuer, StringField(o, "issuer", true));
  SW_ASSIGN_OR_RETURN(t.opens_at, RequiredTime(o, "opens_at"));
  SW_ASSIGN_OR_RETURN(t.closes_at, RequiredTime(o, "closes_at"));
  SW_ASSIGN_OR_RETURN(t.formats, Formats(o));
  SW_ASSIGN_OR_RETURN(t.max_bytes, RequiredIntegerField(o, "max_bytes"));
  SW_ASSIGN_OR_RETURN(std::int64_t reviews, RequiredIntegerField(o, "reviews_per_entry"));
  t.reviews_per_entry = static_cast<int>(std::clamp<std::int64_t>(reviews, -1, 1000));
  SW_ASSIGN_OR_RETURN(std::string rubric, ArrayText(o, "rubric"));
  SW_ASSIGN_OR_RETURN(t.rubric, governance::ParseRubricJson(rubric));
  SW_ASSIGN_OR_RETURN(std::string tiers, TiersText(o));
  SW_ASSIGN_OR_RETURN(t.tiers, governance::ParseTiersJson(tiers));
  return t;
}

Result<std::vector<governance::ReviewerNomination>> NominationsFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(body, {"reviewers"}));
  if (!o.contains("reviewers") || !o["reviewers"].is_array()) {
    return InvalidArgument("reviewers 应为数组 reviewers must be an array", "reviewers");
  }
  std::vector<governance::ReviewerNomination> out;
  for (const json& r : o["reviewers"]) {
    if (!r.is_object())
      return InvalidArgument("reviewers 的每项应为对象 each reviewer is an object", "reviewers");
    governance::ReviewerNomination n;
    SW_ASSIGN_OR_RETURN(n.user_id, RequiredIntegerField(r, "user_id"));
    const json declared = r.value("declared", json::array());
    if (!declared.is_array())
      return InvalidArgument("declared 应为账号编号数组 declared is an array of ids", "declared");
    for (const json& d : declared) {
      if (!d.is_number_integer())
        return InvalidArgument("declared 应为账号编号数组 declared is an array of ids", "declared");
      n.declared.push_back(d.get<store::Id>());
    }
    out.push_back(std::move(n));
  }
  return out;
}

Result<ReviewBody> ReviewFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(body, {"scores", "comment"}));
  ReviewBody r;
  if (!o.contains("scores") || !o["scores"].is_object()) {
    return InvalidArgument("scores 应为 评分项 → 分数 的对象 scores map criteria to points", "scores");
  }
  for (const auto& [code, points] : o["scores"].items()) {
    if (!points.is_number_integer() || points.get<std::int64_t>() < -1000 ||
        points.get<std::int64_t>() > 1000) {
      return InvalidArgument("分数应为整数 points are whole numbers", "scores");
    }
    r.scores[code] = points.get<int>();
  }
  SW_ASSIGN_OR_RETURN(r.comment, StringField(o, "comment", false));
  return r;
}

Result<std::map<store::Id, std::string>> AwardsFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(body, {"awards"}));
  if (!o.contains("awards") || !o["awards"].is_array()) {
    return InvalidArgument("awards 应为数组 awards must be an array", "awards");
  }
  std::map<store::Id, std::string> out;
  for (const json& a : o["awards"]) {
    if (!a.is_object()) return InvalidArgument("awards 的每项应为对象 each award is an object", "awards");
    SW_ASSIGN_OR_RETURN(std::int64_t entry, RequiredIntegerField(a, "entry_id"));
    SW_ASSIGN_OR_RETURN(std::string tier, StringField(a, "tier", true));
    if (!out.emplace(entry, tier).second) {
      return InvalidArgument("同一作品只能获一个奖项 an entry takes one award", "awards");
    }
  }
  return out;
}

}  // namespace sanwang::api
