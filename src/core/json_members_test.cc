#include "core/json_members.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>

namespace sanwang {
namespace {

nlohmann::json Written(const std::function<void(JsonWriter&)>& members) {
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  members(w);
  w.EndObject();
  return nlohmann::json::parse(out);
}

TEST(JsonMembersTest, AbsentValuesAreNull) {
  nlohmann::json j = Written([](JsonWriter& w) {
    WriteTimeMember(w, "at", std::nullopt);
    WriteIntMember(w, "n", std::nullopt);
    WriteDoubleMember(w, "x", std::nullopt);
  });
  EXPECT_EQ(j, nlohmann::json::parse(R"({"at":null,"n":null,"x":null})"));
}

TEST(JsonMembersTest, PresentValuesAreWrittenAsTheirType) {
  nlohmann::json j = Written([](JsonWriter& w) {
    WriteTimeMember(w, "at", UnixSeconds{1796428800});  // 2026-12-05 00:00 UTC
    WriteIntMember(w, "n", -42);
    WriteDoubleMember(w, "x", 113.8125);
  });
  EXPECT_EQ(j["at"], "2026-12-05T08:00:00+08:00");
  EXPECT_EQ(j["n"], -42);
  EXPECT_EQ(j["x"], 113.8125);
}

TEST(JsonMembersTest, ANumberThatIsNotFiniteIsNull) {
  nlohmann::json j = Written([](JsonWriter& w) { WriteDoubleMember(w, "x", std::nan("")); });
  EXPECT_TRUE(j["x"].is_null());
}

}  // namespace
}  // namespace sanwang
