// The formatting and parsing layer of Sanwang's Open311 GeoReport v2 API (docs/architecture.md §8):
// what goes over the wire under /open311/v2, without the HTTP around it.
//
// The specification is GeoReport v2 at http://wiki.open311.org/GeoReport_v2 (methods,
// response fields, errors, the 90-day query window) and its Service Discovery page at
// http://wiki.open311.org/Service_Discovery. XML is the required format; JSON is the
// spec's "Spark convention" mapping of that XML: a list element such as <services>
// becomes a JSON array of its <service> children, an empty element becomes null. Here
// each response is built once as a JSON tree and the XML is written from that same
// tree, so the two formats cannot drift apart.
//
// The HTTP layer fills the plain *View structs from records (catalog items become
// services; cases become requests) and must leave out what §9 keeps private: reporter
// names and phones never appear in these views.
//
// Parsing is strict in the sense of §9: bad escapes, invalid UTF-8, malformed numbers
// and out-of-range values are InvalidArgument errors naming the form field; keys the
// spec does not define are ignored, as it allows.
//
// Pure functions on values and strings; safe to call from any number of threads at once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "core/time.h"
#include "core/url_encoding.h"

namespace sanwang::api::open311 {

enum class Format { kJson, kXml };

// Splits the last path segment's ".json" / ".xml" suffix off a resource path:
// "requests.json" → stem "requests", kJson; "services/A01-003.xml" → "services/A01-003",
// kXml. Any other or missing suffix, or an empty stem, is NotFound (the spec's 404 for
// resources that do not exist). `stem` may be null.
Result<Format> FormatFromPath(std::string_view path, std::string_view* stem);

// "application/json; charset=utf-8" or "text/xml; charset=utf-8".
std::string_view ContentType(Format format);

// One request type of GET services (a catalog item). `keywords` is comma separated, as
// the spec asks. `type` is realtime, batch or blackbox.
struct ServiceView {
  std::string code, name, description, group, keywords;
  bool has_definition = false;  // the spec's "metadata"
  std::string type = "realtime";
};

// One attribute of a service definition. `values` are (key, name) options of the list
// datatypes; they are written only when there are some.
struct AttributeView {
  std::string code;
  std::string datatype;  // string | number | datetime | text | singlevaluelist | multivaluelist
  std::string description, datatype_description;
  bool variable = true, required = false;
  int order = 0;
  std::vector<std::pair<std::string, std::string>> values;
};

// One service request as the API shows it. Empty strings and absent optionals are
// written as JSON null and empty XML elements. `token` is used only by RenderCreated and
// RenderTokens. `account_id` (beyond the spec's minimum) is echoed by RenderCreated.
struct ServiceRequestView {
  std::string service_request_id;
  std::string status;  // open | closed
  std::string status_notes, service_name, service_code, description, agency_responsible, service_notice,
      address, media_url;
  std::optional<UnixSeconds> requested, updated, expected;
  std::optional<double> lat, lon;
  std::string token;
  std::string account_id;
};

struct EndpointView {
  std::string specification, url, changeset, type;  // type: production | test
  std::vector<std::string> formats;                 // MIME types: "text/xml", ...
};

struct DiscoveryView {
  std::string changeset, contact, key_service;
  std::vector<EndpointView> endpoints;
};

// Documents, each starting with <?xml version="1.0" encoding="utf-8"?> in XML. Lists and
// attributes are written in the order given. Text that is not valid UTF-8 has each bad
// byte replaced by U+FFFD; characters XML 1.0 does not allow (most C0 controls, U+FFFE,
// U+FFFF) are dropped from XML output.
std::string RenderDiscovery(const DiscoveryView& discovery, Format format);
std::string RenderServices(const std::vector<ServiceView>& services, Format format);
std::string RenderServiceDefinition(const std::string& service_code,
                                    const std::vector<AttributeView>& attributes, Format format);
// GET requests and GET requests/<id>: full requests, times as "2026-11-29T11:49:09+08:00".
std::string RenderRequests(const std::vector<ServiceRequestView>& requests, Format format);
// POST requests: service_request_id when there is one, else token when there is one
// (neither for blackbox services), then service_notice and account_id.
std::string RenderCreated(const std::vector<ServiceRequestView>& requests, Format format);
// GET tokens/<token>: service_request_id (null while not yet known) and token.
std::string RenderTokens(const std::vector<ServiceRequestView>& requests, Format format);
// The spec's error list; `code` is usually the HTTP status.
std::string RenderErrors(const std::vector<std::pair<int, std::string>>& code_description, Format format);

// Form bodies are decoded with sanwang::ParseFormUrlEncoded (core/url_encoding.h).

// The arguments of POST requests.
struct PostRequestForm {
  std::string api_key, service_code, description, address_string, address_id, email, device_id, account_id,
      first_name, last_name, phone, media_url;
  std::optional<double> lat, lon;  // both or neither; WGS84
  // attribute[code]=v; repeated values (attribute[code]=a&attribute[code]=b, or the spec's
  // attribute[code][]=a&attribute[code][]=b) are joined with ',' in form order; empty
  // values are dropped. A malformed attribute key ("attribute[]") is InvalidArgument.
  std::map<std::string, std::string> attributes;
  std::optional<std::string> jurisdiction_id;
};

// Checks what the spec requires of a POST: service_code, and a location (lat and long
// together, or address_string, or address_id). As the spec's "optional arguments" rule
// says, an empty value counts as absent. A field given twice, a description over 4,000
// characters, and lat / long that are not finite decimal numbers within ±90 / ±180 are
// InvalidArgument naming the field ("lat", "long", "location" when none is given).
Result<PostRequestForm> ParsePostRequestForm(const std::multimap<std::string, std::string>& form);

inline constexpr int kMaxPageSize = 1000;
inline constexpr UnixSeconds kMaxQuerySpanSeconds = UnixSeconds{90} * 86400;

// The filters of GET requests. When `ids` is not empty it overrides the other filters
// (the spec's rule), which are then left unset. Otherwise start and end are always set,
// both inclusive bounds on requested_datetime. `status` is "open", "closed" or "" for
// both. `page` and `page_size` are Sanwang's extension for lists over 1,000 requests.
struct RequestsQuery {
  std::vector<std::string> ids, service_codes;
  std::optional<UnixSeconds> start, end;
  std::string status;
  int page = 1, page_size = kMaxPageSize;
};

// service_request_id, service_code and status are comma separated and may be repeated.
// start_date / end_date are W3C datetimes (without an offset, Asia/Shanghai). With
// neither the window is the 90 days up to `now`; with one, the 90 days after start_date
// or before end_date; with both, end_date may not precede start_date and the span may
// not exceed 90 days. 1 ≤ page ≤ 2147484 and 1 ≤ page_size ≤ 1000, so that the first row
// of a page, (page - 1) * page_size, fits an int.
Result<RequestsQuery> ParseRequestsQuery(const std::multimap<std::string, std::string>& query,
                                         UnixSeconds now);

}  // namespace sanwang::api::open311
