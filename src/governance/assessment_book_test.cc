// Stored assessments on SQLite and PostgreSQL, on the small district of the ledger tests
// (communities C and C2): a quarterly scheme whose every computed source has a value
// worked out by hand below from cases, milestones and information items laid out for it, the scheme's
// history, hand-entered values that count only once another account confirms them,
// periods of the wrong kind, recomputing an unpublished result and refusing a published
// one, movement against the previous quarter, and refusals that write nothing.
#include "governance/assessment_book.h"

#include <nlohmann/json.hpp>

#include "governance/assessment_test_scheme.h"
#include "governance/ledger_test_fixture.h"
#include "governance/store/information_repository.h"
#include "store/case_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::int64_t kHour = 3600;
constexpr const char* kScheme = "社区季度目标考评";

// The quarterly scheme of these tests, on communities:
//
//   A1 按时受理率      cases_on_time_acceptance   20 points  linear, floor 50%, target 100%
//   A2 按时办结率      cases_on_time_resolution   20 points  linear, floor 0%, target 100%
//   A3 满意率          cases_satisfaction         20 points  linear, floor 0%, target 100%
//   A4 超期率          cases_overdue_share        10 points  linear, floor 100%, target 0%
//   A5 台账节点按时率  ledger_milestones_on_time  20 points  linear, floor 0%, target 100%
//   A6 信息采用数      information_adopted        10 points  rank, 5 a place, floor 0
//   B1 表彰加分        manual                     bonus 1 point each, cap 3
//   D1 重复投诉        cases_repeat_reports       deduction 0.5 point each, cap 2
AssessmentScheme QuarterlyScheme() {
  AssessmentScheme s;
  s.name = kScheme;
  s.period = PeriodKind::kQuarter;
  s.unit_kind = "community";
  s.indicators = {
      {"A1", "按时受理率", IndicatorSource::kCasesOnTimeAcceptance, Pts(20), LinearRule{Val(50), Val(100)}},
      {"A2", "按时办结率", IndicatorSource::kCasesOnTimeResolution, Pts(20), LinearRule{Val(0), Val(100)}},
      {"A3", "满意率", IndicatorSource::kCasesSatisfaction, Pts(20), LinearRule{Val(0), Val(100)}},
      {"A4", "超期率", IndicatorSource::kCasesOverdueShare, Pts(10), LinearRule{Val(100), Val(0)}},
      {"A5", "台账节点按时率", IndicatorSource::kLedgerMilestonesOnTime, Pts(20),
       LinearRule{Val(0), Val(100)}},
      {"A6", "信息采用数", IndicatorSource::kInformationAdopted, Pts(10), RankRule{false, Pts(5), 0}},
      {"B1", "表彰加分", IndicatorSource::kManual, 0, BonusRule{Pts(1), Pts(3)}},
      {"D1", "重复投诉", IndicatorSource::kCasesRepeatReports, 0, DeductionRule{Pts(0.5), Pts(2)}},
  };
  return s;
}

UnixSeconds At(const char* iso) { return *ParseIso8601(iso); }

// How a test case went: acceptance and resolution against their deadlines, a rating.
struct CaseStory {
  const char* filed;  // ISO 8601, Shanghai
  std::optional<bool> accepted_on_time;
  std::optional<bool> resolved_on_time;
  std::optional<bool> satisfied;
  bool overdue = false;
  bool repeat = false;
};

class AssessmentBookTest : public LedgerTest {
 protected:
  AssessmentBook Book(const std::string& account) { return {db(), *org_, actors_.at(account), clock_}; }

  StoredScheme Save(const AssessmentScheme& scheme = QuarterlyScheme()) {
    auto saved = SaveScheme(Book("supervisor"), scheme);
    EXPECT_TRUE(saved.ok()) << saved.status().ToString();
    return saved.ok() ? *saved : StoredScheme{};
  }

