// Volunteer activities over HTTP: list, publish, read and cancel them, sign up and
// withdraw, check participants in and out, and the yearly hours per workplace. Every
// decision is support/activities.h's or activity_access.h's; this file turns HTTP into
// those calls and answers back, saying what the caller may do (may_sign_up, may_manage).
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "support/activities.h"
#include "support/activity_access.h"
#include "support/api/activity_json.h"
#include "support/api/activity_schemas.h"
#include "support/api/hours_workbook.h"
#include "support/party_members.h"
#include "support/service_hours.h"
#include "support/store/activity_repository.h"

namespace sanwang::api {
namespace {

// What the caller is to the activities: registration, and the activities signed up for.
struct Viewer {
  std::optional<store::PartyRegistrationRecord> registration;
  bool confirmed() const { return registration && registration->state == "confirmed"; }
};

Result<Viewer> ViewerOf(Call& call) {
  Viewer v;
  const cases::Actor actor = call.actor();
  if (actor.user_id) {
    SW_ASSIGN_OR_RETURN(v.registration,
                        support::ActiveRegistration(call.db, call.district(), *actor.user_id));
  }
  return v;
}

nlohmann::json ItemJson(Call& call, const Viewer& viewer, const store::ActivityRecord& a, bool signed_up) {
  nlohmann::json item = ActivityJson(a);
  const UnixSeconds now = call.api.clock().Now();
  item["signed_up"] = signed_up;
  item["may_sign_up"] =
      !signed_up && a.taken < a.places && support::MaySignUp(call.actor(), a, viewer.confirmed(), now).ok();
  item["may_withdraw"] = signed_up && now < a.starts_at;
  item["may_manage"] = support::OrganizesUnit(call.domain->org, call.actor(), a.unit_id);
  return item;
}

Result<store::ActivityQuery> ListFilter(Call& call, const Viewer& viewer) {
  store::ActivityQuery query;
  query.district_code = call.district();
  query.unit_ids = support::ActivityUnitsFor(call.domain->org, call.actor(), viewer.registration);
  const std::string unit = call.request.Query("unit");
  if (!unit.empty()) {
    const store::UnitRecord* found = call.domain->org.FindByCode(unit);
    if (found == nullptr) return InvalidArgument("单位不存在 no unit '" + unit + "'", "unit");
    query.unit_ids = {found->id};
  }
  if (call.request.Query("managed") == "true") {
    SW_ASSIGN_OR_RETURN(query.unit_path, support::OrganizedUnitsPath(call.domain->org, call.actor()));
  }
  query.from = call.api.clock().Now();
  const std::string from = call.request.Query("from");
  if (!from.empty()) {
    SW_ASSIGN_OR_RETURN(LocalDate day, ParseDay(from, "from"));
    query.from = StartOfLocalDay(day);
  }
  if (org::InSet(org::ActivityParticipantRoles(), call.actor().role)) query.state = "published";
  return query;
}

Result<HttpResponse> ListActivities(Call& call) {
  SW_ASSIGN_OR_RETURN(Viewer viewer, ViewerOf(call));
  SW_ASSIGN_OR_RETURN(store::ActivityQuery query, ListFilter(call, viewer));
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, kMaxActivityPageSize));
  store::ActivityRepository repo(call.db);
  SW_ASSIGN_OR_RETURN(std::int64_t total, repo.Count(query));
  query.limit = static_cast<std::size_t>(page.page_size);
  query.offset = static_cast<std::size_t>(page.offset());
  SW_ASSIGN_OR_RETURN(auto activities, repo.List(query));
  std::set<store::Id> mine;
  if (call.actor().user_id) {
    std::vector<store::Id> ids;
    for (const auto& a : activities) ids.push_back(a.id);
    SW_ASSIGN_OR_RETURN(auto signed_up, repo.SignedUpAmong(*call.actor().user_id, ids));
    mine.insert(signed_up.begin(), signed_up.end());
  }
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : activities) items.push_back(ItemJson(call, viewer, a, mine.contains(a.id)));
  return JsonResponse(
      200, {{"items", items}, {"total", total}, {"page", page.page}, {"page_size", page.page_size}});
}

Result<HttpResponse> Publish(Call& call) {
  SW_ASSIGN_OR_RETURN(support::ActivityRequest request, ActivityRequestFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto a, support::PublishActivity(call.db, call.domain->org, call.actor(), request,
                                                       call.api.clock().Now()));
  return JsonResponse(201, ActivityJson(a));
}

