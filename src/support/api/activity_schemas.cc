#include "support/api/activity_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

// The community of a registration, the unit of an activity.
json UnitSummary() {
  return Named("UnitSummary", ClosedObject({{"id", Integer()},
                                            {"code", WithExample(String(), "411002003001")},
                                            {"name", WithExample(String(), "和平社区")}},
                                           {"id", "code", "name"}));
}

json MaskedPhone(const std::string& who) {
  return Described(WithExample(String(), "138****5678"),
                   "Masked as 138****5678 unless the caller " + who + "; in full otherwise.");
}

json RegistrationFields() {
  return {{"id", Integer()},
          {"user_id", Integer()},
          {"name", WithExample(String(), "李明")},
          {"phone", MaskedPhone("organizes the community")},
          {"community", UnitSummary()},
          {"workplace", WithExample(String(), "区财政局")},
          {"party_branch", WithExample(String(), "区财政局机关第一党支部")},
          {"state", Enum({"pending", "confirmed", "declined", "withdrawn"})},
          {"reason", WithExample(String(), "不在本社区居住")},
          {"created_at", DateTime()},
          {"decided_at", Nullable(DateTime())}};
}

const std::vector<std::string> kRegistrationRequired = {"id",        "user_id",    "name",         "phone",
                                                        "community", "workplace",  "party_branch", "state",
                                                        "reason",    "created_at", "decided_at"};

json ActivityFields() {
  return {{"id", Integer()},
          {"unit", UnitSummary()},
          {"title", WithExample(String(), "清洁家园志愿服务")},
          {"description", WithExample(String(), "清理楼道杂物，请自带手套")},
          {"starts_at", WithExample(DateTime(), "2026-12-12T09:00:00+08:00")},
          {"ends_at", WithExample(DateTime(), "2026-12-12T11:00:00+08:00")},
          {"place", WithExample(String(), "和平社区党群服务中心")},
          {"venue_id", Nullable(Integer())},
          {"places", Integer(1, 100000)},
          {"taken", Integer()},
          {"left", Integer()},
          {"open_to", Enum({"public", "members"})},
          {"state", Enum({"published", "cancelled"})}};
}

std::vector<std::string> ActivityRequired() {
  return {"id",       "unit",   "title", "description", "starts_at", "ends_at", "place",
          "venue_id", "places", "taken", "left",        "open_to",   "state"};
}

// The fields that say what the caller may do with the activity, added to ActivityFields.
json WithCallerRights(json fields, std::vector<std::string>& required) {
  for (const char* flag : {"signed_up", "may_sign_up", "may_withdraw", "may_manage"}) {
    fields[flag] = Boolean();
    required.emplace_back(flag);
  }
  return fields;
}

json ActivityForCaller() {
  std::vector<std::string> required = ActivityRequired();
  json fields = WithCallerRights(ActivityFields(), required);
  return Named("ActivityForCaller", ClosedObject(fields, required));
}

json Hours() { return WithExample(Number(), 2.5); }

json MemberHours() {
  return ClosedObject({{"user_id", Integer()},
                       {"name", WithExample(String(), "李明")},
                       {"activities", Integer()},
                       {"minutes", Integer()},
                       {"hours", Hours()}},
                      {"user_id", "name", "activities", "minutes", "hours"});
}

json WorkplaceHours() {
  return ClosedObject({{"workplace", WithExample(String(), "区财政局")},
                       {"members", Integer()},
                       {"activities", Integer()},
                       {"minutes", Integer()},
                       {"hours", Hours()},
                       {"people", ArrayOf(MemberHours())}},
                      {"workplace", "members", "activities", "minutes", "hours", "people"});
}

}  // namespace

json NewPartyRegistrationSchema() {
  return Named("NewPartyRegistration",
               ClosedObject({{"community_code", WithExample(String(), "411002003001")},
                             {"workplace", WithExample(String(), "区财政局")},
                             {"party_branch", WithExample(String(), "区财政局机关第一党支部")}},
                            {}));
}

