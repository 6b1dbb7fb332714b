#include "api/open311/open311_format.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

#include "core/json_members.h"
#include "core/json_writer.h"
#include "core/text.h"
#include "core/xml_text.h"

namespace sanwang::api::open311 {
namespace {

// ordered_json keeps members in the order the spec lists them.
using Json = nlohmann::ordered_json;

constexpr std::string_view kJsonSuffix = ".json";
constexpr std::string_view kXmlSuffix = ".xml";
constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

// ---- Building documents ----------------------------------------------------------------

// The Spark convention: an empty element is null in JSON.
Json Text(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json Time(const std::optional<UnixSeconds>& t) { return t ? Json(FormatIso8601(*t)) : Json(nullptr); }

Json Number(const std::optional<double>& x) { return x && std::isfinite(*x) ? Json(*x) : Json(nullptr); }

// ---- XML from the JSON tree --------------------------------------------------------------

// The element name of the items of each list element the spec defines.
std::string_view ItemName(std::string_view list) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kItems = {{
      {"services", "service"},
      {"service_requests", "request"},
      {"errors", "error"},
      {"attributes", "attribute"},
      {"values", "value"},
      {"endpoints", "endpoint"},
      {"formats", "format"},
  }};
  for (const auto& [name, item] : kItems) {
    if (name == list) return item;
  }
  assert(false && "a JSON array whose XML item element is not known");
  return "item";
}

// The shortest decimal that reads back as `x`, without an exponent ("0.0000001", not
// "1e-07"), as coordinates are usually written.
std::string FormatDouble(double x) {
  std::array<char, 512> buf{};  // enough for any finite double in fixed notation
  const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::fixed);
  assert(ec == std::errc());
  return std::string(buf.data(), end);
}

void AppendScalar(std::string& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::string:
      AppendXmlText(out, value.get_ref<const std::string&>());
      break;
    case Json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      break;
    case Json::value_t::number_integer:
      out += std::to_string(value.get<std::int64_t>());
      break;
    case Json::value_t::number_unsigned:
      out += std::to_string(value.get<std::uint64_t>());
      break;
    case Json::value_t::number_float:
      out += FormatDouble(value.get<double>());
      break;
    default:
      break;  // null: an empty element
  }
}

void AppendElement(std::string& out, std::string_view name, const Json& value) {
  out.append("<").append(name).append(">");
  if (value.is_object()) {
    for (const auto& member : value.items()) AppendElement(out, member.key(), member.value());
  } else if (value.is_array()) {
    const std::string_view item = ItemName(name);
    for (const Json& child : value) AppendElement(out, item, child);
  } else {
    AppendScalar(out, value);
  }
  out.append("</").append(name).append(">");
}

// `root` names the document element; for an array it is the list element of the spec
// ("services"), whose items are named by ItemName.
std::string Serialize(const Json& document, Format format, std::string_view root) {
  if (format == Format::kJson) {
    return document.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  std::string out(kXmlDeclaration);
  AppendElement(out, root, document);
  return out;
}

// ---- Parsing ---------------------------------------------------------------------------

using Form = std::multimap<std::string, std::string>;

Status CheckNotRepeated(const Form& form, std::string_view key) {
  if (form.count(std::string(key)) > 1) {
    return InvalidArgument(std::string(key) + " 重复给出 " + std::string(key) + " is given more than once",
                           std::string(key));
  }
  return Status::Ok();
}

// The value of a key given at most once; "" when absent.
std::string Single(const Form& form, std::string_view key) {
  const auto it = form.find(std::string(key));
  return it == form.end() ? std::string() : it->second;
}

// A finite decimal number within ±limit, or nothing for an empty value.
Result<std::optional<double>> ParseCoordinate(const std::string& text, const std::string& field,
                                              double limit) {
  if (text.empty()) return std::optional<double>();
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || stop != end || !std::isfinite(value)) {
    return InvalidArgument(field + " 不是十进制数 " + field + " is not a decimal number", field);
  }
  if (std::fabs(value) > limit) {
    return InvalidArgument(
        field + " 超出范围 " + field + " is out of range (at most " + FormatDouble(limit) + " degrees)",
        field);
  }
  return std::optional<double>(value);
}

