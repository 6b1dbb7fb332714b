#include "support/api/roster_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json WorkerKind() { return Enum({"community_worker", "grid_worker", "social_worker"}); }

json Qualification() { return Enum({"none", "assistant", "intermediate", "senior"}); }

json TrainingHours() { return WithExample(Number(0.1, 999.9), 4.5); }

json WorkerFields() {
  const std::string reveal =
      " for everyone; POST /roster/workers/{id}/reveal gives it in full to the staff of the worker's own "
      "unit "
      "and admins (`may_reveal`).";
  return {
      {"id", Integer()},
      {"kind", WorkerKind()},
      {"name", WithExample(String(), "王芳")},
      {"post", WithExample(String(), "网格员")},
      {"unit_code", WithExample(String(), "411002003001")},
      {"unit_name", WithExample(String(), "和平社区")},
      {"grid_code", Described(WithExample(String(), "411002003001-03"), "Empty unless a grid worker.")},
      {"grid_name", WithExample(String(), "和平社区第三网格")},
      {"started_on", Date()},
      {"qualification", Qualification()},
      {"id_number",
       Described(WithExample(String(), "410102********1230"), "Masked as 410102********1230" + reveal)},
      {"phone", Described(WithExample(String(), "138****5678"), "Masked as 138****5678" + reveal)},
      {"masked", Described(Boolean(), "Always true: the server sends personal data masked.")},
      {"has_account", Boolean()},
      {"username", Described(String(), "The worker's account; empty for those who do not keep the unit.")},
      {"active", Boolean()},
      {"demo", Boolean()},
      {"may_edit", Boolean()},
      {"may_reveal", Boolean()}};
}

std::vector<std::string> WorkerRequired() {
  return {"id",        "kind",       "name",          "post",      "unit_code", "unit_name", "grid_code",
          "grid_name", "started_on", "qualification", "id_number", "phone",     "masked",    "has_account",
          "username",  "active",     "demo",          "may_edit",  "may_reveal"};
}

json WorkerSchema() { return Named("Worker", ClosedObject(WorkerFields(), WorkerRequired())); }

json GapUnit() {
  return Named("GapUnit", ClosedObject({{"code", WithExample(String(), "411002003001-03")},
                                        {"name", WithExample(String(), "和平社区第三网格")}},
                                       {"code", "name"}));
}

json Understaffed() {
  return ClosedObject({{"code", WithExample(String(), "411002003001")},
                       {"name", WithExample(String(), "和平社区")},
                       {"households", WithExample(Integer(), 2400)},
                       {"workers", WithExample(Integer(), 6)},
                       {"needed", WithExample(Integer(), 8)}},
                      {"code", "name", "households", "workers", "needed"});
}

}  // namespace

json WorkerBodySchema(bool creating) {
  json p = {{"kind", WorkerKind()},
            {"name", WithExample(String(), "王芳")},
            {"post", WithExample(String(), "网格员")},
            {"unit_code", WithExample(String(), "411002003001")},
            {"grid_code", WithExample(String(), "411002003001-03")},
            {"started_on", Date()},
            {"qualification", Qualification()},
            {"id_number", WithExample(String(), "41100219850312002X")},
            {"phone", WithExample(String(), "13839019598")},
            {"username", String()},
            {"active", Boolean()}};
  std::vector<std::string> required;
  if (creating) required = {"kind", "name", "post", "unit_code", "started_on", "id_number", "phone"};
  return Named(creating ? "NewWorker" : "WorkerChange", ClosedObject(p, required));
}

json NewTrainingSchema() {
  return Named("NewTraining", ClosedObject({{"held_on", Date()},
                                            {"title", WithExample(String(), "网格员业务能力提升培训")},
                                            {"hours", TrainingHours()}},
                                           {"held_on", "title", "hours"}));
}

json WorkerListSchema() { return ItemList(WorkerSchema()); }

json WorkerWithTrainingsSchema() {
  json fields = WorkerFields();
  fields["trainings"] = Described(ArrayOf(TrainingSchema()), "Oldest first.");
  std::vector<std::string> required = WorkerRequired();
  required.emplace_back("trainings");
  return Named("WorkerWithTrainings", ClosedObject(fields, required));
}

json TrainingSchema() {
  return Named("Training", ClosedObject({{"id", Integer()},
                                         {"worker_id", Integer()},
                                         {"held_on", Date()},
                                         {"title", WithExample(String(), "网格员业务能力提升培训")},
                                         {"hours", TrainingHours()}},
                                        {"id", "worker_id", "held_on", "title", "hours"}));
}

json WorkerRevealSchema() {
  return Named("WorkerReveal", ClosedObject({{"id", Integer()},
                                             {"id_number", WithExample(String(), "41100219850312002X")},
                                             {"phone", WithExample(String(), "13839019598")}},
                                            {"id", "id_number", "phone"}));
}

json StaffingGapsSchema() {
  json p = {{"households_per_worker", WithExample(Integer(), 300)},
            {"grids_without_worker", Described(ArrayOf(GapUnit()), "Grids with no active grid worker.")},
            {"understaffed", Described(ArrayOf(Understaffed()),
                                       "Communities whose active community and grid workers are fewer than "
                                       "ceil(households / households_per_worker).")},
            {"communities_without_households",
             Described(ArrayOf(GapUnit()), "Communities with no household figure to judge by.")}};
  return Named("StaffingGaps", ClosedObject(p, {"households_per_worker", "grids_without_worker",
                                                "understaffed", "communities_without_households"}));
}

}  // namespace sanwang::api
