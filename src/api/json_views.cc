#include "api/json_views.h"

#include "cases/case_access.h"
#include "cases/extension.h"
#include "cases/indicators.h"
#include "org/staff.h"

namespace sanwang::api {
namespace {

nlohmann::json UnitRef(const org::OrgDirectory& org, std::optional<store::Id> id) {
  const store::UnitRecord* u = id ? org.Find(*id) : nullptr;
  if (u == nullptr) return nullptr;
  return {{"id", u->id}, {"code", u->code}, {"name", u->name}, {"kind", u->kind}};
}

template <typename T>
nlohmann::json OrNull(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json TimeOrNull(std::optional<UnixSeconds> t) {
  return t ? nlohmann::json(FormatIso8601(*t)) : nlohmann::json(nullptr);
}

nlohmann::json TextOrNull(const std::string& text) {
  return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

nlohmann::json UnitJson(const store::UnitRecord& u, bool with_geometry) {
  nlohmann::json j = {{"id", u.id},
                      {"code", u.code},
                      {"kind", u.kind},
                      {"name", u.name},
                      {"name_en", u.name_en},
                      {"parent_id", OrNull(u.parent_id)},
                      {"demo_geometry", u.demo_geometry}};
  if (with_geometry)
    j["geometry"] =
        u.geometry.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(u.geometry, nullptr, false);
  return j;
}

nlohmann::json UserJson(const store::UserRecord& u, const org::OrgDirectory& org) {
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"role", u.role},
          {"unit", UnitRef(org, u.unit_id)},
          {"disabled", u.disabled},
          {"phone", org::MaskPhone(u.phone)},
          {"must_change_password", u.must_change_password}};
}

nlohmann::json CapabilitiesJson(const std::string& role) {
  nlohmann::json can = nlohmann::json::object();
  for (const auto& c : org::Capabilities()) can[std::string(c.name)] = org::InSet(c.roles, role);
  return can;
}

nlohmann::json SignedInUserJson(const store::UserRecord& u, const org::OrgDirectory& org) {
  nlohmann::json j = UserJson(u, org);
  j["can"] = CapabilitiesJson(u.role);
  return j;
}

nlohmann::json CaseJson(const store::CaseRecord& c, const Call& call) {
  const auto& org = call.domain->org;
  const store::CatalogItemRecord* item = call.domain->catalog.FindItem(c.item_code);
  const cases::WorkflowState* state = call.api.workflow().FindState(c.state);
  bool reveal = call.session && cases::CanSeeReporter(call.actor(), c);
  nlohmann::json j = {
      {"id", c.id},
      {"title", c.title},
      {"description", c.description},
      {"source", c.source},
      {"state", c.state},
      {"state_label", state ? state->label : c.state},
      {"open", state != nullptr && state->open},
      {"item", item ? nlohmann::json{{"code", item->code},
                                     {"name", item->name},
                                     {"name_en", item->name_en},
                                     {"tier", item->tier}}
                    : nlohmann::json(nullptr)},
      {"unit", UnitRef(org, c.unit_id)},
      {"grid", UnitRef(org, c.grid_id)},
      {"community", UnitRef(org, c.community_id)},
      {"street", UnitRef(org, c.street_id)},
      {"location",
       c.lon && c.lat ? nlohmann::json{{"lon", *c.lon}, {"lat", *c.lat}} : nlohmann::json(nullptr)},
      {"address", c.address},
      {"anonymous", c.anonymous},
      {"reporter",
       {{"name", c.anonymous ? ""
                 : reveal    ? c.reporter_name
                             : org::MaskName(c.reporter_name)},
        {"phone", c.anonymous ? ""
                  : reveal    ? c.reporter_phone
                              : org::MaskPhone(c.reporter_phone)},
        {"masked", !reveal}}},
      {"created_at", FormatIso8601(c.created_at)},
      {"dispatched_at", TimeOrNull(c.dispatched_at)},
      {"accept_due", TimeOrNull(c.accept_due)},
      {"accepted_at", TimeOrNull(c.accepted_at)},
      {"resolve_due", TimeOrNull(c.resolve_due)},
      {"resolved_at", TimeOrNull(c.resolved_at)},
      {"closed_at", TimeOrNull(c.closed_at)},
      {"overdue", c.overdue},
      {"rating", OrNull(c.rating)},
      {"rating_stars", OrNull(c.rating_stars)},
      {"rating_comment", c.rating_comment},
      {"urge_count", c.urge_count},
      {"last_urged_at", TimeOrNull(c.last_urged_at)},
      {"reopen_count", c.reopen_count},
      {"repeat_of", OrNull(c.repeat_of)},
      {"requested_hours", OrNull(c.requested_hours)},
      {"requested_resolve_due",
       c.requested_hours ? nlohmann::json(FormatIso8601(cases::ExtendedDeadline(
                               call.api.calendar(), c, *c.requested_hours, call.api.clock().Now())))
                         : nlohmann::json(nullptr)},
      {"updated_at", FormatIso8601(c.updated_at)}};
  j["possible_duplicate_of"] = c.duplicate_of
                                   ? nlohmann::json{{"id", *c.duplicate_of},
                                                    {"distance_m", c.duplicate_distance_m.value_or(0)},
                                                    {"similarity", c.duplicate_similarity.value_or(0)}}
                                   : nlohmann::json(nullptr);
  j["merged_into"] = OrNull(c.merged_into);
  j["auto_item_confidence"] = OrNull(c.auto_item_confidence);
  return j;
}

nlohmann::json EventJson(const store::CaseEventRecord& e, const Call& call) {
  return {{"seq", e.seq},
          {"action", e.action},
          {"from_state", e.from_state},
          {"to_state", e.to_state},
          {"actor_role", e.actor_role},
          {"unit", UnitRef(call.domain->org, e.unit_id)},
          {"note", e.note},
          {"data", nlohmann::json::parse(e.data, nullptr, false)},
          {"at", FormatIso8601(e.at)}};
}

nlohmann::json ItemJson(const store::CatalogItemRecord& i) {
  return {{"code", i.code},
          {"aspect_code", i.aspect_code},
          {"name", i.name},
          {"name_en", i.name_en},
          {"tier", i.tier},
          {"department", i.department_code},
          {"sla_hours", i.sla_hours},
          {"online_answer", i.online_answer},
          {"online_answer_en", i.online_answer_en},
          {"keywords", i.keywords}};
}

nlohmann::json IndicatorsJson(const cases::Indicators& i, const org::OrgDirectory& org) {
  return {{"unit", UnitRef(org, i.unit_id)},
          {"month", i.month == 0 ? nlohmann::json(nullptr) : nlohmann::json(i.month)},
          {"cases", i.cases},
          {"on_time_acceptance", OrNull(i.on_time_acceptance)},
          {"on_time_resolution", OrNull(i.on_time_resolution)},
          {"satisfaction", OrNull(i.satisfaction)},
          {"rated", i.rated},
          {"mean_stars", OrNull(i.mean_stars)},
          {"repeat_rate", OrNull(i.repeat_rate)},
          {"average_handling_hours", OrNull(i.average_handling_hours)},
          {"returned", i.returned},
          {"escalated", i.escalated},
          {"overdue", i.overdue}};
}

}  // namespace sanwang::api