  // A case of `community` written through the case store, which keeps its counters.
  void FileCase(const std::string& community, const CaseStory& story) {
    store::CaseRecord c;
    c.district_code = org::kTestDistrict;
    c.workflow = "resident_matter";
    c.title = "路灯不亮";
    c.source = "resident";
    c.community_id = IdOf(community);
    c.street_id = IdOf("S");
    c.unit_id = IdOf(community);
    c.state = "dispatched";
    c.created_at = At(story.filed);
    c.updated_at = c.created_at;
    c.accept_due = c.created_at + 2 * kHour;
    c.resolve_due = c.created_at + 48 * kHour;
    if (story.accepted_on_time) c.accepted_at = c.created_at + (*story.accepted_on_time ? 1 : 3) * kHour;
    if (story.resolved_on_time) c.resolved_at = c.created_at + (*story.resolved_on_time ? 24 : 72) * kHour;
    if (story.satisfied) {
      c.rating = *story.satisfied ? 1 : 0;
      c.rating_stars = *story.satisfied ? 5 : 2;
    }
    c.overdue = story.overdue;
    if (story.repeat) c.repeat_of = first_case_;
    store::CaseEventRecord e;
    e.action = "submit";
    e.to_state = "dispatched";
    e.actor_role = "resident";
    e.at = c.created_at;
    auto made = store::CaseRepository(db()).Insert(c, e);
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    if (first_case_ == 0) first_case_ = made->updated.id;
  }

  // A milestone of `unit` due on `due_on`, accepted at `accepted` (never when empty).
  void MilestoneAccepted(const std::string& due_on, const std::string& unit, const char* accepted) {
    const store::LedgerMilestoneRecord m = Milestone(due_on, unit);
    if (accepted == nullptr) return;
    clock_.Set(At(accepted));
    const std::string staff = unit == "C" ? "community" : "community2";
    ASSERT_TRUE(Act(As(staff), m.id, {"report", 100, "完成"}).ok());
    ASSERT_TRUE(Act(As(staff), m.id, {"submit", std::nullopt, "请验收"}).ok());
    auto done = Act(As("supervisor"), m.id, {"accept", std::nullopt, "验收通过"});
    ASSERT_TRUE(done.ok()) << done.status().ToString();
  }

  // An information item of `unit` first submitted at `submitted`, adopted at `level` with
  // its points (not adopted when `level` is empty), written through the store.
  void InformationItem(const std::string& unit, const char* submitted, const std::string& level,
                       std::int64_t points) {
    store::InformationItemRecord item;
    item.district_code = org::kTestDistrict;
    item.unit_id = IdOf(unit);
    item.author_name = "王宁";
    item.category_code = "work_news";
    item.title = "信息";
    item.body = "正文";
    item.state = level.empty() ? "submitted" : "adopted";
    item.submitted_at = item.updated_at = At(submitted);
    item.level_code = level;
    item.points = points;
    store::InformationEventRecord e;
    e.at = item.submitted_at;
    e.role = "community_staff";
    e.action = "submit";
    e.to_state = "submitted";
    auto made = store::InformationRepository(db()).InsertItem(item, e);
    ASSERT_TRUE(made.ok()) << made.status().ToString();
  }

