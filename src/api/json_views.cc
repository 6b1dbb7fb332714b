#include "api/json_views.h"

#include "cases/case_access.h"
#include "cases/extension.h"
#include "cases/indicators.h"
#include "core/json_members.h"
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

namespace {

void WriteUnitRef(JsonWriter& w, std::string_view key, const org::OrgDirectory& org,
                  std::optional<store::Id> id) {
  w.Key(key);
  const store::UnitRecord* u = id ? org.Find(*id) : nullptr;
  if (u == nullptr) return w.Null();
  w.BeginObject();
  w.Key("id");
  w.Int(u->id);
  w.Key("code");
  w.String(u->code);
  w.Key("name");
  w.String(u->name);
  w.Key("kind");
  w.String(u->kind);
  w.EndObject();
}

void WriteItem(JsonWriter& w, const store::CatalogItemRecord* item) {
  w.Key("item");
  if (item == nullptr) return w.Null();
  w.BeginObject();
  w.Key("code");
  w.String(item->code);
  w.Key("name");
  w.String(item->name);
  w.Key("name_en");
  w.String(item->name_en);
  w.Key("tier");
  w.String(item->tier);
  w.EndObject();
}

void WriteLocation(JsonWriter& w, const store::CaseRecord& c) {
  w.Key("location");
  if (!c.lon || !c.lat) return w.Null();
  w.BeginObject();
  w.Key("lon");
  w.Double(*c.lon);
  w.Key("lat");
  w.Double(*c.lat);
  w.EndObject();
}

// The reporter in full only for those the domain lets see it; an anonymous report has none.
void WriteReporter(JsonWriter& w, const store::CaseRecord& c, bool reveal) {
  w.Key("reporter");
  w.BeginObject();
  w.Key("name");
  w.String(c.anonymous ? "" : reveal ? c.reporter_name : org::MaskName(c.reporter_name));
  w.Key("phone");
  w.String(c.anonymous ? "" : reveal ? c.reporter_phone : org::MaskPhone(c.reporter_phone));
  w.Key("masked");
  w.Bool(!reveal);
  w.EndObject();
}

void WriteDuplicate(JsonWriter& w, const store::CaseRecord& c, const store::CaseRecord* original,
                    const cases::Workflow& workflow) {
  w.Key("possible_duplicate_of");
  if (!c.duplicate_of) return w.Null();
  w.BeginObject();
  w.Key("id");
  w.Int(*c.duplicate_of);
  w.Key("distance_m");
  w.Double(c.duplicate_distance_m.value_or(0));
  w.Key("similarity");
  w.Double(c.duplicate_similarity.value_or(0));
  if (original != nullptr) {
    w.Key("open");
    w.Bool(workflow.IsOpen(original->state));
    w.Key("state");
    w.String(original->state);
  }
  w.EndObject();
}

void WriteStrings(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  w.Key(key);
  w.BeginArray();
  for (const auto& v : values) w.String(v);
  w.EndArray();
}

void WriteCaseState(JsonWriter& w, const store::CaseRecord& c, const Call& call) {
  const cases::WorkflowState* state = call.api.workflow().FindState(c.state);
  w.Key("state");
  w.String(c.state);
  w.Key("state_label");
  w.String(state ? state->label : c.state);
  w.Key("open");
  w.Bool(state != nullptr && state->open);
}

void WriteCaseUnits(JsonWriter& w, const store::CaseRecord& c, const org::OrgDirectory& org) {
  WriteUnitRef(w, "unit", org, c.unit_id);
  WriteUnitRef(w, "grid", org, c.grid_id);
  WriteUnitRef(w, "community", org, c.community_id);
  WriteUnitRef(w, "street", org, c.street_id);
}

void WriteCaseTimes(JsonWriter& w, const store::CaseRecord& c) {
  WriteTimeMember(w, "created_at", c.created_at);
  WriteTimeMember(w, "dispatched_at", c.dispatched_at);
  WriteTimeMember(w, "accept_due", c.accept_due);
  WriteTimeMember(w, "accepted_at", c.accepted_at);
  WriteTimeMember(w, "resolve_due", c.resolve_due);
  WriteTimeMember(w, "resolved_at", c.resolved_at);
  WriteTimeMember(w, "closed_at", c.closed_at);
  WriteTimeMember(w, "updated_at", c.updated_at);
}

void WriteCaseFeedback(JsonWriter& w, const store::CaseRecord& c) {
  w.Key("overdue");
  w.Bool(c.overdue);
  WriteIntMember(w, "rating", c.rating);
  WriteIntMember(w, "rating_stars", c.rating_stars);
  w.Key("rating_comment");
  w.String(c.rating_comment);
  w.Key("urge_count");
  w.Int(c.urge_count);
  WriteTimeMember(w, "last_urged_at", c.last_urged_at);
  w.Key("reopen_count");
  w.Int(c.reopen_count);
  WriteIntMember(w, "repeat_of", c.repeat_of);
}

// A pending extension request and the deadline it would give, for the approver's dialog.
void WriteExtensionRequest(JsonWriter& w, const store::CaseRecord& c, const Call& call) {
  WriteIntMember(w, "requested_hours", c.requested_hours);
  std::optional<UnixSeconds> requested;
  if (c.requested_hours)
    requested = cases::ExtendedDeadline(call.api.calendar(), c, *c.requested_hours, call.api.clock().Now());
  WriteTimeMember(w, "requested_resolve_due", requested);
}

}  // namespace

void WriteCase(JsonWriter& w, const store::CaseRecord& c, const Call& call, const CaseExtras& extras) {
  w.BeginObject();
  w.Key("id");
  w.Int(c.id);
  w.Key("title");
  w.String(c.title);
  w.Key("description");
  w.String(c.description);
  w.Key("source");
  w.String(c.source);
  WriteCaseState(w, c, call);
  WriteItem(w, call.domain->catalog.FindItem(c.item_code));
  WriteCaseUnits(w, c, call.domain->org);
  WriteLocation(w, c);
  w.Key("address");
  w.String(c.address);
  w.Key("anonymous");
  w.Bool(c.anonymous);
  WriteReporter(w, c, call.session && cases::CanSeeReporter(call.actor(), c));
  WriteCaseTimes(w, c);
  WriteCaseFeedback(w, c);
  WriteExtensionRequest(w, c, call);
  WriteDuplicate(w, c, extras.duplicate_original, call.api.workflow());
  WriteIntMember(w, "merged_into", c.merged_into);
  WriteDoubleMember(w, "auto_item_confidence", c.auto_item_confidence);
  if (extras.allowed_actions != nullptr) WriteStrings(w, "allowed_actions", *extras.allowed_actions);
  if (extras.event != nullptr) {
    w.Key("event");
    w.Raw(EventJson(*extras.event, call).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  w.EndObject();
}

std::string CaseBody(const store::CaseRecord& c, const Call& call, const CaseExtras& extras) {
  std::string body;
  body.reserve(2048);
  JsonWriter w(body);
  WriteCase(w, c, call, extras);
  return body;
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
