// The catalog, cases (file, list, read, move, timeline) and indicators.
#include <algorithm>

#include "api/api.h"
#include "api/case_answer_schemas.h"
#include "api/case_lookup.h"
#include "api/figure_schemas.h"
#include "api/json_views.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "api/smart_dispatch.h"
#include "cases/case_access.h"
#include "cases/extension.h"
#include "cases/figure_scope.h"
#include "cases/inbox_tabs.h"
#include "cases/indicators.h"
#include "core/text.h"
#include "store/case_repository.h"

namespace sanwang::api {
namespace {

HttpResponse Catalog(Call& call) {
  nlohmann::json aspects = nlohmann::json::array();
  for (const auto& a : call.domain->catalog.aspects()) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& [code, item] : call.domain->catalog.items()) {
      if (item.aspect_code == a.code) items.push_back(ItemJson(item));
    }
    aspects.push_back({{"code", a.code}, {"name", a.name}, {"name_en", a.name_en}, {"items", items}});
  }
  return JsonResponse(200, {{"aspects", aspects}});
}

Result<HttpResponse> CatalogItem(Call& call) {
  const auto* item = call.domain->catalog.FindItem(call.params["code"]);
  if (item == nullptr) return NotFound("没有该事项 no catalog item " + call.params["code"]);
  return JsonResponse(200, ItemJson(*item));
}

Result<cases::NewCase> NewCaseFrom(const nlohmann::json& body) {
  cases::NewCase c;
  SW_ASSIGN_OR_RETURN(c.item_code, StringField(body, "item_code", false));
  SW_ASSIGN_OR_RETURN(c.title, StringField(body, "title", true));
  SW_ASSIGN_OR_RETURN(c.description, StringField(body, "description", false));
  SW_ASSIGN_OR_RETURN(c.address, StringField(body, "address", false));
  SW_ASSIGN_OR_RETURN(c.reporter_name, StringField(body, "reporter_name", false));
  SW_ASSIGN_OR_RETURN(c.reporter_phone, StringField(body, "reporter_phone", false));
  SW_ASSIGN_OR_RETURN(c.community_code, StringField(body, "community_code", false));
  SW_ASSIGN_OR_RETURN(std::string source, StringField(body, "source", false));
  if (!source.empty()) c.source = source;
  SW_ASSIGN_OR_RETURN(auto anonymous, BoolField(body, "anonymous"));
  c.anonymous = anonymous.value_or(false);
  SW_ASSIGN_OR_RETURN(auto for_other, BoolField(body, "for_other_person"));
  c.for_other_person = for_other.value_or(false);
  SW_ASSIGN_OR_RETURN(auto lon, NumberField(body, "lon"));
  SW_ASSIGN_OR_RETURN(auto lat, NumberField(body, "lat"));
  SW_ASSIGN_OR_RETURN(std::string coord_system, StringField(body, "coord_system", false));
  if (lon || lat) {
    SW_ASSIGN_OR_RETURN(geo::LonLat p, PointInWgs84(lon, lat, coord_system));
    c.location = p;
  }
  return c;
}

Result<HttpResponse> CreateCase(Call& call) {
  SW_ASSIGN_OR_RETURN(
      nlohmann::json body,
      ParseJsonObject(call.request.body, {"item_code", "title", "description", "address", "reporter_name",
                                          "reporter_phone", "community_code", "source", "anonymous",
                                          "for_other_person", "lon", "lat", "coord_system"}));
  SW_ASSIGN_OR_RETURN(cases::NewCase request, NewCaseFrom(body));
  AdviseNewCase(call, request);  // smart dispatch of a matter filed without an item
  SW_ASSIGN_OR_RETURN(store::CaseRecord created, call.Engine().Submit(request, call.actor()));
  HttpResponse r = JsonTextResponse(201, CaseBody(created, call));
  r.headers.emplace("Location", "/api/v1/cases/" + std::to_string(created.id));
  return r;
}