  // The worked district. In the fourth quarter of 2026:
  //   C   4 cases: (1) accepted and resolved in time, satisfied; (2) accepted in time,
  //       resolved late, unsatisfied, overdue; (3) accepted late, unresolved, overdue, a
  //       repeat of (0); (4) not accepted.
  //       on-time acceptance 2/3 = 66.6667%, on-time resolution 1/2 = 50%, satisfaction
  //       1/2 = 50%, overdue 2/4 = 50%, 1 repeat.
  //       milestones due 10-15 (accepted that day), 11-10 (accepted 11-12), 11-27 (not
  //       accepted): 1/3 = 33.3333% on time.
  //       information: 3 items, 2 adopted (district, city).
  //   C2  2 cases, both accepted and resolved in time, one rated satisfied:
  //       100%, 100%, 100%, overdue 0%, no repeat; one milestone due 11-20, accepted that
  //       day: 100%. information: 1 item, adopted (province).
  // In the third quarter only C has data: case (0) in September, all in time and
  // satisfied, and a milestone due 09-15 accepted 09-17 (late): 0% on time.
  void LayOutWorkedDistrict() {
    FileCase("C", {"2026-09-10T10:00:00+08:00", true, true, true});
    FileCase("C", {"2026-10-12T10:00:00+08:00", true, true, true});
    FileCase("C", {"2026-10-20T10:00:00+08:00", true, false, false, true});
    FileCase("C", {"2026-11-03T10:00:00+08:00", false, std::nullopt, std::nullopt, true, true});
    FileCase("C", {"2026-11-25T10:00:00+08:00", std::nullopt, std::nullopt, std::nullopt});
    FileCase("C2", {"2026-10-08T10:00:00+08:00", true, true, true});
    FileCase("C2", {"2026-11-16T10:00:00+08:00", true, true, std::nullopt});
    MilestoneAccepted("2026-09-15", "C", "2026-09-17T10:00:00+08:00");
    MilestoneAccepted("2026-10-15", "C", "2026-10-15T17:30:00+08:00");
    MilestoneAccepted("2026-11-10", "C", "2026-11-12T10:00:00+08:00");
    MilestoneAccepted("2026-11-27", "C", nullptr);
    MilestoneAccepted("2026-11-20", "C2", "2026-11-20T23:59:00+08:00");
    InformationItem("C", "2026-10-05T10:00:00+08:00", "district", 1);
    InformationItem("C", "2026-11-02T10:00:00+08:00", "city", 3);
    InformationItem("C", "2026-11-20T10:00:00+08:00", "", 0);
    InformationItem("C2", "2026-10-09T10:00:00+08:00", "province", 5);
    clock_.Set(At("2026-11-30T09:00:00+08:00"));
  }

  store::AssessmentResultRecord Compute(const std::string& period, const std::string& who = "supervisor") {
    auto result = ComputeAssessment(Book(who), kScheme, period);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return result.ok() ? *result : store::AssessmentResultRecord{};
  }

  static const store::AssessmentResultUnitRecord& UnitOf(const store::AssessmentResultRecord& r,
                                                         const std::string& code) {
    for (const auto& u : r.units) {
      if (u.unit_code == code) return u;
    }
    static const store::AssessmentResultUnitRecord kNone;
    ADD_FAILURE() << "no unit " << code;
    return kNone;
  }

  // The stored breakdown's line of one indicator.
  static nlohmann::json Line(const store::AssessmentResultUnitRecord& unit, const std::string& code) {
    const auto breakdown = nlohmann::json::parse(unit.breakdown);
    for (const auto& line : breakdown["indicators"]) {
      if (line["code"] == code) return line;
    }
    ADD_FAILURE() << "no indicator " << code;
    return {};
  }

  store::AssessmentValueRecord Enter(const std::string& who, const std::string& unit, double value) {
    auto entered = EnterValue(Book(who), {kScheme, "2026-Q4", unit, "B1", Val(value), "区表彰文件 2026-11"});
    EXPECT_TRUE(entered.ok()) << entered.status().ToString();
    return entered.ok() ? *entered : store::AssessmentValueRecord{};
  }

  std::optional<store::AssessmentResultRecord> Stored(store::Id scheme_id, const std::string& period) {
    auto found = store::AssessmentRepository(db()).FindResult(scheme_id, period);
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    return found.ok() ? *found : std::nullopt;
  }

  store::Id first_case_ = 0;
};

