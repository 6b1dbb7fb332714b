#include "governance/api/ledger_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json IdAndName(const char* name) {
  return ClosedObject({{"id", Integer()}, {"name", WithExample(String(), name)}}, {"id", "name"});
}

json UnitRef() {
  return ClosedObject(
      {{"code", WithExample(String(), "411002001")}, {"name", WithExample(String(), "西大街街道")}},
      {"code", "name"});
}

json StateName() { return WithExample(String(), "in_progress"); }

json EventSchema() {
  return Named("LedgerEvent", ClosedObject({{"id", Integer()},
                                            {"at", DateTime()},
                                            {"username", WithExample(String(), "community-411002001001")},
                                            {"role", WithExample(String(), "community_staff")},
                                            {"action", WithExample(String(), "report")},
                                            {"from_state", StateName()},
                                            {"to_state", StateName()},
                                            {"percent", Nullable(Integer(0, 100))},
                                            {"note", WithExample(String(), "已完成入户走访 60%")}},
                                           {"id", "at", "username", "role", "action", "from_state",
                                            "to_state", "percent", "note"}));
}

json MilestoneFields() {
  return {
      {"id", Integer()},
      {"programme", IdAndName("“1369”工程")},
      {"project", IdAndName("基层治理")},
      {"task",
       ClosedObject(
           {{"id", Integer()}, {"name", WithExample(String(), "网格化治理提升")}, {"starts_on", Date()}},
           {"id", "name", "starts_on"})},
      {"name", WithExample(String(), "完成网格员培训")},
      {"deliverables", WithExample(String(), "培训记录、签到表")},
      {"due_on", Date()},
      {"unit", UnitRef()},
      {"leader", Nullable(ClosedObject({{"username", WithExample(String(), "leader")},
                                        {"name", WithExample(String(), "张副区长")}},
                                       {"username", "name"}))},
      {"weight", Integer(1, 100)},
      {"state", StateName()},
      {"state_label", WithExample(String(), "推进中 In progress")},
      {"open", Described(Boolean(), "The workflow counts the state as open (not yet accepted).")},
      {"overdue", Described(Boolean(), "Open and due before today (Asia/Shanghai).")},
      {"percent", Integer(0, 100)},
      {"last_note", String()},
      {"reported_at", Nullable(DateTime())},
      {"accepted_at", Nullable(DateTime())},
      {"created_at", DateTime()},
      {"depends_on", Described(ArrayOf(Integer()), "Milestones that must be accepted before this one.")},
      {"allowed_actions", Described(ArrayOf(String()), "The workflow's actions the caller may take now.")},
      {"demo", Boolean()}};
}

std::vector<std::string> MilestoneRequired() {
  return {"id",         "programme",  "project",         "task",      "name",        "deliverables",
          "due_on",     "unit",       "leader",          "weight",    "state",       "state_label",
          "open",       "overdue",    "percent",         "last_note", "reported_at", "accepted_at",
          "created_at", "depends_on", "allowed_actions", "demo"};
}

}  // namespace

json LedgerMilestoneSchema() {
  return Named("LedgerMilestone", ClosedObject(MilestoneFields(), MilestoneRequired()));
}

json LedgerMilestoneWithEventsSchema() {
  json fields = MilestoneFields();
  fields["events"] = ArrayOf(EventSchema());
  std::vector<std::string> required = MilestoneRequired();
  required.push_back("events");
  return ClosedObject(fields, required);
}

json LedgerMilestonePageSchema() {
  return ClosedObject({{"items", ArrayOf(LedgerMilestoneSchema())},
                       {"total", Integer()},
                       {"page", Integer()},
                       {"page_size", Integer()}},
                      {"items", "total", "page", "page_size"});
}

json LedgerProgrammeSchema() {
  return ClosedObject({{"id", Integer()},
                       {"name", WithExample(String(), "“1369”工程")},
                       {"description", String()},
                       {"demo", Boolean()}},
                      {"id", "name", "description", "demo"});
}

json LedgerProjectSchema() {
  return ClosedObject({{"id", Integer()},
                       {"programme_id", Integer()},
                       {"name", WithExample(String(), "基层治理")},
                       {"description", String()}},
                      {"id", "programme_id", "name", "description"});
}

json LedgerTaskSchema() {
  return Named("LedgerTask", ClosedObject({{"id", Integer()},
                                           {"project_id", Integer()},
                                           {"name", WithExample(String(), "网格化治理提升")},
                                           {"starts_on", Date()},
                                           {"ends_on", Date()},
                                           {"unit", UnitRef()}},
                                          {"id", "project_id", "name", "starts_on", "ends_on", "unit"}));
}

json LedgerOutlineSchema() {
  json project = LedgerProjectSchema();
  project["properties"]["tasks"] = ArrayOf(LedgerTaskSchema());
  project["required"].push_back("tasks");
  json programme = LedgerProgrammeSchema();
  programme["properties"]["projects"] = ArrayOf(project);
  programme["required"].push_back("projects");
  json state = ClosedObject(
      {{"name", StateName()}, {"label", WithExample(String(), "推进中 In progress")}, {"open", Boolean()}},
      {"name", "label", "open"});
  json action = ClosedObject({{"action", WithExample(String(), "report")},
                              {"label", WithExample(String(), "报告进度 Report progress")},
                              {"note_required", Boolean()}},
                             {"action", "label", "note_required"});
  return ClosedObject(
      {{"programmes", ArrayOf(programme)}, {"states", ArrayOf(state)}, {"actions", ArrayOf(action)}},
      {"programmes", "states", "actions"});
}

json NewProgrammeSchema() {
  return ClosedObject({{"name", WithExample(Text(200), "“1369”工程")}, {"description", Text(4000)}},
                      {"name"});
}

json NewProjectSchema() {
  return ClosedObject({{"programme_id", Integer()},
                       {"name", WithExample(Text(200), "基层治理")},
                       {"description", Text(4000)}},
                      {"programme_id", "name"});
}

json NewTaskSchema() {
  return ClosedObject({{"project_id", Integer()},
                       {"name", WithExample(Text(200), "网格化治理提升")},
                       {"starts_on", Date()},
                       {"ends_on", Date()},
                       {"unit_code", WithExample(String(), "411002001")}},
                      {"project_id", "name", "starts_on", "ends_on", "unit_code"});
}

json NewMilestoneSchema() {
  return ClosedObject({{"task_id", Integer()},
                       {"name", WithExample(Text(200), "完成网格员培训")},
                       {"deliverables", WithExample(Text(4000), "培训记录、签到表")},
                       {"due_on", Described(Date(), "A working day within the task's period.")},
                       {"unit_code", WithExample(String(), "411002001001")},
                       {"leader", Described(WithExample(String(), "leader"),
                                            "The responsible leader's username (a staff account).")},
                       {"weight", Integer(1, 100)},
                       {"depends_on", Described(ArrayOf(Integer()),
                                                "Milestones due no later than this one that it waits for.")}},
                      {"task_id", "name", "due_on", "unit_code"});
}

json MilestoneDependenciesSchema() {
  return ClosedObject({{"depends_on", ArrayOf(Integer())}}, {"depends_on"});
}

json MilestoneActionSchema() {
  return ClosedObject(
      {{"action", Described(WithExample(String(), "report"), "One of the actions of GET /ledger.")},
       {"percent", Described(Integer(0, 100), "Required to report.")},
       {"note", WithExample(Text(4000), "已完成入户走访 60%")}},
      {"action"});
}

}  // namespace sanwang::api