Result<HttpResponse> ActivityAnswer(Call& call, store::Id id) {
  SW_ASSIGN_OR_RETURN(auto a, support::FindActivity(call.db, call.domain->org, id));
  SW_ASSIGN_OR_RETURN(Viewer viewer, ViewerOf(call));
  store::ActivityRepository repo(call.db);
  SW_ASSIGN_OR_RETURN(auto signups, repo.Signups(id));
  const bool organizer = support::OrganizesUnit(call.domain->org, call.actor(), a.unit_id);
  bool signed_up = false;
  nlohmann::json people = nlohmann::json::array();
  for (const auto& s : signups) {
    const bool own = call.actor().user_id && *call.actor().user_id == s.user_id;
    if (own && s.state == "signed_up") signed_up = true;
    if (organizer || s.state == "signed_up") people.push_back(SignupJson(s, organizer || own));
  }
  nlohmann::json body = ItemJson(call, viewer, a, signed_up);
  body["signups"] = people;
  return JsonResponse(200, body);
}

Result<HttpResponse> GetActivity(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  return ActivityAnswer(call, id);
}

Result<HttpResponse> Cancel(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(
      auto a, support::CancelActivity(call.db, call.domain->org, call.actor(), id, call.api.clock().Now()));
  return JsonResponse(200, ActivityJson(a));
}

Result<HttpResponse> SignUp(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto s, support::SignUpForActivity(call.db, call.domain->org, call.actor(), id,
                                                         call.api.clock().Now()));
  return JsonResponse(201, SignupJson(s, true));
}

Result<HttpResponse> Withdraw(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_RETURN_IF_ERROR(
      support::WithdrawFromActivity(call.db, call.domain->org, call.actor(), id, call.api.clock().Now()));
  return ActivityAnswer(call, id);
}

Handler Attendance(bool check_in) {
  return FromResult([check_in](Call& call) -> Result<HttpResponse> {
    SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
    SW_ASSIGN_OR_RETURN(std::int64_t sid, ParseId(call.params["sid"], "sid"));
    const UnixSeconds now = call.api.clock().Now();
    SW_ASSIGN_OR_RETURN(UnixSeconds at, AtFromJson(call.request.body, now));
    auto& org = call.domain->org;
    SW_ASSIGN_OR_RETURN(
        auto s, check_in ? support::CheckInParticipant(call.db, org, call.actor(), id, sid, at, now)
                         : support::CheckOutParticipant(call.db, org, call.actor(), id, sid, at, now));
    return JsonResponse(200, SignupJson(s, true));
  });
}

// The `year` asked for (default this year).
Result<int> ReportYear(const Call& call) {
  const std::string text = call.request.Query("year");
  if (text.empty()) {
    return static_cast<int>(std::chrono::year_month_day(LocalDateOf(call.api.clock().Now())).year());
  }
  SW_ASSIGN_OR_RETURN(std::int64_t y, ParseId(text, "year"));
  if (y < 2000 || y > 2100)
    return InvalidArgument("年份应在 2000 到 2100 之间 year must be 2000 to 2100", "year");
  return static_cast<int>(y);
}

Result<std::vector<support::WorkplaceHours>> HoursOfYear(Call& call, int year) {
  const auto [from, to] = support::LocalYearBounds(year);
  SW_ASSIGN_OR_RETURN(auto rows, store::ActivityRepository(call.db).Hours(
                                     call.district(), from, to, call.request.Query("workplace"), true));
  return support::HoursPerWorkplace(rows);
}

Result<HttpResponse> HoursReport(Call& call) {
  SW_ASSIGN_OR_RETURN(int year, ReportYear(call));
  SW_ASSIGN_OR_RETURN(auto workplaces, HoursOfYear(call, year));
  return JsonResponse(200, HoursReportJson(year, workplaces));
}

Result<HttpResponse> HoursReportXlsx(Call& call) {
  SW_ASSIGN_OR_RETURN(int year, ReportYear(call));
  SW_ASSIGN_OR_RETURN(auto workplaces, HoursOfYear(call, year));
  SW_ASSIGN_OR_RETURN(std::string bytes,
                      HoursReportWorkbook(year, call.request.Query("workplace"), workplaces));
  HttpResponse r;
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(bytes);
  r.headers.emplace("Content-Disposition",
                    "attachment; filename=\"service-hours-" + std::to_string(year) + ".xlsx\"");
  return r;
}

}  // namespace

