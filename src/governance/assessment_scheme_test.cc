// Assessment schemes: what validation refuses and why, and the scheme as JSON.
#include "governance/assessment_scheme.h"

#include <gtest/gtest.h>

#include <functional>

#include "governance/assessment_test_scheme.h"

namespace sanwang::governance {
namespace {

// A refusal in Chinese followed by English, about `field`, naming indicator `code` in both.
void ExpectRefused(const Status& status, const std::string& field, const std::string& code) {
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.field(), field) << status.message();
  EXPECT_NE(status.message().find("指标 " + code), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("Indicator " + code), std::string::npos) << status.message();
  EXPECT_TRUE(ChineseThenEnglish(status.message())) << status.message();
}

template <typename Rule>
Rule& RuleOf(AssessmentScheme& s, std::size_t index) {
  return std::get<Rule>(s.indicators[index].rule);
}

TEST(AssessmentScheme, TheWorkedSchemeIsValid) {
  AssessmentScheme s = WorkedScheme();
  EXPECT_TRUE(ValidateScheme(s).ok()) << ValidateScheme(s).ToString();
  EXPECT_TRUE(s.indicators[0].is_base());
  EXPECT_FALSE(s.indicators[4].is_base());
  EXPECT_FALSE(s.indicators[5].is_base());
  EXPECT_TRUE(std::get<LinearRule>(s.indicators[1].rule).lower_is_better());
  EXPECT_FALSE(std::get<LinearRule>(s.indicators[0].rule).lower_is_better());
  EXPECT_EQ(s.Find("Q3"), &s.indicators[2]);
  EXPECT_EQ(s.Find("Q9"), nullptr);
}

TEST(AssessmentScheme, BaseWeightsMustSumToExactlyOneHundred) {
  AssessmentScheme s = WorkedScheme();
  s.indicators[0].weight = Pts(19);  // 19 + 20 + 30 + 30 = 99
  Status st = ValidateScheme(s);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.field(), "indicators");
  EXPECT_NE(st.message().find("应为 100，现为 99 "), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("must sum to 100, not 99"), std::string::npos) << st.message();

  s.indicators[0].weight = Pts(21);  // 101
  st = ValidateScheme(s);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("not 101"), std::string::npos) << st.message();

  s.indicators[0].weight = Pts(20.01);  // 100.01: a hundredth too many is still wrong
  st = ValidateScheme(s);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("not 100.01"), std::string::npos) << st.message();

  // Bonus and deduction items sit outside the 100: their caps do not count.
  s.indicators[0].weight = Pts(20);
  RuleOf<BonusRule>(s, 4).cap = Pts(50);
  EXPECT_TRUE(ValidateScheme(s).ok());
}

TEST(AssessmentScheme, CodesAreUniqueAndPresent) {
  AssessmentScheme s = WorkedScheme();
  s.indicators[1].code = "Q1";
  ExpectRefused(ValidateScheme(s), "indicators[1].code", "Q1");

  s = WorkedScheme();
  s.indicators[2].code = " ";
  Status st = ValidateScheme(s);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.field(), "indicators[2].code");
  EXPECT_NE(st.message().find("第 3 个指标缺少编码 Indicator 3 has no code"), std::string::npos)
      << st.message();

  s = WorkedScheme();
  s.indicators[3].name = "";
  ExpectRefused(ValidateScheme(s), "indicators[3].name", "Q4");
}

TEST(AssessmentScheme, RefusesALinearFloorEqualToItsTarget) {
  AssessmentScheme s = WorkedScheme();
  RuleOf<LinearRule>(s, 1).floor = Val(5);  // Q2's target is 5%
  ExpectRefused(ValidateScheme(s), "indicators[1].rule.floor", "Q2");
}