Result<int> ParseBoundedInt(const std::string& text, const std::string& field, int min, int max) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || stop != end || value < min || value > max) {
    return InvalidArgument(field + " 须为整数 " + field + " must be a whole number from " +
                               std::to_string(min) + " to " + std::to_string(max),
                           field);
  }
  return value;
}

// ---- POST requests ---------------------------------------------------------------------

constexpr std::size_t kMaxDescriptionChars = 4000;  // the spec's limit
constexpr std::string_view kAttributePrefix = "attribute[";

using TextMember = std::string PostRequestForm::*;
constexpr std::array<std::pair<std::string_view, TextMember>, 12> kPostTextFields = {{
    {"api_key", &PostRequestForm::api_key},
    {"service_code", &PostRequestForm::service_code},
    {"description", &PostRequestForm::description},
    {"address_string", &PostRequestForm::address_string},
    {"address_id", &PostRequestForm::address_id},
    {"email", &PostRequestForm::email},
    {"device_id", &PostRequestForm::device_id},
    {"account_id", &PostRequestForm::account_id},
    {"first_name", &PostRequestForm::first_name},
    {"last_name", &PostRequestForm::last_name},
    {"phone", &PostRequestForm::phone},
    {"media_url", &PostRequestForm::media_url},
}};

Status CheckPostNotRepeated(const Form& form) {
  for (const auto& [key, member] : kPostTextFields) SW_RETURN_IF_ERROR(CheckNotRepeated(form, key));
  for (std::string_view key : {"lat", "long", "jurisdiction_id"}) {
    SW_RETURN_IF_ERROR(CheckNotRepeated(form, key));
  }
  return Status::Ok();
}

Status ReadLatLong(const Form& form, PostRequestForm& out) {
  SW_ASSIGN_OR_RETURN(out.lat, ParseCoordinate(Single(form, "lat"), "lat", 90));
  SW_ASSIGN_OR_RETURN(out.lon, ParseCoordinate(Single(form, "long"), "long", 180));
  if (out.lat.has_value() != out.lon.has_value()) {
    const std::string missing = out.lat ? "long" : "lat";
    return InvalidArgument("lat 与 long 须同时给出 lat and long must be given together", missing);
  }
  return Status::Ok();
}

// "attribute[code]" or "attribute[code][]" → "code"; an empty result for a malformed key.
std::string_view AttributeCode(std::string_view key) {
  std::string_view rest = key.substr(kAttributePrefix.size());
  const std::size_t close = rest.find(']');
  if (close == 0 || close == std::string_view::npos) return {};
  const std::string_view tail = rest.substr(close + 1);
  return tail.empty() || tail == "[]" ? rest.substr(0, close) : std::string_view();
}

Result<std::map<std::string, std::string>> ReadAttributes(const Form& form) {
  std::map<std::string, std::string> attributes;
  for (const auto& [key, value] : form) {
    if (!key.starts_with(kAttributePrefix)) continue;
    const std::string_view code = AttributeCode(key);
    if (code.empty()) return InvalidArgument("属性名格式错误 malformed attribute key '" + key + "'", key);
    if (value.empty()) continue;
    std::string& joined = attributes[std::string(code)];
    if (!joined.empty()) joined += ',';
    joined += value;
  }
  return attributes;
}

bool HasLocation(const PostRequestForm& f) {
  return (f.lat && f.lon) || !f.address_string.empty() || !f.address_id.empty();
}

// ---- GET requests ----------------------------------------------------------------------

// The last page whose first row, (page - 1) * page_size, still fits an int (the store's
// offset) at the largest page size: pages past it are refused, not wrapped.
constexpr int kMaxPage = std::numeric_limits<int>::max() / kMaxPageSize + 1;
static_assert(std::int64_t{kMaxPage - 1} * kMaxPageSize <= std::numeric_limits<int>::max());

