// The notice rules as data: the shipped file loads and names only actions of the matter's
// workflow; a bad rule is refused naming the rule and the field; rules are chosen by
// action and by whether the case is open after it; placeholders are filled, the English
// texts with the English value where there is one.
#include "notify/notice_rules.h"

#include <gtest/gtest.h>

#include "testing/test_databases.h"

namespace sanwang::notify {
namespace {

constexpr const char* kOneRule = R"(
[[notice]]
kind = "case_answered"
action = "route"
after = "closed"
to = "reporter"
title = "已答复"
title_en = "Answered"
body = "{title}：{answer}"
body_en = "{title}: {answer}"
)";

TEST(NoticeRulesTest, TheShippedRulesLoadAndNameTheWorkflowsActions) {
  auto rules = NoticeRules::Load(testing::SourceDir() + "/config/notices.toml");
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  EXPECT_GE(rules->rules().size(), 10u);
  auto workflow = cases::Workflow::Load(testing::SourceDir() + "/config/workflows/resident_matter.toml");
  ASSERT_TRUE(workflow.ok());
  EXPECT_TRUE(rules->CheckActions(*workflow).ok());
  // Routing ends open (a unit's inbox) or closed (网上办): different people hear of it; the
  // followers of the area hear of a new report either way, and staff who follow a case of
  // its every move.
  ASSERT_EQ(rules->For("route", true).size(), 3u);
  EXPECT_EQ(rules->For("route", true)[0]->kind, "case_assigned");
  EXPECT_EQ(rules->For("route", true)[0]->to, Audience::kHandlers);
  EXPECT_EQ(rules->For("route", true)[1]->kind, "area_report");
  EXPECT_EQ(rules->For("route", true)[1]->to, Audience::kAreaFollowers);
  EXPECT_EQ(rules->For("route", true)[2]->kind, "case_watched");
  EXPECT_EQ(rules->For("route", true)[2]->to, Audience::kCaseWatchers);
  ASSERT_EQ(rules->For("route", false).size(), 3u);
  EXPECT_EQ(rules->For("route", false)[0]->kind, "case_answered");
  EXPECT_EQ(rules->For("route", false)[1]->kind, "area_report");
  EXPECT_EQ(rules->For("route", false)[2]->kind, "case_watched");
  ASSERT_EQ(rules->For("merge", false).size(), 1u);
  EXPECT_EQ(rules->For("merge", false)[0]->kind, "case_watched");
}

TEST(NoticeRulesTest, ARuleForEveryActionPassesTheWorkflowsCheck) {
  std::string text = kOneRule;
  text.replace(text.find("\"route\""), 7, "\"*\"");
  text.replace(text.find("after = \"closed\"\n"), 17, "");
  auto rules = NoticeRules::Parse(text);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  auto workflow = cases::Workflow::Load(testing::SourceDir() + "/config/workflows/resident_matter.toml");
  ASSERT_TRUE(workflow.ok());
  EXPECT_TRUE(rules->CheckActions(*workflow).ok());
  EXPECT_EQ(rules->For("accept", true).size(), 1u);
  EXPECT_EQ(rules->For("resolve", false).size(), 1u);
}

TEST(NoticeRulesTest, AnActionTheWorkflowDoesNotHaveIsRefused) {
  std::string text = kOneRule;
  text.replace(text.find("\"route\""), 7, "\"teleport\"");
  auto rules = NoticeRules::Parse(text);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  auto workflow = cases::Workflow::Load(testing::SourceDir() + "/config/workflows/resident_matter.toml");
  ASSERT_TRUE(workflow.ok());
  Status checked = rules->CheckActions(*workflow);
  EXPECT_EQ(checked.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(checked.message().find("teleport"), std::string::npos) << checked.message();
}

TEST(NoticeRulesTest, ABadRuleIsRefusedNamingTheRuleAndTheField) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"to = \"reporter\"", "to = \"everyone\"", "to"},
      {"after = \"closed\"", "after = \"later\"", "after"},
      {"title = \"已答复\"", "title = \"\"", "title"},
      {"body = \"{title}：{answer}\"", "body = \"{title}：{phone}\"", "body"},
      {"body_en = \"{title}: {answer}\"", "body_en = \"{title: {answer}\"", "body_en"},
      {"to = \"reporter\"", "to = \"reporter\"\nsource = \"weather\"", "source"},
      {"action = \"route\"", "action = \"route\"\nsource = \"ledger\"", "action"},
  };
  for (const auto& [from, to, field] : cases) {
    std::string text = kOneRule;
    text.replace(text.find(from), from.size(), to);
    auto rules = NoticeRules::Parse(text);
    ASSERT_FALSE(rules.ok()) << to;
    EXPECT_EQ(rules.status().code(), ErrorCode::kInvalidArgument) << to;
    EXPECT_EQ(rules.status().field(), field) << to;
    EXPECT_NE(rules.status().message().find("第 1 条"), std::string::npos) << rules.status().message();
  }
  EXPECT_FALSE(NoticeRules::Parse("").ok());
  EXPECT_FALSE(NoticeRules::Parse("[[notice]\nkind=").ok());
}