Result<store::CaseFilter> FilterFrom(Call& call) {
  const HttpRequest& q = call.request;
  store::CaseFilter f;
  f.district_code = call.district();
  if (std::string s = q.Query("state"); !s.empty()) f.states = {s};
  if (std::string unit = q.Query("unit"); !unit.empty()) {
    const store::UnitRecord* u = call.domain->org.FindByCode(unit);
    if (u == nullptr) return InvalidArgument("单位不存在 no unit '" + unit + "'", "unit");
    f.unit_id = u->id;
  }
  f.item_code = q.Query("item");
  f.aspect_code = q.Query("aspect");
  if (std::string from = q.Query("from"); !from.empty()) {
    SW_ASSIGN_OR_RETURN(f.created_from, ParseTime(from, "from"));
  }
  if (std::string to = q.Query("to"); !to.empty()) {
    SW_ASSIGN_OR_RETURN(f.created_to, ParseTime(to, "to"));
  }
  f.overdue_only = q.Query("overdue") == "true" || q.Query("overdue") == "1";
  f.text = q.Query("q");
  SW_RETURN_IF_ERROR(CheckUserText(f.text, "q", 100, false));
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(q));
  f.limit = page.page_size;
  f.offset = page.offset();
  SW_RETURN_IF_ERROR(cases::RestrictToReadable(call.domain->org, call.actor(), f));
  const std::string sort = q.Query("sort");
  if (!sort.empty() && sort != "newest" && sort != "deadline") {
    return InvalidArgument("排序须为 newest 或 deadline sort must be newest or deadline", "sort");
  }
  if (sort == "deadline") f.order = store::CaseOrder::kResolveDueFirst;
  if (std::string tab = q.Query("tab"); !tab.empty()) {
    SW_ASSIGN_OR_RETURN(cases::InboxTab t, cases::ParseTab(tab));
    if (sort == "deadline") f.order = cases::DeadlineOrder(t);
    SW_RETURN_IF_ERROR(cases::RestrictToInbox(call.domain->org, call.actor(), f));
    SW_RETURN_IF_ERROR(cases::NarrowToTab(t, call.api.workflow(), call.api.calendar(), call.actor(),
                                          call.api.clock().Now(), f));
  }
  return f;
}

Result<HttpResponse> ListCases(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseFilter filter, FilterFrom(call));
  store::CaseRepository repo(call.db);
  SW_ASSIGN_OR_RETURN(std::int64_t total, repo.Count(filter));
  SW_ASSIGN_OR_RETURN(auto page, repo.List(filter));
  cases::CaseEngine engine = call.Engine();
  std::string body;
  JsonWriter w(body);
  w.BeginObject();
  w.Key("items");
  w.BeginArray();
  for (const auto& c : page) {
    // The actions let a list offer one-tap 签收 / 办结 without opening each case.
    const std::vector<std::string> actions = engine.AllowedActions(c, call.actor());
    WriteCase(w, c, call, {.allowed_actions = &actions});
  }
  w.EndArray();
  w.Key("total");
  w.Int(total);
  w.Key("page");
  w.Int(filter.offset / filter.limit + 1);
  w.Key("page_size");
  w.Int(filter.limit);
  w.EndObject();
  return JsonTextResponse(200, std::move(body));
}

Result<HttpResponse> GetCase(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  const std::vector<std::string> actions = call.Engine().AllowedActions(c, call.actor());
  // Of the earlier case only its state is shown (open or not).
  static const store::CaseProjection kState({"state"});
  std::optional<store::CaseRecord> original;
  if (c.duplicate_of) {
    SW_ASSIGN_OR_RETURN(original, store::CaseRepository(call.db).Get(*c.duplicate_of, kState));
  }
  return JsonTextResponse(
      200, CaseBody(c, call,
                    {.allowed_actions = &actions, .duplicate_original = original ? &*original : nullptr}));
}

// The deadline an extension of `hours` working hours would give, for the request form.
Result<HttpResponse> ExtensionPreview(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  // Any number that is not a whole one in range gets the domain's own error for `hours`.
  std::optional<int> asked;
  if (auto v = ParseId(call.request.Query("hours"), "hours"); v.ok())
    asked = static_cast<int>(std::min<std::int64_t>(*v, cases::kMaxExtensionHours + 1));
  SW_RETURN_IF_ERROR(cases::CheckExtensionHours(asked));
  const int hours = *asked;
  const UnixSeconds extended = cases::ExtendedDeadline(call.api.calendar(), c, hours, call.api.clock().Now());
  return JsonResponse(200, {{"hours", hours},
                            {"resolve_due", c.resolve_due ? nlohmann::json(FormatIso8601(*c.resolve_due))
                                                          : nlohmann::json(nullptr)},
                            {"requested_resolve_due", FormatIso8601(extended)}});
}

