#include "cases/case_engine.h"

#include <spdlog/spdlog.h>

#include "cases/router.h"
#include "cases/transition_effects.h"
#include "core/text.h"

namespace sanwang::cases {
namespace {

// Cases still in the initial state this long after filing were stranded (a crash between
// filing and routing) and are routed by the sweep.
constexpr int kStrandedAfterSeconds = 60;
constexpr int kSweepBatch = 500;

std::string StateLabel(const Workflow& w, const std::string& state) {
  const WorkflowState* s = w.FindState(state);
  return s ? s->label : state;
}

// The submit event's details: the case it repeats, and what the classifier suggested.
nlohmann::json SubmitData(const store::CaseRecord& c, const NewCase& req) {
  nlohmann::json data = nlohmann::json::object();
  if (c.repeat_of) data["repeat_of"] = *c.repeat_of;
  if (req.classifier) {
    data["classifier"] = {{"model_version", req.classifier->model_version},
                          {"item_code", req.classifier->item_code},
                          {"confidence", req.classifier->confidence},
                          {"dispatched", req.classifier->dispatched}};
  }
  return data;
}

}  // namespace

CaseEngine::CaseEngine(store::Database& db, const Clock& clock, const WorkingCalendar& calendar,
                       const Workflow& workflow, const org::OrgDirectory& org, const Catalog& catalog)
    : cases_(db), clock_(clock), calendar_(calendar), workflow_(workflow), org_(org), catalog_(catalog) {}

bool CaseEngine::InScope(const Actor& actor, std::optional<store::Id> unit) const {
  if (!actor.unit_id || !unit) return false;
  store::Id scope = *actor.unit_id;
  // The command center dispatches across the whole district: its scope is the district.
  const store::UnitRecord* own = org_.Find(scope);
  if (own != nullptr && own->kind == "command_center" && own->parent_id) scope = *own->parent_id;
  return org_.InSubtree(scope, *unit);
}

Status CaseEngine::CheckAllowed(const Transition& tr, const store::CaseRecord& c, const Actor& actor) const {
  if (!tr.AllowsRole(actor.role)) {
    return PermissionDenied("role " + actor.role + " may not " + tr.action + " a case");
  }
  if (tr.scope == Scope::kUnit && !InScope(actor, c.unit_id)) {
    return PermissionDenied("case " + std::to_string(c.id) + " is outside your unit");
  }
  if (tr.scope == Scope::kReporter && (!actor.user_id || actor.user_id != c.reporter_user_id)) {
    return PermissionDenied("only the reporter may " + tr.action + " case " + std::to_string(c.id));
  }
  return Status::Ok();
}

Result<store::CaseChange> CaseEngine::Decide(const store::CaseRecord& current, const TransitionRequest& req,
                                             const Actor& actor) {
  const Transition* tr = workflow_.Find(req.action, current.state);
  if (tr == nullptr) {
    if (!workflow_.HasAction(req.action)) return InvalidArgument("unknown action '" + req.action + "'", "action");
    return FailedPrecondition("cannot " + req.action + " a case that is " + StateLabel(workflow_, current.state));
  }
  SW_RETURN_IF_ERROR(CheckAllowed(*tr, current, actor));
  SW_RETURN_IF_ERROR(CheckUserText(req.note, "note", kMaxNoteChars, tr->note_required));
  store::CaseChange ch{current, {}};
  if (!tr->to.empty()) ch.updated.state = tr->to;
  nlohmann::json data = nlohmann::json::object();
  EffectContext ctx{clock_, calendar_, workflow_, org_, catalog_};
  SW_RETURN_IF_ERROR(ApplyEffect(ctx, tr->effect, req, ch, data));
  ch.updated.updated_at = clock_.Now();
  ch.event.action = tr->action;
  ch.event.from_state = current.state;
  ch.event.to_state = ch.updated.state;
  ch.event.actor_user_id = actor.user_id;
  ch.event.actor_role = actor.role;
  ch.event.unit_id = ch.updated.unit_id;
  ch.event.note = std::string(TrimAscii(req.note));
  ch.event.data = data.dump();
  ch.event.at = clock_.Now();
  return ch;
}

Result<store::CaseChange> CaseEngine::Apply(store::Id case_id, const TransitionRequest& request,
                                            const Actor& actor) {
  return cases_.Update(case_id, [&](const store::CaseRecord& current) { return Decide(current, request, actor); });
}

std::optional<store::Id> CaseEngine::FindRepeat(const store::CaseRecord& c) {
  if (c.item_code.empty() || !c.lon || !c.lat) return std::nullopt;
  UnixSeconds since = c.created_at - static_cast<UnixSeconds>(workflow_.repeat_window_days()) * 86400;
  auto recent = cases_.RecentOpenOfItem(c.district_code, c.item_code, since);
  if (!recent.ok()) return std::nullopt;
  for (const auto& other : *recent) {
    if (!other.lon || !other.lat) continue;
    double d = geo::DistanceMeters({*c.lon, *c.lat}, {*other.lon, *other.lat});
    if (d <= workflow_.repeat_radius_m()) return other.repeat_of ? other.repeat_of : other.id;
  }
  return std::nullopt;
}

Result<store::CaseRecord> CaseEngine::Submit(const NewCase& req, const Actor& actor) {
  SW_RETURN_IF_ERROR(ValidateNewCase(req));
  if (!req.item_code.empty() && catalog_.FindItem(req.item_code) == nullptr) {
    return InvalidArgument("no catalog item '" + req.item_code + "'", "item_code");
  }
  std::optional<store::Id> home = actor.role == org::kResident ? actor.unit_id : std::nullopt;
  if (!req.community_code.empty()) {
    const store::UnitRecord* u = org_.FindByCode(req.community_code);
    if (u == nullptr || u->kind != "community") return InvalidArgument("no community '" + req.community_code + "'", "community_code");
    home = u->id;
  }
  Placement place = PlaceCase(org_, req.location, home);
  store::CaseRecord c;
  c.district_code = org_.district_code();
  c.workflow = workflow_.name();
  c.item_code = req.item_code;
  c.title = std::string(TrimAscii(req.title));
  c.description = req.description;
  c.source = req.source;
  c.reporter_user_id = actor.user_id;
  c.anonymous = req.anonymous;
  c.reporter_name = req.anonymous ? "" : req.reporter_name;
  c.reporter_phone = req.anonymous ? "" : req.reporter_phone;
  if (req.location) {
    c.lon = req.location->lon;
    c.lat = req.location->lat;
  }
  c.address = req.address;
  c.grid_id = place.grid;
  c.community_id = place.community;
  c.street_id = place.street;
  c.state = workflow_.initial();
  c.created_at = c.updated_at = clock_.Now();
  c.repeat_of = FindRepeat(c);
  store::CaseEventRecord submitted;
  submitted.action = "submit";
  submitted.to_state = c.state;
  submitted.actor_user_id = actor.user_id;
  submitted.actor_role = actor.role;
  submitted.at = c.created_at;
  submitted.data = SubmitData(c, req).dump();
  SW_ASSIGN_OR_RETURN(store::CaseChange created, cases_.Insert(c, submitted));
  auto routed = Apply(created.updated.id, {"route"}, Actor::System());
  if (!routed.ok()) {
    // Filed is filed: the sweep routes it later. The reporter's matter is not lost.
    spdlog::warn("case {} filed but not routed: {}", created.updated.id, routed.status().ToString());
    return created.updated;
  }
  return routed->updated;
}

Result<SweepResult> CaseEngine::Sweep() {
  SweepResult result;
  store::CaseFilter stranded;
  stranded.district_code = org_.district_code();
  stranded.states = {workflow_.initial()};
  stranded.created_to = clock_.Now() - kStrandedAfterSeconds;
  stranded.limit = kSweepBatch;
  SW_ASSIGN_OR_RETURN(auto waiting, cases_.List(stranded));
  for (const auto& c : waiting) {
    if (Apply(c.id, {"route"}, Actor::System()).ok()) ++result.routed;
  }
  SW_ASSIGN_OR_RETURN(auto due, cases_.DueForSupervision(org_.district_code(), clock_.Now(), kSweepBatch));
  for (store::Id id : due) {
    auto flagged = Apply(id, {"supervise"}, Actor::System());
    if (flagged.ok()) ++result.supervised;
    else spdlog::warn("case {}: supervision not recorded: {}", id, flagged.status().ToString());
  }
  return result;
}

std::vector<std::string> CaseEngine::AllowedActions(const store::CaseRecord& c, const Actor& actor) const {
  std::vector<std::string> actions;
  for (const Transition& tr : workflow_.transitions()) {
    if (tr.StartsFrom(c.state) && CheckAllowed(tr, c, actor).ok()) actions.push_back(tr.action);
  }
  return actions;
}

}  // namespace sanwang::cases