TEST_P(AssessmentBookTest, EachSourceGivesTheValueWorkedByHand) {
  LayOutWorkedDistrict();
  Save();
  const auto result = Compute("2026-Q4");
  EXPECT_EQ(result.period, "2026-Q4");
  EXPECT_EQ(result.scheme_version, 1);
  ASSERT_EQ(result.units.size(), 2u);
  const auto& c = UnitOf(result, "C");
  EXPECT_EQ(Line(c, "A1")["raw"], 666667);
  EXPECT_EQ(Line(c, "A2")["raw"], Val(50));
  EXPECT_EQ(Line(c, "A3")["raw"], Val(50));
  EXPECT_EQ(Line(c, "A4")["raw"], Val(50));
  EXPECT_EQ(Line(c, "A5")["raw"], 333333);
  EXPECT_EQ(Line(c, "A6")["raw"], Val(2));
  EXPECT_TRUE(Line(c, "B1")["raw"].is_null());  // nothing entered
  EXPECT_EQ(Line(c, "D1")["raw"], Val(1));
  // A1 20 × (66.6667 − 50) / 50 = 6.67, A2 10, A3 10, A4 10 × (50 − 100) / (0 − 100) = 5,
  // A5 20 × 33.3333% = 6.67, A6 first place 10: 48.34, less 0.5 for the repeat.
  EXPECT_EQ(Line(c, "A1")["points"], Pts(6.67));
  EXPECT_EQ(Line(c, "A5")["points"], Pts(6.67));
  EXPECT_EQ(Line(c, "A6")["points"], Pts(10));
  EXPECT_EQ(c.total, Pts(47.84));
  EXPECT_TRUE(c.incomplete);
  const auto& c2 = UnitOf(result, "C2");
  for (const char* code : {"A1", "A2", "A3", "A5"}) EXPECT_EQ(Line(c2, code)["raw"], Val(100)) << code;
  EXPECT_EQ(Line(c2, "A4")["raw"], 0);
  EXPECT_EQ(Line(c2, "D1")["raw"], 0);
  EXPECT_EQ(Line(c2, "A6")["raw"], Val(1));
  EXPECT_EQ(c2.total, Pts(95));  // all but 5 points of A6: second place, 5 a place
  EXPECT_EQ(c2.rank, 1);
  EXPECT_EQ(c.rank, 2);
  EXPECT_EQ(result.units.front().unit_code, "C2");
  EXPECT_EQ(c.movement, "new");
  EXPECT_EQ(result.computed_by, actors_.at("supervisor").user_id);
}

TEST_P(AssessmentBookTest, RankingsMoveAgainstThePreviousQuarter) {
  LayOutWorkedDistrict();
  Save();
  // The third quarter: C 20 + 20 + 20 + 10 + 0 = 70 from case (0) and its late milestone;
  // C2 has no case, no milestone; neither adopted an information item, so both share the
  // first place of A6 and its 10 points.
  const auto q3 = Compute("2026-Q3");
  EXPECT_EQ(UnitOf(q3, "C").total, Pts(80));
  EXPECT_EQ(UnitOf(q3, "C").rank, 1);
  EXPECT_EQ(UnitOf(q3, "C2").total, Pts(10));
  const auto q4 = Compute("2026-Q4");
  EXPECT_EQ(UnitOf(q4, "C2").movement, "up");
  EXPECT_EQ(UnitOf(q4, "C2").movement_places, 1);
  EXPECT_EQ(UnitOf(q4, "C").movement, "down");
  EXPECT_EQ(UnitOf(q4, "C").movement_places, 1);
}

TEST_P(AssessmentBookTest, AChangedSchemeAddsAVersionAndResultsNameTheirs) {
  const StoredScheme first = Save();
  EXPECT_EQ(first.record.version, 1);
  const auto q3 = Compute("2026-Q3");
  EXPECT_EQ(q3.scheme_version, 1);
  // Saving it unchanged adds nothing.
  EXPECT_EQ(Save().record.version, 1);
  AssessmentScheme changed = QuarterlyScheme();
  changed.indicators[0].rule = LinearRule{Val(60), Val(100)};
  clock_.Advance(kHour);
  auto second = SaveScheme(Book("admin"), changed);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->record.version, 2);
  EXPECT_EQ(second->record.saved_by_username, "admin");
  auto history = SchemeHistory(Book("supervisor"), kScheme);
  ASSERT_TRUE(history.ok()) << history.status().ToString();
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[0].body, first.record.body);  // the old version as it was
  EXPECT_EQ((*history)[0].saved_by_username, "supervisor");
  EXPECT_EQ(ParseScheme((*history)[1].body)->indicators[0].rule.index(), 0u);
  EXPECT_EQ(std::get<LinearRule>(ParseScheme((*history)[1].body)->indicators[0].rule).floor, Val(60));
  EXPECT_EQ(Compute("2026-Q4").scheme_version, 2);
  EXPECT_EQ(Stored(first.record.scheme_id, "2026-Q3")->scheme_version, 1);
}

