#include "governance/api/ledger_json.h"

#include <map>

#include "api/json_views.h"
#include "api/responses.h"

namespace sanwang::api {
namespace {

Result<std::vector<store::Id>> IdList(const nlohmann::json& o, const std::string& key) {
  std::vector<store::Id> ids;
  if (!o.contains(key) || o[key].is_null()) return ids;
  if (!o[key].is_array())
    return InvalidArgument(key + " 应为编号数组 " + key + " must be an array of ids", key);
  for (const auto& v : o[key]) {
    if (!v.is_number_integer() || v.get<std::int64_t>() <= 0) {
      return InvalidArgument(key + " 应为编号数组 " + key + " must be an array of ids", key);
    }
    ids.push_back(v.get<std::int64_t>());
  }
  return ids;
}

}  // namespace

nlohmann::json MilestoneJson(const governance::Ledger& ledger, const store::LedgerMilestoneRecord& m) {
  nlohmann::json leader = nullptr;
  if (m.leader_id) leader = {{"username", m.leader_username}, {"name", m.leader_name}};
  return {{"id", m.id},
          {"programme", {{"id", m.programme_id}, {"name", m.programme_name}}},
          {"project", {{"id", m.project_id}, {"name", m.project_name}}},
          {"task", {{"id", m.task_id}, {"name", m.task_name}, {"starts_on", m.task_starts_on}}},
          {"name", m.name},
          {"deliverables", m.deliverables},
          {"due_on", m.due_on},
          {"unit", {{"code", m.unit_code}, {"name", m.unit_name}}},
          {"leader", leader},
          {"weight", m.weight},
          {"state", m.state},
          {"state_label", ledger.workflow.LabelOf(m.state)},
          {"open", ledger.workflow.IsOpen(m.state)},
          {"overdue", governance::IsOverdue(ledger, m)},
          {"percent", m.percent},
          {"last_note", m.last_note},
          {"reported_at", TimeOrNull(m.reported_at)},
          {"accepted_at", TimeOrNull(m.accepted_at)},
          {"created_at", FormatIso8601(m.created_at)},
          {"depends_on", m.depends_on},
          {"allowed_actions", governance::AllowedActions(ledger, m)},
          {"demo", m.demo}};
}

nlohmann::json LedgerEventJson(const store::LedgerEventRecord& e) {
  return {{"id", e.id},
          {"at", FormatIso8601(e.at)},
          {"username", e.username},
          {"role", e.role},
          {"action", e.action},
          {"from_state", e.from_state},
          {"to_state", e.to_state},
          {"percent", e.percent ? nlohmann::json(*e.percent) : nlohmann::json(nullptr)},
          {"note", e.note}};
}

nlohmann::json ProgrammeJson(const store::LedgerProgrammeRecord& p) {
  return {{"id", p.id}, {"name", p.name}, {"description", p.description}, {"demo", p.demo}};
}

nlohmann::json ProjectJson(const store::LedgerProjectRecord& p) {
  return {{"id", p.id}, {"programme_id", p.programme_id}, {"name", p.name}, {"description", p.description}};
}

nlohmann::json TaskJson(const governance::Ledger& ledger, const store::LedgerTaskRecord& t) {
  const store::UnitRecord* unit = ledger.org.Find(t.unit_id);
  return {
      {"id", t.id},           {"project_id", t.project_id},
      {"name", t.name},       {"starts_on", t.starts_on},
      {"ends_on", t.ends_on}, {"unit", {{"code", unit ? unit->code : ""}, {"name", unit ? unit->name : ""}}}};
}

nlohmann::json OutlineJson(const governance::Ledger& ledger, const governance::LedgerOutline& outline) {
  std::map<store::Id, nlohmann::json> tasks_of;
  for (const auto& t : outline.tasks) tasks_of[t.project_id].push_back(TaskJson(ledger, t));
  std::map<store::Id, nlohmann::json> projects_of;
  for (const auto& p : outline.projects) {
    nlohmann::json project = ProjectJson(p);
    project["tasks"] = tasks_of.count(p.id) ? tasks_of[p.id] : nlohmann::json::array();
    projects_of[p.programme_id].push_back(project);
  }
  nlohmann::json programmes = nlohmann::json::array();
  for (const auto& g : outline.programmes) {
    nlohmann::json programme = ProgrammeJson(g);
    programme["projects"] = projects_of.count(g.id) ? projects_of[g.id] : nlohmann::json::array();
    programmes.push_back(programme);
  }
  nlohmann::json states = nlohmann::json::array();
  for (const auto& s : ledger.workflow.states()) {
    states.push_back({{"name", s.name}, {"label", s.label}, {"open", s.open}});
  }
  nlohmann::json actions = nlohmann::json::array();
  for (const auto& tr : ledger.workflow.transitions()) {
    actions.push_back({{"action", tr.action}, {"label", tr.label}, {"note_required", tr.note_required}});
  }
  return {{"programmes", programmes}, {"states", states}, {"actions", actions}};
}

Result<NamedItem> ProgrammeFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"name", "description"}));
  NamedItem item;
  SW_ASSIGN_OR_RETURN(item.name, StringField(o, "name", true));
  SW_ASSIGN_OR_RETURN(item.description, StringField(o, "description", false));
  return item;
}

