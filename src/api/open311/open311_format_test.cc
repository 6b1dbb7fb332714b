#include "api/open311/open311_format.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sanwang::api::open311 {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

UnixSeconds At(const char* iso) { return ParseIso8601(iso).value(); }

// The member names of a JSON object, in document order.
std::vector<std::string> KeysOf(const ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& member : object.items()) keys.push_back(member.key());
  return keys;
}

ServiceView StreetLight() {
  ServiceView s;
  s.code = "A01-003";
  s.name = "路灯不亮";
  s.group = "市政设施";
  s.keywords = "路灯,照明";
  s.has_definition = true;
  return s;
}

ServiceRequestView OpenRequest() {
  ServiceRequestView r;
  r.service_request_id = "2026-000123";
  r.status = "open";
  r.service_name = "路灯不亮";
  r.service_code = "A01-003";
  r.description = "文化路口的路灯整晚不亮";
  r.requested = At("2026-11-29T11:49:09+08:00");
  r.updated = At("2026-11-29T12:00:00+08:00");
  r.address = "文化路 12 号";
  r.lat = 34.7466;
  r.lon = 113.6253;
  return r;
}

std::multimap<std::string, std::string> Form(const std::string& body) {
  auto form = ParseFormUrlEncoded(body);
  EXPECT_TRUE(form.ok()) << form.status().ToString();
  return form.ok() ? *form : std::multimap<std::string, std::string>();
}

// ---- Paths -----------------------------------------------------------------------------

TEST(FormatFromPathTest, SplitsStemAndFormat) {
  std::string_view stem;
  auto format = FormatFromPath("requests.json", &stem);
  ASSERT_TRUE(format.ok());
  EXPECT_EQ(*format, Format::kJson);
  EXPECT_EQ(stem, "requests");

  format = FormatFromPath("services/A01-003.xml", &stem);
  ASSERT_TRUE(format.ok());
  EXPECT_EQ(*format, Format::kXml);
  EXPECT_EQ(stem, "services/A01-003");

  format = FormatFromPath("requests/2026.000123.json", nullptr);
  ASSERT_TRUE(format.ok());
}

TEST(FormatFromPathTest, OtherSuffixesAreNotFound) {
  for (const char* path : {"requests", "requests.html", "requests.JSON", ".json", "services/.xml",
                           "requests.json/", "requestsjson", ""}) {
    std::string_view stem = "unchanged";
    const auto format = FormatFromPath(path, &stem);
    ASSERT_FALSE(format.ok()) << path;
    EXPECT_EQ(format.status().code(), ErrorCode::kNotFound) << path;
    EXPECT_EQ(stem, "unchanged");
  }
}

TEST(ContentTypeTest, MatchesTheSpec) {
  EXPECT_EQ(ContentType(Format::kJson), "application/json; charset=utf-8");
  EXPECT_EQ(ContentType(Format::kXml), "text/xml; charset=utf-8");
}

// ---- Discovery ---------------------------------------------------------------------------

DiscoveryView Discovery() {
  EndpointView endpoint{"http://wiki.open311.org/GeoReport_v2",
                        "https://sanwang.example.gov.cn/open311/v2",
                        "2026-11-01 09:00",
                        "production",
                        {"text/xml", "application/json"}};
  return {"2026-11-01 09:00", "区城市运行管理中心 0371-12345", "向区大数据局申请 API key", {endpoint}};
}

TEST(RenderDiscoveryTest, JsonIsAnObjectWithEndpoints) {
  const auto doc = ordered_json::parse(RenderDiscovery(Discovery(), Format::kJson));
  EXPECT_EQ(KeysOf(doc), (std::vector<std::string>{"changeset", "contact", "key_service", "endpoints"}));
  ASSERT_EQ(doc["endpoints"].size(), 1u);
  const auto& endpoint = doc["endpoints"][0];
  EXPECT_EQ(KeysOf(endpoint),
            (std::vector<std::string>{"specification", "url", "changeset", "type", "formats"}));
  EXPECT_EQ(endpoint["specification"], "http://wiki.open311.org/GeoReport_v2");
  EXPECT_EQ(endpoint["formats"], ordered_json::array({"text/xml", "application/json"}));
  EXPECT_EQ(doc["contact"], "区城市运行管理中心 0371-12345");
}

