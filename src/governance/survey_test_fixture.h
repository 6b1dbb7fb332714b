// Surveys' domain tests, on SQLite and PostgreSQL: the small district of
// org::SmallDistrictTest (district D → street S → communities C and C2, grids G1 and G2 in
// C), the organizer (supervisor), a leader, community staff of C, a grid worker of G1 and
// residents of C and C2; households 300 in C and 100 in C2; and a survey over the district
// open through the second half of 2026 in Shanghai: whether one lives here and (only then)
// how satisfied one is (Likert), a matrix of three aspects, the services used, an age and a
// comment; the index "livability" (宜居度) reads the satisfaction once and the matrix's rows
// at half weight each.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "governance/survey_desk.h"
#include "org/org_test_fixture.h"
#include "support/store/roster_repository.h"

namespace sanwang::governance {

class SurveyTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    for (auto [name, role, unit] :
         {std::tuple{"organizer", "supervisor", "D"}, std::tuple{"leader", "leader", "D"},
          std::tuple{"staff_c", "community_staff", "C"}, std::tuple{"staff_c2", "community_staff", "C2"},
          std::tuple{"grid1", "grid_worker", "G1"}, std::tuple{"admin", "admin", "D"},
          std::tuple{"resident_c", "resident", "C"}, std::tuple{"resident_c_2", "resident", "C"},
          std::tuple{"resident_c2", "resident", "C2"}}) {
      users_[name] = AddTestAccount(name, role, unit);
    }
    store::RosterRepository roster(db());
    ASSERT_TRUE(roster.SetHouseholds({org::kTestDistrict, IdOf("C"), 300, ""}).ok());
    ASSERT_TRUE(roster.SetHouseholds({org::kTestDistrict, IdOf("C2"), 100, ""}).ok());
    org_ = std::make_unique<org::OrgDirectory>(Directory());
    clock_.Set(*ParseIso8601("2026-07-01T09:00:00+08:00"));
  }

  SurveyDesk As(const std::string& account) {
    return {db(), *org_, cases::Actor::FromUser(users_.at(account)), clock_};
  }
  SurveyDesk Anonymous() { return {db(), *org_, cases::Actor{std::nullopt, "", std::nullopt}, clock_}; }

  SurveyTerms Terms(const std::string& title = "2026年下半年群众满意度测评",
                    const std::string& period = "2026年下半年") {
    SurveyTerms t;
    t.title = title;
    t.intro = "您的意见将帮助我们改进社区工作。";
    t.series = "群众满意度";
    t.period = period;
    t.area_unit_id = IdOf("D");
    t.opens_at = *ParseIso8601("2026-07-01T00:00:00+08:00");
    t.closes_at = *ParseIso8601("2027-01-01T00:00:00+08:00");
    t.questionnaire = *ParseQuestionnaire(nlohmann::json::parse(R"([
      {"code": "lives", "kind": "single", "text": "您是否居住在本社区？",
       "options": [{"code": "yes", "label": "是"}, {"code": "no", "label": "否"}]},
      {"code": "satisfied", "kind": "likert", "text": "您对居住环境的总体满意程度",
       "show_when": {"question": "lives", "any_of": ["yes"]}},
      {"code": "aspects", "kind": "matrix", "text": "请为以下方面打分", "required": false,
       "options": [{"code": "green", "label": "绿化"}, {"code": "clean", "label": "卫生"}]},
      {"code": "uses", "kind": "multiple", "text": "您使用过哪些社区服务？", "required": false,
       "options": [{"code": "library", "label": "书屋"}, {"code": "court", "label": "球场"}]},
      {"code": "age", "kind": "number", "text": "您的年龄", "minimum": 16, "maximum": 110, "required": false},
      {"code": "comment", "kind": "text", "text": "其他意见", "required": false}
    ])"));
    t.indices = {{"livability",
                  "宜居度",
                  {{"satisfied", 1, 1, 5}, {"aspects.green", 0.5, 1, 5}, {"aspects.clean", 0.5, 1, 5}},
                  2}};
    return t;
  }

  // A draft made by the organizer and opened.
  store::Id OpenSurvey(const SurveyTerms& terms) {
    auto made = CreateSurvey(As("organizer"), terms);
    EXPECT_TRUE(made.ok()) << made.status().ToString();
    if (!made.ok()) return 0;
    auto opened = MoveSurvey(As("organizer"), made->record.id, kSurveyOpen);
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    return made->record.id;
  }

  // An answer of a resident who lives here, satisfied at `likert`, nothing else.
  static nlohmann::json Satisfied(int likert) { return {{"lives", "yes"}, {"satisfied", likert}}; }

  std::map<std::string, store::UserRecord> users_;
  std::unique_ptr<org::OrgDirectory> org_;
};

}  // namespace sanwang::governance