void AddActivityRoutes(Api& api) {
  const auto residents = Access::Roles(org::ActivityParticipantRoles());
  const auto organizers = Access::Roles(org::ActivityOrganizerRoles());
  api.Add(
      "GET", "/api/v1/activities/hours/report", Access::Roles(org::ActivityReportReaderRoles()),
      RouteDoc{
          "getActivityHoursReport",
          "The service hours of in-service party members in a Shanghai calendar `year` (default this year), "
          "per workplace (e.g. \"区财政局\") with each member's activities, minutes and hours; `workplace` "
          "narrows it to one."}
          .Answers(HoursReportSchema())
          .Query("year", schema::WithExample(schema::Integer(2000, 2100), 2026),
                 "The year (default this year).")
          .Query("workplace", schema::WithExample(schema::String(), "区人民医院"), "One workplace only."),
      FromResult(HoursReport));
  api.Add(
      "GET", "/api/v1/activities/hours/report.xlsx", Access::Roles(org::ActivityReportReaderRoles()),
      RouteDoc{"getActivityHoursWorkbook",
               "The same service hours as an XLSX workbook for WPS and Excel: a row per member under their "
               "workplace, a 小计 row per workplace and a 合计 row, hours with one decimal."}
          .AnswersFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .Query("year", schema::WithExample(schema::Integer(2000, 2100), 2026),
                 "The year (default this year).")
          .Query("workplace", schema::WithExample(schema::String(), "区人民医院"), "One workplace only."),
      FromResult(HoursReportXlsx));
  api.Add(
      "GET", "/api/v1/activities", Access::SignedIn(),
      RouteDoc{
          "listActivities",
          "Volunteer activities (志愿活动) that end after now (or the date `from`), earliest first: for a "
          "resident the published ones of their community and its street, for staff every unit's; `unit` "
          "(a unit code) narrows it. Each says `signed_up`, `may_sign_up`, `may_withdraw` and `may_manage`. "
          "A page at a time, with the total."}
          .Answers(ActivityListSchema())
          .Query(UnitParameter("Activities of this unit only."))
          .Query("from", schema::Date(), "Starting on or after this day (default from now).")
          .Query("managed", schema::Boolean(),
                 "Only the activities of the units the caller organizes (their unit and the units under "
                 "it; an admin's: every unit); 403 for who organizes none.")
          .Query(PagingParameters(kMaxActivityPageSize)),
      FromResult(ListActivities));
  api.Add(
      "POST", "/api/v1/activities", organizers,
      RouteDoc{
          "publishActivity",
          "Publish a volunteer activity of a community or street the caller organizes: unit_code, title "
          "(e.g. \"清洁家园志愿服务\"), description, starts_at and ends_at (ISO 8601, at most a day), place "
          "and/or venue_id, places (1-10000), open_to (public: any resident; members: confirmed in-service "
          "party members)."}
          .Takes(NewActivitySchema())
          .Answers(ActivitySchema(), 201)
          .Refuses({422}),
      FromResult(Publish));
  api.Add(
      "GET", "/api/v1/activities/{id}", Access::SignedIn(),
      RouteDoc{
          "getActivity",
          "One activity with its sign-ups: names and phones in full for its organizers and for one's own, "
          "masked for everyone else."}
          .Answers(ActivityWithSignupsSchema()),
      FromResult(GetActivity));
  api.Add("POST", "/api/v1/activities/{id}/cancel", organizers,
          RouteDoc{"cancelActivity",
                   "Cancel a published activity before its end; 422 once it has ended or was "
                   "cancelled."}
              .Answers(ActivitySchema())
              .Refuses({422}),
          FromResult(Cancel));
  api.Add("POST", "/api/v1/activities/{id}/signups", residents,
          RouteDoc{
              "signUpForActivity",
              "Sign up for an activity before its start; 409 名额已满 when no place is left (also under many "
              "sign-ups at once) or when signed up already; 422 once it has started or was cancelled."}
              .Answers(SignupSchema(), 201)
              .Refuses({409, 422}),
          FromResult(SignUp));
  api.Add("POST", "/api/v1/activities/{id}/signups/mine/withdraw", residents,
          RouteDoc{"withdrawFromActivity",
                   "Withdraw one's own sign-up before the start; the place is free again; answers the "
                   "activity as GET does."}
              .Answers(ActivityWithSignupsSchema())
              .Refuses({422}),
          FromResult(Withdraw));
  api.Add(
      "POST", "/api/v1/activities/{id}/signups/{sid}/check-in", organizers,
      RouteDoc{"checkInParticipant",
               "Check a participant in, now or at `at` (ISO 8601, from an hour before the start to the end)."}
          .Takes(AttendanceSchema())
          .Answers(SignupSchema())
          .Refuses({422}),
      Attendance(true));
  api.Add("POST", "/api/v1/activities/{id}/signups/{sid}/check-out", organizers,
          RouteDoc{"checkOutParticipant",
                   "Check a participant out, now or at `at`; credits the time since check-in rounded to half "
                   "hours."}
              .Takes(AttendanceSchema())
              .Answers(SignupSchema())
              .Refuses({422}),
          Attendance(false));
}

}  // namespace sanwang::api