json NewActivitySchema() {
  return Named("NewActivity",
               ClosedObject({{"unit_code", WithExample(String(), "411002003001")},
                             {"title", WithExample(String(), "清洁家园志愿服务")},
                             {"description", String()},
                             {"starts_at", WithExample(DateTime(), "2026-12-12T09:00:00+08:00")},
                             {"ends_at", WithExample(DateTime(), "2026-12-12T11:00:00+08:00")},
                             {"place", WithExample(String(), "和平社区党群服务中心")},
                             {"venue_id", Nullable(Integer())},
                             {"places", Integer(1, 100000)},
                             {"open_to", Enum({"public", "members"})}},
                            {"unit_code", "title", "starts_at", "ends_at", "places"}));
}

json AttendanceSchema() { return Named("Attendance", ClosedObject({{"at", Nullable(DateTime())}}, {})); }

json RegistrationDecisionSchema() {
  return Named("RegistrationDecision",
               ClosedObject({{"reason", WithExample(String(), "不在本社区居住")}}, {}));
}

json PartyRegistrationSchema() {
  return Named("PartyRegistration", ClosedObject(RegistrationFields(), kRegistrationRequired));
}

json ManagedPartyRegistrationPageSchema(int max_page_size) {
  json fields = RegistrationFields();
  fields["may_manage"] = Boolean();
  std::vector<std::string> required = kRegistrationRequired;
  required.emplace_back("may_manage");
  return ItemPage(Named("ManagedPartyRegistration", ClosedObject(fields, required)), max_page_size);
}

// Null is no reference in OpenAPI 3.0, so the nullable registration is written out here.
json MyPartyRegistrationSchema() {
  json registration = Nullable(ClosedObject(RegistrationFields(), kRegistrationRequired));
  return Named("MyPartyRegistration",
               ClosedObject({{"registration", registration}, {"may_register", Boolean()}},
                            {"registration", "may_register"}));
}

json ActivitySchema() { return Named("Activity", ClosedObject(ActivityFields(), ActivityRequired())); }

json ActivityListSchema() { return ItemPage(ActivityForCaller(), kMaxActivityPageSize); }

json ActivityWithSignupsSchema() {
  std::vector<std::string> required = ActivityRequired();
  json fields = WithCallerRights(ActivityFields(), required);
  fields["signups"] = Described(ArrayOf(SignupSchema()),
                                "Every sign-up for the activity's organizers; the current ones "
                                "(signed_up) for everyone else.");
  required.emplace_back("signups");
  return Named("ActivityWithSignups", ClosedObject(fields, required));
}

json SignupSchema() {
  json p = {{"id", Integer()},
            {"user_id", Integer()},
            {"name", Described(WithExample(String(), "李*"),
                               "Masked as 李* unless the caller organizes the activity or is the one "
                               "signed up; in full otherwise.")},
            {"phone", MaskedPhone("organizes the activity or is the one signed up")},
            {"workplace", WithExample(String(), "区财政局")},
            {"state", Enum({"signed_up", "withdrawn"})},
            {"signed_up_at", DateTime()},
            {"checked_in_at", Nullable(DateTime())},
            {"checked_out_at", Nullable(DateTime())},
            {"minutes", Integer()},
            {"hours", Hours()}};
  return Named("Signup",
               ClosedObject(p, {"id", "user_id", "name", "phone", "workplace", "state", "signed_up_at",
                                "checked_in_at", "checked_out_at", "minutes", "hours"}));
}

json HoursReportSchema() {
  return Named("ActivityHoursReport", ClosedObject({{"year", Integer(2000, 2100)},
                                                    {"items", ArrayOf(WorkplaceHours())},
                                                    {"total_minutes", Integer()},
                                                    {"total_hours", Hours()}},
                                                   {"year", "items", "total_minutes", "total_hours"}));
}

}  // namespace sanwang::api
