// Staff correct a case's catalog item (改派事项): the case is routed again by the new item's
// tier, the event keeps the old item, the new one and the classifier's confidence when the
// old one was its choice, and the corrected item is what training on past cases learns.
#include <nlohmann/json.hpp>

#include "cases/cases_test_fixture.h"
#include "classify/case_training_set.h"

namespace sanwang::cases {
namespace {

class ReclassifyTest : public CasesTest {
 protected:
  // A matter filed without an item and dispatched automatically under `item`.
  Result<store::CaseRecord> AutoDispatched(const std::string& item, double confidence,
                                           const std::string& title) {
    NewCase m = MatterAt(item, 113.805, 34.01);
    m.title = title;
    m.classifier = ClassifierSuggestion{3, item, confidence, true};
    return engine_->Submit(m, As("resident1"));
  }

  TransitionRequest ReclassifyAs(const std::string& item) {
    TransitionRequest r{"reclassify", "是噪音不是杂物"};
    r.item_code = item;
    return r;
  }

  std::map<store::Id, std::string> TrainingLabels() {
    classify::CaseTrainingOptions options;
    options.min_per_class = 1;
    auto set = classify::LoadCaseTrainingSet(db(), org::kTestDistrict, options);
    EXPECT_TRUE(set.ok()) << set.status().ToString();
    std::map<store::Id, std::string> labels;
    if (!set.ok()) return labels;
    for (std::size_t i = 0; i < set->case_ids.size(); ++i) labels[set->case_ids[i]] = set->examples[i].label;
    return labels;
  }
};

TEST_P(ReclassifyTest, CorrectionReroutesByTheNewTierAndRecordsTheClassifier) {
  auto c = AutoDispatched(kGridItem, 0.82, "楼下每晚很吵");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(UnitCode(c->unit_id), "G1");
  EXPECT_EQ(c->auto_item_confidence, 0.82);
  ASSERT_TRUE(Do(c->id, "grid1", {"accept"}).ok());

  auto fixed = Do(c->id, "grid1", ReclassifyAs(kCommunityItem));
  ASSERT_TRUE(fixed.ok()) << fixed.status().ToString();
  EXPECT_EQ(fixed->updated.item_code, kCommunityItem);
  EXPECT_EQ(fixed->updated.state, "dispatched");
  EXPECT_EQ(UnitCode(fixed->updated.unit_id), "C");  // a community-tier item
  EXPECT_FALSE(fixed->updated.auto_item_confidence);
  auto data = nlohmann::json::parse(fixed->event.data);
  EXPECT_EQ(data["old_item_code"], kGridItem);
  EXPECT_EQ(data["item_code"], kCommunityItem);
  EXPECT_EQ(data["old_item_automatic"], true);
  EXPECT_EQ(data["classifier_confidence"], 0.82);
  EXPECT_EQ(data["unit"], "C");

  // A second correction, of an item a person chose, has no classifier confidence.
  auto again = Do(c->id, "community", ReclassifyAs(kStreetItem));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  data = nlohmann::json::parse(again->event.data);
  EXPECT_EQ(data["old_item_automatic"], false);
  EXPECT_FALSE(data.contains("classifier_confidence"));
  EXPECT_EQ(UnitCode(again->updated.unit_id), "S");
}

TEST_P(ReclassifyTest, AutoDispatchedThenCorrectedIsLearntWithTheCorrectedItem) {
  auto corrected = AutoDispatched(kGridItem, 0.7, "楼下每晚很吵");
  auto confirmed = AutoDispatched(kGridItem, 0.9, "楼道堆满杂物");
  auto unconfirmed = AutoDispatched(kGridItem, 0.65, "楼道有纸箱");
  auto chosen = File(kStreetItem);  // the reporter chose the item
  ASSERT_TRUE(corrected.ok() && confirmed.ok() && unconfirmed.ok() && chosen.ok());
  ASSERT_TRUE(Do(corrected->id, "grid1", ReclassifyAs(kCommunityItem)).ok());
  ASSERT_TRUE(Do(confirmed->id, "grid1", {"accept"}).ok());  // signed for without correction

  std::map<store::Id, std::string> labels = TrainingLabels();
  EXPECT_EQ(labels[corrected->id], kCommunityItem);
  EXPECT_EQ(labels[confirmed->id], kGridItem);
  EXPECT_EQ(labels[chosen->id], kStreetItem);
  EXPECT_FALSE(labels.count(unconfirmed->id));  // nobody has looked at the classifier's guess yet
}

TEST_P(ReclassifyTest, ToAnOnlineItemAnswersAtOnce) {
  auto c = File(kGridItem);
  auto fixed = Do(c->id, "grid1", ReclassifyAs(kOnlineItem));
  ASSERT_TRUE(fixed.ok()) << fixed.status().ToString();
  EXPECT_EQ(fixed->updated.state, "resolved");
  EXPECT_EQ(nlohmann::json::parse(fixed->event.data)["online_answer"], "按四分类投放。");
}

TEST_P(ReclassifyTest, RedispatchWithATriagedItemRecordsTheOldItem) {
  auto c = AutoDispatched(kGridItem, 0.61, "楼下每晚很吵");
  TransitionRequest r{"redispatch"};
  r.target_unit_code = "C";
  r.item_code = kCommunityItem;
  auto moved = Do(c->id, "center", r);
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  auto data = nlohmann::json::parse(moved->event.data);
  EXPECT_EQ(data["old_item_code"], kGridItem);
  EXPECT_EQ(data["classifier_confidence"], 0.61);
  EXPECT_FALSE(moved->updated.auto_item_confidence);
}

TEST_P(ReclassifyTest, RefusedCorrectionsChangeNothing) {
  auto c = File(kGridItem);
  ASSERT_TRUE(c.ok());
  struct Refusal {
    const char* who;
    std::string item;
    ErrorCode code;
  };
  for (const Refusal& r : {Refusal{"grid1", kGridItem, ErrorCode::kInvalidArgument},  // the same item
                           Refusal{"grid1", "Z99-999", ErrorCode::kInvalidArgument},  // no such item
                           Refusal{"grid1", "", ErrorCode::kInvalidArgument},
                           Refusal{"resident1", kCommunityItem, ErrorCode::kPermissionDenied},
                           Refusal{"grid2", kCommunityItem, ErrorCode::kPermissionDenied},
                           Refusal{"supervisor", kCommunityItem, ErrorCode::kPermissionDenied}}) {
    auto result = Do(c->id, r.who, ReclassifyAs(r.item));
    ASSERT_FALSE(result.ok()) << r.who << " " << r.item;
    EXPECT_EQ(result.status().code(), r.code) << result.status().ToString();
  }
  EXPECT_EQ(Get(c->id).item_code, kGridItem);
  EXPECT_EQ(Get(c->id).version, c->version);
}

SANWANG_INSTANTIATE_BACKENDS(ReclassifyTest);

}  // namespace
}  // namespace sanwang::cases
