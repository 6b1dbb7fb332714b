// The residents' survey of `sanwang demo` (labelled 演示数据 demo data in its words and every
// answer): two half-yearly rounds of the district's 群众满意度测评 — the last half-year's,
// closed, and this half-year's, open until its end — each asking every community about
// its liveability, environment, happiness and sense of gain (宜居度, 环境满意度, 幸福感,
// 获得感: the indices the reference district publishes). About 2,400 answers a round, each
// community's share after its households; most typed in from paper forms and telephone
// interviews, some through one-time links, and the demo residents' own on the phone pages
// (resident01 … resident10 answered the last round, resident11 … resident20 this one, so
// resident01 can still answer now). Each community has a level of its own that moves a
// little between the rounds, and about one answer in eight writes a suggestion. Every
// survey step goes through the surveys' domain; the answers, checked against the
// questionnaire, are written in one batch per round. Deterministic for a seed.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <random>

#include "cli/context.h"
#include "governance/survey_desk.h"
#include "support/store/roster_repository.h"

namespace sanwang::cli {
namespace {

using nlohmann::json;

constexpr int kAnswersPerRound = 2400;

const char* const kSuggestions[] = {
    "小区路灯坏了好几盏，晚上出行不方便，希望尽快维修。",
    "垃圾分类点清运不及时，夏天气味很大。",
    "小区停车位太少，车辆乱停占用消防通道。",
    "广场舞音乐声音太大，影响老人和孩子休息。",
    "希望多建一些口袋公园和健身器材。",
    "楼道里堆放杂物多，存在安全隐患。",
    "社区卫生服务站能否延长服务时间？",
    "老旧小区希望加装电梯，方便老年人上下楼。",
    "道路坑洼不平，下雨天积水严重。",
    "希望社区多组织一些面向青少年的活动。",
    "网格员经常上门走访，办事很方便，点个赞。",
    "流浪猫狗较多，希望有关部门管理。",
};

json Questionnaire() {
  return json::parse(R"([
    {"code": "lives", "kind": "single", "text": "您是否在本社区居住满半年？",
     "options": [{"code": "yes", "label": "是"}, {"code": "no", "label": "否"}]},
    {"code": "livable", "kind": "likert", "text": "总体而言，您对本社区的居住条件是否满意？",
     "show_when": {"question": "lives", "any_of": ["yes"]}},
    {"code": "env", "kind": "matrix", "text": "请对本社区以下方面的环境打分（1 很不满意，5 很满意）",
     "options": [{"code": "clean", "label": "环境卫生"}, {"code": "green", "label": "绿化美化"},
                 {"code": "quiet", "label": "噪声控制"}, {"code": "order", "label": "公共秩序"}]},
    {"code": "happy", "kind": "likert", "text": "总体而言，您觉得自己的生活幸福吗？"},
    {"code": "gain", "kind": "likert", "text": "过去半年，您从社区的服务和民生实事中得到的实惠多吗？"},
    {"code": "used", "kind": "multiple", "text": "过去半年您用过哪些社区服务？", "required": false,
     "options": [{"code": "hall", "label": "党群服务中心"}, {"code": "health", "label": "卫生服务站"},
                 {"code": "elder", "label": "老年食堂"}, {"code": "library", "label": "农家书屋"},
                 {"code": "court", "label": "运动场地"}]},
    {"code": "age", "kind": "number", "text": "您的年龄", "minimum": 16, "maximum": 100, "required": false},
    {"code": "advice", "kind": "text", "text": "您对社区工作还有什么意见和建议？", "required": false}
  ])");
}

std::vector<governance::IndexDefinition> Indices() {
  return {{"livability", "宜居度", {{"livable", 2, 1, 5}, {"env.order", 1, 1, 5}}, 20},
          {"environment",
           "环境满意度",
           {{"env.clean", 1, 1, 5}, {"env.green", 1, 1, 5}, {"env.quiet", 1, 1, 5}, {"env.order", 1, 1, 5}},
           20},
          {"happiness", "幸福感", {{"happy", 1, 1, 5}}, 20},
          {"gain", "获得感", {{"gain", 1, 1, 5}}, 20}};
}

// A half-year: its first day and the first day of the next.
struct Half {
  UnixSeconds opens = 0;
  UnixSeconds closes = 0;
  std::string label;  // 2026年下半年
};

Half HalfOf(int y, bool second) {
  const auto at = [](int in, unsigned m) {
    return StartOfLocalDay(LocalDate{std::chrono::year{in}, std::chrono::month{m}, std::chrono::day{1}});
  };
  Half h;
  h.opens = second ? at(y, 7) : at(y, 1);
  h.closes = second ? at(y + 1, 1) : at(y, 7);
  h.label = std::to_string(y) + (second ? "年下半年" : "年上半年");
  return h;
}

class DemoSurvey {
 public:
  DemoSurvey(Context& ctx, unsigned seed) : ctx_(ctx), rng_(seed), today_(ctx.clock().Now()) {}