TEST(RenderDiscoveryTest, XmlNestsEndpointsAndFormats) {
  EXPECT_EQ(RenderDiscovery(Discovery(), Format::kXml),
            std::string(kXmlHead) +
                "<discovery><changeset>2026-11-01 09:00</changeset>"
                "<contact>区城市运行管理中心 0371-12345</contact>"
                "<key_service>向区大数据局申请 API key</key_service>"
                "<endpoints><endpoint>"
                "<specification>http://wiki.open311.org/GeoReport_v2</specification>"
                "<url>https://sanwang.example.gov.cn/open311/v2</url>"
                "<changeset>2026-11-01 09:00</changeset><type>production</type>"
                "<formats><format>text/xml</format><format>application/json</format></formats>"
                "</endpoint></endpoints></discovery>");
}

// ---- Services ----------------------------------------------------------------------------

TEST(RenderServicesTest, JsonIsATopLevelArrayWithTheSpecFields) {
  ServiceView plain;
  plain.code = "B02-001";
  plain.name = "占道经营";
  plain.description = "店外摆摊占用人行道";
  const auto doc = ordered_json::parse(RenderServices({StreetLight(), plain}, Format::kJson));
  ASSERT_TRUE(doc.is_array());
  ASSERT_EQ(doc.size(), 2u);
  EXPECT_EQ(KeysOf(doc[0]), (std::vector<std::string>{"service_code", "service_name", "description",
                                                      "metadata", "type", "keywords", "group"}));
  EXPECT_EQ(doc[0]["service_code"], "A01-003");
  EXPECT_EQ(doc[0]["metadata"], true);
  EXPECT_EQ(doc[0]["type"], "realtime");
  EXPECT_TRUE(doc[0]["description"].is_null());
  EXPECT_EQ(doc[1]["metadata"], false);
  EXPECT_EQ(doc[1]["description"], "店外摆摊占用人行道");
  EXPECT_TRUE(doc[1]["keywords"].is_null());
}

TEST(RenderServicesTest, XmlHasServicesRootAndServiceChildren) {
  EXPECT_EQ(RenderServices({StreetLight()}, Format::kXml),
            std::string(kXmlHead) +
                "<services><service><service_code>A01-003</service_code>"
                "<service_name>路灯不亮</service_name><description></description>"
                "<metadata>true</metadata><type>realtime</type><keywords>路灯,照明</keywords>"
                "<group>市政设施</group></service></services>");
}

TEST(RenderServicesTest, EmptyListIsAnEmptyArrayOrElement) {
  EXPECT_EQ(RenderServices({}, Format::kJson), "[]");
  EXPECT_EQ(RenderServices({}, Format::kXml), std::string(kXmlHead) + "<services></services>");
}

// ---- Service definition ------------------------------------------------------------------

std::vector<AttributeView> LightAttributes() {
  AttributeView pole{"POLE", "string", "灯杆上的编号", "", true, false, 2, {}};
  AttributeView kind{"KIND",     "singlevaluelist",
                     "故障现象", "选一项",
                     true,       true,
                     1,          {{"dark", "不亮"}, {"flicker", "闪烁"}}};
  return {kind, pole};
}

TEST(RenderServiceDefinitionTest, JsonNestsAttributesAndValues) {
  const auto doc = ordered_json::parse(RenderServiceDefinition("A01-003", LightAttributes(), Format::kJson));
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(KeysOf(doc), (std::vector<std::string>{"service_code", "attributes"}));
  EXPECT_EQ(doc["service_code"], "A01-003");
  ASSERT_EQ(doc["attributes"].size(), 2u);
  const auto& kind = doc["attributes"][0];
  EXPECT_EQ(KeysOf(kind),
            (std::vector<std::string>{"variable", "code", "datatype", "required", "datatype_description",
                                      "order", "description", "values"}));
  EXPECT_EQ(kind["variable"], true);
  EXPECT_EQ(kind["required"], true);
  EXPECT_EQ(kind["order"], 1);
  EXPECT_EQ(kind["values"][1]["key"], "flicker");
  EXPECT_EQ(kind["values"][1]["name"], "闪烁");
  const auto& pole = doc["attributes"][1];
  EXPECT_TRUE(pole["datatype_description"].is_null());
  EXPECT_FALSE(pole.contains("values"));
}