TEST(AssessmentScheme, RefusesThresholdsOutOfOrder) {
  AssessmentScheme s = WorkedScheme();
  RuleOf<ThresholdsRule>(s, 2).steps[1].bound = Val(75);  // 80, 75, 95
  ExpectRefused(ValidateScheme(s), "indicators[2].rule.steps[1].bound", "Q3");

  s = WorkedScheme();
  RuleOf<ThresholdsRule>(s, 2).steps[2].bound = Val(90);  // 80, 90, 90: not strictly
  ExpectRefused(ValidateScheme(s), "indicators[2].rule.steps[2].bound", "Q3");

  // Where lower is better the bounds fall: 80, 90, 95 is the wrong way round.
  s = WorkedScheme();
  RuleOf<ThresholdsRule>(s, 2).lower_is_better = true;
  ExpectRefused(ValidateScheme(s), "indicators[2].rule.steps[1].bound", "Q3");
  RuleOf<ThresholdsRule>(s, 2).steps = {{Val(10), Val(0.5)}, {Val(5), Val(1)}};
  EXPECT_TRUE(ValidateScheme(s).ok());

  s = WorkedScheme();
  RuleOf<ThresholdsRule>(s, 2).steps[2].fraction = Val(0.7);  // a harder step earning less
  ExpectRefused(ValidateScheme(s), "indicators[2].rule.steps[2].fraction", "Q3");

  s = WorkedScheme();
  RuleOf<ThresholdsRule>(s, 2).steps[2].fraction = Val(1.2);
  ExpectRefused(ValidateScheme(s), "indicators[2].rule.steps[2].fraction", "Q3");

  s = WorkedScheme();
  RuleOf<ThresholdsRule>(s, 2).steps.clear();
  ExpectRefused(ValidateScheme(s), "indicators[2].rule.steps", "Q3");
}

TEST(AssessmentScheme, RefusesCapsAndStepsThatAreNotPositive) {
  AssessmentScheme s = WorkedScheme();
  RuleOf<BonusRule>(s, 4).cap = Pts(-1);
  ExpectRefused(ValidateScheme(s), "indicators[4].rule.cap", "B1");

  s = WorkedScheme();
  RuleOf<DeductionRule>(s, 5).cap = 0;
  ExpectRefused(ValidateScheme(s), "indicators[5].rule.cap", "D1");

  s = WorkedScheme();
  RuleOf<DeductionRule>(s, 5).per_occurrence = Pts(-0.5);
  ExpectRefused(ValidateScheme(s), "indicators[5].rule.per_occurrence", "D1");

  s = WorkedScheme();
  RuleOf<RankRule>(s, 3).step = 0;
  ExpectRefused(ValidateScheme(s), "indicators[3].rule.step", "Q4");

  s = WorkedScheme();
  RuleOf<RankRule>(s, 3).floor = Pts(31);  // above Q4's weight of 30
  ExpectRefused(ValidateScheme(s), "indicators[3].rule.floor", "Q4");

  // Parameters too large to score are refused before they could overflow.
  s = WorkedScheme();
  RuleOf<LinearRule>(s, 0).target = (kMaxAbsoluteValue + 1) * kValueScale;
  ExpectRefused(ValidateScheme(s), "indicators[0].rule.target", "Q1");
  s = WorkedScheme();
  RuleOf<BonusRule>(s, 4).cap = (kMaxAbsoluteValue + 1) * kPointScale;
  ExpectRefused(ValidateScheme(s), "indicators[4].rule.cap", "B1");

  s = WorkedScheme();
  s.bonus_cap = Pts(-2);
  Status st = ValidateScheme(s);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.field(), "bonus_cap");
}

TEST(AssessmentScheme, WeightsBelongToBaseIndicatorsOnly) {
  AssessmentScheme s = WorkedScheme();
  s.indicators[4].weight = Pts(2);
  ExpectRefused(ValidateScheme(s), "indicators[4].weight", "B1");

  s = WorkedScheme();
  s.indicators[0].weight = Pts(120);
  s.indicators[1].weight = Pts(-80);
  ExpectRefused(ValidateScheme(s), "indicators[0].weight", "Q1");

  // A base indicator of weight 0 (the others making 100) is refused too.
  s = WorkedScheme();
  s.indicators[0].weight = 0;
  s.indicators[1].weight = Pts(40);
  ExpectRefused(ValidateScheme(s), "indicators[0].weight", "Q1");
}

