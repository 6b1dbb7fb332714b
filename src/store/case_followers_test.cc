// The columns and table of schema version 6: the classifier's confidence, the duplicate
// flag and the merge target of a case, followers of a case, and the classified cases that
// training reads.
#include "store/case_repository.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"

namespace sanwang::store {
namespace {

class CaseFollowersTest : public BackendTest {
 protected:
  Id NewUser(const std::string& name) {
    UserRecord u;
    u.district_code = "411002";
    u.username = name;
    u.display_name = name;
    u.role = "resident";
    u.created_at = 1795924149;
    auto r = UserRepository(db()).Insert(u);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->id : 0;
  }

  Id NewCase(const std::string& title, std::optional<Id> reporter, const std::string& item = "",
             UnixSeconds at = 1795924149) {
    CaseRecord c;
    c.district_code = "411002";
    c.workflow = "resident_matter";
    c.title = title;
    c.item_code = item;
    c.source = "resident";
    c.reporter_user_id = reporter;
    c.state = "dispatched";
    c.created_at = c.updated_at = at;
    CaseEventRecord e;
    e.action = "submit";
    e.to_state = "dispatched";
    e.actor_role = "resident";
    e.at = at;
    auto r = CaseRepository(db()).Insert(c, e);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->updated.id : 0;
  }

  Status Change(Id id, const std::function<void(CaseRecord&)>& edit) {
    return CaseRepository(db())
        .Update(id,
                [&](const CaseRecord& current) -> Result<CaseChange> {
                  CaseChange ch{current, {}};
                  edit(ch.updated);
                  ch.event.action = "test";
                  ch.event.to_state = current.state;
                  ch.event.actor_role = "system";
                  return ch;
                })
        .status();
  }
};

TEST_P(CaseFollowersTest, NewColumnsRoundTrip) {
  Id original = NewCase("楼道堆满纸箱", std::nullopt, "A01-001");
  Id copy = NewCase("楼道里有纸箱", std::nullopt, "A01-001");
  ASSERT_TRUE(Change(copy, [&](CaseRecord& c) {
                c.auto_item_confidence = 0.75;
                c.duplicate_of = original;
                c.duplicate_distance_m = 27.5;
                c.duplicate_similarity = 0.4;
                c.merged_into = original;
              }).ok());
  CaseRecord read = *CaseRepository(db()).Get(copy);
  EXPECT_EQ(read.auto_item_confidence, 0.75);
  EXPECT_EQ(read.duplicate_of, original);
  EXPECT_EQ(read.duplicate_distance_m, 27.5);
  EXPECT_EQ(read.duplicate_similarity, 0.4);
  EXPECT_EQ(read.merged_into, original);
  EXPECT_FALSE(CaseRepository(db()).Get(original)->duplicate_of);
}

TEST_P(CaseFollowersTest, AResidentsMattersAreThoseReportedOrFollowed) {
  Id ana = NewUser("ana");
  Id bo = NewUser("bo");
  Id anas = NewCase("ana's", ana);
  Id bos = NewCase("bo's", bo);
  NewCase("nobody's", std::nullopt);
  CaseRepository repo(db());
  ASSERT_TRUE(repo.AddFollower("411002", bos, ana, anas, 1795924200).ok());
  ASSERT_TRUE(repo.AddFollower("411002", bos, ana, anas, 1795924300).ok());  // twice is once
  EXPECT_TRUE(*repo.IsFollower(bos, ana));
  EXPECT_FALSE(*repo.IsFollower(anas, bo));
  CaseFilter f;
  f.district_code = "411002";
  f.reported_or_followed_by = ana;
  auto mine = repo.List(f);
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  std::vector<Id> ids;
  for (const auto& c : *mine) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<Id>{bos, anas}));  // newest first
  f.reported_or_followed_by = bo;
  EXPECT_EQ(*repo.Count(f), 1);
}

TEST_P(CaseFollowersTest, ClassifiedTextsSinceADay) {
  Id old_case = NewCase("旧的", std::nullopt, "A01-001", 1795924149);
  Id recent = NewCase("新的", std::nullopt, "A01-002", 1795924149 + 86400);
  NewCase("未分类", std::nullopt, "", 1795924149 + 86400);
  ASSERT_TRUE(Change(recent, [](CaseRecord& c) {
                c.auto_item_confidence = 0.9;
                c.accepted_at = c.created_at + 60;
              }).ok());
  CaseRepository repo(db());
  auto all = repo.ClassifiedTexts("411002", std::nullopt);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ(all->at(0).id, old_case);
  EXPECT_EQ(all->at(0).item_code, "A01-001");
  EXPECT_FALSE(all->at(0).item_automatic);
  EXPECT_FALSE(all->at(0).accepted);
  EXPECT_TRUE(all->at(1).item_automatic);
  EXPECT_TRUE(all->at(1).accepted);
  auto since = repo.ClassifiedTexts("411002", 1795924149 + 1);
  ASSERT_EQ(since->size(), 1u);
  EXPECT_EQ(since->at(0).title, "新的");
}

SANWANG_INSTANTIATE_BACKENDS(CaseFollowersTest);

}  // namespace
}  // namespace sanwang::store
