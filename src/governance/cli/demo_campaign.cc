// The campaign of `sanwang demo` (labelled 演示数据 demo data in its rules and every entry):
// the CPPCC's "我与政协" essay call, open from 28 May to 31 August of the last year whose
// results are out, with about 230 entries from in-service party members, residents and grid
// workers. Eight reviewers — department and sub-district staff — give each entry three
// reviews on a four-part rubric, each with a leaning of their own (some harsh, some kind)
// over the entry's own merit; the discussion opens, the committee takes the proposal within
// the quotas (3 first prizes, 5 second, 10 third, honourable mentions from 84 points),
// deciding any tie by the plain mean, and publishes. Every step goes through the campaigns'
// domain on a clock set to when it happened. Deterministic for a seed.
#include <algorithm>
#include <iostream>
#include <random>

#include "cli/context.h"
#include "cli/demo_district.h"
#include "governance/campaign_awards.h"
#include "governance/campaign_desk.h"
#include "governance/campaign_review.h"
#include "store/user_repository.h"

namespace sanwang::cli {
namespace {

const char* const kTitles[] = {
    "我与政协的故事",       "协商议事暖民心", "一份提案的诞生", "委员走进我的社区",
    "小院议事厅",           "政协委员在身边", "履职路上的脚印", "我家门口的民生实事",
    "从一条建议到一条新路", "凝心聚力话协商", "同心圆",         "为民履职二十年"};
const char* const kSubtitles[] = {"记一次社区协商",      "一名基层党员的见闻", "写在政协成立纪念日",
                                  "老街改造亲历记",      "一位网格员的手记",   "我眼中的政协委员",
                                  "民生小事背后的大协商"};
const char* const kParagraphs[] = {
    "那年春天，社区召开协商议事会，政协委员和居民代表围坐在一起，讨论老旧小区加装电梯的事。",
    "委员们把群众的意见一条条记下来，回去整理成提案，没过多久，施工队就进了小区。",
    "我第一次知道，一条来自街坊邻里的建议，也能走进政协的会场，变成实实在在的民生工程。",
    "在职党员进社区报到以后，我常和委员们一起走访独居老人，听他们说说家长里短。",
    "协商不是一句口号，而是一次次走进楼道、坐上板凳、把心里话摆上桌面。",
    "如今小区的路平了，灯亮了，健身器材也装上了，大家都说这是“协商出来的幸福”。",
    "政协委员说，履职尽责的底气，来自群众的信任；我想，群众的信任，来自委员们的脚步。",
    "在网格里工作久了，我更懂得“有事好商量，众人的事情由众人商量”的分量。"};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄",
                                 "周", "吴", "徐", "孙", "马", "朱", "胡"};
const char* const kGivenNames[] = {"建国", "秀英", "志强", "丽华", "海燕", "红梅", "国庆", "晓明",
                                   "春生", "桂兰", "文博", "雨萱", "子涵", "浩然", "思远", "静怡"};

class DemoCampaign {
 public:
  DemoCampaign(Context& ctx, unsigned seed) : ctx_(ctx), rng_(seed), today_(ctx.clock().Now()) {}

  Status Build() {
    SW_ASSIGN_OR_RETURN(organizer_, ctx_.ActorFor("supervisor"));
    SW_ASSIGN_OR_RETURN(auto campaign, governance::CreateCampaign(At(organizer_, Date(5, 20)), Terms()));
    id_ = campaign.record.id;
    SW_RETURN_IF_ERROR(NameReviewers());
    SW_RETURN_IF_ERROR(SendEntries(campaign.terms));
    SW_RETURN_IF_ERROR(governance::AssignCampaignReviews(At(organizer_, Date(9, 3)), id_).status());
    SW_RETURN_IF_ERROR(Review());
    SW_RETURN_IF_ERROR(governance::OpenDiscussion(At(organizer_, Date(10, 8)), id_));
    return Award();
  }

  int entries() const { return entries_; }
  int awards() const { return awards_; }

