#include "governance/api/information_json.h"

#include "api/json_views.h"
#include "api/responses.h"

namespace sanwang::api {
namespace {

nlohmann::json UnitRef(const governance::InformationDesk& desk, store::Id id) {
  const store::UnitRecord* unit = desk.org.Find(id);
  if (unit == nullptr) return {{"code", ""}, {"name", ""}};
  return {{"code", unit->code}, {"name", unit->name}};
}

nlohmann::json EventJson(const store::InformationEventRecord& e) {
  return {{"id", e.id},
          {"at", FormatIso8601(e.at)},
          {"username", e.username},
          {"role", e.role},
          {"action", e.action},
          {"from_state", e.from_state},
          {"to_state", e.to_state},
          {"level", TextOrNull(e.level_code)},
          {"note", e.note}};
}

Result<governance::InformationText> TextFromJson(const nlohmann::json& o) {
  governance::InformationText t;
  SW_ASSIGN_OR_RETURN(t.category_code, StringField(o, "category", true));
  SW_ASSIGN_OR_RETURN(t.title, StringField(o, "title", true));
  SW_ASSIGN_OR_RETURN(t.body, StringField(o, "body", true));
  return t;
}

}  // namespace

nlohmann::json InformationItemJson(const governance::InformationDesk& desk,
                                   const store::InformationItemRecord& item) {
  nlohmann::json similar = nullptr;
  if (item.similar_item_id) {
    similar = {{"id", *item.similar_item_id}, {"similarity_percent", item.similarity_percent}};
  }
  return {{"id", item.id},
          {"unit", UnitRef(desk, item.unit_id)},
          {"author_name", item.author_name},
          {"category", item.category_code},
          {"title", item.title},
          {"body", item.body},
          {"revision", item.revision},
          {"state", item.state},
          {"state_label", desk.workflow.LabelOf(item.state)},
          {"open", desk.workflow.IsOpen(item.state)},
          {"submitted_at", FormatIso8601(item.submitted_at)},
          {"updated_at", FormatIso8601(item.updated_at)},
          {"level", TextOrNull(item.level_code)},
          {"points", item.points},
          {"adopted_at", TimeOrNull(item.adopted_at)},
          {"similar", similar},
          {"allowed_actions", governance::InformationActions(desk, item)}};
}

nlohmann::json InformationDetailJson(const governance::InformationDesk& desk,
                                     const store::InformationItemRecord& item,
                                     const governance::InformationHistory& history) {
  nlohmann::json body = InformationItemJson(desk, item);
  body["versions"] = nlohmann::json::array();
  for (const auto& v : history.versions) {
    body["versions"].push_back({{"revision", v.revision},
                                {"category", v.category_code},
                                {"title", v.title},
                                {"body", v.body},
                                {"at", FormatIso8601(v.at)}});
  }
  body["adoptions"] = nlohmann::json::array();
  for (const auto& a : history.adoptions) {
    body["adoptions"].push_back(
        {{"level", a.level_code}, {"points", a.points}, {"adopted_at", FormatIso8601(a.adopted_at)}});
  }
  body["events"] = nlohmann::json::array();
  for (const auto& e : history.events) body["events"].push_back(EventJson(e));
  return body;
}

nlohmann::json InformationCategoryJson(const governance::InformationCategory& c) {
  return {{"code", c.code}, {"name", c.name}, {"name_en", c.name_en}, {"built_in", c.built_in}};
}

nlohmann::json InformationLevelJson(const governance::InformationLevel& l) {
  return {{"code", l.code},     {"name", l.name}, {"name_en", l.name_en},
          {"points", l.points}, {"rank", l.rank}, {"built_in", l.built_in}};
}

nlohmann::json InformationWordsJson(const governance::InformationDesk& desk,
                                    const std::vector<governance::InformationCategory>& categories,
                                    const std::vector<governance::InformationLevel>& levels) {
  nlohmann::json out = {{"categories", nlohmann::json::array()},
                        {"levels", nlohmann::json::array()},
                        {"states", nlohmann::json::array()},
                        {"actions", nlohmann::json::array()}};
  for (const auto& c : categories) out["categories"].push_back(InformationCategoryJson(c));
  for (const auto& l : levels) out["levels"].push_back(InformationLevelJson(l));
  for (const auto& s : desk.workflow.states()) {
    out["states"].push_back({{"name", s.name}, {"label", s.label}, {"open", s.open}});
  }
  for (const auto& t : desk.workflow.transitions()) {
    out["actions"].push_back({{"action", t.action}, {"label", t.label}, {"note_required", t.note_required}});
  }
  return out;
}

nlohmann::json InformationRankingJson(const governance::AssessmentPeriod& period, const std::string& level,
                                      const std::vector<governance::InformationStanding>& standings) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : standings) {
    nlohmann::json rate = nullptr;
    if (s.adoption_rate) rate = static_cast<double>(*s.adoption_rate) / governance::kValueScale;
    items.push_back({{"rank", s.rank},
                     {"tied", s.tied},
                     {"unit", {{"code", s.unit_code}, {"name", s.unit_name}}},
                     {"submitted", s.counts.submitted},
                     {"adopted", s.counts.adopted},
                     {"adopted_at_level", s.counts.adopted_at_level},
                     {"adoption_rate_percent", rate},
                     {"points", s.counts.points}});
  }
  return {{"period", period.key()},
          {"from", FormatDate(period.first_day())},
          {"to", FormatDate(period.last_day())},
          {"level", level},
          {"items", items}};
}