TEST(RenderServiceDefinitionTest, XmlMatchesTheSpecShape) {
  EXPECT_EQ(RenderServiceDefinition("A01-003", LightAttributes(), Format::kXml),
            std::string(kXmlHead) +
                "<service_definition><service_code>A01-003</service_code><attributes>"
                "<attribute><variable>true</variable><code>KIND</code>"
                "<datatype>singlevaluelist</datatype><required>true</required>"
                "<datatype_description>选一项</datatype_description><order>1</order>"
                "<description>故障现象</description><values>"
                "<value><key>dark</key><name>不亮</name></value>"
                "<value><key>flicker</key><name>闪烁</name></value>"
                "</values></attribute>"
                "<attribute><variable>true</variable><code>POLE</code><datatype>string</datatype>"
                "<required>false</required><datatype_description></datatype_description>"
                "<order>2</order><description>灯杆上的编号</description></attribute>"
                "</attributes></service_definition>");
}

// ---- Requests ----------------------------------------------------------------------------

TEST(RenderRequestsTest, JsonHasEveryFieldWithNullsForAbsentValues) {
  const auto doc = ordered_json::parse(RenderRequests({OpenRequest()}, Format::kJson));
  ASSERT_TRUE(doc.is_array());
  ASSERT_EQ(doc.size(), 1u);
  const auto& r = doc[0];
  EXPECT_EQ(KeysOf(r), (std::vector<std::string>{
                           "service_request_id", "status", "status_notes", "service_name", "service_code",
                           "description", "agency_responsible", "service_notice", "requested_datetime",
                           "updated_datetime", "expected_datetime", "address", "lat", "long", "media_url"}));
  EXPECT_EQ(r["service_request_id"], "2026-000123");
  EXPECT_EQ(r["status"], "open");
  EXPECT_EQ(r["requested_datetime"], "2026-11-29T11:49:09+08:00");
  EXPECT_EQ(r["updated_datetime"], "2026-11-29T12:00:00+08:00");
  EXPECT_TRUE(r["expected_datetime"].is_null());
  EXPECT_TRUE(r["status_notes"].is_null());
  EXPECT_TRUE(r["media_url"].is_null());
  EXPECT_DOUBLE_EQ(r["lat"].get<double>(), 34.7466);
  EXPECT_DOUBLE_EQ(r["long"].get<double>(), 113.6253);
  EXPECT_FALSE(r.contains("token"));
}

// The JSON is written without a tree: what it holds must still parse back to each value,
// whatever the text contains, in the order given.
TEST(RenderRequestsTest, JsonKeepsEveryTextAndNumberOfManyRequestsInOrder) {
  std::vector<ServiceRequestView> views;
  for (int i = 0; i < 3; ++i) views.push_back(OpenRequest());
  views[0].description = "他说\"灯不亮\"\\反斜杠\n第二行\t制表 \x01";
  views[1].address = "bad \xff byte";
  views[1].lat = std::numeric_limits<double>::quiet_NaN();
  views[2].service_request_id = "3";
  views[2].lon = 113.80512345678901;
  views[2].expected = At("2026-12-01T18:00:00+08:00");
  const auto doc = ordered_json::parse(RenderRequests(views, Format::kJson));
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_EQ(doc[0]["description"], views[0].description);
  EXPECT_EQ(doc[1]["address"], "bad \xEF\xBF\xBD byte");
  EXPECT_TRUE(doc[1]["lat"].is_null());
  EXPECT_EQ(doc[2]["service_request_id"], "3");
  EXPECT_EQ(doc[2]["long"].get<double>(), 113.80512345678901);
  EXPECT_EQ(doc[2]["expected_datetime"], "2026-12-01T18:00:00+08:00");
  for (const auto& r : doc) EXPECT_EQ(KeysOf(r).size(), 15u);
  EXPECT_EQ(RenderRequests({}, Format::kJson), "[]");
}

TEST(RenderRequestsTest, XmlMatchesTheSpecShape) {
  ServiceRequestView r = OpenRequest();
  r.status = "closed";
  r.status_notes = "已修复";
  r.expected = At("2026-12-01T18:00:00+08:00");
  r.lat.reset();
  r.lon.reset();
  r.media_url = "https://sanwang.example.gov.cn/media/123.jpg";
  EXPECT_EQ(RenderRequests({r}, Format::kXml),
            std::string(kXmlHead) +
                "<service_requests><request>"
                "<service_request_id>2026-000123</service_request_id><status>closed</status>"
                "<status_notes>已修复</status_notes><service_name>路灯不亮</service_name>"
                "<service_code>A01-003</service_code>"
                "<description>文化路口的路灯整晚不亮</description>"
                "<agency_responsible></agency_responsible><service_notice></service_notice>"
                "<requested_datetime>2026-11-29T11:49:09+08:00</requested_datetime>"
                "<updated_datetime>2026-11-29T12:00:00+08:00</updated_datetime>"
                "<expected_datetime>2026-12-01T18:00:00+08:00</expected_datetime>"
                "<address>文化路 12 号</address><lat></lat><long></long>"
                "<media_url>https://sanwang.example.gov.cn/media/123.jpg</media_url>"
                "</request></service_requests>");
}

