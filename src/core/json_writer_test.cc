#include "core/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

namespace sanwang {
namespace {

using Json = nlohmann::ordered_json;

std::string Written(const std::function<void(JsonWriter&)>& write) {
  std::string out;
  JsonWriter w(out);
  write(w);
  return out;
}

std::string DumpedString(const std::string& text) { return Json(text).dump(); }
std::string DumpedDouble(double x) { return Json(x).dump(); }

TEST(JsonWriterTest, StringsAreEscapedAsNlohmannEscapesThem) {
  const std::string texts[] = {
      "",
      "plain",
      "井盖缺失 manhole cover missing",
      "quote \" backslash \\ slash /",
      "line\nbreak\r\ttab\bback\fform",
      std::string("nul \0 and \x01 \x1f and del \x7f", 24),
      "emoji 😀 and 𠀀",
  };
  for (const std::string& text : texts) {
    EXPECT_EQ(Written([&](JsonWriter& w) { w.String(text); }), DumpedString(text)) << text;
  }
}

TEST(JsonWriterTest, EachByteThatIsNotUtf8BecomesOneReplacementCharacter) {
  EXPECT_EQ(Written([](JsonWriter& w) {
              w.String(
                  "a\xff"
                  "b");
            }),
            "\"a\xEF\xBF\xBD"
            "b\"");
  // A lead byte without its continuation, then an overlong form of '/'.
  EXPECT_EQ(Written([](JsonWriter& w) { w.String("\xE4\xB8 \xC0\xAF"); }),
            "\"\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\"");
}

// Laid out as nlohmann lays them out (a fraction on whole numbers, an exponent only far
// from 1), with digits that read back as exactly the same double.
TEST(JsonWriterTest, DoublesReadBackExactlyAndAreLaidOutAsNlohmannLaysThemOut) {
  const double values[] = {0.0,
                           -0.0,
                           34.0,
                           113.805,
                           1e15,
                           1e16,
                           123.456e20,
                           1e-4,
                           1.5e-5,
                           0.001,
                           -2.5,
                           5e-324,
                           1.7976931348623157e308,
                           100.0,
                           12345678901234.5};
  for (double x : values) EXPECT_EQ(Written([&](JsonWriter& w) { w.Double(x); }), DumpedDouble(x)) << x;
  std::mt19937_64 random(20261204);
  std::uniform_real_distribution<double> lon(73.0, 135.0), lat(3.0, 54.0), any(-1e6, 1e6);
  for (int i = 0; i < 20000; ++i) {
    for (double x : {lon(random), lat(random), any(random)}) {
      std::string written = Written([&](JsonWriter& w) { w.Double(x); });
      ASSERT_EQ(Json::parse(written).get<double>(), x) << written;
      ASSERT_LE(written.size(), DumpedDouble(x).size()) << written;
      ASSERT_EQ(written.find('e'), std::string::npos) << written;
    }
  }
}

TEST(JsonWriterTest, ANumberThatIsNotFiniteIsNull) {
  EXPECT_EQ(Written([](JsonWriter& w) { w.Double(std::numeric_limits<double>::quiet_NaN()); }), "null");
  EXPECT_EQ(Written([](JsonWriter& w) { w.Double(-std::numeric_limits<double>::infinity()); }), "null");
}

TEST(JsonWriterTest, ARawValueTakesItsPlaceAmongTheOthers) {
  const std::string written = Written([](JsonWriter& w) {
    w.BeginObject();
    w.Key("before");
    w.Int(1);
    w.Key("event");
    w.Raw(R"({"seq":2,"data":[true,null]})");
    w.Key("list");
    w.BeginArray();
    w.Raw("3");
    w.Raw(R"("four")");
    w.EndArray();
    w.EndObject();
  });
  EXPECT_EQ(written, R"({"before":1,"event":{"seq":2,"data":[true,null]},"list":[3,"four"]})");
  EXPECT_EQ(Json::parse(written)["event"]["seq"], 2);
}

TEST(JsonWriterTest, NestedDocumentsMatchTheTreeDump) {
  Json tree = Json::array();
  tree.push_back({{"id", "1"}, {"n", 42}, {"x", 113.8}, {"none", nullptr}, {"yes", true}, {"list", {1, 2}}});
  tree.push_back(Json::object());
  tree.push_back(Json::array());
  tree.push_back({{"nested", {{"a", Json::array({Json::object()})}}}, {"no", false}, {"neg", -7}});
  std::string written = Written([](JsonWriter& w) {
    w.BeginArray();
    w.BeginObject();
    w.Key("id"), w.String("1");
    w.Key("n"), w.Int(42);
    w.Key("x"), w.Double(113.8);
    w.Key("none"), w.Null();
    w.Key("yes"), w.Bool(true);
    w.Key("list"), w.BeginArray(), w.Int(1), w.Int(2), w.EndArray();
    w.EndObject();
    w.BeginObject(), w.EndObject();
    w.BeginArray(), w.EndArray();
    w.BeginObject();
    w.Key("nested"), w.BeginObject(), w.Key("a"), w.BeginArray(), w.BeginObject(), w.EndObject(),
        w.EndArray(), w.EndObject();
    w.Key("no"), w.Bool(false);
    w.Key("neg"), w.Int(-7);
    w.EndObject();
    w.EndArray();
  });
  EXPECT_EQ(written, tree.dump());
}

}  // namespace
}  // namespace sanwang