Result<NamedItem> ProjectFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"programme_id", "name", "description"}));
  NamedItem item;
  SW_ASSIGN_OR_RETURN(item.parent_id, RequiredIntegerField(o, "programme_id"));
  SW_ASSIGN_OR_RETURN(item.name, StringField(o, "name", true));
  SW_ASSIGN_OR_RETURN(item.description, StringField(o, "description", false));
  return item;
}

Result<governance::NewTask> NewTaskFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"project_id", "name", "starts_on", "ends_on", "unit_code"}));
  governance::NewTask t;
  SW_ASSIGN_OR_RETURN(t.project_id, RequiredIntegerField(o, "project_id"));
  SW_ASSIGN_OR_RETURN(t.name, StringField(o, "name", true));
  SW_ASSIGN_OR_RETURN(t.starts_on, StringField(o, "starts_on", true));
  SW_ASSIGN_OR_RETURN(t.ends_on, StringField(o, "ends_on", true));
  SW_ASSIGN_OR_RETURN(t.unit_code, StringField(o, "unit_code", true));
  return t;
}

Result<governance::NewMilestone> NewMilestoneFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o,
                      ParseJsonObject(body, {"task_id", "name", "deliverables", "due_on", "unit_code",
                                             "leader", "weight", "depends_on"}));
  governance::NewMilestone m;
  SW_ASSIGN_OR_RETURN(m.task_id, RequiredIntegerField(o, "task_id"));
  SW_ASSIGN_OR_RETURN(m.name, StringField(o, "name", true));
  SW_ASSIGN_OR_RETURN(m.deliverables, StringField(o, "deliverables", false));
  SW_ASSIGN_OR_RETURN(m.due_on, StringField(o, "due_on", true));
  SW_ASSIGN_OR_RETURN(m.unit_code, StringField(o, "unit_code", true));
  SW_ASSIGN_OR_RETURN(m.leader_username, StringField(o, "leader", false));
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> weight, IntegerField(o, "weight"));
  m.weight = weight.value_or(1);
  SW_ASSIGN_OR_RETURN(m.depends_on, IdList(o, "depends_on"));
  return m;
}

Result<std::vector<store::Id>> DependenciesFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"depends_on"}));
  if (!o.contains("depends_on"))
    return InvalidArgument("请填写 depends_on depends_on is required", "depends_on");
  return IdList(o, "depends_on");
}

Result<governance::MilestoneAction> MilestoneActionFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"action", "percent", "note"}));
  governance::MilestoneAction a;
  SW_ASSIGN_OR_RETURN(a.action, StringField(o, "action", true));
  SW_ASSIGN_OR_RETURN(a.percent, IntegerField(o, "percent"));
  SW_ASSIGN_OR_RETURN(a.note, StringField(o, "note", false));
  return a;
}

}  // namespace sanwang::api