// Every value of a repeatable, comma separated key: trimmed, without empties and repeats.
std::vector<std::string> ReadList(const Form& form, const std::string& key) {
  std::vector<std::string> items;
  std::set<std::string_view> seen;
  const auto [first, last] = form.equal_range(key);
  for (auto it = first; it != last; ++it) {
    std::string_view rest = it->second;
    for (;;) {
      const std::size_t comma = rest.find(',');
      const std::string_view item = TrimAscii(rest.substr(0, comma));
      if (!item.empty() && seen.insert(item).second) items.emplace_back(item);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return items;
}

Result<std::string> ReadStatus(const Form& form) {
  const std::vector<std::string> statuses = ReadList(form, "status");
  for (const std::string& status : statuses) {
    if (status != "open" && status != "closed") {
      return InvalidArgument("status 须为 open 或 closed status must be open or closed, not '" + status + "'",
                             "status");
    }
  }
  return statuses.size() == 1 ? statuses.front() : std::string();
}

Result<std::optional<UnixSeconds>> ReadDate(const Form& form, const std::string& key) {
  SW_RETURN_IF_ERROR(CheckNotRepeated(form, key));
  const std::string text = Single(form, key);
  if (text.empty()) return std::optional<UnixSeconds>();
  auto t = ParseIso8601(text);
  if (!t.ok()) {
    return InvalidArgument(
        key + " 不是 W3C 日期时间 " + key + " is not a W3C datetime such as 2026-01-01T00:00:00+08:00", key);
  }
  return std::optional<UnixSeconds>(*t);
}

Status ReadWindow(const Form& form, UnixSeconds now, RequestsQuery& q) {
  SW_ASSIGN_OR_RETURN(q.start, ReadDate(form, "start_date"));
  SW_ASSIGN_OR_RETURN(q.end, ReadDate(form, "end_date"));
  if (!q.start && !q.end) q.end = now;
  if (!q.start) q.start = *q.end - kMaxQuerySpanSeconds;
  if (!q.end) q.end = *q.start + kMaxQuerySpanSeconds;
  if (*q.end < *q.start)
    return InvalidArgument("end_date 早于 start_date end_date is before start_date", "end_date");
  if (*q.end - *q.start > kMaxQuerySpanSeconds) {
    return InvalidArgument("起止日期最多相隔 90 天 start_date to end_date may span at most 90 days",
                           "end_date");
  }
  return Status::Ok();
}

Status ReadPaging(const Form& form, RequestsQuery& q) {
  SW_RETURN_IF_ERROR(CheckNotRepeated(form, "page"));
  SW_RETURN_IF_ERROR(CheckNotRepeated(form, "page_size"));
  const std::string page = Single(form, "page");
  const std::string page_size = Single(form, "page_size");
  if (!page.empty()) {
    SW_ASSIGN_OR_RETURN(q.page, ParseBoundedInt(page, "page", 1, kMaxPage));
  }
  if (!page_size.empty()) {
    SW_ASSIGN_OR_RETURN(q.page_size, ParseBoundedInt(page_size, "page_size", 1, kMaxPageSize));
  }
  return Status::Ok();
}

}  // namespace

// ---- Paths -------------------------------------------------------------------------------

Result<Format> FormatFromPath(std::string_view path, std::string_view* stem) {
  Format format = Format::kJson;
  std::string_view base = path;
  if (path.ends_with(kJsonSuffix)) {
    base.remove_suffix(kJsonSuffix.size());
  } else if (path.ends_with(kXmlSuffix)) {
    base.remove_suffix(kXmlSuffix.size());
    format = Format::kXml;
  } else {
    return NotFound(
        "资源不存在，路径须以 .json 或 .xml 结尾 no such resource: a path must end in .json or .xml");
  }
  if (base.empty() || base.ends_with('/')) return NotFound("资源不存在 no such resource");
  if (stem != nullptr) *stem = base;
  return format;
}

std::string_view ContentType(Format format) {
  return format == Format::kJson ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
}

// ---- Rendering ---------------------------------------------------------------------------

std::string RenderDiscovery(const DiscoveryView& discovery, Format format) {
  Json endpoints = Json::array();
  for (const EndpointView& e : discovery.endpoints) {
    endpoints.push_back({{"specification", Text(e.specification)},
                         {"url", Text(e.url)},
                         {"changeset", Text(e.changeset)},
                         {"type", Text(e.type)},
                         {"formats", e.formats}});
  }
  const Json document = {{"changeset", Text(discovery.changeset)},
                         {"contact", Text(discovery.contact)},
                         {"key_service", Text(discovery.key_service)},
                         {"endpoints", std::move(endpoints)}};
  return Serialize(document, format, "discovery");
}

std::string RenderServices(const std::vector<ServiceView>& services, Format format) {
  Json document = Json::array();
  for (const ServiceView& s : services) {
    document.push_back({{"service_code", Text(s.code)},
                        {"service_name", Text(s.name)},
                        {"description", Text(s.description)},
                        {"metadata", s.has_definition},
                        {"type", Text(s.type)},
                        {"keywords", Text(s.keywords)},
                        {"group", Text(s.group)}});
  }
  return Serialize(document, format, "services");
}

namespace {

Json AttributeJson(const AttributeView& a) {
  Json attribute = {{"variable", a.variable},
                    {"code", Text(a.code)},
                    {"datatype", Text(a.datatype)},
                    {"required", a.required},
                    {"datatype_description", Text(a.datatype_description)},
                    {"order", a.order},
                    {"description", Text(a.description)}};
  if (a.values.empty()) return attribute;
  Json values = Json::array();
  for (const auto& [key, name] : a.values) values.push_back({{"key", Text(key)}, {"name", Text(name)}});
  attribute["values"] = std::move(values);
  return attribute;
}

Json RequestJson(const ServiceRequestView& r) {
  return {{"service_request_id", Text(r.service_request_id)},
          {"status", Text(r.status)},
          {"status_notes", Text(r.status_notes)},
          {"service_name", Text(r.service_name)},
          {"service_code", Text(r.service_code)},
          {"description", Text(r.description)},
          {"agency_responsible", Text(r.agency_responsible)},
          {"service_notice", Text(r.service_notice)},
          {"requested_datetime", Time(r.requested)},
          {"updated_datetime", Time(r.updated)},
          {"expected_datetime", Time(r.expected)},
          {"address", Text(r.address)},
          {"lat", Number(r.lat)},
          {"long", Number(r.lon)},
          {"media_url", Text(r.media_url)}};
}

Json CreatedJson(const ServiceRequestView& r) {
  Json created = Json::object();
  if (!r.service_request_id.empty()) {
    created["service_request_id"] = r.service_request_id;
  } else if (!r.token.empty()) {
    created["token"] = r.token;
  }
  created["service_notice"] = Text(r.service_notice);
  created["account_id"] = Text(r.account_id);
  return created;
}

}  // namespace

std::string RenderServiceDefinition(const std::string& service_code,
                                    const std::vector<AttributeView>& attributes, Format format) {
  Json list = Json::array();
  for (const AttributeView& a : attributes) list.push_back(AttributeJson(a));
  const Json document = {{"service_code", Text(service_code)}, {"attributes", std::move(list)}};
  return Serialize(document, format, "service_definition");
}

namespace {

// The JSON of RequestJson written straight into the answer: a page of a hundred requests
// is most of the feed's cost when built as a tree first.
void WriteText(JsonWriter& w, std::string_view key, const std::string& text) {
  w.Key(key);
  if (text.empty()) return w.Null();  // the Spark convention, as Text() above
  w.String(text);
}

void WriteRequest(JsonWriter& w, const ServiceRequestView& r) {
  w.BeginObject();
  WriteText(w, "service_request_id", r.service_request_id);
  WriteText(w, "status", r.status);
  WriteText(w, "status_notes", r.status_notes);
  WriteText(w, "service_name", r.service_name);
  WriteText(w, "service_code", r.service_code);
  WriteText(w, "description", r.description);
  WriteText(w, "agency_responsible", r.agency_responsible);
  WriteText(w, "service_notice", r.service_notice);
  WriteTimeMember(w, "requested_datetime", r.requested);
  WriteTimeMember(w, "updated_datetime", r.updated);
  WriteTimeMember(w, "expected_datetime", r.expected);
  WriteText(w, "address", r.address);
  WriteDoubleMember(w, "lat", r.lat);
  WriteDoubleMember(w, "long", r.lon);
  WriteText(w, "media_url", r.media_url);
  w.EndObject();
}

}  // namespace

std::string RenderRequests(const std::vector<ServiceRequestView>& requests, Format format) {
  if (format == Format::kJson) {
    std::string out;
    out.reserve(requests.size() * 640);  // about what one request takes
    JsonWriter w(out);
    w.BeginArray();
    for (const ServiceRequestView& r : requests) WriteRequest(w, r);
    w.EndArray();
    return out;
  }
  Json document = Json::array();
  for (const ServiceRequestView& r : requests) document.push_back(RequestJson(r));
  return Serialize(document, format, "service_requests");
}

std::string RenderCreated(const std::vector<ServiceRequestView>& requests, Format format) {
  Json document = Json::array();
  for (const ServiceRequestView& r : requests) document.push_back(CreatedJson(r));
  return Serialize(document, format, "service_requests");
}

std::string RenderTokens(const std::vector<ServiceRequestView>& requests, Format format) {
  Json document = Json::array();
  for (const ServiceRequestView& r : requests) {
    document.push_back({{"service_request_id", Text(r.service_request_id)}, {"token", Text(r.token)}});
  }
  return Serialize(document, format, "service_requests");
}

std::string RenderErrors(const std::vector<std::pair<int, std::string>>& code_description, Format format) {
  Json document = Json::array();
  for (const auto& [code, description] : code_description) {
    document.push_back({{"code", code}, {"description", Text(description)}});
  }
  return Serialize(document, format, "errors");
}

// ---- Parsing -----------------------------------------------------------------------------

Result<PostRequestForm> ParsePostRequestForm(const std::multimap<std::string, std::string>& form) {
  SW_RETURN_IF_ERROR(CheckPostNotRepeated(form));
  PostRequestForm out;
  for (const auto& [key, member] : kPostTextFields) out.*member = Single(form, key);
  if (out.service_code.empty())
    return InvalidArgument("缺少 service_code service_code is required", "service_code");
  SW_RETURN_IF_ERROR(ReadLatLong(form, out));
  if (!HasLocation(out)) {
    return InvalidArgument(
        "缺少位置：lat 与 long、address_string 或 address_id a location is required: lat and long, "
        "address_string or address_id",
        "location");
  }
  SW_RETURN_IF_ERROR(CheckUserText(out.description, "description", kMaxDescriptionChars, false));
  SW_ASSIGN_OR_RETURN(out.attributes, ReadAttributes(form));
  if (std::string jurisdiction = Single(form, "jurisdiction_id"); !jurisdiction.empty()) {
    out.jurisdiction_id = std::move(jurisdiction);
  }
  return out;
}

Result<RequestsQuery> ParseRequestsQuery(const std::multimap<std::string, std::string>& query,
                                         UnixSeconds now) {
  RequestsQuery q;
  SW_RETURN_IF_ERROR(ReadPaging(query, q));
  q.ids = ReadList(query, "service_request_id");
  if (q.ids.size() > static_cast<std::size_t>(kMaxPageSize)) {
    return InvalidArgument(
        "一次最多 1000 个 service_request_id at most 1000 service_request_id values at once",
        "service_request_id");
  }
  if (!q.ids.empty()) return q;  // the spec: ids override every other argument
  q.service_codes = ReadList(query, "service_code");
  SW_ASSIGN_OR_RETURN(q.status, ReadStatus(query));
  SW_RETURN_IF_ERROR(ReadWindow(query, now, q));
  return q;
}

}  // namespace sanwang::api::open311