Result<governance::NewInformationItem> NewInformationItemFromJson(const std::string& body,
                                                                  const std::string& default_author) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"category", "title", "body", "author_name"}));
  governance::NewInformationItem item;
  SW_ASSIGN_OR_RETURN(item.text, TextFromJson(o));
  SW_ASSIGN_OR_RETURN(item.author_name, StringField(o, "author_name", false));
  if (item.author_name.empty()) item.author_name = default_author;
  return item;
}

Result<governance::InformationAction> InformationActionFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"action", "note", "level", "category", "title", "body"}));
  governance::InformationAction a;
  SW_ASSIGN_OR_RETURN(a.action, StringField(o, "action", true));
  SW_ASSIGN_OR_RETURN(a.note, StringField(o, "note", false));
  SW_ASSIGN_OR_RETURN(a.level_code, StringField(o, "level", false));
  if (o.contains("title") || o.contains("body") || o.contains("category")) {
    SW_ASSIGN_OR_RETURN(a.revised, TextFromJson(o));
  }
  return a;
}

Result<governance::InformationCategory> InformationCategoryFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"code", "name", "name_en"}));
  governance::InformationCategory c;
  SW_ASSIGN_OR_RETURN(c.code, StringField(o, "code", true));
  SW_ASSIGN_OR_RETURN(c.name, StringField(o, "name", true));
  SW_ASSIGN_OR_RETURN(c.name_en, StringField(o, "name_en", false));
  return c;
}

Result<governance::InformationLevel> InformationLevelFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"code", "name", "name_en", "points", "rank"}));
  governance::InformationLevel l;
  SW_ASSIGN_OR_RETURN(l.code, StringField(o, "code", true));
  SW_ASSIGN_OR_RETURN(l.name, StringField(o, "name", true));
  SW_ASSIGN_OR_RETURN(l.name_en, StringField(o, "name_en", false));
  SW_ASSIGN_OR_RETURN(l.points, RequiredIntegerField(o, "points"));
  SW_ASSIGN_OR_RETURN(l.rank, RequiredIntegerField(o, "rank"));
  return l;
}

nlohmann::json InformationReportJson(const store::InformationReportRecord& report) {
  return {{"id", report.id},
          {"period", report.period},
          {"level", report.unit_kind},
          {"number", report.number},
          {"title", report.title},
          {"published_at", FormatIso8601(report.published_at)},
          {"pdf_sha256", report.pdf_sha256},
          {"xlsx_sha256", report.xlsx_sha256},
          {"demo", report.demo}};
}

Result<InformationPublishRequest> InformationPublishRequestFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"period", "level", "opening", "closing"}));
  InformationPublishRequest r;
  SW_ASSIGN_OR_RETURN(r.period, StringField(o, "period", true));
  SW_ASSIGN_OR_RETURN(r.level, StringField(o, "level", true));
  SW_ASSIGN_OR_RETURN(r.text.opening, StringField(o, "opening", false));
  SW_ASSIGN_OR_RETURN(r.text.closing, StringField(o, "closing", false));
  return r;
}

}  // namespace sanwang::api