TEST(RenderRequestsTest, XmlWritesCoordinatesInShortestDecimalForm) {
  ServiceRequestView r = OpenRequest();
  std::string xml = RenderRequests({r}, Format::kXml);
  EXPECT_NE(xml.find("<lat>34.7466</lat><long>113.6253</long>"), std::string::npos) << xml;
  r.lat = 0.0000001;
  r.lon = -179.999999999;
  xml = RenderRequests({r}, Format::kXml);
  EXPECT_NE(xml.find("<lat>0.0000001</lat><long>-179.999999999</long>"), std::string::npos) << xml;
}

TEST(RenderCreatedTest, ReturnsIdOrTokenNeverBoth) {
  ServiceRequestView realtime;
  realtime.service_request_id = "2026-000124";
  realtime.token = "ignored";
  realtime.service_notice = "将在 24 小时内派单处理";
  ServiceRequestView batch;
  batch.token = "tok-77";
  batch.account_id = "u-9";
  ServiceRequestView blackbox;

  const auto doc = ordered_json::parse(RenderCreated({realtime, batch, blackbox}, Format::kJson));
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_EQ(KeysOf(doc[0]), (std::vector<std::string>{"service_request_id", "service_notice", "account_id"}));
  EXPECT_EQ(doc[0]["service_notice"], "将在 24 小时内派单处理");
  EXPECT_TRUE(doc[0]["account_id"].is_null());
  EXPECT_EQ(KeysOf(doc[1]), (std::vector<std::string>{"token", "service_notice", "account_id"}));
  EXPECT_EQ(doc[1]["token"], "tok-77");
  EXPECT_EQ(doc[1]["account_id"], "u-9");
  EXPECT_EQ(KeysOf(doc[2]), (std::vector<std::string>{"service_notice", "account_id"}));

  EXPECT_EQ(RenderCreated({realtime}, Format::kXml),
            std::string(kXmlHead) +
                "<service_requests><request><service_request_id>2026-000124</service_request_id>"
                "<service_notice>将在 24 小时内派单处理</service_notice><account_id></account_id>"
                "</request></service_requests>");
}

TEST(RenderTokensTest, MapsTokenToRequestId) {
  ServiceRequestView done;
  done.service_request_id = "2026-000125";
  done.token = "tok-78";
  ServiceRequestView pending;
  pending.token = "tok-79";
  EXPECT_EQ(RenderTokens({done}, Format::kXml),
            std::string(kXmlHead) +
                "<service_requests><request><service_request_id>2026-000125</service_request_id>"
                "<token>tok-78</token></request></service_requests>");
  const auto doc = ordered_json::parse(RenderTokens({done, pending}, Format::kJson));
  EXPECT_EQ(KeysOf(doc[0]), (std::vector<std::string>{"service_request_id", "token"}));
  EXPECT_EQ(doc[0]["service_request_id"], "2026-000125");
  EXPECT_TRUE(doc[1]["service_request_id"].is_null());
  EXPECT_EQ(doc[1]["token"], "tok-79");
}

TEST(RenderErrorsTest, ListsCodeAndDescription) {
  const std::vector<std::pair<int, std::string>> errors = {{403, "api_key 无效"},
                                                           {400, "service_code is required"}};
  EXPECT_EQ(RenderErrors(errors, Format::kXml),
            std::string(kXmlHead) +
                "<errors><error><code>403</code><description>api_key 无效</description></error>"
                "<error><code>400</code><description>service_code is required</description>"
                "</error></errors>");
  const auto doc = ordered_json::parse(RenderErrors(errors, Format::kJson));
  ASSERT_TRUE(doc.is_array());
  EXPECT_EQ(KeysOf(doc[0]), (std::vector<std::string>{"code", "description"}));
  EXPECT_EQ(doc[0]["code"], 403);
  EXPECT_EQ(doc[1]["description"], "service_code is required");
}

// ---- Escaping ----------------------------------------------------------------------------

std::string ErrorXml(const std::string& description) {
  return RenderErrors({{400, description}}, Format::kXml);
}

std::string ExpectedErrorXml(const std::string& description) {
  return std::string(kXmlHead) + "<errors><error><code>400</code><description>" + description +
         "</description></error></errors>";
}