Result<HttpResponse> CaseEvents(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_ASSIGN_OR_RETURN(auto events, store::CaseRepository(call.db).Events(c.id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : events) items.push_back(EventJson(e, call));
  return JsonResponse(200, {{"items", items}});
}

Result<cases::TransitionRequest> TransitionFrom(const nlohmann::json& body) {
  cases::TransitionRequest t;
  SW_ASSIGN_OR_RETURN(t.action, StringField(body, "action", true));
  SW_ASSIGN_OR_RETURN(t.note, StringField(body, "note", false));
  SW_ASSIGN_OR_RETURN(t.target_unit_code, StringField(body, "target_unit", false));
  SW_ASSIGN_OR_RETURN(t.item_code, StringField(body, "item_code", false));
  SW_ASSIGN_OR_RETURN(auto hours, IntegerField(body, "hours"));
  if (hours) {
    if (*hours < 0 || *hours > 100000) return InvalidArgument("时长超出范围 hours out of range", "hours");
    t.hours = static_cast<int>(*hours);
  }
  SW_ASSIGN_OR_RETURN(auto stars, IntegerField(body, "stars"));
  // Out of range stays out of range: the domain refuses it with its own message.
  if (stars) t.stars = static_cast<int>(std::clamp<std::int64_t>(*stars, -1, 6));
  SW_ASSIGN_OR_RETURN(t.satisfied, BoolField(body, "satisfied"));
  SW_ASSIGN_OR_RETURN(t.comment, StringField(body, "comment", false));
  SW_ASSIGN_OR_RETURN(auto target, IntegerField(body, "target_case_id"));
  if (target) {
    if (*target < 1)
      return InvalidArgument("target_case_id 应为诉求编号 target_case_id must be a case id",
                             "target_case_id");
    t.target_case_id = *target;
  }
  return t;
}

Result<HttpResponse> Transition(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_ASSIGN_OR_RETURN(
      nlohmann::json body,
      ParseJsonObject(call.request.body, {"action", "note", "target_unit", "item_code", "hours", "stars",
                                          "satisfied", "comment", "target_case_id"}));
  SW_ASSIGN_OR_RETURN(cases::TransitionRequest request, TransitionFrom(body));
  SW_ASSIGN_OR_RETURN(store::CaseChange changed, call.Engine().Apply(c.id, request, call.actor()));
  const std::vector<std::string> actions = call.Engine().AllowedActions(changed.updated, call.actor());
  return JsonTextResponse(
      200, CaseBody(changed.updated, call, {.allowed_actions = &actions, .event = &changed.event}));
}

// Units the caller may see indicators of: everything for district-wide roles, else the
// caller's own subtree.
Result<std::vector<store::Id>> IndicatorUnits(Call& call, const std::string& level,
                                              const std::string& unit_code) {
  const auto& org = call.domain->org;
  std::vector<const store::UnitRecord*> units;
  if (!unit_code.empty()) {
    const store::UnitRecord* u = org.FindByCode(unit_code);
    if (u == nullptr) return InvalidArgument("单位不存在 no unit '" + unit_code + "'", "unit");
    units.push_back(u);
  } else {
    units = org.OfKind(level.empty() ? "community" : level);
  }
  std::vector<store::Id> ids;
  for (const auto* u : units) {
    if (cases::SeesUnit(org, call.actor(), *u)) ids.push_back(u->id);
  }
  if (ids.empty() && !unit_code.empty())
    return PermissionDenied("单位 " + unit_code + " 不在您的管辖范围内 unit " + unit_code +
                            " is outside your scope");
  return ids;
}

Result<HttpResponse> Indicators(Call& call) {
  const HttpRequest& q = call.request;
  int now = LocalMonthKey(call.api.clock().Now());
  SW_ASSIGN_OR_RETURN(int from, q.Query("from").empty() ? Result<int>(now / 100 * 100 + 1)
                                                        : ParseMonth(q.Query("from"), "from"));
  SW_ASSIGN_OR_RETURN(int to, q.Query("to").empty() ? Result<int>(now) : ParseMonth(q.Query("to"), "to"));
  if (from > to) return InvalidArgument("开始日期晚于结束日期 from is after to", "from");
  SW_ASSIGN_OR_RETURN(std::vector<store::Id> units, IndicatorUnits(call, q.Query("level"), q.Query("unit")));
  store::CaseRepository repo(call.db);
  auto grouping = q.Query("per_month") == "true" ? cases::Grouping::kPerUnitMonth : cases::Grouping::kPerUnit;
  SW_ASSIGN_OR_RETURN(auto rows, cases::ComputeIndicators(repo, units, from, to, grouping));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : rows) items.push_back(IndicatorsJson(i, call.domain->org));
  return JsonResponse(200, {{"from", from}, {"to", to}, {"items", items}});
}

