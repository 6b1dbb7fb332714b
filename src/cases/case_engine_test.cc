#include "cases/case_engine.h"

#include <nlohmann/json.hpp>

#include "cases/cases_test_fixture.h"

namespace sanwang::cases {
namespace {

class CaseEngineTest : public CasesTest {};

TEST_P(CaseEngineTest, SubmitRoutesByTierAndSetsWorkingHourDeadlines) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->state, "dispatched");
  EXPECT_EQ(UnitCode(c->unit_id), "G1");
  EXPECT_EQ(UnitCode(c->community_id), "C");
  // Monday 09:00 + 2 working hours to sign; + 8 to resolve: 6 on Monday (lunch 12:00–14:30), 2 on Tuesday.
  EXPECT_EQ(FormatIso8601(*c->accept_due), "2026-11-30T11:00:00+08:00");
  EXPECT_EQ(FormatIso8601(*c->resolve_due), "2026-12-01T10:30:00+08:00");
  auto events = Events(c->id);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].action, "submit");
  EXPECT_EQ(events[1].action, "route");
  EXPECT_EQ(events[1].actor_role, "system");
  EXPECT_EQ(nlohmann::json::parse(events[1].data)["unit"], "G1");
}

TEST_P(CaseEngineTest, OnlineItemIsAnsweredAtOnce) {
  auto c = File(kOnlineItem);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->state, "resolved");
  EXPECT_TRUE(c->resolved_at.has_value());
  auto data = nlohmann::json::parse(Events(c->id).back().data);
  EXPECT_EQ(data["online_answer"], "按四分类投放。");
}

TEST_P(CaseEngineTest, UnclassifiedOrUnplacedGoesToTheCommandCenter) {
  NewCase unclassified = MatterAt("", 113.805, 34.01);
  auto c = engine_->Submit(unclassified, As("resident1"));
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(UnitCode(c->unit_id), "CMD");
  auto far = File(kGridItem, 100.0, 30.0);
  ASSERT_TRUE(far.ok());
  EXPECT_EQ(UnitCode(far->unit_id), "CMD");
  // Without a location, a resident's registered community stands in.
  NewCase no_place = MatterAt(kCommunityItem, 0, 0);
  no_place.location.reset();
  auto home = engine_->Submit(no_place, As("resident2"));
  ASSERT_TRUE(home.ok());
  EXPECT_EQ(UnitCode(home->unit_id), "C2");
}

TEST_P(CaseEngineTest, ClassifierSuggestionIsRecordedInTheSubmitEvent) {
  NewCase confident = MatterAt(kCommunityItem, 113.805, 34.01);
  confident.classifier = ClassifierSuggestion{3, kCommunityItem, 0.91, true};
  auto c = engine_->Submit(confident, As("resident1"));
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(UnitCode(c->unit_id), "C");
  auto data = nlohmann::json::parse(Events(c->id).front().data);
  EXPECT_EQ(
      data["classifier"],
      (nlohmann::json{
          {"model_version", 3}, {"item_code", kCommunityItem}, {"confidence", 0.91}, {"dispatched", true}}));

  NewCase unsure = MatterAt("", 113.805, 34.01);
  unsure.classifier = ClassifierSuggestion{3, kCommunityItem, 0.35, false};
  auto triage = engine_->Submit(unsure, As("resident1"));
  ASSERT_TRUE(triage.ok());
  EXPECT_EQ(UnitCode(triage->unit_id), "CMD");
  EXPECT_EQ(nlohmann::json::parse(Events(triage->id).front().data)["classifier"]["dispatched"], false);
  EXPECT_EQ(Events(File(kGridItem)->id).front().data, "{}");  // no classifier, nothing recorded
}

TEST_P(CaseEngineTest, BadSubmissionsChangeNothing) {
  std::vector<std::pair<NewCase, std::string>> bad;
  NewCase c = MatterAt(kGridItem, 113.805, 34.01);
  c.title = "  ";
  bad.push_back({c, "title"});
  c = MatterAt(kGridItem, 113.805, 34.01);
  c.title = std::string(101 * 3, 'x');
  bad.push_back({c, "title"});
  c = MatterAt(kGridItem, 200, 34.01);
  bad.push_back({c, "location"});
  c = MatterAt("Z99-999", 113.805, 34.01);
  bad.push_back({c, "item_code"});
  c = MatterAt(kGridItem, 113.805, 34.01);
  c.description = "\xFF\xFE";
  bad.push_back({c, "description"});
  c = MatterAt(kGridItem, 113.805, 34.01);
  c.reporter_phone = "call me";
  bad.push_back({c, "reporter_phone"});
  c = MatterAt(kGridItem, 113.805, 34.01);
  c.community_code = "G1";
  bad.push_back({c, "community_code"});
  for (const auto& [request, field] : bad) {
    auto r = engine_->Submit(request, As("resident1"));
    ASSERT_FALSE(r.ok()) << field;
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.status().field(), field);
  }
  store::CaseFilter all;
  all.district_code = org::kTestDistrict;
  EXPECT_EQ(*store::CaseRepository(db()).Count(all), 0);
}