TEST(XmlEscapingTest, EscapesMarkupCharacters) {
  EXPECT_EQ(ErrorXml("a<b & c>d \"q\" 's'"),
            ExpectedErrorXml("a&lt;b &amp; c&gt;d &quot;q&quot; &apos;s&apos;"));
  EXPECT_EQ(ErrorXml("</description><x>"), ExpectedErrorXml("&lt;/description&gt;&lt;x&gt;"));
}

TEST(XmlEscapingTest, DropsCharactersXmlDoesNotAllow) {
  EXPECT_EQ(ErrorXml(std::string("a\x01"
                                 "b\x08"
                                 "c\x0B"
                                 "d\x0C"
                                 "e\x1F"
                                 "f",
                                 11)),
            ExpectedErrorXml("abcdef"));
  EXPECT_EQ(ErrorXml(std::string("nul\0end", 7)), ExpectedErrorXml("nulend"));
  EXPECT_EQ(ErrorXml("x\xEF\xBF\xBE"
                     "y\xEF\xBF\xBF"
                     "z"),
            ExpectedErrorXml("xyz"));  // U+FFFE, U+FFFF
}

TEST(XmlEscapingTest, KeepsTabsLineBreaksAndNonAsciiText) {
  EXPECT_EQ(ErrorXml("一\t二\n三"), ExpectedErrorXml("一\t二\n三"));
  EXPECT_EQ(ErrorXml("a\r\nb"), ExpectedErrorXml("a&#13;\nb"));
  EXPECT_EQ(ErrorXml("\xF0\x9F\x98\x80"), ExpectedErrorXml("\xF0\x9F\x98\x80"));  // outside the BMP
}

