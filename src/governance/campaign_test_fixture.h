// Campaigns' domain tests, on SQLite and PostgreSQL: the small district of
// org::SmallDistrictTest (district D → street S → communities C and C2, grids G1 and G2 in
// C; a department DEPT), the organizer (supervisor), four reviewers in four units, a leader,
// residents of C and C2 and a grid worker who write entries, and a campaign in the manner
// of the reference district's "我与政协" call: open from 28 May to 31 August 2026 in
// Shanghai, two reviews per entry, a rubric of 40 + 30 + 20 + 10 points, one first prize,
// two second, any number of honourable mentions of 60 points or more.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

#include "governance/campaign_awards.h"
#include "governance/campaign_desk.h"
#include "governance/campaign_review.h"
#include "org/org_test_fixture.h"

namespace sanwang::governance {

class CampaignTest : public org::SmallDistrictTest {
 protected:
  void SetUp() override {
    org::SmallDistrictTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    for (auto [name, role, unit, display] :
         {std::tuple{"organizer", "supervisor", "D", "组织者"},
          std::tuple{"r_c", "community_staff", "C", "评审一"},
          std::tuple{"r_c2", "community_staff", "C2", "评审二"},
          std::tuple{"r_s", "street_staff", "S", "评审三"},
          std::tuple{"r_dept", "dept_staff", "DEPT", "评审四"}, std::tuple{"leader", "leader", "D", "领导"},
          std::tuple{"admin", "admin", "D", "管理员"}, std::tuple{"resident_c", "resident", "C", "王小明"},
          std::tuple{"resident_c2", "resident", "C2", "李晓红"},
          std::tuple{"grid1", "grid_worker", "G1", "赵网格"}}) {
      users_[name] = AddTestAccount(name, role, unit, display);
    }
    org_ = std::make_unique<org::OrgDirectory>(Directory());
    clock_.Set(*ParseIso8601("2026-06-01T09:00:00+08:00"));
  }

  CampaignDesk As(const std::string& account) {
    return {db(), *org_, cases::Actor::FromUser(users_.at(account)), clock_};
  }
  store::Id UserId(const std::string& account) { return users_.at(account).id; }

  static CampaignTerms Terms() {
    CampaignTerms t;
    t.title = "“我与政协”征文活动";
    t.theme = "我与政协";
    t.rules = "征文对象为全区政协委员和社会各界人士，字数 3000 字以内。";
    t.issuer = "区政协办公室";
    t.opens_at = *ParseIso8601("2026-05-28T00:00:00+08:00");
    t.closes_at = *ParseIso8601("2026-09-01T00:00:00+08:00");
    t.formats = {"docx", "pdf", "txt"};
    t.max_bytes = 1 << 20;
    t.reviews_per_entry = 2;
    t.rubric = {{"content", "思想内容", 40},
                {"language", "文字表达", 30},
                {"novelty", "创新特色", 20},
                {"form", "规范完整", 10}};
    t.tiers = {{"first", "一等奖", 1, std::nullopt},
               {"second", "二等奖", 2, std::nullopt},
               {"mention", "优秀奖", std::nullopt, 6000}};
    return t;
  }

  store::Id CreateCampaign() {
    auto c = governance::CreateCampaign(As("organizer"), Terms());
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? c->record.id : 0;
  }

  void NameAllReviewers(store::Id campaign) {
    std::vector<ReviewerNomination> all;
    for (const char* r : {"r_c", "r_c2", "r_s", "r_dept"}) all.push_back({UserId(r), {}});
    ASSERT_TRUE(NameReviewers(As("organizer"), campaign, all).ok());
  }

  store::Id Enter(store::Id campaign, const std::string& account, const std::string& title,
                  const std::string& text = "我与政协的故事。\n第二段。") {
    auto e = SubmitEntry(As(account), campaign,
                         {title, users_.at(account).display_name, "作品.txt", "text/plain", text});
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    return e.ok() ? e->id : 0;
  }

  // Every criterion given the same share of its most: `percent` of the scale in all.
  static std::map<std::string, int> Scores(int percent) {
    return {{"content", 40 * percent / 100},
            {"language", 30 * percent / 100},
            {"novelty", 20 * percent / 100},
            {"form", 10 * percent / 100}};
  }

  std::map<std::string, store::UserRecord> users_;
  std::unique_ptr<org::OrgDirectory> org_;
};

// A campaign with entries from the residents of C and C2 and the grid worker of G1 (in
// C), its four reviewers named (r_c2 declared the grid worker), closed and assigned.
class CampaignReviewTest : public CampaignTest {
 protected:
  void SetUp() override {
    CampaignTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    campaign_ = CreateCampaign();
    ASSERT_TRUE(NameReviewers(As("organizer"), campaign_,
                              {{UserId("r_c"), {}},
                               {UserId("r_c2"), {UserId("grid1")}},
                               {UserId("r_s"), {}},
                               {UserId("r_dept"), {}}})
                    .ok());
    entries_["resident_c"] = Enter(campaign_, "resident_c", "社区协商议事记", "王小明写的政协故事。");
    entries_["resident_c2"] = Enter(campaign_, "resident_c2", "委员走进社区");
    entries_["grid1"] = Enter(campaign_, "grid1", "网格里的提案");
  }

  void CloseAndAssign() {
    clock_.Set(Terms().closes_at);
    auto a = AssignCampaignReviews(As("organizer"), campaign_);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
  }

  std::set<store::Id> AssignedTo(const std::string& reviewer) {
    std::set<store::Id> out;
    auto queue = ReviewQueue(As(reviewer), campaign_);
    EXPECT_TRUE(queue.ok()) << queue.status().ToString();
    if (queue.ok()) {
      for (const auto& b : *queue) out.insert(b.entry_id);
    }
    return out;
  }

  // Every assigned review at `percent`, the discussion opened, the proposal taken with
  // resident_c's entry first (the entries tie), and the results published.
  void PublishAllAlike(int percent) {
    CloseAndAssign();
    for (const char* r : {"r_c", "r_c2", "r_s", "r_dept"}) {
      for (store::Id e : AssignedTo(r)) ASSERT_TRUE(ReviewEntry(As(r), e, Scores(percent), "").ok());
    }
    ASSERT_TRUE(OpenDiscussion(As("organizer"), campaign_).ok());
    ASSERT_TRUE(DecideAwards(As("organizer"), campaign_, {{entries_["resident_c"], "first"}}).ok());
    auto s = StandingsOf(As("organizer"), campaign_);
    ASSERT_TRUE(s.ok() && !s->proposal.tie);
    ASSERT_TRUE(DecideAwards(As("organizer"), campaign_, s->proposal.tier_of).ok());
    ASSERT_TRUE(PublishCampaign(As("organizer"), campaign_).ok());
  }

  store::Id campaign_ = 0;
  std::map<std::string, store::Id> entries_;
};

}  // namespace sanwang::governance