 private:
  int Roll(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  // The year of the call: this year once its results are out (mid-October), else last year.
  int Year() const {
    const LocalDate today = LocalDateOf(today_);
    const int year = static_cast<int>(today.year());
    return today >= LocalDate{std::chrono::year{year}, std::chrono::October, std::chrono::day{20}} ? year
                                                                                                   : year - 1;
  }
  UnixSeconds Date(unsigned month, unsigned day) const {
    return StartOfLocalDay(
        LocalDate{std::chrono::year{Year()}, std::chrono::month{month}, std::chrono::day{day}});
  }

  governance::CampaignDesk At(const cases::Actor& actor, UnixSeconds when) {
    clock_.Set(when);
    return {ctx_.db(), ctx_.org(), actor, clock_};
  }

  governance::CampaignTerms Terms() const {
    governance::CampaignTerms t;
    t.title = "“我与政协”征文活动";
    t.theme = "我与政协";
    t.rules =
        "（演示数据 demo data）为庆祝人民政协成立纪念日，区政协面向全区政协委员和社会各界人士开展“我与政协”"
        "主题征文活动。作品须为原创，体裁不限，字数 3000 字以内，以 Word、PDF 或纯文本提交，每人限投 3 "
        "件。评审实行盲评，每件作品由三位评审独立打分。";
    t.issuer = "区政协办公室";
    t.opens_at = Date(5, 28);
    t.closes_at = Date(9, 1);
    t.formats = {"docx", "pdf", "txt"};
    t.max_bytes = 5 << 20;
    t.reviews_per_entry = 3;
    t.rubric = {{"content", "思想内容", 40},
                {"language", "文字表达", 30},
                {"novelty", "创新特色", 20},
                {"form", "规范完整", 10}};
    t.tiers = {{"first", "一等奖", 3, std::nullopt},
               {"second", "二等奖", 5, std::nullopt},
               {"third", "三等奖", 10, std::nullopt},
               {"mention", "优秀奖", std::nullopt, 8400}};
    t.demo = true;
    return t;
  }

  Status NameReviewers() {
    std::vector<governance::ReviewerNomination> named;
    std::vector<const store::UnitRecord*> units = ctx_.org().OfKind("department");
    for (const auto* s : ctx_.org().OfKind("street")) units.push_back(s);
    for (const auto* unit : units) {
      if (named.size() == 8) break;
      SW_ASSIGN_OR_RETURN(cases::Actor reviewer, ctx_.ActorFor(DemoHandlerFor(*unit)));
      named.push_back({*reviewer.user_id, {}});
      leaning_[*reviewer.user_id] = Roll(21) - 10;  // −10 (harsh) … +10 (kind)
    }
    return governance::NameReviewers(At(organizer_, Date(5, 25)), id_, named);
  }

  std::string Name() {
    return std::string(kSurnames[Roll(std::size(kSurnames))]) + kGivenNames[Roll(std::size(kGivenNames))];
  }

  std::string Essay() {
    std::string text = "（演示数据 demo data）\n";
    std::vector<const char*> paragraphs(std::begin(kParagraphs), std::end(kParagraphs));
    std::shuffle(paragraphs.begin(), paragraphs.end(), rng_);
    paragraphs.resize(4 + static_cast<std::size_t>(Roll(4)));  // each paragraph once
    for (const char* p : paragraphs) text += std::string(p) + "\n";
    return text;
  }

  Status Send(const std::string& username, UnixSeconds when) {
    SW_ASSIGN_OR_RETURN(cases::Actor author, ctx_.ActorFor(username));
    const std::string title =
        std::string(kTitles[Roll(std::size(kTitles))]) + "——" + kSubtitles[Roll(std::size(kSubtitles))];
    SW_ASSIGN_OR_RETURN(
        auto entry,
        governance::SubmitEntry(At(author, when), id_, {title, Name(), "征文.txt", "text/plain", Essay()}));
    merit_[entry.id] = 55 + Roll(40);  // how good it is, before anyone reads it
    ++entries_;
    return Status::Ok();
  }

  Status SendEntries(const governance::CampaignTerms& terms) {
    const auto span = static_cast<int>((terms.closes_at - terms.opens_at) / 60);
    auto when = [&] { return terms.opens_at + static_cast<UnixSeconds>(Roll(span)) * 60; };
    char name[24];
    for (int i = 1; i <= 160; ++i) {
      std::snprintf(name, sizeof name, "member%03d", i);
      SW_RETURN_IF_ERROR(Send(name, when()));
    }
    for (int i = 1; i <= 20; ++i) {
      std::snprintf(name, sizeof name, "resident%02d", i);
      for (int k = Roll(3); k >= 0; --k) SW_RETURN_IF_ERROR(Send(name, when()));
    }
    const auto grids = ctx_.org().OfKind("grid");
    for (std::size_t i = 0; i < grids.size() && i < 30; ++i)
      SW_RETURN_IF_ERROR(Send(DemoHandlerFor(*grids[i]), when()));
    return Status::Ok();
  }

  // Each criterion scored as the entry's merit, the reviewer's leaning and a little chance.
  std::map<std::string, int> Scores(store::Id entry, store::Id reviewer) {
    const int percent = std::clamp(merit_[entry] + leaning_[reviewer] + Roll(11) - 5, 0, 100);
    std::map<std::string, int> out;
    for (const auto& [code, most] :
         {std::pair{"content", 40}, {"language", 30}, {"novelty", 20}, {"form", 10}}) {
      out[code] = std::clamp(most * percent / 100 + Roll(3) - 1, 0, most);
    }
    return out;
  }

  Status Review() {
    for (const auto& [reviewer, leaning] : leaning_) {
      SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(ctx_.db()).Get(reviewer));
      const cases::Actor actor = cases::Actor::FromUser(user);
      SW_ASSIGN_OR_RETURN(auto queue, governance::ReviewQueue(At(actor, Date(9, 5)), id_));
      UnixSeconds when = Date(9, 5);
      for (const auto& b : queue) {
        when += 3600 + Roll(8 * 3600);
        const char* comment =
            merit_[b.entry_id] >= 80 ? "立意鲜明，情感真挚。" : "内容较充实，文字可再凝练。";
        SW_RETURN_IF_ERROR(
            governance::ReviewEntry(At(actor, when), b.entry_id, Scores(b.entry_id, reviewer), comment)
                .status());
      }
    }
    return Status::Ok();
  }

