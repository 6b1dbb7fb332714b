#include "support/api/roster_json.h"

#include <cmath>

#include "api/responses.h"
#include "support/personal_data.h"

namespace sanwang::api {
namespace {

Status ReadText(const nlohmann::json& o, const std::string& key, bool required, std::string& out) {
  if (!required && !o.contains(key)) return Status::Ok();
  SW_ASSIGN_OR_RETURN(out, StringField(o, key, required));
  return Status::Ok();
}

nlohmann::json Units(const std::vector<const store::UnitRecord*>& units) {
  nlohmann::json out = nlohmann::json::array();
  for (const store::UnitRecord* u : units) out.push_back({{"code", u->code}, {"name", u->name}});
  return out;
}

}  // namespace

nlohmann::json WorkerJson(const store::WorkerRecord& w, bool may_edit, bool may_reveal) {
  return {{"id", w.id},
          {"kind", w.kind},
          {"name", w.name},
          {"post", w.post},
          {"unit_code", w.unit_code},
          {"unit_name", w.unit_name},
          {"grid_code", w.grid_code},
          {"grid_name", w.grid_name},
          {"started_on", w.started_on},
          {"qualification", w.qualification},
          {"id_number", support::MaskIdNumber(w.id_number)},
          {"phone", support::MaskPhone(w.phone)},
          {"masked", true},
          {"has_account", w.user_id.has_value()},
          {"username", may_edit ? w.username : ""},
          {"active", w.active},
          {"demo", w.demo},
          {"may_edit", may_edit},
          {"may_reveal", may_reveal}};
}

nlohmann::json TrainingJson(const store::TrainingRecord& t) {
  return {{"id", t.id},
          {"worker_id", t.worker_id},
          {"held_on", t.held_on},
          {"title", t.title},
          {"hours", static_cast<double>(t.hours_tenths) / 10.0}};
}

nlohmann::json GapsJson(const support::StaffingGaps& gaps, std::int64_t households_per_worker) {
  nlohmann::json understaffed = nlohmann::json::array();
  for (const support::Understaffed& u : gaps.understaffed) {
    understaffed.push_back({{"code", u.community->code},
                            {"name", u.community->name},
                            {"households", u.households},
                            {"workers", u.workers},
                            {"needed", u.needed}});
  }
  return {{"households_per_worker", households_per_worker},
          {"grids_without_worker", Units(gaps.grids_without_worker)},
          {"understaffed", understaffed},
          {"communities_without_households", Units(gaps.communities_without_households)}};
}

Result<store::WorkerRecord> WorkerFromJson(const std::string& body, store::WorkerRecord base, bool creating) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"kind", "name", "post", "unit_code", "grid_code", "started_on",
                                             "qualification", "id_number", "phone", "username", "active"}));
  const std::pair<const char*, std::string*> required[] = {{"kind", &base.kind},
                                                           {"name", &base.name},
                                                           {"post", &base.post},
                                                           {"unit_code", &base.unit_code},
                                                           {"started_on", &base.started_on},
                                                           {"id_number", &base.id_number},
                                                           {"phone", &base.phone}};
  for (const auto& [key, field] : required) SW_RETURN_IF_ERROR(ReadText(o, key, creating, *field));
  SW_RETURN_IF_ERROR(ReadText(o, "grid_code", false, base.grid_code));
  SW_RETURN_IF_ERROR(ReadText(o, "qualification", false, base.qualification));
  SW_RETURN_IF_ERROR(ReadText(o, "username", false, base.username));
  SW_ASSIGN_OR_RETURN(std::optional<bool> active, BoolField(o, "active"));
  if (active) base.active = *active;
  return base;
}

Result<store::TrainingRecord> TrainingFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"held_on", "title", "hours"}));
  store::TrainingRecord t;
  SW_ASSIGN_OR_RETURN(t.held_on, StringField(o, "held_on", true));
  SW_ASSIGN_OR_RETURN(t.title, StringField(o, "title", true));
  SW_ASSIGN_OR_RETURN(std::optional<double> hours, NumberField(o, "hours"));
  if (!hours) return InvalidArgument("hours 必填 hours is required", "hours");
  const double tenths = std::round(*hours * 10.0);
  if (!std::isfinite(tenths) || std::abs(tenths - *hours * 10.0) > 1e-6 || tenths < 0 || tenths > 1e6) {
    return InvalidArgument("学时最多一位小数 hours must have at most one decimal", "hours");
  }
  t.hours_tenths = static_cast<std::int64_t>(tenths);
  return t;
}

}  // namespace sanwang::api