TEST(NoticeRulesTest, ARefusalNamesWhatTheRulesSourceAllows) {
  std::string text = kOneRule;
  text.replace(text.find("action = \"route\""), 16, "action = \"supervision\"\nsource = \"ledger\"");
  auto refused = NoticeRules::Parse(text);  // its audience is the reporter
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "to");
  EXPECT_NE(refused.status().message().find("to must be responsible"), std::string::npos)
      << refused.status().ToString();
  text.replace(text.find("to = \"reporter\""), 15, "to = \"responsible\"");
  text.replace(text.find("{answer}"), 8, "{milestone}");
  text.replace(text.find("{answer}"), 8, "{level}");
  auto accepted = NoticeRules::Parse(text);
  ASSERT_TRUE(accepted.ok()) << accepted.status().ToString();
  ASSERT_EQ(accepted->ForLedger("supervision").size(), 1U);
  EXPECT_EQ(accepted->ForLedger("supervision")[0]->to, Audience::kResponsible);
  auto unknown = NoticeRules::Parse(std::string(kOneRule) + "source = \"weather\"\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("case, booking, deadline, digest, spending or ledger"),
            std::string::npos)
      << unknown.status().ToString();
}

TEST(NoticeRulesTest, ARuleToAnAreasFollowersMayNotSayWhatIsMeantForTheReporter) {
  std::string text = kOneRule;
  text.replace(text.find("\"reporter\""), 10, "\"area_followers\"");
  auto refused = NoticeRules::Parse(text);  // its body names {answer}
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "body");
  EXPECT_NE(refused.status().message().find("{answer}"), std::string::npos) << refused.status().ToString();
  text.replace(text.find("{title}：{answer}"), std::string("{title}：{answer}").size(),
               "{item}：{title}，{address}");
  text.replace(text.find("{title}: {answer}"), std::string("{title}: {answer}").size(), "{item}: {title}");
  auto accepted = NoticeRules::Parse(text);
  ASSERT_TRUE(accepted.ok()) << accepted.status().ToString();
  EXPECT_EQ(accepted->rules()[0].to, Audience::kAreaFollowers);
}

TEST(NoticeRulesTest, ARuleToACasesFollowersMayNotSayWhatIsMeantForThoseHandlingIt) {
  std::string text = kOneRule;
  text.replace(text.find("\"reporter\""), 10, "\"case_watchers\"");
  auto refused = NoticeRules::Parse(text);  // its body names {answer}
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "body");
  EXPECT_NE(refused.status().message().find("{answer}"), std::string::npos) << refused.status().ToString();
}

