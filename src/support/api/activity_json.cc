#include "support/api/activity_json.h"

#include "api/responses.h"
#include "org/staff.h"

namespace sanwang::api {
namespace {

nlohmann::json OptionalTime(const std::optional<std::int64_t>& t) {
  return t ? nlohmann::json(FormatIso8601(*t)) : nlohmann::json();
}

Result<UnixSeconds> TimeField(const nlohmann::json& o, const std::string& key) {
  if (!o.contains(key) || o[key].is_null())
    return InvalidArgument(key + " 必填 " + key + " is required", key);
  SW_ASSIGN_OR_RETURN(std::string text, StringField(o, key, true));
  auto t = ParseIso8601(text);
  if (!t.ok()) return InvalidArgument(key + " 应为 ISO 8601 时间 " + key + " must be an ISO 8601 time", key);
  return *t;
}

double Hours(std::int64_t minutes) { return static_cast<double>(minutes) / 60.0; }

}  // namespace

nlohmann::json RegistrationJson(const store::PartyRegistrationRecord& r, bool contact) {
  return {{"id", r.id},
          {"user_id", r.user_id},
          {"name", r.user_name},
          {"phone", contact ? r.user_phone : org::MaskPhone(r.user_phone)},
          {"community", {{"id", r.community_id}, {"code", r.community_code}, {"name", r.community_name}}},
          {"workplace", r.workplace},
          {"party_branch", r.party_branch},
          {"state", r.state},
          {"reason", r.reason},
          {"created_at", FormatIso8601(r.created_at)},
          {"decided_at", OptionalTime(r.decided_at)}};
}

nlohmann::json ActivityJson(const store::ActivityRecord& a) {
  return {{"id", a.id},
          {"unit", {{"id", a.unit_id}, {"code", a.unit_code}, {"name", a.unit_name}}},
          {"title", a.title},
          {"description", a.description},
          {"starts_at", FormatIso8601(a.starts_at)},
          {"ends_at", FormatIso8601(a.ends_at)},
          {"place", a.place},
          {"venue_id", a.venue_id ? nlohmann::json(*a.venue_id) : nlohmann::json()},
          {"places", a.places},
          {"taken", a.taken},
          {"left", a.places - a.taken},
          {"open_to", a.open_to},
          {"state", a.state}};
}

nlohmann::json SignupJson(const store::ActivitySignupRecord& s, bool contact) {
  return {{"id", s.id},
          {"user_id", s.user_id},
          {"name", contact ? s.user_name : org::MaskName(s.user_name)},
          {"phone", contact ? s.user_phone : org::MaskPhone(s.user_phone)},
          {"workplace", s.workplace},
          {"state", s.state},
          {"signed_up_at", FormatIso8601(s.created_at)},
          {"checked_in_at", OptionalTime(s.checked_in_at)},
          {"checked_out_at", OptionalTime(s.checked_out_at)},
          {"minutes", s.minutes},
          {"hours", Hours(s.minutes)}};
}

nlohmann::json HoursReportJson(int year, const std::vector<support::WorkplaceHours>& workplaces) {
  nlohmann::json items = nlohmann::json::array();
  std::int64_t total = 0;
  for (const support::WorkplaceHours& w : workplaces) {
    nlohmann::json members = nlohmann::json::array();
    for (const store::ServiceHoursRow& r : w.rows) {
      members.push_back({{"user_id", r.user_id},
                         {"name", r.user_name},
                         {"activities", r.activities},
                         {"minutes", r.minutes},
                         {"hours", Hours(r.minutes)}});
    }
    items.push_back({{"workplace", w.workplace},
                     {"members", w.members},
                     {"activities", w.activities},
                     {"minutes", w.minutes},
                     {"hours", Hours(w.minutes)},
                     {"people", members}});
    total += w.minutes;
  }
  return {{"year", year}, {"items", items}, {"total_minutes", total}, {"total_hours", Hours(total)}};
}

Result<support::RegistrationRequest> RegistrationRequestFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"community_code", "workplace", "party_branch"}));
  support::RegistrationRequest r;
  SW_ASSIGN_OR_RETURN(r.community_code, StringField(o, "community_code", false));
  SW_ASSIGN_OR_RETURN(r.workplace, StringField(o, "workplace", false));
  SW_ASSIGN_OR_RETURN(r.party_branch, StringField(o, "party_branch", false));
  return r;
}

Result<support::ActivityRequest> ActivityRequestFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"unit_code", "title", "description", "starts_at", "ends_at",
                                             "place", "venue_id", "places", "open_to"}));
  support::ActivityRequest r;
  SW_ASSIGN_OR_RETURN(r.unit_code, StringField(o, "unit_code", false));
  if (r.unit_code.empty()) return InvalidArgument("请选择发布单位 unit_code is required", "unit_code");
  SW_ASSIGN_OR_RETURN(r.title, StringField(o, "title", false));
  SW_ASSIGN_OR_RETURN(r.description, StringField(o, "description", false));
  SW_ASSIGN_OR_RETURN(r.starts_at, TimeField(o, "starts_at"));
  SW_ASSIGN_OR_RETURN(r.ends_at, TimeField(o, "ends_at"));
  SW_ASSIGN_OR_RETURN(r.place, StringField(o, "place", false));
  SW_ASSIGN_OR_RETURN(r.venue_id, IntegerField(o, "venue_id"));
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> places, IntegerField(o, "places"));
  if (!places) return InvalidArgument("places 必填 places is required", "places");
  r.places = *places;
  if (o.contains("open_to")) {
    SW_ASSIGN_OR_RETURN(r.open_to, StringField(o, "open_to", true));
  }
  return r;
}

Result<UnixSeconds> AtFromJson(const std::string& body, UnixSeconds now) {
  if (body.empty()) return now;
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"at"}));
  if (!o.contains("at") || o["at"].is_null()) return now;
  return TimeField(o, "at");
}

}  // namespace sanwang::api