TEST(XmlEscapingTest, ReplacesInvalidUtf8) {
  EXPECT_EQ(ErrorXml("a\xFF"
                     "b"),
            ExpectedErrorXml("a\xEF\xBF\xBD"
                             "b"));
  EXPECT_EQ(ErrorXml("\xE8\xB7"), ExpectedErrorXml("\xEF\xBF\xBD\xEF\xBF\xBD"));  // cut short
  EXPECT_EQ(ErrorXml("\xED\xA0\x80"),                                             // a surrogate
            ExpectedErrorXml("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));
}

TEST(JsonEscapingTest, ControlCharactersAndInvalidUtf8StillParse) {
  const std::string text = RenderErrors({{400, std::string("a\"b\\c\x01\n\xFF", 8)}}, Format::kJson);
  const auto doc = json::parse(text);
  EXPECT_EQ(doc[0]["description"], "a\"b\\c\x01\n\xEF\xBF\xBD");
}

// ---- Form data ---------------------------------------------------------------------------

TEST(ParseFormUrlEncodedTest, DecodesPlusAndPercentEscapes) {
  const auto form = Form(
      "description=lamp+is+out&address_string=%E4%B8%AD%e5%8e%9f%E8%B7%AF&"
      "media_url=https%3A%2F%2Fx.cn%2Fa.jpg&eq=a=b");
  EXPECT_EQ(form.find("description")->second, "lamp is out");
  EXPECT_EQ(form.find("address_string")->second, "中原路");
  EXPECT_EQ(form.find("media_url")->second, "https://x.cn/a.jpg");
  EXPECT_EQ(form.find("eq")->second, "a=b");
}

TEST(ParseFormUrlEncodedTest, KeepsRepeatedKeysAndSkipsEmptyPairs) {
  const auto form = Form("&a=1&&a=2&flag&b=&%2B=%2B&");
  EXPECT_EQ(form.size(), 5u);
  EXPECT_EQ(form.count("a"), 2u);
  auto [first, last] = form.equal_range("a");
  EXPECT_EQ(first->second, "1");
  EXPECT_EQ(std::next(first)->second, "2");
  EXPECT_EQ(form.find("flag")->second, "");
  EXPECT_EQ(form.find("b")->second, "");
  EXPECT_EQ(form.find("+")->second, "+");
  EXPECT_TRUE(Form("").empty());
}

TEST(ParseFormUrlEncodedTest, RejectsBadEscapes) {
  for (const char* body : {"a=%ZZ", "a=%4", "a=%", "a=%G1", "%zz=1", "a=1&b=%E4%B8%"}) {
    const auto form = ParseFormUrlEncoded(body);
    ASSERT_FALSE(form.ok()) << body;
    EXPECT_EQ(form.status().code(), ErrorCode::kInvalidArgument) << body;
  }
  EXPECT_EQ(ParseFormUrlEncoded("a=1&phone=%ZZ").status().field(), "phone");
}

TEST(ParseFormUrlEncodedTest, RejectsInvalidUtf8) {
  for (const char* body : {"a=%FF", "a=%E4%B8", "a=%C0%AF", "%FF=1", "a=\xFF"}) {
    const auto form = ParseFormUrlEncoded(body);
    ASSERT_FALSE(form.ok()) << body;
    EXPECT_EQ(form.status().code(), ErrorCode::kInvalidArgument) << body;
  }
  EXPECT_EQ(ParseFormUrlEncoded("description=%FF").status().field(), "description");
}

// ---- POST requests -----------------------------------------------------------------------

constexpr const char* kPostBody =
    "api_key=k-123&jurisdiction_id=zhongyuan.gov.cn&service_code=A01-003&lat=34.7466&"
    "long=113.6253&address_string=%E6%96%87%E5%8C%96%E8%B7%AF+12+%E5%8F%B7&email=a%40b.cn&"
    "device_id=d1&account_id=u-9&first_name=%E5%B0%8F%E6%98%8E&last_name=%E7%8E%8B&phone=13800000000&"
    "description=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE&media_url=https%3A%2F%2Fx.cn%2F1.jpg&"
    "attribute[KIND]=dark&attribute[POLE]=P-17&unknown_key=ignored";

Status PostError(const std::string& body) {
  const auto post = ParsePostRequestForm(Form(body));
  EXPECT_FALSE(post.ok()) << body;
  return post.ok() ? Status::Ok() : post.status();
}

TEST(ParsePostRequestFormTest, ReadsEveryField) {
  const auto post = ParsePostRequestForm(Form(kPostBody));
  ASSERT_TRUE(post.ok()) << post.status().ToString();
  EXPECT_EQ(post->api_key, "k-123");
  EXPECT_EQ(post->jurisdiction_id, "zhongyuan.gov.cn");
  EXPECT_EQ(post->service_code, "A01-003");
  EXPECT_DOUBLE_EQ(*post->lat, 34.7466);
  EXPECT_DOUBLE_EQ(*post->lon, 113.6253);
  EXPECT_EQ(post->address_string, "文化路 12 号");
  EXPECT_EQ(post->email, "a@b.cn");
  EXPECT_EQ(post->device_id, "d1");
  EXPECT_EQ(post->account_id, "u-9");
  EXPECT_EQ(post->first_name, "小明");
  EXPECT_EQ(post->last_name, "王");
  EXPECT_EQ(post->phone, "13800000000");
  EXPECT_EQ(post->description, "路灯不亮");
  EXPECT_EQ(post->media_url, "https://x.cn/1.jpg");
  EXPECT_EQ(post->attributes, (std::map<std::string, std::string>{{"KIND", "dark"}, {"POLE", "P-17"}}));
}

TEST(ParsePostRequestFormTest, JoinsRepeatedAttributeValues) {
  auto post = ParsePostRequestForm(
      Form("service_code=X&address_id=77&attribute[TAGS]=a&attribute[TAGS]=b&attribute[TAGS]=&"
           "attribute%5BONE%5D%5B%5D=x&attribute[ONE][]=y&attribute[EMPTY]="));
  ASSERT_TRUE(post.ok()) << post.status().ToString();
  EXPECT_EQ(post->attributes, (std::map<std::string, std::string>{{"TAGS", "a,b"}, {"ONE", "x,y"}}));
  EXPECT_EQ(post->address_id, "77");
  EXPECT_FALSE(post->jurisdiction_id.has_value());
}

TEST(ParsePostRequestFormTest, RejectsMalformedAttributeKeys) {
  for (const char* key : {"attribute[]", "attribute[X", "attribute[X]Y", "attribute[X][0]"}) {
    const Status status = PostError(std::string("service_code=X&address_id=1&") + key + "=v");
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << key;
    EXPECT_EQ(status.field(), key);
  }
}

TEST(ParsePostRequestFormTest, ServiceCodeIsRequired) {
  EXPECT_EQ(PostError("lat=34.7&long=113.6").field(), "service_code");
  EXPECT_EQ(PostError("service_code=&lat=34.7&long=113.6").field(), "service_code");
}

TEST(ParsePostRequestFormTest, LocationIsRequired) {
  const Status status = PostError("service_code=X&description=no+place");
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.field(), "location");
  EXPECT_EQ(PostError("service_code=X&lat=&long=&address_string=&address_id=").field(), "location");
  EXPECT_TRUE(ParsePostRequestForm(Form("service_code=X&address_string=%E4%B8%AD")).ok());
  EXPECT_TRUE(ParsePostRequestForm(Form("service_code=X&address_id=77")).ok());
  EXPECT_TRUE(ParsePostRequestForm(Form("service_code=X&lat=0&long=0")).ok());
}

TEST(ParsePostRequestFormTest, LatAndLongComeTogether) {
  EXPECT_EQ(PostError("service_code=X&lat=34.7&address_string=a").field(), "long");
  EXPECT_EQ(PostError("service_code=X&long=113.6&address_string=a").field(), "lat");
}

TEST(ParsePostRequestFormTest, CoordinatesMustBeFiniteNumbersInRange) {
  struct Case {
    const char* lat;
    const char* lon;
    const char* field;
  };
  for (const Case& c :
       {Case{"90.5", "113.6", "lat"}, Case{"-91", "113.6", "lat"}, Case{"34.7", "180.01", "long"},
        Case{"34.7", "-181", "long"}, Case{"NaN", "113.6", "lat"}, Case{"nan", "113.6", "lat"},
        Case{"34.7", "inf", "long"}, Case{"34.7", "-Infinity", "long"}, Case{"1e999", "113.6", "lat"},
        Case{"34.7abc", "113.6", "lat"}, Case{"%2B34.7", "113.6", "lat"}, Case{"34.7", "%20113.6", "long"},
        Case{"0x1A", "113.6", "lat"}, Case{"34,7", "113.6", "lat"}}) {
    const Status status = PostError(std::string("service_code=X&lat=") + c.lat + "&long=" + c.lon);
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << c.lat << " " << c.lon;
    EXPECT_EQ(status.field(), c.field) << c.lat << " " << c.lon;
  }
  const auto edge = ParsePostRequestForm(Form("service_code=X&lat=-90&long=180"));
  ASSERT_TRUE(edge.ok());
  EXPECT_EQ(*edge->lat, -90);
  EXPECT_EQ(*edge->lon, 180);
}

TEST(ParsePostRequestFormTest, RejectsRepeatedFields) {
  EXPECT_EQ(PostError("service_code=X&service_code=Y&address_id=1").field(), "service_code");
  EXPECT_EQ(PostError("service_code=X&lat=1&lat=2&long=3").field(), "lat");
  EXPECT_EQ(PostError("service_code=X&address_id=1&api_key=a&api_key=b").field(), "api_key");
}

TEST(ParsePostRequestFormTest, DescriptionIsLimitedTo4000Characters) {
  std::string long_text;
  for (int i = 0; i < 4000; ++i) long_text += "%E4%B8%AD";  // 中
  EXPECT_TRUE(ParsePostRequestForm(Form("service_code=X&address_id=1&description=" + long_text)).ok());
  EXPECT_EQ(PostError("service_code=X&address_id=1&description=" + long_text + "a").field(), "description");
  EXPECT_EQ(PostError("service_code=X&address_id=1&description=bell%07").field(), "description");
}

// ---- GET requests query ------------------------------------------------------------------

const UnixSeconds kNow = At("2026-11-29T12:00:00+08:00");
constexpr UnixSeconds kDay = 86400;

Result<RequestsQuery> Query(const std::string& query) { return ParseRequestsQuery(Form(query), kNow); }

// Errors reach integrators and, through them, residents: Chinese first, then English.
TEST(ParseRequestsQueryTest, ErrorsSayWhatIsWrongInChineseAndEnglish) {
  for (const char* query : {"status=pending", "page=0", "start_date=yesterday",
                            "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"}) {
    auto q = Query(query);
    ASSERT_FALSE(q.ok()) << query;
    const std::string& message = q.status().message();
    EXPECT_NE(message.find_first_of("\xe4\xe5\xe6\xe7\xe8\xe9"), std::string::npos)
        << message;  // a CJK lead byte
  }
  auto missing = ParsePostRequestForm(Form("lat=34.0&long=113.8"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "缺少 service_code service_code is required");
}

TEST(ParseRequestsQueryTest, DefaultsToTheLast90Days) {
  const auto q = Query("");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->end, kNow);
  EXPECT_EQ(q->start, kNow - 90 * kDay);
  EXPECT_TRUE(q->ids.empty());
  EXPECT_TRUE(q->service_codes.empty());
  EXPECT_EQ(q->status, "");
  EXPECT_EQ(q->page, 1);
  EXPECT_EQ(q->page_size, 1000);
}

TEST(ParseRequestsQueryTest, OneDateOpensA90DayWindow) {
  auto q = Query("start_date=2026-01-01T00:00:00Z");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->start, At("2026-01-01T08:00:00+08:00"));
  EXPECT_EQ(q->end, *q->start + 90 * kDay);

  q = Query("end_date=2026-06-01T00:00:00%2B08:00");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->end, At("2026-06-01T00:00:00+08:00"));
  EXPECT_EQ(q->start, *q->end - 90 * kDay);
}