TEST_P(CaseEngineTest, AnonymousReportKeepsNoName) {
  NewCase c = MatterAt(kGridItem, 113.805, 34.01);
  c.anonymous = true;
  auto r = engine_->Submit(c, As("resident1"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->reporter_name, "");
  EXPECT_EQ(r->reporter_phone, "");
  EXPECT_TRUE(r->anonymous);
}

TEST_P(CaseEngineTest, RepeatReportNearAnOpenCaseIsMarked) {
  auto first = File(kGridItem, 113.805, 34.01);
  auto near = File(kGridItem, 113.8053, 34.0101, "resident2");  // about 30 m away
  auto far = File(kGridItem, 113.809, 34.018);                  // about 1 km away
  auto other_item = File(kCommunityItem, 113.805, 34.01);
  EXPECT_EQ(near->repeat_of, first->id);
  EXPECT_FALSE(far->repeat_of);
  EXPECT_FALSE(other_item->repeat_of);
}

TEST_P(CaseEngineTest, SweepFlagsOverdueCasesOnceAndCountsThem) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok());
  auto sweep = engine_->Sweep();
  EXPECT_EQ(sweep->supervised, 0);
  clock_.Set(*c->resolve_due + 1);
  sweep = engine_->Sweep();
  ASSERT_TRUE(sweep.ok());
  EXPECT_EQ(sweep->supervised, 1);
  EXPECT_EQ(engine_->Sweep()->supervised, 0);
  store::CaseRecord now = Get(c->id);
  EXPECT_TRUE(now.overdue);
  EXPECT_EQ(now.state, "dispatched");
  EXPECT_EQ(Events(c->id).back().action, "supervise");
  auto counters = store::CaseRepository(db()).MonthlyCounters({IdOf("G1")}, 202611, 202611);
  ASSERT_EQ(counters->size(), 1u);
  EXPECT_EQ(counters->at(0).counters.overdue, 1);
}

TEST_P(CaseEngineTest, SweepRoutesStrandedCases) {
  // A case left in `submitted`, as after a crash between filing and routing.
  store::CaseRecord c;
  c.district_code = org::kTestDistrict;
  c.workflow = "resident_matter";
  c.item_code = kGridItem;
  c.title = "stranded";
  c.source = "resident";
  c.grid_id = IdOf("G1");
  c.community_id = IdOf("C");
  c.state = "submitted";
  c.created_at = c.updated_at = clock_.Now();
  store::CaseEventRecord e;
  e.action = "submit";
  e.to_state = "submitted";
  e.actor_role = "resident";
  e.at = c.created_at;
  auto inserted = store::CaseRepository(db()).Insert(c, e);
  ASSERT_TRUE(inserted.ok());
  EXPECT_EQ(engine_->Sweep()->routed, 0);  // too fresh: its own submission may still route it
  clock_.Advance(120);
  EXPECT_EQ(engine_->Sweep()->routed, 1);
  EXPECT_EQ(Get(inserted->updated.id).state, "dispatched");
}

TEST_P(CaseEngineTest, AllowedActionsFollowRoleScopeAndState) {
  auto c = File(kGridItem);
  using V = std::vector<std::string>;
  EXPECT_EQ(engine_->AllowedActions(*c, As("grid1")),
            (V{"accept", "return", "reclassify", "merge", "reply"}));
  EXPECT_EQ(engine_->AllowedActions(*c, As("grid2")), V{});
  EXPECT_EQ(engine_->AllowedActions(*c, As("community")),
            (V{"accept", "return", "reclassify", "merge", "reply"}));
  EXPECT_EQ(engine_->AllowedActions(*c, As("resident1")), (V{"urge", "comment"}));  // the reporter
  EXPECT_EQ(engine_->AllowedActions(*c, As("resident2")), V{});
  EXPECT_EQ(engine_->AllowedActions(*c, As("center")),
            (V{"accept", "redispatch", "reclassify", "merge", "reply"}));
}

SANWANG_INSTANTIATE_BACKENDS(CaseEngineTest);

}  // namespace
}  // namespace sanwang::cases