// The filters of GET /cases (FilterFrom).
nlohmann::json CaseFilterParameters() {
  using namespace schema;  // NOLINT(google-build-using-namespace): a list of schema words
  json tab = Enum({"to_dispatch", "to_accept", "in_progress", "due_soon", "overdue", "closed"});
  json parameters = json::array(
      {QueryParameter("state", WithExample(String(), "dispatched"), "One state of the workflow."),
       UnitParameter("The handling unit's code."),
       QueryParameter("item", WithExample(String(), "A01-001"), "A catalog item's code."),
       QueryParameter("aspect", WithExample(String(), "A01"), "A catalog aspect's code."),
       QueryParameter("from", DateTime(), "Filed at or after."),
       QueryParameter("to", DateTime(), "Filed before."),
       QueryParameter("overdue", Boolean(), "Only cases past a deadline."),
       QueryParameter("q", WithExample(Text(100), "路灯"), "Words in the title, description or address."),
       QueryParameter("tab", tab, "One of the caller's inbox tabs."),
       QueryParameter("sort", Enum({"newest", "deadline"}),
                      "newest (default) or the tab's deadline first.")});
  for (const json& p : PagingParameters(500)) parameters.push_back(p);
  return parameters;
}

}  // namespace

void AddCaseRoutes(Api& api) {
  api.Add("GET", "/api/v1/catalog", Access::Public(), {"getCatalog", "The catalog: aspects and their items."},
          Catalog);
  api.Add("GET", "/api/v1/catalog/items/{code}", Access::Public(), {"getCatalogItem", "One catalog item."},
          FromResult(CatalogItem));
  api.AddHeavyRead(
      "/api/v1/cases", Access::SignedIn(),
      RouteDoc{"listCases",
               "Cases the caller may read; filters state, unit, item, aspect, from, to, overdue, q, "
               "tab=to_dispatch|to_accept|in_progress|due_soon|overdue|closed (the caller's inbox; "
               "GET /cases/tab-counts names the caller's tabs); sort=newest (default)|deadline (the tab's "
               "deadline, nearest first); page, page_size. Each item carries allowed_actions."}
          .Query(CaseFilterParameters()),
      FromResult(ListCases));
  api.AddFiling(
      "POST", "/api/v1/cases", Access::SignedIn(),
      {"createCase",
       "File a matter; it is routed at once. A resident files under their own name and phone unless "
       "for_other_person is true."},
      FromResult(CreateCase));
  api.Add("GET", "/api/v1/cases/{id}", Access::SignedIn(),
          {"getCase",
           "One case (with \"open\": whether the workflow counts its state as open) and the actions the "
           "caller may "
           "take now."},
          FromResult(GetCase));
  api.Add(
      "GET", "/api/v1/cases/{id}/extension-preview", Access::Roles(org::CaseHandlerRoles()),
      RouteDoc{"previewCaseExtension",
               "The resolve deadline an extension of hours=N working hours (1..480) would give the case: "
               "resolve_due now and requested_resolve_due."}
          .Answers(ExtensionPreviewSchema())
          .Query("hours", schema::WithExample(schema::Integer(1, 480), 16), "Working hours to add.", true),
      FromResult(ExtensionPreview));
  api.Add("GET", "/api/v1/cases/{id}/events", Access::SignedIn(),
          {"listCaseEvents", "The case's timeline of events."}, FromResult(CaseEvents));
  api.Add(
      "POST", "/api/v1/cases/{id}/transitions", Access::SignedIn(),
      RouteDoc{
          "transitionCase",
          "Take a workflow action. Body: {action, note?, target_unit?, item_code?, hours?, stars?, "
          "satisfied?, "
          "comment?, target_case_id?}. Actions: accept, resolve, return, redispatch (target_unit, "
          "item_code?), "
          "escalate, request_extension (hours), approve_extension, deny_extension, rate and visit (stars 1-5 "
          "required, comment up to 500 characters optional; older clients may send satisfied true/false "
          "instead, taken as 5/1 stars; at or above the workflow's satisfied_min_stars counts as satisfied, "
          "below reopens the case once), reclassify (item_code), merge (target_case_id), and on an open case "
          "without changing its state: urge (催办, the reporter or a follower, once per "
          "urge_interval_hours), "
          "comment (the reporter or a follower, note required) and reply (the handling unit, note required). "
          "422 when the case's state does not allow the action, or a rule of the action is not met (urged "
          "too "
          "soon, merged into a closed case …); 409 when another change of the case won."}
          .Refuses({409, 422}),
      FromResult(Transition));
  api.AddHeavyRead(
      "/api/v1/indicators", Access::Roles(org::StaffRoles()),
      RouteDoc{
          "getIndicators",
          "Indicators per unit (level=grid|community|street|department, or unit=CODE) for months from..to "
          "(YYYY-MM)."}
          .Answers(IndicatorsSchema())
          .Query("level", schema::Enum({"grid", "community", "street", "department"}),
                 "The units to compare (default community); unit= names one instead.")
          .Query(UnitParameter("One unit instead of a level."))
          .Query(MonthPeriodParameters("by default January of this year to this month."))
          .Query("per_month", schema::Boolean(), "One row per unit and month."),
      FromResult(Indicators));
}

}  // namespace sanwang::api
