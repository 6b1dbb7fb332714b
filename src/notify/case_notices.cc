#include "notify/case_notices.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "notify/area_follows.h"
#include "notify/case_watches.h"
#include "notify/outbox.h"
#include "notify/store/recipient_repository.h"
#include "org/roles.h"

namespace sanwang::notify {
namespace {

// The roles that handle a case in a unit's own inbox (the command center and supervisors
// hear of cases through their own rules, not as a unit's handlers).
const std::vector<std::string_view> kUnitHandlerRoles = {org::kGridWorker, org::kCommunityStaff,
                                                         org::kStreetStaff, org::kDeptStaff};

Result<std::vector<store::Id>> Recipients(store::Database& db, const org::OrgDirectory& org,
                                          const cases::Catalog& catalog, Audience to,
                                          const store::CaseRecord& c) {
  switch (to) {
    case Audience::kReporter: {
      SW_ASSIGN_OR_RETURN(std::vector<store::Id> ids, store::CaseRepository(db).Followers(c.id));
      if (c.reporter_user_id) ids.insert(ids.begin(), *c.reporter_user_id);
      return ids;
    }
    case Audience::kHandlers:
      if (!c.unit_id) return std::vector<store::Id>();
      return UnitHandlers(db, *c.unit_id);
    case Audience::kCommandCenter: {
      std::vector<store::Id> units;
      for (const store::UnitRecord* u : org.OfKind("command_center")) units.push_back(u->id);
      return store::RecipientRepository(db).EnabledStaff(units, {org::kCommandCenter});
    }
    case Audience::kAreaFollowers:
      return AreaFollowersOf(db, org, catalog, c);
    case Audience::kCaseWatchers:
      return CaseWatchersOf(db, c.id);
    case Audience::kBooker:
    case Audience::kLeaders:
    case Audience::kApprovers:
    case Audience::kSubmitter:
    case Audience::kResponsible:
      break;  // not an audience of a case (NoticeRules refuses it there)
  }
  return std::vector<store::Id>();
}

// The action's label ("办结 Resolve") by its workflow; the action's name without one.
std::string ActionLabel(const cases::Workflow& workflow, const std::string& action) {
  for (const cases::Transition& tr : workflow.transitions()) {
    if (tr.action == action && !tr.label.empty()) return tr.label;
  }
  return action;
}

NoticeValues ValuesOf(const org::OrgDirectory& org, const cases::Catalog& catalog,
                      const cases::Workflow& workflow, const store::CaseChange& change) {
  const store::CaseRecord& c = change.updated;
  NoticeValues v = {{"case", std::to_string(c.id)},
                    {"title", c.title},
                    {"note", change.event.note},
                    {"address", c.address}};
  PutLabel(v, "action", ActionLabel(workflow, change.event.action));
  PutLabel(v, "state", workflow.LabelOf(c.state));
  if (c.address.empty()) {  // where the report lies on the map, as the org net names it
    for (const auto& place : {c.grid_id, c.community_id, c.street_id}) {
      const store::UnitRecord* unit = place ? org.Find(*place) : nullptr;
      if (unit != nullptr) {
        v["address"] = unit->name;
        break;
      }
    }
  }
  if (const store::CatalogItemRecord* item = catalog.FindItem(c.item_code)) {
    v["item"] = item->name;
    v["item_en"] = item->name_en;
  }
  if (c.unit_id) {
    if (const store::UnitRecord* unit = org.Find(*c.unit_id)) v["unit"] = unit->name;
  }
  const auto data =
      nlohmann::json::parse(change.event.data.empty() ? "{}" : change.event.data, nullptr, false);
  if (data.is_object()) {
    v["answer"] = data.value("online_answer", "");
    v["answer_en"] = data.value("online_answer_en", "");
  }
  return v;
}

}  // namespace

Result<std::vector<store::Id>> UnitHandlers(store::Database& db, store::Id unit_id) {
  return store::RecipientRepository(db).EnabledStaff({unit_id}, kUnitHandlerRoles);
}

std::string ResidentCaseLink(store::Id case_id) { return "/r/matters/" + std::to_string(case_id); }
std::string StaffCaseLink(store::Id case_id) { return "/workbench/cases/" + std::to_string(case_id); }

CaseNoticeWriter::CaseNoticeWriter(const NoticeRules& rules, const cases::Workflow& workflow)
    : rules_(rules), workflow_(workflow) {}

namespace {

// Where each audience opens what it is told of.
std::string LinkFor(Audience to, store::Id case_id) {
  if (to == Audience::kReporter) return ResidentCaseLink(case_id);
  if (to == Audience::kAreaFollowers) return kAreaFollowsLink;
  // kHandlers, kCommandCenter, kCaseWatchers: staff.
  return StaffCaseLink(case_id);
}

}  // namespace

Status CaseNoticeWriter::OnCaseChange(store::Database& db, const org::OrgDirectory& org,
                                      const cases::Catalog& catalog, const store::CaseChange& change) const {
  const store::CaseRecord& c = change.updated;
  auto rules = rules_.For(change.event.action, workflow_.IsOpen(c.state));
  if (rules.empty()) return Status::Ok();
  // Those who follow the case hear of a change only when no other rule told them of it.
  std::stable_partition(rules.begin(), rules.end(),
                        [](const NoticeRule* rule) { return rule->to != Audience::kCaseWatchers; });
  const NoticeValues values = ValuesOf(org, catalog, workflow_, change);
  std::vector<store::Id> told;
  for (const NoticeRule* rule : rules) {
    SW_ASSIGN_OR_RETURN(std::vector<store::Id> recipients, Recipients(db, org, catalog, rule->to, c));
    if (rule->to == Audience::kCaseWatchers) {
      std::erase_if(recipients,
                    [&](store::Id id) { return std::find(told.begin(), told.end(), id) != told.end(); });
    } else {
      told.insert(told.end(), recipients.begin(), recipients.end());
    }
    store::NoticeRecord about;
    about.district_code = c.district_code;
    about.case_id = c.id;
    about.link = LinkFor(rule->to, c.id);
    about.created_at = change.event.at;
    SW_RETURN_IF_ERROR(
        DeliverToEach(db, {rule}, values, std::move(recipients), change.event.actor_user_id, about));
  }
  return Status::Ok();
}

}  // namespace sanwang::notify
