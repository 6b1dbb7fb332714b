// Surveys as their callers run them, on both databases: who writes and opens a survey and
// who sees it; a resident answers once, for their own community, within the window to the
// second; a bad answer changes nothing; staff record paper answers for their own
// communities only; a one-time link answers once; the indices, the trend, the export and the
// free text against values worked by hand.
#include "governance/survey_desk.h"

#include "core/csv.h"
#include "governance/survey_export.h"
#include "governance/survey_import.h"
#include "governance/survey_results.h"
#include "governance/survey_test_fixture.h"
#include "testing/test_databases.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

std::int64_t Responses(store::Database& db, store::Id survey) {
  auto rows = store::SurveyRepository(db).Responses(survey);
  return rows.ok() ? static_cast<std::int64_t>(rows->size()) : -1;
}

TEST_P(SurveyTest, OnlyOrganizersWriteSurveysAndBadTermsNameTheirField) {
  EXPECT_EQ(CreateSurvey(As("resident_c"), Terms()).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(CreateSurvey(As("admin"), Terms()).status().code(), ErrorCode::kPermissionDenied);
  SurveyTerms bad = Terms();
  bad.closes_at = bad.opens_at;
  EXPECT_EQ(CreateSurvey(As("organizer"), bad).status().field(), "closes_at");
  bad = Terms();
  bad.indices[0].questions[0].code = "age";  // a number, not a scale
  EXPECT_EQ(CreateSurvey(As("organizer"), bad).status().field(), "indices");
  bad = Terms();
  bad.area_unit_id = IdOf("C");
  EXPECT_EQ(CreateSurvey(As("organizer"), bad).status().field(), "area_unit_id");
  auto made = CreateSurvey(As("organizer"), Terms());
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_EQ(made->record.state, kSurveyDraft);
  EXPECT_EQ(CreateSurvey(As("organizer"), Terms()).status().code(), ErrorCode::kConflict);
}

TEST_P(SurveyTest, ADraftIsTheOrganizersAloneAndAnOpenSurveyCannotBeEdited) {
  auto made = CreateSurvey(As("organizer"), Terms());
  ASSERT_TRUE(made.ok());
  const store::Id id = made->record.id;
  EXPECT_EQ(FindSurvey(As("resident_c"), id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(FindSurvey(As("leader"), id).status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(ListSurveys(As("resident_c"))->empty());
  SurveyTerms edited = Terms();
  edited.intro = "改过的说明";
  ASSERT_TRUE(EditSurvey(As("organizer"), id, edited).ok());
  EXPECT_EQ(FindSurvey(As("organizer"), id)->record.intro, "改过的说明");
  EXPECT_EQ(MoveSurvey(As("organizer"), id, kSurveyClosed).status().code(), ErrorCode::kFailedPrecondition);
  ASSERT_TRUE(MoveSurvey(As("organizer"), id, kSurveyOpen).ok());
  EXPECT_EQ(EditSurvey(As("organizer"), id, edited).status().code(), ErrorCode::kConflict);
  EXPECT_EQ(ListSurveys(As("resident_c"))->size(), 1u);
  EXPECT_TRUE(FindSurvey(As("leader"), id).ok());
}

TEST_P(SurveyTest, AResidentAnswersOnceForTheirOwnCommunity) {
  const store::Id id = OpenSurvey(Terms());
  auto abilities = AbilitiesOf(As("resident_c"), *FindSurvey(As("resident_c"), id));
  ASSERT_TRUE(abilities.ok());
  EXPECT_TRUE(abilities->answer);
  EXPECT_FALSE(abilities->results);
  auto first = AnswerSurvey(As("resident_c"), id, Satisfied(5));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->community_id, IdOf("C"));
  EXPECT_EQ(first->channel, kChannelApp);
  auto again = AnswerSurvey(As("resident_c"), id, Satisfied(1));
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(Responses(db(), id), 1);
  abilities = AbilitiesOf(As("resident_c"), *FindSurvey(As("resident_c"), id));
  EXPECT_TRUE(abilities->answered);
  EXPECT_FALSE(abilities->answer);
  // Staff do not answer as residents; they record paper answers.
  EXPECT_EQ(AnswerSurvey(As("staff_c"), id, Satisfied(5)).status().code(), ErrorCode::kPermissionDenied);
}

TEST_P(SurveyTest, AnswersAreTakenWithinTheWindowToTheSecond) {
  const store::Id id = OpenSurvey(Terms());
  const UnixSeconds closes = Terms().closes_at;
  clock_.Set(Terms().opens_at - 1);
  EXPECT_EQ(AnswerSurvey(As("resident_c"), id, Satisfied(4)).status().code(), ErrorCode::kFailedPrecondition);
  clock_.Set(closes);
  EXPECT_EQ(AnswerSurvey(As("resident_c"), id, Satisfied(4)).status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Responses(db(), id), 0);
  clock_.Set(closes - 1);
  EXPECT_TRUE(AnswerSurvey(As("resident_c"), id, Satisfied(4)).ok());
  ASSERT_TRUE(MoveSurvey(As("organizer"), id, kSurveyClosed).ok());
  clock_.Set(closes - 2);
  EXPECT_EQ(AnswerSurvey(As("resident_c_2"), id, Satisfied(4)).status().code(),
            ErrorCode::kFailedPrecondition);
}

TEST_P(SurveyTest, ABadAnswerIsRefusedNamingItAndChangesNothing) {
  const store::Id id = OpenSurvey(Terms());
  // The satisfaction question is shown (lives = yes) and required.
  auto missing = AnswerSurvey(As("resident_c"), id, json{{"lives", "yes"}});
  EXPECT_EQ(missing.status().field(), "answers");
  // Not shown when the respondent does not live here, so answering it is refused.
  auto hidden = AnswerSurvey(As("resident_c"), id, json{{"lives", "no"}, {"satisfied", 3}});
  EXPECT_EQ(hidden.status().field(), "answers");
  EXPECT_EQ(AnswerSurvey(As("resident_c"), id, json{{"lives", "yes"}, {"satisfied", 6}}).status().field(),
            "answers");
  EXPECT_EQ(Responses(db(), id), 0);
  EXPECT_TRUE(AnswerSurvey(As("resident_c"), id, json{{"lives", "no"}}).ok());
}

TEST_P(SurveyTest, StaffRecordPaperAnswersForTheirOwnCommunitiesOnly) {
  const store::Id id = OpenSurvey(Terms());
  auto paper = RecordAnswer(As("staff_c"), id, IdOf("C"), kChannelPaper, Satisfied(3));
  ASSERT_TRUE(paper.ok()) << paper.status().ToString();
  EXPECT_EQ(paper->recorded_by, users_.at("staff_c").id);
  EXPECT_FALSE(paper->account_id);
  EXPECT_TRUE(RecordAnswer(As("grid1"), id, IdOf("C"), kChannelTelephone, Satisfied(3)).ok());
  EXPECT_EQ(RecordAnswer(As("staff_c"), id, IdOf("C2"), kChannelPaper, Satisfied(3)).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(RecordAnswer(As("grid1"), id, IdOf("C2"), kChannelPaper, Satisfied(3)).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(RecordAnswer(As("staff_c"), id, IdOf("C"), kChannelApp, Satisfied(3)).status().field(),
            "channel");
  EXPECT_EQ(RecordAnswer(As("leader"), id, IdOf("C"), kChannelPaper, Satisfied(3)).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(Responses(db(), id), 2);
}

TEST_P(SurveyTest, AOneTimeLinkAnswersOnce) {
  const store::Id id = OpenSurvey(Terms());
  EXPECT_EQ(IssueLinks(As("staff_c"), id, IdOf("C"), 2).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(IssueLinks(As("organizer"), id, IdOf("S"), 2).status().field(), "community_id");
  EXPECT_EQ(IssueLinks(As("organizer"), id, IdOf("C2"), 0).status().field(), "count");
  auto links = IssueLinks(As("organizer"), id, IdOf("C2"), 2);
  ASSERT_TRUE(links.ok()) << links.status().ToString();
  ASSERT_EQ(links->size(), 2u);
  EXPECT_NE(links->at(0), links->at(1));
  EXPECT_EQ(SurveyOfLink(Anonymous(), links->at(0))->record.id, id);
  auto answer = AnswerThroughLink(Anonymous(), links->at(0), Satisfied(2));
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  EXPECT_EQ(answer->community_id, IdOf("C2"));
  EXPECT_EQ(answer->channel, kChannelLink);
  EXPECT_EQ(AnswerThroughLink(Anonymous(), links->at(0), Satisfied(2)).status().code(), ErrorCode::kConflict);
  EXPECT_EQ(SurveyOfLink(Anonymous(), links->at(0)).status().code(), ErrorCode::kConflict);
  EXPECT_EQ(AnswerThroughLink(Anonymous(), "0123456789abcdef0123456789abcdef", Satisfied(2)).status().code(),
            ErrorCode::kNotFound);
  // A bad answer leaves the link unused.
  EXPECT_EQ(AnswerThroughLink(Anonymous(), links->at(1), json{{"lives", "yes"}}).status().field(), "answers");
  EXPECT_TRUE(AnswerThroughLink(Anonymous(), links->at(1), Satisfied(3)).ok());
  EXPECT_EQ(Responses(db(), id), 2);
}

// Worked by hand: livability = (satisfied + 0.5 green + 0.5 clean) / the weights answered,
// each on (v − 1) / 4 × 100. C: 5 → 100; 4 with green 2, clean 4 → (75 + 12.5 + 37.5) / 2 =
// 62.5; mean 81.25. C2: 1 → 0. The district, post-stratified on households 300 : 100:
// 0.75 × 81.25 + 0.25 × 0 = 60.9375.
TEST_P(SurveyTest, TheIndicesAreThoseWorkedByHand) {
  const store::Id id = OpenSurvey(Terms());
  ASSERT_TRUE(AnswerSurvey(As("resident_c"), id, Satisfied(5)).ok());
  json with_matrix = Satisfied(4);
  with_matrix["aspects"] = {{"green", 2}, {"clean", 4}};
  ASSERT_TRUE(AnswerSurvey(As("resident_c_2"), id, with_matrix).ok());
  ASSERT_TRUE(AnswerSurvey(As("resident_c2"), id, Satisfied(1)).ok());
  const Status refused = ComputeSurveyResults(As("resident_c"), id).status();
  EXPECT_EQ(refused.code(), ErrorCode::kPermissionDenied);
  EXPECT_NE(refused.message().find("survey results"), std::string::npos) << refused.message();
  auto results = ComputeSurveyResults(As("leader"), id);
  ASSERT_TRUE(results.ok()) << results.status().ToString();
  EXPECT_EQ(results->responses, 3);
  EXPECT_EQ(results->by_channel.at(kChannelApp), 3);
  ASSERT_EQ(results->indices.size(), 1u);
  const IndexResults& livability = results->indices[0];
  EXPECT_NEAR(livability.area.estimate.value, 60.9375, 1e-9);
  EXPECT_EQ(livability.area.estimate.sample, 3);
  EXPECT_EQ(livability.area.estimate.strata, 2);
  ASSERT_EQ(livability.streets.size(), 1u);
  EXPECT_NEAR(livability.streets[0].estimate.value, 60.9375, 1e-9);
  ASSERT_EQ(livability.communities.size(), 2u);
  EXPECT_EQ(livability.communities[0].unit_id, IdOf("C"));
  EXPECT_NEAR(livability.communities[0].estimate.value, 81.25, 1e-9);
  EXPECT_FALSE(livability.communities[0].estimate.small_sample);
  EXPECT_NEAR(livability.communities[1].estimate.value, 0, 1e-9);
  EXPECT_TRUE(livability.communities[1].estimate.small_sample);
}

TEST_P(SurveyTest, TheTrendFollowsTheRoundsOfTheSeries) {
  SurveyTerms first = Terms("2026年上半年群众满意度测评", "2026年上半年");
  first.opens_at = *ParseIso8601("2026-01-01T00:00:00+08:00");
  first.closes_at = *ParseIso8601("2026-07-01T00:00:00+08:00");
  const store::Id early = OpenSurvey(first);
  clock_.Set(*ParseIso8601("2026-03-01T09:00:00+08:00"));
  ASSERT_TRUE(AnswerSurvey(As("resident_c"), early, Satisfied(2)).ok());
  clock_.Set(*ParseIso8601("2026-07-01T09:00:00+08:00"));
  ASSERT_TRUE(MoveSurvey(As("organizer"), early, kSurveyClosed).ok());
  const store::Id late = OpenSurvey(Terms());
  ASSERT_TRUE(AnswerSurvey(As("resident_c"), late, Satisfied(4)).ok());
  auto trend = SurveyTrend(As("leader"), late);
  ASSERT_TRUE(trend.ok()) << trend.status().ToString();
  ASSERT_EQ(trend->size(), 2u);
  EXPECT_EQ(trend->at(0).period, "2026年上半年");
  EXPECT_NEAR(trend->at(0).indices.at("livability").value, 25, 1e-9);
  EXPECT_NEAR(trend->at(1).indices.at("livability").value, 75, 1e-9);
}

TEST_P(SurveyTest, TheExportHoldsTheAnswersAndNoPersonalData) {
  const store::Id id = OpenSurvey(Terms());
  json full = Satisfied(4);
  full["aspects"] = {{"green", 2}, {"clean", 5}};
  full["uses"] = {"library", "court"};
  full["age"] = 67;
  full["comment"] = "希望增加路灯";
  ASSERT_TRUE(AnswerSurvey(As("resident_c"), id, full).ok());
  ASSERT_TRUE(RecordAnswer(As("staff_c2"), id, IdOf("C2"), kChannelPaper, Satisfied(3)).ok());
  EXPECT_EQ(SurveyAnswersCsv(As("leader"), id).status().code(), ErrorCode::kPermissionDenied);
  auto csv = SurveyAnswersCsv(As("organizer"), id);
  ASSERT_TRUE(csv.ok()) << csv.status().ToString();
  auto rows = ParseCsv(csv->substr(3));
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  const CsvRow header = {"序号 No.",  "社区 Community", "方式 Channel",  "日期 Date", "lives",
                         "satisfied", "aspects.green",  "aspects.clean", "uses",      "age",
                         "comment"};
  EXPECT_EQ(rows->at(0), header);
  EXPECT_EQ(rows->at(1), (CsvRow{"1", "C", "app", "2026-07-01", "yes", "4", "2", "5", "library;court", "67",
                                 "希望增加路灯"}));
  EXPECT_EQ(rows->at(2)[2], "paper");
  for (const char* personal : {"resident_c", "staff_c2", "13800000000"})
    EXPECT_EQ(csv->find(personal), std::string::npos) << personal;
  auto xlsx = SurveyAnswersXlsx(As("organizer"), id);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
}

TEST_P(SurveyTest, FreeTextWithoutAClassifierIsOneGroup) {
  const store::Id id = OpenSurvey(Terms());
  json a = Satisfied(4);
  a["comment"] = "希望增加路灯";
  ASSERT_TRUE(AnswerSurvey(As("resident_c"), id, a).ok());
  ASSERT_TRUE(AnswerSurvey(As("resident_c2"), id, Satisfied(2)).ok());
  cases::Catalog catalog;
  auto groups = FreeTextGroups(As("leader"), id, nullptr, catalog);
  ASSERT_TRUE(groups.ok()) << groups.status().ToString();
  ASSERT_EQ(groups->size(), 1u);
  ASSERT_EQ(groups->at(0).answers.size(), 1u);
  EXPECT_EQ(groups->at(0).answers[0].text, "希望增加路灯");
  EXPECT_EQ(groups->at(0).answers[0].community, "C");
}

TEST_P(SurveyTest, AFileOfPaperAnswersComesInWholeOrNotAtAll) {
  const store::Id id = OpenSurvey(Terms());
  const std::string good =
      "\xEF\xBB\xBF"
      "community,channel,lives,satisfied,aspects.green,aspects.clean,uses,age,comment\n"
      "C,paper,yes,5,4,,library;court,70,\n"
      "C2,telephone,no,,,,,,路灯不亮\n";
  EXPECT_EQ(ImportAnswers(As("staff_c"), id, good).status().code(), ErrorCode::kPermissionDenied);
  auto imported = ImportAnswers(As("organizer"), id, good);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  EXPECT_EQ(*imported, 2);
  auto stored = store::SurveyRepository(db()).Responses(id);
  ASSERT_EQ(stored->size(), 2u);
  EXPECT_EQ(json::parse(stored->at(0).answers), (json{{"lives", "yes"},
                                                      {"satisfied", 5},
                                                      {"aspects", {{"green", 4}}},
                                                      {"uses", {"library", "court"}},
                                                      {"age", 70.0}}));
  EXPECT_EQ(stored->at(1).channel, kChannelTelephone);
  // The third line answers a question its first answer skips: nothing of the file is kept.
  const std::string bad =
      "community,channel,lives,satisfied\n"
      "C,paper,yes,4\n"
      "C2,paper,no,3\n";
  auto refused = ImportAnswers(As("organizer"), id, bad);
  EXPECT_EQ(refused.status().field(), "file");
  EXPECT_NE(refused.status().message().find("第 3 行"), std::string::npos) << refused.status().message();
  EXPECT_EQ(
      ImportAnswers(As("organizer"), id, "community,channel,lives\n西大街,paper,yes\n").status().field(),
      "file");
  EXPECT_EQ(Responses(db(), id), 2);
}

SANWANG_INSTANTIATE_BACKENDS(SurveyTest);

}  // namespace
}  // namespace sanwang::governance