  Status Build() {
    SW_ASSIGN_OR_RETURN(organizer_, ctx_.ActorFor("supervisor"));
    SW_RETURN_IF_ERROR(LoadCommunities());
    const LocalDate today = LocalDateOf(today_);
    const int year = static_cast<int>(today.year());
    const bool second = static_cast<unsigned>(today.month()) >= 7;
    const Half now = HalfOf(year, second);
    const Half before = second ? HalfOf(year, false) : HalfOf(year - 1, true);
    SW_RETURN_IF_ERROR(Round(before, 1, 10, /*close=*/true));
    for (auto& [community, level] : level_) level += Normal(0.08, 0.12);  // the district improves, unevenly
    return Round(now, 11, 20, /*close=*/false);
  }

  int answers() const { return answers_; }

 private:
  int Roll(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  double Normal(double mean, double sd) { return std::normal_distribution<double>(mean, sd)(rng_); }

  governance::SurveyDesk At(UnixSeconds when) {
    clock_.Set(when);
    return {ctx_.db(), ctx_.org(), organizer_, clock_};
  }

  Status LoadCommunities() {
    SW_ASSIGN_OR_RETURN(auto households,
                        store::RosterRepository(ctx_.db()).Households(ctx_.config().district_code));
    std::map<store::Id, std::int64_t> by_unit;
    for (const auto& h : households) by_unit[h.unit_id] = h.households;
    for (const store::UnitRecord* c : ctx_.org().OfKind("community")) {
      const auto found = by_unit.find(c->id);
      weights_.push_back(static_cast<double>(found == by_unit.end() ? 1000 : found->second));
      communities_.push_back(c->id);
      level_[c->id] = Normal(3.65, 0.3);  // a community's mean answer on 1–5
    }
    if (communities_.empty()) return FailedPrecondition("the demo district has no community");
    return Status::Ok();
  }

  int Likert(double level) {
    return std::clamp(static_cast<int>(std::lround(level + Normal(0, 0.85))), 1, 5);
  }

  json Answers(store::Id community) {
    const double level = level_[community];
    json a = {{"lives", Roll(10) == 0 ? "no" : "yes"}};
    if (a["lives"] == "yes") a["livable"] = Likert(level);
    a["env"] = {{"clean", Likert(level - 0.1)},
                {"green", Likert(level)},
                {"quiet", Likert(level - 0.25)},
                {"order", Likert(level + 0.1)}};
    a["happy"] = Likert(level + 0.3);
    a["gain"] = Likert(level - 0.05);
    json used = json::array();
    for (const char* s : {"hall", "health", "elder", "library", "court"}) {
      if (Roll(3) == 0) used.push_back(s);
    }
    if (!used.empty()) a["used"] = used;
    if (Roll(4) != 0) a["age"] = 18 + Roll(70);
    if (Roll(8) == 0) a["advice"] = kSuggestions[Roll(std::size(kSuggestions))];
    return a;
  }

  const char* Channel() {
    const int r = Roll(20);
    return r < 12   ? governance::kChannelPaper
           : r < 17 ? governance::kChannelTelephone
                    : governance::kChannelLink;
  }

  Status Round(const Half& half, int first_resident, int last_resident, bool close) {
    governance::SurveyTerms t;
    t.title = half.label + "群众满意度测评";
    t.intro =
        "（演示数据 demo data）为了解群众对社区工作的评价，区委社会工作部开展本次测评。问卷匿名填写，约需 3 "
        "分钟，结果用于改进社区服务。感谢您的参与！";
    t.series = "群众满意度测评";
    t.period = half.label;
    t.area_unit_id = ctx_.org().Root()->id;
    t.opens_at = half.opens;
    t.closes_at = half.closes;
    SW_ASSIGN_OR_RETURN(t.questionnaire, governance::ParseQuestionnaire(Questionnaire()));
    t.indices = Indices();
    t.demo = true;
    SW_ASSIGN_OR_RETURN(auto survey, governance::CreateSurvey(At(half.opens - std::int64_t{7} * 86400), t));
    SW_RETURN_IF_ERROR(
        governance::MoveSurvey(At(half.opens - 86400), survey.record.id, governance::kSurveyOpen).status());
    const UnixSeconds last = std::min(half.closes, today_) - 3600;
    std::vector<store::SurveyResponseRecord> batch;
    std::discrete_distribution<std::size_t> pick(weights_.begin(), weights_.end());
    auto when = [&] {
      return half.opens + static_cast<UnixSeconds>(Roll(static_cast<int>((last - half.opens) / 60))) * 60;
    };
    auto add = [&](store::Id community, std::optional<store::Id> account, const char* channel) -> Status {
      store::SurveyResponseRecord r;
      r.survey_id = survey.record.id;
      r.district_code = ctx_.config().district_code;
      r.community_id = community;
      r.account_id = account;
      r.channel = channel;
      const json answers = Answers(community);
      SW_RETURN_IF_ERROR(governance::CheckResponse(survey.terms.questionnaire, answers));
      r.answers = answers.dump();
      r.submitted_at = when();
      r.demo = true;
      batch.push_back(std::move(r));
      return Status::Ok();
    };
    for (int i = 0; i < kAnswersPerRound; ++i)
      SW_RETURN_IF_ERROR(add(communities_[pick(rng_)], std::nullopt, Channel()));
    for (int i = first_resident; i <= last_resident; ++i) {
      char name[16];
      std::snprintf(name, sizeof name, "resident%02d", i);
      SW_ASSIGN_OR_RETURN(cases::Actor resident, ctx_.ActorFor(name));
      const store::UnitRecord* community =
          resident.unit_id ? ctx_.org().AncestorOfKind(*resident.unit_id, "community") : nullptr;
      if (community != nullptr)
        SW_RETURN_IF_ERROR(add(community->id, resident.user_id, governance::kChannelApp));
    }
    std::sort(batch.begin(), batch.end(),
              [](const auto& a, const auto& b) { return a.submitted_at < b.submitted_at; });
    SW_RETURN_IF_ERROR(store::SurveyRepository(ctx_.db()).InsertResponses(batch));
    answers_ += static_cast<int>(batch.size());
    if (close)
      SW_RETURN_IF_ERROR(
          governance::MoveSurvey(At(half.closes + 86400), survey.record.id, governance::kSurveyClosed)
              .status());
    return Status::Ok();
  }

  Context& ctx_;
  std::mt19937 rng_;
  const UnixSeconds today_;
  FakeClock clock_{0};
  cases::Actor organizer_;
  std::vector<store::Id> communities_;
  std::vector<double> weights_;        // households, to pick a community in proportion
  std::map<store::Id, double> level_;  // community → its mean answer on 1–5
  int answers_ = 0;
};

}  // namespace

// Needs the domain loaded, the demo accounts and the roster's households (demo_roster.cc).
// Prints one line to standard error.
Status BuildDemoSurvey(Context& ctx, unsigned seed) {
  DemoSurvey demo(ctx, seed);
  SW_RETURN_IF_ERROR(ctx.db().InTransaction([&]() -> Status { return demo.Build(); }));
  std::cerr << "demo surveys: 2 rounds, " << demo.answers() << " answers\n";
  return Status::Ok();
}

}  // namespace sanwang::cli