TEST(ParseRequestsQueryTest, BothDatesMaySpanAtMost90Days) {
  auto q = Query("start_date=2026-01-01T00:00:00Z&end_date=2026-04-01T00:00:00Z");  // 90 days
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(*q->end - *q->start, 90 * kDay);

  q = Query("start_date=2026-01-01T00:00:00Z&end_date=2026-04-01T00:00:01Z");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(q.status().field(), "end_date");

  q = Query("start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z");
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.status().field(), "end_date");
}

TEST(ParseRequestsQueryTest, RejectsBadDates) {
  for (const char* query :
       {"start_date=yesterday", "start_date=2026-13-01T00:00:00Z", "end_date=2026-02-30T00:00:00Z",
        "end_date=2026-01-01T25:00:00Z", "start_date=2026-01-01T00:00:00Zjunk"}) {
    const auto q = Query(query);
    ASSERT_FALSE(q.ok()) << query;
    EXPECT_EQ(q.status().code(), ErrorCode::kInvalidArgument) << query;
    EXPECT_EQ(q.status().field(), std::string(query).substr(0, std::string(query).find('=')));
  }
  EXPECT_EQ(Query("start_date=2026-01-01&start_date=2026-01-02").status().field(), "start_date");
}

TEST(ParseRequestsQueryTest, ReadsCommaSeparatedLists) {
  const auto q = Query("service_code=A01-003,+B02-001&service_code=A01-003,C03&status=open");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->service_codes, (std::vector<std::string>{"A01-003", "B02-001", "C03"}));
  EXPECT_EQ(q->status, "open");
}

