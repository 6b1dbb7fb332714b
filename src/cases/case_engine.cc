#include "cases/case_engine.h"

#include <spdlog/spdlog.h>

#include "cases/case_access.h"
#include "cases/router.h"
#include "cases/transition_effects.h"
#include "core/text.h"
#include "store/user_repository.h"

namespace sanwang::cases {
namespace {

// Cases still in the initial state this long after filing were stranded (a crash between
// filing and routing) and are routed by the sweep.
constexpr int kStrandedAfterSeconds = 60;
constexpr int kSweepBatch = 500;

// "催办" of the label "催办 Urge": labels give the Chinese name first.
std::string ChineseLabel(const std::string& label) { return label.substr(0, label.find(' ')); }

// The submit event's details: the case it repeats, the case it possibly duplicates, and
// what the classifier suggested.
nlohmann::json SubmitData(const store::CaseRecord& c, const NewCase& req) {
  nlohmann::json data = nlohmann::json::object();
  if (c.repeat_of) data["repeat_of"] = *c.repeat_of;
  if (c.duplicate_of) {
    data["possible_duplicate_of"] = {{"id", *c.duplicate_of},
                                     {"distance_m", c.duplicate_distance_m.value_or(0)},
                                     {"similarity", c.duplicate_similarity.value_or(0)}};
  }
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
    : db_(db),
      cases_(db),
      clock_(clock),
      calendar_(calendar),
      workflow_(workflow),
      org_(org),
      catalog_(catalog) {}

bool CaseEngine::InScope(const Actor& actor, std::optional<store::Id> unit) const {
  if (!actor.unit_id || !unit) return false;
  store::Id scope = *actor.unit_id;
  // The command center dispatches across the whole district: its scope is the district.
  const store::UnitRecord* own = org_.Find(scope);
  if (own != nullptr && own->kind == "command_center" && own->parent_id) scope = *own->parent_id;
  return org_.InSubtree(scope, *unit);
}

bool CaseEngine::FollowsCase(const Actor& actor, const store::CaseRecord& c) const {
  if (!actor.user_id) return false;
  if (actor.user_id == c.reporter_user_id) return true;
  auto follows = store::CaseRepository(db_).IsFollower(c.id, *actor.user_id);
  return follows.ok() && *follows;
}

Status CaseEngine::CheckAllowed(const Transition& tr, const store::CaseRecord& c, const Actor& actor) const {
  if (!tr.AllowsRole(actor.role)) {
    return PermissionDenied("角色无权进行此操作 role " + actor.role + " may not " + tr.action + " a case");
  }
  if (tr.scope == Scope::kUnit && !InScope(actor, c.unit_id)) {
    return PermissionDenied("该诉求不在您的单位 case " + std::to_string(c.id) + " is outside your unit");
  }
  if (tr.scope == Scope::kReporter && (!actor.user_id || actor.user_id != c.reporter_user_id)) {
    return PermissionDenied("只有反映人可以" + ChineseLabel(tr.label) + " only the reporter may " +
                            tr.action + " case " + std::to_string(c.id));
  }
  if (tr.scope == Scope::kFollower && !FollowsCase(actor, c)) {
    return PermissionDenied("只有反映人或关注此事项的居民可以" + ChineseLabel(tr.label) +
                            " only the reporter or a resident following case " + std::to_string(c.id) +
                            " may " + tr.action + " it");
  }
  return Status::Ok();
}

Result<store::CaseChange> CaseEngine::Decide(const store::CaseRecord& current, const TransitionRequest& req,
                                             const Actor& actor) {
  const Transition* tr = workflow_.Find(req.action, current.state);
  if (tr == nullptr) {
    if (!workflow_.HasAction(req.action))
      return InvalidArgument("未知操作 unknown action '" + req.action + "'", "action");
    return FailedPrecondition("事项当前为「" + workflow_.LabelOf(current.state) +
                              "」，不能进行此操作 cannot " + req.action + " a case in this state");
  }
  SW_RETURN_IF_ERROR(CheckAllowed(*tr, current, actor));
  SW_RETURN_IF_ERROR(CheckUserText(req.note, "note", kMaxNoteChars, tr->note_required));
  std::optional<store::CaseRecord> original;
  if (tr->effect == Effect::kMerge) {
    SW_ASSIGN_OR_RETURN(original, MergeTarget(current, req, actor));
  }
  store::CaseChange ch{current, {}};
  if (!tr->to.empty()) ch.updated.state = tr->to;
  nlohmann::json data = nlohmann::json::object();
  EffectContext ctx{clock_, calendar_, workflow_, org_, catalog_, original ? &*original : nullptr};
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
  if (IsMerge(request.action)) return Merge(case_id, request, actor);
  return cases_.Update(
      case_id, [&](const store::CaseRecord& current) { return DecideAndTell(current, request, actor); });
}

Result<store::CaseChange> CaseEngine::DecideAndTell(const store::CaseRecord& current,
                                                    const TransitionRequest& request, const Actor& actor) {
  SW_ASSIGN_OR_RETURN(store::CaseChange change, Decide(current, request, actor));
  if (listener_ != nullptr) SW_RETURN_IF_ERROR(listener_->OnCaseChange(db_, org_, catalog_, change));
  return change;
}

bool CaseEngine::IsMerge(const std::string& action) const {
  const auto& all = workflow_.transitions();
  return std::any_of(all.begin(), all.end(), [&](const Transition& tr) {
    return tr.action == action && tr.effect == Effect::kMerge;
  });
}

Result<store::CaseRecord> CaseEngine::MergeTarget(const store::CaseRecord& duplicate,
                                                  const TransitionRequest& req, const Actor& actor) {
  if (!req.target_case_id)
    return InvalidArgument("请指明合并到哪个诉求 say which case to merge into", "target_case_id");
  const std::string target = "case " + std::to_string(*req.target_case_id);
  if (*req.target_case_id == duplicate.id) {
    return InvalidArgument("诉求不能合并到自身 a case cannot be merged into itself", "target_case_id");
  }
  auto original = cases_.Get(*req.target_case_id);
  if (!original.ok() && original.status().code() != ErrorCode::kNotFound) return original.status();
  if (!original.ok() || original->district_code != duplicate.district_code ||
      !CanReadCase(org_, actor, *original)) {
    return Status(ErrorCode::kNotFound,
                  "目标诉求不存在或不在您的范围内 " + target + " does not exist or is outside your scope",
                  "target_case_id");
  }
  if (!workflow_.IsOpen(original->state)) {
    return Status(ErrorCode::kFailedPrecondition,
                  "只能合并到未办结的诉求 " + target + " is " + workflow_.LabelOf(original->state) +
                      ": merge only into an open case",
                  "target_case_id");
  }
  if (original->item_code != duplicate.item_code) {
    return Status(ErrorCode::kFailedPrecondition,
                  "只能合并同一事项的诉求 " + target + " is of item '" + original->item_code + "', not '" +
                      duplicate.item_code + "': merge only cases of the same item",
                  "target_case_id");
  }
  return std::move(original).value();
}

// The original keeps its state; its timeline gains the merge, and the duplicate's reporter
// and followers follow it.
Result<store::CaseChange> CaseEngine::Merge(store::Id case_id, const TransitionRequest& req,
                                            const Actor& actor) {
  store::CaseChange closed;
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(closed, cases_.Update(case_id, [&](const store::CaseRecord& current) {
      return DecideAndTell(current, req, actor);
    }));
    const store::CaseRecord& duplicate = closed.updated;
    auto noted = cases_.Update(*duplicate.merged_into, [&](const store::CaseRecord& original) {
      store::CaseChange ch{original, {}};
      ch.updated.updated_at = clock_.Now();
      ch.event = closed.event;
      ch.event.action = "merged_in";
      ch.event.from_state = ch.event.to_state = original.state;
      ch.event.unit_id = original.unit_id;
      ch.event.data = nlohmann::json{{"duplicate_case_id", duplicate.id}}.dump();
      return Result<store::CaseChange>(ch);
    });
    SW_RETURN_IF_ERROR(noted.status());
    // Whoever followed the duplicate (the reporters of cases merged into it before) follows
    // the original too, with the duplicate's own reporter.
    SW_ASSIGN_OR_RETURN(std::vector<store::Id> followers, cases_.Followers(duplicate.id));
    if (duplicate.reporter_user_id) followers.push_back(*duplicate.reporter_user_id);
    for (store::Id user : followers) {
      if (user == noted->updated.reporter_user_id) continue;
      SW_RETURN_IF_ERROR(
          cases_.AddFollower(duplicate.district_code, noted->updated.id, user, duplicate.id, clock_.Now()));
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return closed;
}

EarlierReports CaseEngine::LookBack(const store::CaseRecord& c) {
  if (c.item_code.empty() || !c.lon || !c.lat) return {};
  auto recent =
      cases_.RecentOpenOfItem(c.district_code, c.item_code, workflow_.StatesWhereOpen(true),
                              EarlierReportsSince(workflow_, c.created_at), EarlierReportsArea(workflow_, c));
  if (!recent.ok()) {
    // Filing matters more than the hint: the case is filed without the flags.
    spdlog::warn("earlier reports not checked: {}", recent.status().ToString());
    return {};
  }
  return FindEarlierReports(workflow_, c, *recent);
}

Result<store::CaseRecord> CaseEngine::Submit(const NewCase& given, const Actor& actor) {
  NewCase req = given;
  if (actor.user_id) {
    SW_ASSIGN_OR_RETURN(store::UserRecord account, store::UserRepository(db_).Get(*actor.user_id));
    SW_RETURN_IF_ERROR(BindReporter(req, actor, account));
  }
  SW_RETURN_IF_ERROR(ValidateNewCase(req));
  if (!req.item_code.empty() && catalog_.FindItem(req.item_code) == nullptr) {
    return InvalidArgument("没有该事项 no catalog item '" + req.item_code + "'", "item_code");
  }
  std::optional<store::Id> home = actor.role == org::kResident ? actor.unit_id : std::nullopt;
  if (!req.community_code.empty()) {
    const store::UnitRecord* u = org_.FindByCode(req.community_code);
    if (u == nullptr || u->kind != "community")
      return InvalidArgument("社区不存在 no community '" + req.community_code + "'", "community_code");
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
  if (req.classifier && req.classifier->dispatched && req.classifier->item_code == c.item_code) {
    c.auto_item_confidence = req.classifier->confidence;
  }
  EarlierReports earlier = LookBack(c);
  c.repeat_of = earlier.repeat_of;
  if (earlier.duplicate) {
    c.duplicate_of = earlier.duplicate->id;
    c.duplicate_distance_m = earlier.duplicate->distance_m;
    c.duplicate_similarity = earlier.duplicate->similarity;
  }
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
  SW_ASSIGN_OR_RETURN(
      auto due, cases_.DueForSupervision(org_.district_code(), workflow_.StatesWhereActionStarts("supervise"),
                                         clock_.Now(), kSweepBatch));
  for (store::Id id : due) {
    auto flagged = Apply(id, {"supervise"}, Actor::System());
    if (flagged.ok())
      ++result.supervised;
    else
      spdlog::warn("case {}: supervision not recorded: {}", id, flagged.status().ToString());
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