TEST(AssessmentScheme, ScoresOnlyUnitsThatCanBeAssessed) {
  AssessmentScheme s = WorkedScheme();
  for (const char* kind : {"street", "community", "grid", "department"}) {
    s.unit_kind = kind;
    EXPECT_TRUE(ValidateScheme(s).ok()) << kind;
  }
  for (const char* kind : {"district", "command_center", ""}) {
    s.unit_kind = kind;
    EXPECT_EQ(ValidateScheme(s).field(), "unit_kind") << kind;
  }
  s = WorkedScheme();
  s.name = "";
  EXPECT_EQ(ValidateScheme(s).field(), "name");
}

// The worked scheme as it is stored.
constexpr const char* kWorkedJson = R"({
  "name": "社区月度目标考评", "period": "month", "unit_kind": "community", "bonus_cap": 2.5,
  "indicators": [
    {"code": "Q1", "name": "按时受理率", "source": "cases_on_time_acceptance", "weight": 20,
     "rule": {"kind": "linear", "floor": 60, "target": 95}},
    {"code": "Q2", "name": "超期率", "source": "cases_overdue_share", "weight": 20,
     "rule": {"kind": "linear", "floor": 20, "target": 5}},
    {"code": "Q3", "name": "满意率", "source": "cases_satisfaction", "weight": 30,
     "rule": {"kind": "thresholds", "steps": [{"bound": 80, "fraction": 0.5}, {"bound": 90, "fraction": 0.8},
                                              {"bound": 95, "fraction": 1}]}},
    {"code": "Q4", "name": "信息采用数", "source": "information_adopted", "weight": 30,
     "rule": {"kind": "rank", "step": 7, "floor": 10}},
    {"code": "B1", "name": "表彰加分", "source": "manual", "rule": {"kind": "bonus", "per_occurrence": 1, "cap": 3}},
    {"code": "D1", "name": "重复投诉", "source": "cases_repeat_reports", "weight": 0,
     "rule": {"kind": "deduction", "per_occurrence": 0.5, "cap": 2}}
  ]})";

TEST(AssessmentSchemeJson, ReadsTheStoredFormIntoTheWorkedScheme) {
  auto parsed = ParseScheme(kWorkedJson);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(SchemeToJson(*parsed), SchemeToJson(WorkedScheme()));
  EXPECT_EQ(parsed->indicators[0].weight, 2000);
  EXPECT_EQ(std::get<LinearRule>(parsed->indicators[1].rule).floor, 200000);
  EXPECT_EQ(std::get<ThresholdsRule>(parsed->indicators[2].rule).steps[1].fraction, 8000);
  EXPECT_EQ(std::get<DeductionRule>(parsed->indicators[5].rule).per_occurrence, 50);
  EXPECT_EQ(parsed->bonus_cap, 250);
  EXPECT_EQ(parsed->deduction_cap, std::nullopt);
}

TEST(AssessmentSchemeJson, RoundTripsEveryField) {
  AssessmentScheme s = WorkedScheme();
  s.period = PeriodKind::kQuarter;
  s.deduction_cap = Pts(4.75);
  RuleOf<LinearRule>(s, 0).floor = Val(60.1234);
  RuleOf<RankRule>(s, 3).lower_is_better = true;
  RuleOf<BonusRule>(s, 4).per_occurrence = Pts(0.33);
  nlohmann::json stored = SchemeToJson(s);
  EXPECT_EQ(stored["indicators"][0]["weight"], 20);
  EXPECT_TRUE(stored["indicators"][0]["weight"].is_number_integer());
  EXPECT_EQ(stored["indicators"][0]["rule"]["floor"], 60.1234);
  EXPECT_EQ(stored["period"], "quarter");

  auto back = ParseScheme(stored.dump());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(SchemeToJson(*back), stored);
  EXPECT_EQ(back->period, PeriodKind::kQuarter);
  EXPECT_EQ(back->deduction_cap, 475);
  EXPECT_EQ(std::get<LinearRule>(back->indicators[0].rule).floor, 601234);
  EXPECT_TRUE(std::get<RankRule>(back->indicators[3].rule).lower_is_better);
  EXPECT_EQ(std::get<BonusRule>(back->indicators[4].rule).per_occurrence, 33);
  EXPECT_EQ(back->indicators[5].source, IndicatorSource::kCasesRepeatReports);
}

