#include "governance/api/supervision_schemas.h"

#include "api/openapi_schema.h"
#include "governance/api/ledger_schemas.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json PageOf(const json& item) {
  return ClosedObject(
      {{"items", ArrayOf(item)}, {"total", Integer()}, {"page", Integer()}, {"page_size", Integer()}},
      {"items", "total", "page", "page_size"});
}

}  // namespace

json SupervisionNoticeSchema() {
  json milestone =
      ClosedObject({{"id", Integer()}, {"name", WithExample(String(), "完成网格员培训")}, {"due_on", Date()}},
                   {"id", "name", "due_on"});
  json unit = ClosedObject(
      {{"code", WithExample(String(), "411002001001")}, {"name", WithExample(String(), "北大社区")}},
      {"code", "name"});
  json leader = Nullable(ClosedObject(
      {{"username", WithExample(String(), "leader")}, {"name", WithExample(String(), "张副区长")}},
      {"username", "name"}));
  return Named(
      "SupervisionNotice",
      ClosedObject(
          {{"id", Integer()},
           {"milestone", milestone},
           {"level", Described(Integer(1, 3), "1 提醒 reminder, 2 督办 supervision, 3 约谈问责 interview.")},
           {"level_label", WithExample(String(), "督办 Supervision")},
           {"reason",
            Described(Enum({"overdue", "no_progress", "office"}),
                      "Past due; due soon with no progress reported; issued by the office by hand.")},
           {"reason_label", WithExample(String(), "逾期未完成 Past due")},
           {"note",
            Described(String(), "The office's words when it issued or escalated the notice by hand.")},
           {"unit", unit},
           {"leader", leader},
           {"opened_at", DateTime()},
           {"opened_by",
            Described(Nullable(String()), "The office's username; null when the timer opened it.")},
           {"answer_by", Described(DateTime(), "Left unanswered past this, the timer raises it a level.")},
           {"answered_at", Nullable(DateTime())},
           {"answered_by", Nullable(String())},
           {"answer", String()},
           {"active", Boolean()},
           {"closed_at", Nullable(DateTime())},
           {"closed_reason", Described(Nullable(String()),
                                       "escalated: replaced by the next level; resolved: no longer needed.")},
           {"previous_id", Described(Nullable(Integer()), "The lower level this notice replaced.")},
           {"allowed_actions",
            Described(ArrayOf(Enum({"answer", "escalate"})), "What the caller may do now.")},
           {"demo", Boolean()}},
          {"id",           "milestone", "level",         "level_label", "reason",
           "reason_label", "note",      "unit",          "leader",      "opened_at",
           "opened_by",    "answer_by", "answered_at",   "answered_by", "answer",
           "active",       "closed_at", "closed_reason", "previous_id", "allowed_actions",
           "demo"}));
}

json SupervisionNoticePageSchema() { return PageOf(SupervisionNoticeSchema()); }

json AccountabilityPageSchema() {
  json row = ClosedObject({{"milestone", LedgerMilestoneSchema()},
                           {"late_since", Described(Date(), "The due date the milestone missed.")},
                           {"working_days_late", Integer()},
                           {"notices", Described(ArrayOf(SupervisionNoticeSchema()), "Oldest first.")}},
                          {"milestone", "late_since", "working_days_late", "notices"});
  return PageOf(row);
}

json NoticeIssueSchema() {
  return ClosedObject(
      {{"level", Integer(1, 3)}, {"note", WithExample(Text(4000), "区委交办，请于本周内推进")}},
      {"level", "note"});
}

json NoticeAnswerSchema() {
  return ClosedObject({{"answer", WithExample(Text(4000), "已安排专人推进，本周内完成")}}, {"answer"});
}

json NoticeEscalationSchema() {
  return ClosedObject({{"note", WithExample(Text(4000), "多次提醒未见进展")}}, {"note"});
}

}  // namespace sanwang::api
