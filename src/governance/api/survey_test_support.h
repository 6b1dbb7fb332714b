// Surveys for the API tests and the access rows, made through the routes: terms over the
// test district (D → S → C with grids G1, G2 and C2 with G3) with a short questionnaire and
// the livability index, a survey made and opened as the supervisor, one-time links. Test code.
#pragma once

#include <string>

#include "api/api_test_fixture.h"
#include "store/org_repository.h"

namespace sanwang::api::survey_test {

inline std::int64_t UnitId(ApiTest& test, const std::string& code) {
  auto unit = store::OrgRepository(test.direct_db()).FindByCode("411002", code);
  EXPECT_TRUE(unit.ok() && *unit) << code;
  return unit.ok() && *unit ? (*unit)->id : 0;
}

inline nlohmann::json Terms(ApiTest& test, const std::string& title, UnixSeconds opens, UnixSeconds closes) {
  return {{"title", title},
          {"intro", "您的意见将帮助我们改进社区工作。"},
          {"series", "群众满意度"},
          {"period", "2026年下半年"},
          {"area_unit_id", UnitId(test, "D")},
          {"opens_at", FormatIso8601(opens)},
          {"closes_at", FormatIso8601(closes)},
          {"questions", nlohmann::json::parse(R"([
             {"code": "satisfied", "kind": "likert", "text": "您对居住环境的总体满意程度"},
             {"code": "aspects", "kind": "matrix", "text": "请为以下方面打分", "required": false,
              "options": [{"code": "green", "label": "绿化"}, {"code": "clean", "label": "卫生"}]},
             {"code": "comment", "kind": "text", "text": "其他意见", "required": false}])")},
          {"indices", nlohmann::json::parse(R"([{"code": "livability", "name": "宜居度", "min_sample": 2,
             "questions": [{"code": "satisfied", "weight": 1}, {"code": "aspects.green", "weight": 0.5},
                           {"code": "aspects.clean", "weight": 0.5}]}])")}};
}

// A draft made by the supervisor, open from a day ago for thirty days.
inline std::int64_t Draft(ApiTest& test, const std::string& title) {
  const UnixSeconds now = test.clock().Now();
  HttpResponse r = test.As("supervisor", "POST", "/api/v1/surveys",
                           Terms(test, title, now - 86400, now + std::int64_t{30} * 86400));
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

inline std::int64_t Opened(ApiTest& test, const std::string& title) {
  const std::int64_t id = Draft(test, title);
  HttpResponse r =
      test.As("supervisor", "POST", "/api/v1/surveys/" + std::to_string(id) + "/state", {{"state", "open"}});
  EXPECT_EQ(r.status, 200) << r.body;
  return id;
}

inline std::string Path(std::int64_t id) { return "/api/v1/surveys/" + std::to_string(id); }

inline std::string Link(ApiTest& test, std::int64_t survey, const std::string& community = "C2") {
  HttpResponse r = test.As("supervisor", "POST", Path(survey) + "/links",
                           {{"community_id", UnitId(test, community)}, {"count", 1}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["tokens"][0].get<std::string>() : "";
}

inline nlohmann::json Answer(int satisfied) { return {{"answers", {{"satisfied", satisfied}}}}; }

}  // namespace sanwang::api::survey_test
