#include "governance/information_desk.h"

#include <algorithm>

#include "governance/information_ranking.h"
#include "governance/information_test_fixture.h"

namespace sanwang::governance {
namespace {

std::int64_t Rows(store::Database& db, const std::string& table) {
  return db.Query("SELECT COUNT(*) FROM " + table)->at(0).Int(0);
}

TEST_P(InformationTest, AUnitSubmitsForItselfAndOnlyWritersMay) {
  auto item = Submit("community", "社区开展垃圾分类宣传");
  EXPECT_EQ(item.unit_id, IdOf("C"));
  EXPECT_EQ(item.state, "submitted");
  EXPECT_EQ(item.revision, 1);
  EXPECT_EQ(item.submitted_at, clock_.Now());
  for (const char* refused : {"editor", "leader", "admin", "grid1"}) {
    auto r = SubmitInformation(As(refused), {{"work_news", "标题", "正文"}, refused});
    EXPECT_EQ(r.status().code(), ErrorCode::kPermissionDenied) << refused;
  }
  EXPECT_EQ(Rows(db(), "info_items"), 1);
}

TEST_P(InformationTest, BadItemsAreRefusedNamingTheFieldAndNothingIsWritten) {
  struct Case {
    InformationText text;
    std::string author;
    std::string field;
  };
  for (const Case& c : std::vector<Case>{{{"no_such", "标题", "正文"}, "张三", "category"},
                                         {{"work_news", "", "正文"}, "张三", "title"},
                                         {{"work_news", std::string(101 * 3, 'x'), "正文"}, "张三", "title"},
                                         {{"work_news", "标题", "   "}, "张三", "body"},
                                         {{"work_news", "标题", "\xFF"}, "张三", "body"},
                                         {{"work_news", "标题", "正文"}, "", "author_name"}}) {
    auto r = SubmitInformation(As("community"), {c.text, c.author});
    ASSERT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << c.field;
    EXPECT_EQ(r.status().field(), c.field);
  }
  EXPECT_EQ(Rows(db(), "info_items"), 0);
  EXPECT_EQ(Rows(db(), "info_events"), 0);
}

TEST_P(InformationTest, TheEditorAdoptsAtALevelAndLaterOnlyAtAHigherOne) {
  auto item = Submit("community", "社区开展垃圾分类宣传");
  auto district = Adopt(item.id, "district");
  ASSERT_TRUE(district.ok()) << district.status().ToString();
  EXPECT_EQ(district->state, "adopted");
  EXPECT_EQ(district->level_code, "district");
  EXPECT_EQ(district->points, 1);
  EXPECT_EQ(district->adopted_at, clock_.Now());
  clock_.Advance(86400);
  auto province = Adopt(item.id, "province");
  ASSERT_TRUE(province.ok()) << province.status().ToString();
  EXPECT_EQ(province->level_code, "province");
  EXPECT_EQ(province->points, 5);  // the highest level's points, not 1 + 5
  EXPECT_EQ(province->adopted_at, district->adopted_at);
  // Adopting at the same level or a lower one again is refused and writes nothing.
  for (const char* level : {"province", "city", "district"}) {
    EXPECT_EQ(Adopt(item.id, level).status().code(), ErrorCode::kConflict) << level;
  }
  EXPECT_EQ(Adopt(item.id, "").status().field(), "level");
  EXPECT_EQ(Adopt(item.id, "nation").status().field(), "level");
  auto history = InformationHistoryOf(As("editor"), item.id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->adoptions.size(), 2u);
  EXPECT_EQ(history->adoptions[0].level_code, "district");
  EXPECT_EQ(history->adoptions[1].level_code, "province");
  ASSERT_EQ(history->events.size(), 3u);  // submit, adopt, adopt
  EXPECT_EQ(history->events[2].level_code, "province");
  EXPECT_EQ(history->events[2].username, "editor");
}

TEST_P(InformationTest, AReturnedItemIsRevisedAndResubmittedWithEveryRevisionKept) {
  auto item = Submit("community", "初稿标题");
  auto no_note = ActOnInformation(As("editor"), item.id, {"return", "", "", std::nullopt});
  EXPECT_EQ(no_note.status().field(), "note");
  auto returned = ActOnInformation(As("editor"), item.id, {"return", "请补充具体数据", "", std::nullopt});
  ASSERT_TRUE(returned.ok()) << returned.status().ToString();
  EXPECT_EQ(returned->state, "returned");
  // Another unit's staff may not revise it; the editor may not either.
  InformationAction revise{"resubmit", "", "",
                           InformationText{"practice", "修改稿标题", "补充了参与人数：320 人。"}};
  EXPECT_EQ(ActOnInformation(As("community2"), item.id, revise).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(ActOnInformation(As("editor"), item.id, revise).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(ActOnInformation(As("community"), item.id, {"resubmit", "", "", std::nullopt}).status().code(),
            ErrorCode::kInvalidArgument);
  auto again = ActOnInformation(As("community"), item.id, revise);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->state, "submitted");
  EXPECT_EQ(again->revision, 2);
  EXPECT_EQ(again->title, "修改稿标题");
  EXPECT_EQ(again->category_code, "practice");
  EXPECT_EQ(again->submitted_at, item.submitted_at);  // still counts in the period it was first sent
  auto history = InformationHistoryOf(As("community"), item.id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->versions.size(), 2u);
  EXPECT_EQ(history->versions[0].title, "初稿标题");
  EXPECT_EQ(history->versions[1].title, "修改稿标题");
}

TEST_P(InformationTest, AdoptIsOfferedOnlyWhileAHigherLevelIsLeft) {
  auto item = Submit("community", "社区开展垃圾分类宣传");
  auto has_adopt = [&](const store::InformationItemRecord& i) {
    const auto actions = InformationActions(As("editor"), i);
    return std::find(actions.begin(), actions.end(), "adopt") != actions.end();
  };
  EXPECT_TRUE(has_adopt(item));
  auto city = Adopt(item.id, "city");
  ASSERT_TRUE(city.ok()) << city.status().ToString();
  EXPECT_TRUE(has_adopt(*city));  // the province is above the city
  auto province = Adopt(item.id, "province");
  ASSERT_TRUE(province.ok()) << province.status().ToString();
  EXPECT_FALSE(has_adopt(*province));  // nothing above the province: not offered
  EXPECT_EQ(Adopt(item.id, "province").status().code(), ErrorCode::kConflict);
}

TEST_P(InformationTest, OnlyTheEditorsReviewAndOnlyTheSourceUnitWithdraws) {
  auto item = Submit("community", "社区开展垃圾分类宣传");
  EXPECT_EQ(
      ActOnInformation(As("community"), item.id, {"adopt", "", "district", std::nullopt}).status().code(),
      ErrorCode::kPermissionDenied);
  EXPECT_EQ(
      ActOnInformation(As("leader"), item.id, {"decline", "不予采用", "", std::nullopt}).status().code(),
      ErrorCode::kPermissionDenied);
  // The street sees the community's item but does not act for it.
  EXPECT_EQ(ActOnInformation(As("street"), item.id, {"withdraw", "", "", std::nullopt}).status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(ActOnInformation(As("community"), item.id, {"fly", "", "", std::nullopt}).status().field(),
            "action");
  auto withdrawn = ActOnInformation(As("community"), item.id, {"withdraw", "", "", std::nullopt});
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.status().ToString();
  EXPECT_EQ(withdrawn->state, "withdrawn");
  EXPECT_EQ(Adopt(item.id, "district").status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(InformationActions(As("editor"), *withdrawn).empty());
}

TEST_P(InformationTest, WritersSeeTheirUnitAndBelowEditorsAndLeadersSeeAll) {
  auto c = Submit("community", "社区信息");
  auto c2 = Submit("community2", "另一社区信息");
  auto d = Submit("dept", "部门信息");
  auto ids = [&](const std::string& account, InformationFilter f = {}) {
    std::set<store::Id> out;
    auto page = ListInformation(As(account), f);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    if (page.ok()) {
      for (const auto& i : page->items) out.insert(i.id);
      EXPECT_EQ(page->total, static_cast<std::int64_t>(out.size()));
    }
    return out;
  };
  EXPECT_EQ(ids("community"), (std::set<store::Id>{c.id}));
  EXPECT_EQ(ids("street"), (std::set<store::Id>{c.id, c2.id}));
  EXPECT_EQ(ids("dept"), (std::set<store::Id>{d.id}));
  EXPECT_EQ(ids("editor"), (std::set<store::Id>{c.id, c2.id, d.id}));
  EXPECT_EQ(ids("leader"), (std::set<store::Id>{c.id, c2.id, d.id}));
  EXPECT_EQ(ListInformation(As("admin"), {}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(ListInformation(As("grid1"), {}).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(FindInformation(As("community"), c2.id).status().code(), ErrorCode::kNotFound);
  InformationFilter other_unit;
  other_unit.unit_code = "C2";
  EXPECT_EQ(ListInformation(As("community"), other_unit).status().field(), "unit");
  EXPECT_EQ(ids("street", other_unit), (std::set<store::Id>{c2.id}));
  // The review queue: waiting items, oldest first.
  ASSERT_TRUE(Adopt(d.id, "city").ok());
  InformationFilter queue;
  queue.to_review = true;
  auto page = ListInformation(As("editor"), queue);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].id, c.id);
  EXPECT_EQ(page->items[1].id, c2.id);
}

TEST_P(InformationTest, TheSameItemSentTwiceIsFlaggedWithTheEarlierOne) {
  const std::string body =
      "11月28日，许昌市魏都区西大街道组织开展“清洁家园”志愿服务活动，120 余名党员志愿者清理楼道杂物、"
      "小广告，整治背街小巷环境卫生。";
  auto first = Submit("community", "西大街道开展清洁家园志愿服务", body);
  EXPECT_FALSE(first.similar_item_id.has_value());
  auto unrelated =
      Submit("dept", "区城管局部署冬季除雪工作", "区城管局召开会议，部署今冬除雪保畅工作，明确责任分工。");
  EXPECT_FALSE(unrelated.similar_item_id.has_value());
  // The same text from another unit, lightly reworded.
  auto second =
      Submit("community2", "西大街道开展“清洁家园”志愿服务活动",
             "11月28日，魏都区西大街道组织开展“清洁家园”志愿服务活动，120余名党员志愿者清理楼道杂物和"
             "小广告，整治背街小巷卫生。");
  ASSERT_TRUE(second.similar_item_id.has_value());
  EXPECT_EQ(*second.similar_item_id, first.id);
  EXPECT_GE(second.similarity_percent, kSimilarPercent);
  EXPECT_LE(second.similarity_percent, 100);
  // A withdrawn item is not compared with.
  ASSERT_TRUE(ActOnInformation(As("community"), first.id, {"withdraw", "", "", std::nullopt}).ok());
  ASSERT_TRUE(ActOnInformation(As("community2"), second.id, {"withdraw", "", "", std::nullopt}).ok());
  auto third = Submit("street", "西大街道开展清洁家园志愿服务", body);
  EXPECT_FALSE(third.similar_item_id.has_value());
}

TEST_P(InformationTest, EditorsAddCategoriesAndLevelsWithPoints) {
  auto level = AddInformationLevel(db(), org::kTestDistrict, actors_.at("editor"),
                                   {"nation", "国家级采用", "Adopted nationally", 10, 4, false});
  ASSERT_TRUE(level.ok()) << level.status().ToString();
  EXPECT_EQ(
      AddInformationLevel(db(), org::kTestDistrict, actors_.at("editor"), {"city", "市级", "", 3, 2, false})
          .status()
          .code(),
      ErrorCode::kAlreadyExists);
  EXPECT_EQ(
      AddInformationLevel(db(), org::kTestDistrict, actors_.at("editor"), {"Bad", "坏", "", 3, 2, false})
          .status()
          .field(),
      "code");
  EXPECT_EQ(
      AddInformationLevel(db(), org::kTestDistrict, actors_.at("editor"), {"big", "大", "", 5000, 2, false})
          .status()
          .field(),
      "points");
  EXPECT_EQ(AddInformationCategory(db(), org::kTestDistrict, actors_.at("community"), {"x", "类", "", false})
                .status()
                .code(),
            ErrorCode::kPermissionDenied);
  ASSERT_TRUE(AddInformationCategory(db(), org::kTestDistrict, actors_.at("editor"),
                                     {"grassroots", "基层治理", "Grassroots governance", false})
                  .ok());
  auto levels = InformationLevels(db(), org::kTestDistrict);
  ASSERT_TRUE(levels.ok());
  ASSERT_EQ(levels->size(), 4u);
  EXPECT_EQ(levels->back().code, "nation");
  auto item = SubmitInformation(As("community"), {{"grassroots", "标题", "正文"}, "张三"});
  ASSERT_TRUE(item.ok()) << item.status().ToString();
  ASSERT_TRUE(Adopt(item->id, "province").ok());
  auto nation = Adopt(item->id, "nation");
  ASSERT_TRUE(nation.ok()) << nation.status().ToString();
  EXPECT_EQ(nation->points, 10);
}

TEST_P(InformationTest, TwoEditorsAdoptingAtOnceAdoptOnce) {
  auto item = Submit("community", "社区开展垃圾分类宣传");
  auto first = store::InformationRepository(db()).GetItem(item.id);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(Adopt(item.id, "district").ok());
  // The second editor decided on the item as it was before the first adoption.
  store::InformationItemRecord stale = *first;
  stale.state = "adopted";
  stale.level_code = "district";
  store::InformationEventRecord event;
  event.item_id = item.id;
  event.role = "supervisor";
  event.action = "adopt";
  event.from_state = "submitted";
  event.to_state = "adopted";
  auto moved = store::InformationRepository(db()).Move(
      stale, "submitted", event, store::InformationAdoptionRecord{item.id, "district", 1, clock_.Now(), {}});
  EXPECT_EQ(moved.code(), ErrorCode::kConflict);
  EXPECT_EQ(Rows(db(), "info_adoptions"), 1);
  EXPECT_EQ(Rows(db(), "info_events"), 2);
}

SANWANG_INSTANTIATE_BACKENDS(InformationTest);

}  // namespace
}  // namespace sanwang::governance