TEST(ParseRequestsQueryTest, StatusIsOpenClosedOrBoth) {
  EXPECT_EQ(Query("status=closed")->status, "closed");
  EXPECT_EQ(Query("status=open,closed")->status, "");
  EXPECT_EQ(Query("status=open&status=closed")->status, "");
  EXPECT_EQ(Query("status=")->status, "");
  const auto bad = Query("status=open,pending");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().field(), "status");
}

TEST(ParseRequestsQueryTest, IdsOverrideEveryOtherFilter) {
  const auto q = Query(
      "service_request_id=2026-1,2026-2,,2026-1&service_code=A&status=bogus&"
      "start_date=bad&page_size=10");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->ids, (std::vector<std::string>{"2026-1", "2026-2"}));
  EXPECT_TRUE(q->service_codes.empty());
  EXPECT_FALSE(q->start.has_value());
  EXPECT_FALSE(q->end.has_value());
  EXPECT_EQ(q->page_size, 10);
}

TEST(ParseRequestsQueryTest, PageAndPageSizeBounds) {
  auto q = Query("page=3&page_size=1000");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->page, 3);
  EXPECT_EQ(q->page_size, 1000);
  EXPECT_EQ(Query("page_size=1")->page_size, 1);
  for (const char* query : {"page=0", "page=-1", "page=abc", "page=2x", "page=99999999999", "page_size=0",
                            "page_size=1001", "page_size=10.5", "page_size=%2010"}) {
    q = Query(query);
    ASSERT_FALSE(q.ok()) << query;
    EXPECT_EQ(q.status().code(), ErrorCode::kInvalidArgument) << query;
    EXPECT_EQ(q.status().field(), std::string(query).substr(0, std::string(query).find('=')));
  }
  EXPECT_EQ(Query("page=1&page=2").status().field(), "page");
  // The first row of the last page, (page - 1) * page_size, still fits an int.
  EXPECT_EQ(Query("page=2147484&page_size=1000")->page, 2147484);
  EXPECT_EQ(Query("page=2147485&page_size=1000").status().field(), "page");
}

TEST(ParseRequestsQueryTest, UnknownKeysAreIgnored) {
  EXPECT_TRUE(Query("jurisdiction_id=zhongyuan.gov.cn&lang=zh&extensions=true").ok());
}

}  // namespace
}  // namespace sanwang::api::open311