TEST_P(AssessmentBookTest, AHandEnteredValueCountsOnlyOnceAnotherConfirmsIt) {
  Save();
  const auto entered = Enter("supervisor", "C2", 3);
  EXPECT_FALSE(entered.confirmed_by.has_value());
  EXPECT_TRUE(Line(UnitOf(Compute("2026-Q4"), "C2"), "B1")["raw"].is_null());
  // The one who entered it may not confirm it.
  auto own = ConfirmValue(Book("supervisor"), entered.id);
  EXPECT_EQ(own.status().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(ChineseThenEnglish(own.status().message())) << own.status().message();
  EXPECT_FALSE(store::AssessmentRepository(db()).GetValue(entered.id)->confirmed_by.has_value());
  EXPECT_TRUE(Line(UnitOf(Compute("2026-Q4"), "C2"), "B1")["raw"].is_null());
  auto confirmed = ConfirmValue(Book("admin"), entered.id);
  ASSERT_TRUE(confirmed.ok()) << confirmed.status().ToString();
  EXPECT_EQ(confirmed->confirmed_by, actors_.at("admin").user_id);
  EXPECT_EQ(ConfirmValue(Book("leader"), entered.id).status().code(), ErrorCode::kPermissionDenied);
  const auto counted = Compute("2026-Q4");
  const auto& c2 = UnitOf(counted, "C2");
  EXPECT_EQ(Line(c2, "B1")["raw"], Val(3));
  EXPECT_EQ(Line(c2, "B1")["points"], Pts(3));
  // A newer confirmed entry supersedes it; an unconfirmed one does not.
  const auto newer = Enter("admin", "C2", 1);
  EXPECT_EQ(Line(UnitOf(Compute("2026-Q4"), "C2"), "B1")["raw"], Val(3));
  ASSERT_TRUE(ConfirmValue(Book("supervisor"), newer.id).ok());
  EXPECT_EQ(Line(UnitOf(Compute("2026-Q4"), "C2"), "B1")["raw"], Val(1));
}

TEST_P(AssessmentBookTest, EnteringAValueIsRefusedNamingTheField) {
  Save();
  const std::vector<std::pair<NewValue, std::string>> bad = {
      {{kScheme, "2026-11", "C", "B1", Val(1), "文件"}, "period"},
      {{kScheme, "2026-Q4", "G1", "B1", Val(1), "文件"}, "unit"},
      {{kScheme, "2026-Q4", "C", "A1", Val(1), "文件"}, "indicator"},
      {{kScheme, "2026-Q4", "C", "X9", Val(1), "文件"}, "indicator"},
      {{kScheme, "2026-Q4", "C", "B1", Val(1), ""}, "evidence"},
      {{"无此方案", "2026-Q4", "C", "B1", Val(1), "文件"}, "scheme"},
  };
  for (const auto& [value, field] : bad) {
    auto refused = EnterValue(Book("supervisor"), value);
    ASSERT_FALSE(refused.ok()) << field;
    EXPECT_EQ(refused.status().field(), field);
    EXPECT_TRUE(ChineseThenEnglish(refused.status().message())) << refused.status().message();
  }
  EXPECT_EQ(EnterValue(Book("community"), {kScheme, "2026-Q4", "C", "B1", Val(1), "文件"}).status().code(),
            ErrorCode::kPermissionDenied);
  auto scheme = FindScheme(Book("supervisor"), kScheme);
  EXPECT_TRUE(
      store::AssessmentRepository(db()).ConfirmedValues(scheme->record.scheme_id, "2026-Q4")->empty());
  auto entered = Enter("supervisor", "C", 1);
  EXPECT_EQ(entered.unit_code, "C");
}

TEST_P(AssessmentBookTest, APeriodOfTheWrongKindIsRefusedAndNothingWritten) {
  const StoredScheme saved = Save();
  for (const char* period : {"2026-11", "2026", "2026-Q5", "Q4-2026"}) {
    auto refused = ComputeAssessment(Book("supervisor"), kScheme, period);
    ASSERT_FALSE(refused.ok()) << period;
    EXPECT_EQ(refused.status().field(), "period");
    EXPECT_TRUE(ChineseThenEnglish(refused.status().message())) << refused.status().message();
  }
  EXPECT_FALSE(Stored(saved.record.scheme_id, "2026-11").has_value());
  EXPECT_FALSE(Stored(saved.record.scheme_id, "2026").has_value());
}

TEST_P(AssessmentBookTest, RecomputingReplacesAnUnpublishedResultAndRefusesAPublishedOne) {
  Save();
  const auto first = Compute("2026-Q4");
  EXPECT_EQ(UnitOf(first, "C").total, Pts(10));  // A6: no unit adopted anything, all share first place
  auto value = Enter("supervisor", "C", 2);
  ASSERT_TRUE(ConfirmValue(Book("admin"), value.id).ok());
  clock_.Advance(kHour);
  const auto second = Compute("2026-Q4");
  EXPECT_EQ(second.id, first.id);
  EXPECT_EQ(second.computed_at, clock_.Now());
  EXPECT_EQ(UnitOf(second, "C").total, Pts(12));
  EXPECT_EQ(second.units.size(), 2u);  // replaced, not added to
  store::AssessmentRepository repo(db());
  ASSERT_TRUE(repo.MarkPublished(second.id, "2026-Q4-01", clock_.Now()).ok());
  value = Enter("supervisor", "C", 3);
  ASSERT_TRUE(ConfirmValue(Book("admin"), value.id).ok());
  clock_.Advance(kHour);
  auto refused = ComputeAssessment(Book("supervisor"), kScheme, "2026-Q4");
  EXPECT_EQ(refused.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(ChineseThenEnglish(refused.status().message())) << refused.status().message();
  const auto kept = Stored(second.scheme_id, "2026-Q4");
  ASSERT_TRUE(kept.has_value());
  EXPECT_EQ(kept->computed_at, second.computed_at);
  EXPECT_EQ(UnitOf(*kept, "C").total, Pts(12));
  EXPECT_EQ(kept->number, "2026-Q4-01");
}

TEST_P(AssessmentBookTest, RefusalsWriteNothing) {
  auto by_community = SaveScheme(Book("community"), QuarterlyScheme());
  EXPECT_EQ(by_community.status().code(), ErrorCode::kPermissionDenied);
  AssessmentScheme bad = QuarterlyScheme();
  bad.indicators[0].weight = Pts(25);
  auto invalid = SaveScheme(Book("supervisor"), bad);
  EXPECT_EQ(invalid.status().code(), ErrorCode::kInvalidArgument);
  auto none = ComputeAssessment(Book("supervisor"), "", "2026-Q4");
  EXPECT_EQ(none.status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(ChineseThenEnglish(none.status().message())) << none.status().message();
  EXPECT_TRUE(store::AssessmentRepository(db()).LatestSchemes(org::kTestDistrict)->empty());
  const StoredScheme saved = Save();
  EXPECT_EQ(ComputeAssessment(Book("community"), kScheme, "2026-Q4").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_FALSE(Stored(saved.record.scheme_id, "2026-Q4").has_value());
  // The only scheme is found without its name; the system may compute.
  AssessmentBook system{db(), *org_, cases::Actor::System(), clock_};
  auto computed = ComputeAssessment(system, "", "2026-Q4");
  ASSERT_TRUE(computed.ok()) << computed.status().ToString();
  EXPECT_FALSE(computed->computed_by.has_value());
}

TEST_P(AssessmentBookTest, TheQuarterBeginsAtMidnightInShanghai) {
  Save();
  // 23:30 on 30 September in Shanghai is still the third quarter (15:30 UTC), accepted late;
  // 00:30 on 1 October is the fourth (16:30 UTC on 30 September), accepted in time.
  FileCase("C2", {"2026-09-30T23:30:00+08:00", false, std::nullopt, std::nullopt});
  FileCase("C2", {"2026-10-01T00:30:00+08:00", true, std::nullopt, std::nullopt});
  EXPECT_EQ(Line(UnitOf(Compute("2026-Q3"), "C2"), "A1")["raw"], 0);
  EXPECT_EQ(Line(UnitOf(Compute("2026-Q4"), "C2"), "A1")["raw"], Val(100));
}

TEST_P(AssessmentBookTest, TheStoreRefusesAStaleVersionAndASecondPublication) {
  const StoredScheme saved = Save();
  store::AssessmentRepository repo(db());
  // Two people change version 1 at once: the second to write finds version 2 there.
  store::AssessmentSchemeVersionRecord stale = saved.record;
  stale.version = 2;
  ASSERT_TRUE(repo.InsertSchemeVersion(stale).ok());
  auto second = repo.InsertSchemeVersion(stale);
  EXPECT_EQ(second.status().code(), ErrorCode::kConflict);
  EXPECT_EQ(repo.SchemeVersions(saved.record.scheme_id)->size(), 2u);
  // A new scheme of a name the district has is refused.
  store::AssessmentSchemeVersionRecord same_name = saved.record;
  same_name.scheme_id = 0;
  EXPECT_EQ(repo.InsertSchemeVersion(same_name).status().code(), ErrorCode::kAlreadyExists);
  const auto result = Compute("2026-Q4");
  ASSERT_TRUE(repo.MarkPublished(result.id, "2026-Q4-01", clock_.Now()).ok());
  EXPECT_EQ(repo.MarkPublished(result.id, "2026-Q4-02", clock_.Now()).code(), ErrorCode::kConflict);
  EXPECT_EQ(Stored(saved.record.scheme_id, "2026-Q4")->number, "2026-Q4-01");
}

TEST_P(AssessmentBookTest, ADemoSchemesResultsAreDemoData) {
  auto demo = SaveScheme(Book("supervisor"), QuarterlyScheme(), true);
  ASSERT_TRUE(demo.ok()) << demo.status().ToString();
  EXPECT_TRUE(demo->record.demo);
  EXPECT_TRUE(Compute("2026-Q4").demo);
  AssessmentScheme other = QuarterlyScheme();
  other.name = "另一方案";
  Save(other);
  auto real = ComputeAssessment(Book("supervisor"), "另一方案", "2026-Q4");
  ASSERT_TRUE(real.ok()) << real.status().ToString();
  EXPECT_FALSE(real->demo);
  // With two schemes, one must be named.
  auto unnamed = ComputeAssessment(Book("supervisor"), "", "2026-Q4");
  EXPECT_EQ(unnamed.status().field(), "scheme");
  EXPECT_TRUE(ChineseThenEnglish(unnamed.status().message())) << unnamed.status().message();
}

SANWANG_INSTANTIATE_BACKENDS(AssessmentBookTest);

TEST(AssessmentPeriodTest, ReadsMonthsQuartersAndYears) {
  auto q4 = ParsePeriod("2026-Q4");
  ASSERT_TRUE(q4.ok());
  EXPECT_EQ(q4->kind, PeriodKind::kQuarter);
  EXPECT_EQ(FormatDate(q4->first_day()), "2026-10-01");
  EXPECT_EQ(FormatDate(q4->last_day()), "2026-12-31");
  EXPECT_EQ(q4->previous().key(), "2026-Q3");
  EXPECT_EQ(ParsePeriod("2026-q1")->previous().key(), "2025-Q4");
  auto feb = ParsePeriod("2028-02");
  ASSERT_TRUE(feb.ok());
  EXPECT_EQ(FormatDate(feb->last_day()), "2028-02-29");
  EXPECT_EQ(feb->key(), "2028-02");
  EXPECT_EQ(ParsePeriod("2026-01")->previous().key(), "2025-12");
  auto year = ParsePeriod("2026");
  ASSERT_TRUE(year.ok());
  EXPECT_EQ(FormatDate(year->first_day()), "2026-01-01");
  EXPECT_EQ(year->previous().key(), "2025");
  for (const char* bad :
       {"", "26", "2026-13", "2026-00", "2026-Q0", "2026-1", "2026/11", "1999", "2026-Q12"}) {
    auto refused = ParsePeriod(bad);
    EXPECT_FALSE(refused.ok()) << bad;
    if (!refused.ok()) {
      EXPECT_EQ(refused.status().field(), "period");
    }
  }
}

TEST(AssessmentPeriodTest, ThePeriodHoldingADay) {
  const LocalDate day = *ParseDate("2026-11-30");
  EXPECT_EQ(PeriodHolding(PeriodKind::kQuarter, day).key(), "2026-Q4");
  EXPECT_EQ(PeriodHolding(PeriodKind::kMonth, day).key(), "2026-11");
  EXPECT_EQ(PeriodHolding(PeriodKind::kYear, day).key(), "2026");
}

}  // namespace
}  // namespace sanwang::governance