// Parses the worked JSON with one change made to it, expecting a refusal about `field`.
void ExpectJsonRefused(const std::function<void(nlohmann::json&)>& change, const std::string& field) {
  nlohmann::json j = nlohmann::json::parse(kWorkedJson);
  change(j);
  auto parsed = SchemeFromJson(j);
  ASSERT_FALSE(parsed.ok()) << j.dump();
  EXPECT_EQ(parsed.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(parsed.status().field(), field) << parsed.status().message();
  EXPECT_TRUE(ChineseThenEnglish(parsed.status().message())) << parsed.status().message();
}

TEST(AssessmentSchemeJson, RefusesBadJsonNamingTheField) {
  auto not_json = ParseScheme("{\"name\": ");
  ASSERT_FALSE(not_json.ok());
  EXPECT_NE(not_json.status().message().find("不是有效的 JSON The scheme is not valid JSON"),
            std::string::npos);
  EXPECT_FALSE(ParseScheme("[1, 2]").ok());

  ExpectJsonRefused([](auto& j) { j.erase("name"); }, "name");
  ExpectJsonRefused([](auto& j) { j["period"] = "week"; }, "period");
  ExpectJsonRefused([](auto& j) { j["unit_kind"] = 3; }, "unit_kind");
  ExpectJsonRefused([](auto& j) { j["indicators"] = "Q1"; }, "indicators");
  ExpectJsonRefused([](auto& j) { j["indicators"][1] = 7; }, "indicators[1]");
  ExpectJsonRefused([](auto& j) { j["indicators"][1]["source"] = "rumours"; }, "indicators[1].source");
  ExpectJsonRefused([](auto& j) { j["indicators"][1]["rule"]["kind"] = "curve"; }, "indicators[1].rule.kind");
  ExpectJsonRefused([](auto& j) { j["indicators"][0]["rule"]["floor"] = "60"; }, "indicators[0].rule.floor");
  ExpectJsonRefused([](auto& j) { j["indicators"][0]["rule"].erase("target"); }, "indicators[0].rule.target");
  ExpectJsonRefused([](auto& j) { j["indicators"][0]["weight"] = 19.999; }, "indicators[0].weight");
  ExpectJsonRefused([](auto& j) { j["indicators"][0]["weight"] = 1e300; }, "indicators[0].weight");
  ExpectJsonRefused([](auto& j) { j["indicators"][0]["rule"]["taget"] = 95; }, "indicators[0].rule.taget");
  ExpectJsonRefused([](auto& j) { j["indicators"][2]["rule"]["steps"] = 80; }, "indicators[2].rule.steps");
  ExpectJsonRefused([](auto& j) { j["indicators"][2]["rule"]["steps"][1]["fraction"] = 0.12345; },
                    "indicators[2].rule.steps[1].fraction");
  ExpectJsonRefused([](auto& j) { j["indicators"][3]["rule"]["lower_is_better"] = "yes"; },
                    "indicators[3].rule.lower_is_better");
  ExpectJsonRefused([](auto& j) { j["bonus_cap"] = nlohmann::json::array(); }, "bonus_cap");
  // A scheme that reads but does not validate is refused as validation refuses it.
  ExpectJsonRefused([](auto& j) { j["indicators"][0]["weight"] = 19; }, "indicators");
  ExpectJsonRefused([](auto& j) { j["indicators"][4]["rule"]["cap"] = -1; }, "indicators[4].rule.cap");
}

TEST(AssessmentSchemeJson, NamesTheProblemInChineseAndEnglish) {
  nlohmann::json j = nlohmann::json::parse(kWorkedJson);
  j["indicators"][0]["weight"] = 19.999;
  auto parsed = SchemeFromJson(j);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().message(),
            "indicators[0].weight 最多两位小数 indicators[0].weight may have at most two decimals");
  j = nlohmann::json::parse(kWorkedJson);
  j["indicators"][1]["source"] = "rumours";
  EXPECT_EQ(
      SchemeFromJson(j).status().message(),
      "indicators[1].source 不是已知的数据来源：rumours indicators[1].source is not a known source: rumours");
}

}  // namespace
}  // namespace sanwang::governance
