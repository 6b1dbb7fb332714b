// Open311 GeoReport v2 under /open311/v2: discovery, services, service definitions,
// requests (GET and POST with an API key), one request, and tokens — each in .json and
// .xml. Reporter name, phone and email never appear in the output.
#include <limits>

#include "api/api.h"
#include "api/open311/open311_format.h"
#include "api/request_parsing.h"
#include "cases/catalog.h"
#include "core/text.h"
#include "store/case_repository.h"

namespace sanwang::api {
namespace {

using open311::Format;

HttpResponse Document(int status, Format format, std::string body) {
  HttpResponse r;
  r.status = status;
  r.content_type = std::string(open311::ContentType(format));
  r.body = std::move(body);
  return r;
}

HttpResponse Errors(const Status& status, Format format) {
  int http = status.code() == ErrorCode::kPermissionDenied ? 403
             : status.code() == ErrorCode::kNotFound       ? 404
             : status.code() == ErrorCode::kInvalidArgument || status.code() == ErrorCode::kFailedPrecondition
                 ? 400
                 : 500;
  std::string message = http == 500 ? "内部错误 internal error" : status.message();
  return Document(http, format, open311::RenderErrors({{http, message}}, format));
}

// The format from the path parameter: "json" or "xml".
Result<Format> FormatOf(Call& call) {
  const std::string& f = call.params["format"];
  if (f == "json") return Format::kJson;
  if (f == "xml") return Format::kXml;
  return NotFound("格式须为 json 或 xml format must be json or xml");
}

std::string Keywords(std::string keywords) {
  std::replace(keywords.begin(), keywords.end(), '|', ',');
  return keywords;
}

std::string OnlineAnswer(const store::CatalogItemRecord& item) {
  return item.online_answer_en.empty() ? item.online_answer
                                       : item.online_answer + " " + item.online_answer_en;
}

open311::ServiceRequestView RequestView(const store::CaseRecord& c, const DomainSnapshot& domain,
                                        const cases::Workflow& workflow) {
  open311::ServiceRequestView v;
  v.service_request_id = std::to_string(c.id);
  v.status = workflow.IsOpen(c.state) ? "open" : "closed";
  const store::CatalogItemRecord* item = domain.catalog.FindItem(c.item_code);
  v.service_code = c.item_code;
  v.service_name = item ? item->name : "";
  v.description = c.description.empty() ? c.title : c.description;
  const store::UnitRecord* unit = c.unit_id ? domain.org.Find(*c.unit_id) : nullptr;
  v.agency_responsible = unit ? unit->name : "";
  v.address = c.address;
  v.requested = c.created_at;
  v.updated = c.updated_at;
  v.expected = c.resolve_due;
  v.lat = c.lat;
  v.lon = c.lon;
  // 网上办: the catalog's answer closed the request when it was filed; it is the answer.
  if (item != nullptr && item->tier == cases::kTierOnline && !workflow.IsOpen(c.state))
    v.status_notes = OnlineAnswer(*item);
  return v;
}

HttpResponse Discovery(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  open311::DiscoveryView d;
  d.changeset = "2026-11-29T00:00:00+08:00";
  d.contact = "区指挥中心 district command center";
  d.key_service = "sanwang apikey create NAME";
  d.endpoints.push_back({"http://wiki.open311.org/GeoReport_v2",
                         "/open311/v2",
                         d.changeset,
                         "production",
                         {"application/json", "text/xml"}});
  return Document(200, *format, open311::RenderDiscovery(d, *format));
}

HttpResponse Services(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  std::map<std::string, std::string> aspects;
  for (const auto& a : call.domain->catalog.aspects()) aspects[a.code] = a.name;
  std::vector<open311::ServiceView> services;
  for (const auto& [code, item] : call.domain->catalog.items()) {
    // GeoReport's type says when the request id comes back: "realtime" — at once, in the
    // POST's answer — is true of every service here.
    services.push_back({code, item.name, item.name_en, aspects[item.aspect_code], Keywords(item.keywords),
                        true, "realtime"});
  }
  return Document(200, *format, open311::RenderServices(services, *format));
}

HttpResponse ServiceDefinition(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  const std::string& code = call.params["code"];
  if (call.domain->catalog.FindItem(code) == nullptr)
    return Errors(NotFound("没有此服务 no service " + code), *format);
  std::vector<open311::AttributeView> attributes = {
      {"anonymous",
       "singlevaluelist",
       "匿名反映 Report anonymously",
       "",
       true,
       false,
       1,
       {{"false", "否 no"}, {"true", "是 yes"}}},
      {"community_code",
       "string",
       "所在社区代码 Your community's code, when there is no location",
       "",
       true,
       false,
       2,
       {}},
  };
  return Document(200, *format, open311::RenderServiceDefinition(code, attributes, *format));
}

Result<cases::NewCase> CaseFromForm(const open311::PostRequestForm& f, const DomainSnapshot& domain) {
  const store::CatalogItemRecord* item = domain.catalog.FindItem(f.service_code);
  if (item == nullptr)
    return InvalidArgument("未知的 service_code unknown service_code '" + f.service_code + "'",
                           "service_code");
  cases::NewCase c;
  c.item_code = f.service_code;
  std::string text = f.description.empty() ? item->name : f.description;
  c.description = f.description;
  c.title = Utf8Length(text) <= 40 ? text : item->name;
  c.address = f.address_string;
  c.reporter_name = f.last_name + f.first_name;
  c.reporter_phone = f.phone;
  auto anonymous = f.attributes.find("anonymous");
  c.anonymous = anonymous != f.attributes.end() && anonymous->second == "true";
  auto community = f.attributes.find("community_code");
  if (community != f.attributes.end()) c.community_code = community->second;
  if (f.lat && f.lon) c.location = geo::LonLat{*f.lon, *f.lat};
  return c;
}

HttpResponse PostRequest(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  auto form = ParseFormUrlEncoded(call.request.body);
  if (!form.ok()) return Errors(form.status(), *format);
  auto fields = open311::ParsePostRequestForm(*form);
  if (!fields.ok()) {
    // The key is checked first, so a caller without one learns nothing else.
    auto key = form->find("api_key");
    auto known = call.api.auth().CheckApiKey(call.db, call.district(), key == form->end() ? "" : key->second);
    return Errors(known.ok() ? fields.status() : known.status(), *format);
  }
  auto integrator = call.api.auth().CheckApiKey(call.db, call.district(), fields->api_key);
  if (!integrator.ok()) return Errors(integrator.status(), *format);
  auto request = CaseFromForm(*fields, *call.domain);
  if (!request.ok()) return Errors(request.status(), *format);
  cases::Actor reporter{std::nullopt, std::string(org::kResident), std::nullopt};
  auto created = call.Engine().Submit(*request, reporter);
  if (!created.ok()) return Errors(created.status(), *format);
  open311::ServiceRequestView v;
  v.service_request_id = std::to_string(created->id);
  const store::CatalogItemRecord* item = call.domain->catalog.FindItem(created->item_code);
  if (item != nullptr && item->tier == cases::kTierOnline) v.service_notice = OnlineAnswer(*item);
  HttpResponse r = Document(201, *format, open311::RenderCreated({v}, *format));
  r.audit_actor = "api_key:" + *integrator;  // the integrator, for the audit log
  r.audit_detail = "case " + v.service_request_id;
  return r;
}

HttpResponse ComputeRequests(Call& call);

// The fields RequestView shows, and only those: a page of the feed reads 11 of the 40-odd
// columns of its cases.
const store::CaseProjection& FeedColumns() {
  static const store::CaseProjection kColumns({"state", "item_code", "title", "description", "unit_id",
                                               "address", "created_at", "updated_at", "resolve_due", "lat",
                                               "lon"});
  return kColumns;
}

Result<store::CaseFilter> FilterFrom(const open311::RequestsQuery& q, const std::string& district,
                                     const cases::Workflow& workflow) {
  store::CaseFilter f;
  f.district_code = district;
  for (const auto& id : q.ids) {
    SW_ASSIGN_OR_RETURN(std::int64_t n, ParseId(id, "service_request_id"));
    f.ids.push_back(n);
  }
  f.item_codes = q.service_codes;
  f.created_from = q.start;
  if (q.end) f.created_to = *q.end + 1;
  if (!q.status.empty()) f.states = workflow.StatesWhereOpen(q.status == "open");
  f.limit = q.page_size;
  // The parser bounds page so that this fits an int; computed wide all the same.
  std::int64_t offset = std::int64_t{q.page - 1} * q.page_size;
  if (offset > std::numeric_limits<int>::max())
    return InvalidArgument("page 超出范围 page out of range", "page");
  f.offset = static_cast<int>(offset);
  return f;
}

HttpResponse GetRequests(Call& call) {
  // The feed is the same for every caller (no personal data in it), so one answer serves
  // all who poll with the same query until the next write.
  std::uint64_t generation = call.api.data_generation();
  if (auto cached = call.api.feed_cache().Find(call.district() + " " + call.request.target, generation))
    return *cached;
  HttpResponse answer = ComputeRequests(call);
  if (answer.status != 200) return answer;
  return call.api.feed_cache().Store(call.district() + " " + call.request.target, generation,
                                     std::move(answer));
}

HttpResponse ComputeRequests(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  auto query = open311::ParseRequestsQuery(call.request.query, call.api.clock().Now());
  if (!query.ok()) return Errors(query.status(), *format);
  auto filter = FilterFrom(*query, call.district(), call.api.workflow());
  if (!filter.ok()) return Errors(filter.status(), *format);
  auto cases = store::CaseRepository(call.db).List(*filter, FeedColumns());
  if (!cases.ok()) return Errors(cases.status(), *format);
  std::vector<open311::ServiceRequestView> views;
  for (const auto& c : *cases) views.push_back(RequestView(c, *call.domain, call.api.workflow()));
  return Document(200, *format, open311::RenderRequests(views, *format));
}

HttpResponse GetRequest(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  auto id = ParseId(call.params["id"], "service_request_id");
  if (!id.ok()) return Errors(NotFound("没有此诉求 no request " + call.params["id"]), *format);
  auto c = store::CaseRepository(call.db).Get(*id);
  if (!c.ok() || c->district_code != call.district())
    return Errors(NotFound("没有此诉求 no request " + call.params["id"]), *format);
  return Document(200, *format,
                  open311::RenderRequests({RequestView(*c, *call.domain, call.api.workflow())}, *format));
}

// Requests get their id at once, so a token is simply the id it stands for.
HttpResponse GetToken(Call& call) {
  auto format = FormatOf(call);
  if (!format.ok()) return Errors(format.status(), Format::kJson);
  auto id = ParseId(call.params["token"], "token");
  if (!id.ok() || !store::CaseRepository(call.db).Get(*id).ok()) {
    return Errors(NotFound("没有此凭据 no token " + call.params["token"]), *format);
  }
  open311::ServiceRequestView v;
  v.service_request_id = std::to_string(*id);
  v.token = call.params["token"];
  return Document(200, *format, open311::RenderTokens({v}, *format));
}

}  // namespace

void AddOpen311Routes(Api& api) {
  api.Add("GET", "/open311/v2/discovery.{format}", Access::Public(),
          {"open311Discovery", "Open311 service discovery."}, Discovery);
  api.Add("GET", "/open311/v2/services.{format}", Access::Public(),
          {"open311ListServices", "Open311 service list (the catalog)."}, Services);
  api.Add("GET", "/open311/v2/services/{code}.{format}", Access::Public(),
          {"open311GetService", "Open311 service definition."}, ServiceDefinition);
  api.Add("GET", "/open311/v2/requests.{format}", Access::Public(),
          {"open311ListRequests",
           "Open311 service requests: service_request_id, service_code, start_date, end_date, status; page, "
           "page_size."},
          GetRequests);
  api.AddFiling("POST", "/open311/v2/requests.{format}", Access::Public(),
                {"open311CreateRequest", "Open311: file a service request (form-encoded, api_key required)."},
                PostRequest);
  api.Add("GET", "/open311/v2/requests/{id}.{format}", Access::Public(),
          {"open311GetRequest", "Open311: one service request."}, GetRequest);
  api.Add("GET", "/open311/v2/tokens/{token}.{format}", Access::Public(),
          {"open311GetToken", "Open311: the request id of a token."}, GetToken);
}

}  // namespace sanwang::api
