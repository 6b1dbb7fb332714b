// The information work of `sanwang demo` (labelled 演示数据 demo data in every item's body): a year
// of information items from the district's sub-districts, communities and departments,
// about three a unit every quarter. The editors (supervisor) adopted most of them at the
// district level, some of those later at the city and a few at the province; returned
// some for revision, which the unit revised and sent again; declined a few. Some units
// sent the same item as their street (flagged as near-duplicates), a few items were
// withdrawn, and some of the last two weeks' items still wait in the review queue. Last month's
// ranking of the communities is published as a notice (信息工作通报). Every step goes
// through information work's domain on a clock set to when it happened, so the demo keeps
// the rules the server keeps. Deterministic for a seed.
#include <iostream>
#include <random>

#include "cli/context.h"
#include "cli/demo_district.h"
#include "governance/information_desk.h"
#include "governance/information_publishing.h"

namespace sanwang::cli {
namespace {

constexpr std::int64_t kDay = 86400;

// An activity a unit writes about: its name, what it is for, and two sentences of what was
// done, so that items about different activities read differently.
struct DemoActivity {
  const char* name;
  const char* purpose;
  const char* details[2];
};

const DemoActivity kActivities[] = {
    {"“清洁家园”志愿服务",
     "改善居住环境",
     {"志愿者分组清理楼道杂物、乱贴小广告，对背街小巷卫生死角集中整治。",
      "清理出的废旧家具统一登记，联系环卫部门定时清运。"}},
    {"垃圾分类入户宣传",
     "提高居民垃圾分类知晓率",
     {"工作人员上门讲解厨余垃圾、可回收物的投放要求，现场演示分类方法。",
      "各小区投放点安排督导员，早晚高峰值守引导。"}},
    {"老旧小区改造议事会",
     "让居民参与改造方案",
     {"居民代表、物业和施工单位围绕加装电梯、管网改造逐项讨论。",
      "议事会形成三项决议，已在小区公示栏公开。"}},
    {"“邻里节”文化活动",
     "促进邻里和睦",
     {"活动设置百家宴、才艺展示和亲子游戏，老中青三代同台。",
      "社区文艺队编排的快板《邻里一家亲》赢得阵阵掌声。"}},
    {"防范电信诈骗宣传",
     "守护群众“钱袋子”",
     {"民警结合真实案例讲解冒充客服、刷单返利等常见骗局。",
      "工作人员指导居民安装国家反诈中心APP，现场开通预警功能。"}},
    {"消防安全隐患排查",
     "筑牢冬季消防安全防线",
     {"排查组对电动车楼道充电、消防通道堵塞等问题逐楼检查。",
      "对发现的隐患当场下达整改通知，明确整改时限。"}},
    {"独居老人走访慰问",
     "关爱困难群体",
     {"网格员为独居老人送去米面油，检查燃气、用电安全。", "为每位老人建立联系卡，明确一名网格员结对帮扶。"}},
    {"“双报到”党员服务",
     "发挥在职党员作用",
     {"在职党员认领便民服务岗，开展义诊、理发、家电维修。", "党员志愿者与困难家庭结对，定期上门了解需求。"}},
    {"矛盾纠纷排查化解",
     "把矛盾化解在基层",
     {"调解员对邻里噪音、漏水等纠纷逐一登记、上门调处。",
      "对一起持续三年的物业费纠纷，组织三方面对面协商达成协议。"}},
    {"文明城市创建督导",
     "巩固创建成果",
     {"督导组对沿街门店“门前三包”、非机动车停放逐一检查。", "对存在问题的商户现场指导整改，并开展回头看。"}},
    {"“四议两公开”议事",
     "规范基层民主决策",
     {"围绕停车位划线方案，依次经过党组织提议、两委会商议和居民代表会议决议。",
      "决议结果和实施情况在社区公开栏和微信群同步公开。"}},
    {"退役军人服务站建设",
     "做好退役军人服务保障",
     {"服务站配备专职人员，建立退役军人信息台账。", "为退役军人家庭悬挂光荣牌，上门了解就业和生活需求。"}},
    {"托育服务点开放",
     "缓解双职工家庭育儿难题",
     {"托育点设置日托、半日托和临时托，配备专业保育员。", "开放首周已有二十余户家庭报名，家长满意度较高。"}},
    {"背街小巷环境整治",
     "提升群众居住品质",
     {"对破损路面进行修补，补齐路灯，清理私搭乱建。", "整治后的小巷增设休闲座椅和绿植，环境焕然一新。"}},
    {"平安建设宣传",
     "提升群众安全感",
     {"在广场设置咨询台，发放平安建设知识手册。", "通过有奖问答普及防盗、防骗、防火知识。"}},
    {"网格员业务培训",
     "提升网格员履职能力",
     {"培训围绕事件上报、矛盾排查和平台操作展开，邀请区指挥中心业务骨干授课。",
      "培训后进行闭卷测试，成绩纳入网格员月度考核。"}},
};
const char* const kOpenings[] = {"{date}，{unit}组织开展{activity}。",
                                 "近日，{unit}围绕{activity}开展专项工作。",
                                 "为{purpose}，{unit}于{date}开展{activity}。",
                                 "{unit}把{activity}作为为民办实事的重要抓手，{date}集中组织实施。"};
const char* const kNumbers[] = {"共有{n}名党员、志愿者参与，覆盖居民{m}户。",
                                "活动吸引{n}余名群众参加，发放宣传资料{m}份。",
                                "{n}名网格员分片包干，走访居民{m}户。"};
const char* const kOutcomes[] = {
    "收集意见建议{k}条，已建立台账逐项落实。", "现场解决群众反映的问题{k}个，其余已转交相关部门办理。",
    "下一步，{unit}将把此项工作常态化开展。", "群众反响良好，{k}名居民主动报名成为志愿者。"};
const char* const kNames[] = {"王宁", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周涛", "吴昊"};
const char* const kDepartmentCategories[] = {"own_cases", "stationed_cases", "judicial_cases",
                                             "provincial_cases"};

class DemoInformation {
 public:
  DemoInformation(Context& ctx, const cases::Workflow& workflow, unsigned seed)
      : ctx_(ctx), workflow_(workflow), rng_(seed), today_(ctx.clock().Now()) {}

  Status Build() {
    SW_ASSIGN_OR_RETURN(editor_, ctx_.ActorFor("supervisor"));
    std::vector<const store::UnitRecord*> units = ctx_.org().OfKind("street");
    for (const auto* u : ctx_.org().OfKind("community")) units.push_back(u);
    for (const auto* u : ctx_.org().OfKind("department")) units.push_back(u);
    // A year in twelve months; each unit sends about one item a month, at random days.
    for (int month = 11; month >= 0; --month) {
      for (const store::UnitRecord* unit : units) {
        if (Roll(3) == 0) continue;  // not every unit writes every month
        const UnixSeconds sent = today_ - month * 30 * kDay - Roll(28) * kDay - Roll(8) * 3600;
        if (sent > today_ - 3600) continue;
        SW_RETURN_IF_ERROR(Send(*unit, sent));
      }
    }
    return Publish();
  }

  int items() const { return items_; }
  int adopted() const { return adopted_; }
  int waiting() const { return waiting_; }

 private:
  int Roll(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  governance::InformationDesk As(const cases::Actor& actor) {
    return {ctx_.db(), ctx_.org(), actor, workflow_, clock_};
  }

  // `pattern` with each {name} replaced by its value.
  static std::string Fill(std::string pattern,
                          const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [name, value] : values) {
      const std::string key = "{" + name + "}";
      for (std::size_t at = pattern.find(key); at != std::string::npos;
           at = pattern.find(key, at + value.size())) {
        pattern.replace(at, key.size(), value);
      }
    }
    return pattern;
  }

  governance::InformationText Text(const store::UnitRecord& unit, UnixSeconds sent) {
    const DemoActivity& activity = kActivities[Roll(std::size(kActivities))];
    std::string category = "work_news";
    if (unit.kind == "department" && Roll(2) == 0) category = kDepartmentCategories[Roll(4)];
    if (unit.kind != "department" && Roll(4) == 0) category = Roll(2) ? "practice" : "proposals";
    const std::vector<std::pair<std::string, std::string>> values = {{"date", FormatDate(LocalDateOf(sent))},
                                                                     {"unit", unit.name},
                                                                     {"activity", activity.name},
                                                                     {"purpose", activity.purpose},
                                                                     {"n", std::to_string(20 + Roll(180))},
                                                                     {"m", std::to_string(50 + Roll(550))},
                                                                     {"k", std::to_string(2 + Roll(28))}};
    const std::string body = Fill(kOpenings[Roll(std::size(kOpenings))], values) + activity.details[Roll(2)] +
                             Fill(kNumbers[Roll(std::size(kNumbers))], values) +
                             Fill(kOutcomes[Roll(std::size(kOutcomes))], values) + "（演示数据 demo data）";
    return {category, unit.name + "开展" + activity.name, body};
  }

  Status Send(const store::UnitRecord& unit, UnixSeconds sent) {
    SW_ASSIGN_OR_RETURN(cases::Actor writer, ctx_.ActorFor(DemoHandlerFor(unit)));
    clock_.Set(sent);
    governance::InformationText text = Text(unit, sent);
    SW_ASSIGN_OR_RETURN(auto item,
                        governance::SubmitInformation(As(writer), {text, kNames[Roll(std::size(kNames))]}));
    ++items_;
    // A community now and then sends its street's item again (a near-duplicate).
    if (unit.kind == "street" && Roll(6) == 0) {
      for (const store::UnitRecord* child : ctx_.org().Children(unit.id)) {
        SW_ASSIGN_OR_RETURN(cases::Actor copier, ctx_.ActorFor(DemoHandlerFor(*child)));
        clock_.Set(sent + 3600);
        SW_RETURN_IF_ERROR(
            governance::SubmitInformation(As(copier), {text, kNames[Roll(std::size(kNames))]}).status());
        ++items_;
        ++waiting_;
        break;
      }
    }
    return Review(writer, item.id, sent, text);
  }

  // What the editors did with the item, in the days after it came.
  Status Review(const cases::Actor& writer, store::Id id, UnixSeconds sent,
                governance::InformationText text) {
    const UnixSeconds reviewed = sent + (1 + Roll(3)) * kDay;
    if (reviewed > today_) {
      ++waiting_;
      return Status::Ok();
    }
    const int roll = Roll(20);
    if (roll == 0) return Step(writer, id, sent + 7200, {"withdraw", "", "", std::nullopt});
    if (roll <= 2)
      return Step(editor_, id, reviewed, {"decline", "内容不够典型，不予采用", "", std::nullopt});
    if (roll <= 4) {  // returned once, revised, then decided again
      SW_RETURN_IF_ERROR(
          Step(editor_, id, reviewed, {"return", "请补充具体做法和成效数据", "", std::nullopt}));
      text.body.insert(0, "（修改稿）");
      SW_RETURN_IF_ERROR(Step(writer, id, reviewed + kDay, {"resubmit", "", "", text}));
      if (reviewed + 2 * kDay > today_) return Status::Ok();
    }
    if (roll >= 15 && reviewed > today_ - 14 * kDay) {  // the last two weeks' queue
      ++waiting_;
      return Status::Ok();
    }
    SW_RETURN_IF_ERROR(Step(editor_, id, reviewed + 2 * kDay, {"adopt", "", "district", std::nullopt}));
    ++adopted_;
    if (Roll(4) == 0 && reviewed + 10 * kDay < today_) {
      SW_RETURN_IF_ERROR(Step(editor_, id, reviewed + 10 * kDay, {"adopt", "", "city", std::nullopt}));
      if (Roll(4) == 0 && reviewed + 20 * kDay < today_) {
        SW_RETURN_IF_ERROR(Step(editor_, id, reviewed + 20 * kDay, {"adopt", "", "province", std::nullopt}));
      }
    }
    return Status::Ok();
  }

  // Last month's notice for the communities, as the editors publish it early each month.
  Status Publish() {
    clock_.Set(today_);
    const LocalDate today = LocalDateOf(today_);
    const LocalDate end_of_last_month{std::chrono::sys_days{today} -
                                      std::chrono::days{static_cast<unsigned>(today.day())}};
    const auto last_month = governance::PeriodHolding(governance::PeriodKind::kMonth, end_of_last_month);
    return governance::PublishInformation(As(editor_), last_month.key(), "community",
                                          {"", "请各社区围绕中心工作，提高信息报送的时效和质量。"})
        .status();
  }

  Status Step(const cases::Actor& actor, store::Id id, UnixSeconds at,
              const governance::InformationAction& action) {
    clock_.Set(at);
    return governance::ActOnInformation(As(actor), id, action).status();
  }

  Context& ctx_;
  const cases::Workflow& workflow_;
  std::mt19937 rng_;
  const UnixSeconds today_;
  FakeClock clock_{0};
  cases::Actor editor_;
  int items_ = 0;
  int adopted_ = 0;
  int waiting_ = 0;
};

}  // namespace

// Needs the domain loaded (Context::LoadDomain) and the demo accounts. Prints one line to
// standard error.
Status BuildDemoInformation(Context& ctx, unsigned seed) {
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(ctx.config().workflows_dir() / "information_item.toml",
                                            governance::InformationEffectNames()));
  DemoInformation demo(ctx, workflow, seed);
  SW_RETURN_IF_ERROR(ctx.db().InTransaction([&]() -> Status { return demo.Build(); }));
  std::cerr << "demo information: " << demo.items() << " items, " << demo.adopted() << " adopted, "
            << demo.waiting() << " waiting for review\n";
  return Status::Ok();
}

}  // namespace sanwang::cli