  // The committee takes the proposal, deciding each tie by the plain mean of the reviews.
  Status Award() {
    std::map<store::Id, std::string> decided;
    for (int round = 0; round < 50; ++round) {
      SW_ASSIGN_OR_RETURN(auto standings, governance::StandingsOf(At(organizer_, Date(10, 12)), id_));
      decided = standings.proposal.tier_of;
      if (!standings.proposal.tie) break;
      const auto& tie = *standings.proposal.tie;
      std::vector<const governance::EntryStanding*> tied;
      for (const auto& s : standings.entries) {
        if (std::count(tie.entries.begin(), tie.entries.end(), s.entry.id)) tied.push_back(&s);
      }
      std::stable_sort(tied.begin(), tied.end(),
                       [](auto* a, auto* b) { return a->score.raw_mean > b->score.raw_mean; });
      for (int i = 0; i < tie.places && i < static_cast<int>(tied.size()); ++i)
        decided[tied[i]->entry.id] = tie.tier;
      SW_RETURN_IF_ERROR(governance::DecideAwards(At(organizer_, Date(10, 12)), id_, decided));
    }
    SW_RETURN_IF_ERROR(governance::DecideAwards(At(organizer_, Date(10, 15)), id_, decided));
    awards_ = static_cast<int>(decided.size());
    return governance::PublishCampaign(At(organizer_, Date(10, 16)), id_);
  }

  Context& ctx_;
  std::mt19937 rng_;
  const UnixSeconds today_;
  FakeClock clock_{0};
  cases::Actor organizer_;
  store::Id id_ = 0;
  std::map<store::Id, int> leaning_;  // reviewer → points above or below the merit
  std::map<store::Id, int> merit_;    // entry → its merit in percent
  int entries_ = 0;
  int awards_ = 0;
};

}  // namespace

// Needs the domain loaded and the demo accounts, members included (demo_activities.cc).
// Prints one line to standard error.
Status BuildDemoCampaign(Context& ctx, unsigned seed) {
  DemoCampaign demo(ctx, seed);
  SW_RETURN_IF_ERROR(ctx.db().InTransaction([&]() -> Status { return demo.Build(); }));
  std::cerr << "demo campaign: " << demo.entries() << " entries, " << demo.awards() << " awards\n";
  return Status::Ok();
}

}  // namespace sanwang::cli