TEST(NoticeRulesTest, ADigestRuleIsDailyAndGoesToLeaders) {
  const std::string digest = R"(
[[notice]]
kind = "daily_digest"
source = "digest"
action = "daily"
to = "leaders"
title = "{area}{day}"
title_en = "{area} {day}"
body = "新增 {created}，办结 {resolved}，逾期 {missed}，在办 {open}，超期 {overdue}"
body_en = "{created} {resolved} {missed} {open} {overdue}"
)";
  auto rules = NoticeRules::Parse(digest);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  ASSERT_EQ(rules->ForDigest("daily").size(), 1U);
  EXPECT_EQ(rules->ForDigest("daily")[0]->to, Audience::kLeaders);
  EXPECT_TRUE(rules->For("daily", true).empty()) << "not a matter's rule";
  std::string weekly = digest;
  weekly.replace(weekly.find("\"daily\""), 7, "\"weekly\"");
  auto refused = NoticeRules::Parse(weekly);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "action");
  std::string to_reporter = digest;
  to_reporter.replace(to_reporter.find("\"leaders\""), 9, "\"reporter\"");
  refused = NoticeRules::Parse(to_reporter);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().field(), "to");
}

TEST(NoticeRulesTest, BookingRulesNameADecisionAndTheBooker) {
  constexpr const char* kBooking = R"(
[[notice]]
kind = "booking_refused"
source = "booking"
action = "refuse"
to = "booker"
title = "未通过"
title_en = "Refused"
body = "{venue} {time}: {reason}"
body_en = "{venue} {time}: {reason}"
)";
  auto rules = NoticeRules::Parse(kBooking);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  ASSERT_EQ(rules->ForBooking("refuse").size(), 1u);
  EXPECT_EQ(rules->ForBooking("refuse")[0]->to, Audience::kBooker);
  EXPECT_TRUE(rules->ForBooking("approve").empty());
  EXPECT_TRUE(rules->For("refuse", true).empty()) << "a booking rule is no case rule";
  const std::vector<std::tuple<std::string, std::string, std::string>> bad = {
      {"action = \"refuse\"", "action = \"resolve\"", "action"},
      {"to = \"booker\"", "to = \"reporter\"", "to"},
      {"source = \"booking\"", "source = \"weather\"", "source"},
  };
  for (const auto& [from, to, field] : bad) {
    std::string text = kBooking;
    text.replace(text.find(from), from.size(), to);
    auto refused = NoticeRules::Parse(text);
    ASSERT_FALSE(refused.ok()) << to;
    EXPECT_EQ(refused.status().field(), field) << to;
  }
}

TEST(NoticeRulesTest, PlaceholdersAreFilledTheEnglishOnesWithTheirEnglishValue) {
  const NoticeValues values = {
      {"title", "路灯不亮"}, {"answer", "请拨打 12345"}, {"answer_en", "Call 12345"}};
  EXPECT_EQ(FillNotice("{title}：{answer}", values, false), "路灯不亮：请拨打 12345");
  EXPECT_EQ(FillNotice("{title}: {answer}", values, true), "路灯不亮: Call 12345");
  EXPECT_EQ(FillNotice("({note})", values, false), "()") << "a value not given is empty";
  EXPECT_EQ(FillNotice("no placeholder", values, true), "no placeholder");
}

TEST(NoticeRulesTest, ABilingualLabelFillsTheChineseAndTheEnglishValue) {
  NoticeValues values;
  PutLabel(values, "state", "待街道审批 Awaiting the sub-district");
  EXPECT_EQ(values["state"], "待街道审批");
  EXPECT_EQ(values["state_en"], "Awaiting the sub-district");
  PutLabel(values, "action", "12345 热线 Hotline");  // the English part is the ASCII tail
  EXPECT_EQ(values["action"], "12345 热线");
  EXPECT_EQ(values["action_en"], "Hotline");
  PutLabel(values, "action", "督办");
  EXPECT_EQ(values["action"], "督办");
  EXPECT_EQ(values["action_en"], "督办") << "no English part: the label fills both";
  EXPECT_EQ(FillNotice("{state}", values, true), "Awaiting the sub-district");
}

}  // namespace
}  // namespace sanwang::notify
