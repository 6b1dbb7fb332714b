// An area's Atom feed through Api::Handle on both engines: public, a well-formed Atom
// document (parsed with expat) whose entries are exactly the area's reports, newest
// first, with what a feed reader needs; nothing of who reported or what they wrote; a
// change of a report shows at once; a code that is no area answers 404. A circle's feed
// holds the reports within its radius; a bad circle is a 400 naming the parameter.
#include <expat.h>

#include "api/api_test_fixture.h"
#include "notify/api/atom_feed.h"

namespace sanwang::api {
namespace {

constexpr const char* kAtom = "http://www.w3.org/2005/Atom";

struct FeedEntry {
  std::map<std::string, std::string> text;  // element (without namespace) → its text
  std::string category;                     // the category's term
};

// What a reader takes from the document: the feed's own elements and its entries. Parsed
// with expat; `well_formed` is false (and `error` says why) if expat refuses it.
struct ParsedFeed {
  bool well_formed = false;
  std::string error;
  std::string root;  // "namespace|name"
  std::map<std::string, std::string> feed;
  std::vector<FeedEntry> entries;
  // Parser state.
  std::vector<std::string> open;
  std::string chars;
};

std::string LocalName(const std::string& qualified) {
  const std::size_t bar = qualified.rfind('|');
  return bar == std::string::npos ? qualified : qualified.substr(bar + 1);
}

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& p = *static_cast<ParsedFeed*>(data);
  if (p.open.empty()) p.root = name;
  p.open.push_back(name);
  p.chars.clear();
  const std::string local = LocalName(name);
  if (local == "entry" && p.open.size() == 2) p.entries.emplace_back();
  if (local == "category" && !p.entries.empty()) {
    for (int i = 0; attributes[i] != nullptr; i += 2) {
      if (std::string(attributes[i]) == "term") p.entries.back().category = attributes[i + 1];
    }
  }
}

void XMLCALL OnEnd(void* data, const XML_Char* name) {
  auto& p = *static_cast<ParsedFeed*>(data);
  const std::string local = LocalName(name);
  if (p.open.size() == 2) p.feed[local] = p.chars;
  if (p.open.size() == 3 && LocalName(p.open[1]) == "entry") p.entries.back().text[local] = p.chars;
  p.open.pop_back();
  p.chars.clear();
}

void XMLCALL OnText(void* data, const XML_Char* s, int len) {
  static_cast<ParsedFeed*>(data)->chars.append(s, static_cast<std::size_t>(len));
}

ParsedFeed Parse(const std::string& body) {
  ParsedFeed p;
  XML_Parser parser = XML_ParserCreateNS("UTF-8", '|');
  XML_SetUserData(parser, &p);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  p.well_formed = XML_Parse(parser, body.data(), static_cast<int>(body.size()), 1) == XML_STATUS_OK;
  if (!p.well_formed) p.error = XML_ErrorString(XML_GetErrorCode(parser));
  XML_ParserFree(parser);
  return p;
}

class AreaFeedApiTest : public ApiTest {
 protected:
  ParsedFeed Feed(const std::string& code) { return FeedAt(notify::AreaFeedPath(code)); }
  ParsedFeed FeedAt(const std::string& path) {
    HttpResponse r = Request("GET", path);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "application/atom+xml; charset=utf-8");
    ParsedFeed feed = Parse(r.body);
    EXPECT_TRUE(feed.well_formed) << feed.error << "\n" << r.body;
    return feed;
  }
  std::int64_t File(const std::string& who, geo::LonLat where, const std::string& title,
                    const std::string& description) {
    HttpResponse r = As(who, "POST", "/api/v1/cases",
                        {{"item_code", "A01-001"},
                         {"title", title},
                         {"description", description},
                         {"lon", where.lon},
                         {"lat", where.lat},
                         {"address", "建设路1号"},
                         {"reporter_name", "李四"},
                         {"reporter_phone", "13900001111"},
                         {"for_other_person", true}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  static std::vector<std::string> Ids(const ParsedFeed& feed) {
    std::vector<std::string> ids;
    for (const FeedEntry& e : feed.entries) ids.push_back(e.text.at("id"));
    return ids;
  }
};

TEST_P(AreaFeedApiTest, EachAreaHasAWellFormedFeedOfItsOwnReportsNewestFirst) {
  const std::int64_t first = File("resident1", kInG2, "路灯不亮", "");
  clock_.Advance(60);
  const std::int64_t second = File("resident1", kInG1, "井盖 <破损> & 移位", "");
  clock_.Advance(60);
  const std::int64_t elsewhere = File("resident2", kInG3, "噪音扰民", "");
  auto urn = [](std::int64_t id) { return "urn:sanwang:411002:case:" + std::to_string(id); };

  const ParsedFeed c = Feed("C");
  EXPECT_EQ(c.root, std::string(kAtom) + "|feed");
  EXPECT_EQ(c.feed.at("id"), "urn:sanwang:411002:area:C");
  EXPECT_EQ(c.feed.at("title"), "单位C 群众诉求 reports");
  EXPECT_EQ(c.feed.at("updated"), "2026-11-30T09:01:00+08:00") << "the newest change";
  EXPECT_EQ(Ids(c), (std::vector<std::string>{urn(second), urn(first)}));
  EXPECT_EQ(Ids(Feed("G2")), std::vector<std::string>{urn(first)});
  EXPECT_EQ(Ids(Feed("C2")), std::vector<std::string>{urn(elsewhere)});
  EXPECT_EQ(Ids(Feed("D")), (std::vector<std::string>{urn(elsewhere), urn(second), urn(first)}));

  const FeedEntry& e = c.entries.front();
  EXPECT_NE(e.text.at("title").find("井盖 <破损> & 移位"), std::string::npos) << "escaped, read back whole";
  EXPECT_EQ(e.text.at("published"), "2026-11-30T09:01:00+08:00");
  EXPECT_EQ(e.text.at("updated"), "2026-11-30T09:01:00+08:00");
  EXPECT_EQ(e.category, "open");
  EXPECT_NE(e.text.at("summary").find("已派单 Dispatched"), std::string::npos) << e.text.at("summary");
  EXPECT_NE(e.text.at("summary").find("建设路1号"), std::string::npos);
  EXPECT_EQ(e.text.at("point"), "34.010000 113.805000");
}

TEST_P(AreaFeedApiTest, NothingOfWhoReportedOrWhatTheyWrote) {
  File("resident1", kInG2, "楼道堆放杂物", "我的电话13900001111，住3单元");
  HttpResponse r = Request("GET", notify::AreaFeedPath("D"));
  ASSERT_EQ(r.status, 200);
  for (const char* secret : {"李四", "13900001111", "3单元", "resident1", "测试"}) {
    EXPECT_EQ(r.body.find(secret), std::string::npos) << secret << " in\n" << r.body;
  }
}

TEST_P(AreaFeedApiTest, AChangeShowsAtOnceAndAClosedReportSaysSo) {
  const std::int64_t id = File("resident1", kInG2, "路灯不亮", "");
  ASSERT_EQ(Feed("G2").entries.at(0).category, "open");
  clock_.Advance(600);
  const std::string path = "/api/v1/cases/" + std::to_string(id) + "/transitions";
  ASSERT_EQ(As("grid2", "POST", path, {{"action", "accept"}}).status, 200);
  ASSERT_EQ(As("grid2", "POST", path, {{"action", "resolve"}, {"note", "已修复"}}).status, 200);
  const ParsedFeed after = Feed("G2");
  ASSERT_EQ(after.entries.size(), 1u);
  EXPECT_EQ(after.entries[0].category, "closed");
  EXPECT_NE(after.entries[0].text.at("summary").find("已办结 Resolved"), std::string::npos);
  EXPECT_EQ(after.entries[0].text.at("updated"), "2026-11-30T09:10:00+08:00");
  EXPECT_EQ(after.feed.at("updated"), "2026-11-30T09:10:00+08:00");
}

TEST_P(AreaFeedApiTest, AnAreaWithoutReportsIsAnEmptyFeedAndACodeThatIsNoAreaIs404) {
  const ParsedFeed empty = Feed("G1");
  EXPECT_TRUE(empty.entries.empty());
  EXPECT_EQ(empty.feed.at("updated"), "2026-11-30T09:00:00+08:00");
  EXPECT_EQ(Request("GET", notify::AreaFeedPath("NOPE")).status, 404);
  EXPECT_EQ(Request("GET", notify::AreaFeedPath("DEPT")).status, 404) << "a department is no area";
  EXPECT_EQ(Request("GET", notify::AreaFeedPath("CMD")).status, 404);
}

TEST_P(AreaFeedApiTest, ACirclesFeedHoldsTheReportsWithinItsRadius) {
  const std::int64_t near = File("resident1", {kInG2.lon + 0.003, kInG2.lat}, "路灯不亮", "");  // about 280 m
  clock_.Advance(60);
  File("resident1", kInG1, "井盖破损", "");  // about 920 m west
  clock_.Advance(60);
  const std::int64_t centre = File("resident2", kInG2, "噪音扰民", "我的电话13900001111");
  const std::string path = notify::CircleFeedPath(kInG2, 500);
  EXPECT_EQ(path, "/api/v1/areas/circle.atom?lon=113.815000&lat=34.010000&radius_m=500");
  const ParsedFeed circle = FeedAt(path);
  EXPECT_EQ(circle.feed.at("id"), "urn:sanwang:411002:circle:113.815000,34.010000,500");
  EXPECT_NE(circle.feed.at("title").find("500"), std::string::npos) << circle.feed.at("title");
  EXPECT_EQ(Ids(circle), (std::vector<std::string>{"urn:sanwang:411002:case:" + std::to_string(centre),
                                                   "urn:sanwang:411002:case:" + std::to_string(near)}));
  EXPECT_EQ(Request("GET", path).body.find("13900001111"), std::string::npos);
  EXPECT_EQ(FeedAt(notify::CircleFeedPath(kInG2, 1500)).entries.size(), 3U);
  EXPECT_EQ(FeedAt(notify::CircleFeedPath(kInG2, 100)).entries.size(), 1U);

  // A circle people may not follow has no feed: the parameter at fault is named.
  auto refused = [&](const std::string& query) {
    HttpResponse r = Request("GET", "/api/v1/areas/circle.atom?" + query);
    EXPECT_EQ(r.status, 400) << query << ": " << r.body;
    return r.status == 400 ? Json(r)["error"]["field"].get<std::string>() : "";
  };
  EXPECT_EQ(refused("lon=113.815&lat=34.01&radius_m=50"), "radius_m");
  EXPECT_EQ(refused("lon=113.815&lat=34.01&radius_m=3001"), "radius_m");
  EXPECT_EQ(refused("lon=113.815&lat=34.01&radius_m=500.5"), "radius_m");
  EXPECT_EQ(refused("lon=113.815&lat=34.01"), "radius_m");
  EXPECT_EQ(refused("lon=120.0&lat=30.0&radius_m=500"), "lon") << "outside the district";
  EXPECT_EQ(refused("lon=abc&lat=34.01&radius_m=500"), "lon");
}

TEST_P(AreaFeedApiTest, AFollowedCircleNamesItsFeed) {
  HttpResponse made = As("resident2", "POST", "/api/v1/me/area-follows",
                         {{"lon", kInG2.lon}, {"lat", kInG2.lat}, {"radius_m", 800}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(Json(made)["feed"], notify::CircleFeedPath(kInG2, 800));
  EXPECT_TRUE(FeedAt(Json(made)["feed"].get<std::string>()).well_formed);
}

SANWANG_INSTANTIATE_API_BACKENDS(AreaFeedApiTest);

}  // namespace
}  // namespace sanwang::api
