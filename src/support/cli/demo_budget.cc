// The demo district's money for `sanwang demo`: the reference district's four district
// lines for the demo year — 党建经费 920 万元, 阵地建设经费 2,000 万元, 社区服务群众经费
// 1,032 万元, 人员经费 2,810 万元 — handed down to the streets and on to the communities,
// and a year of spending up to the demo's today, through the same domain calls the API
// uses (so every refusal rule holds). The spending of past months went through the whole
// approval chain; that of the last month stands at every step of it — waiting for the
// community secretary, the sub-district or district finance, returned with a reason,
// withdrawn — and is approved in part. Seeded: the same demo every time.
#include <algorithm>
#include <cstdio>
#include <random>

#include "cli/context.h"
#include "store/org_repository.h"
#include "support/budget_ledger.h"
#include "support/spending_approval.h"

namespace sanwang::cli {
namespace {

struct DemoCategory {
  const char* code;
  std::int64_t amount_fen;
  std::vector<const char*> purposes;
  std::vector<const char*> payees;
};

const std::vector<DemoCategory>& DemoCategories() {
  static const std::vector<DemoCategory> kCategories = {
      {"party_building",
       std::int64_t{920'0000} * 100,
       {"主题党日活动", "党员教育培训资料", "党建宣传栏更新", "困难党员慰问"},
       {"区新华书店", "红旗文化传媒有限公司", "社区党员服务站"}},
      {"venue_building",
       std::int64_t{2000'0000} * 100,
       {"党群服务中心维修", "活动室桌椅购置", "便民服务站改造", "阵地标识制作"},
       {"建安装饰工程有限公司", "兴业办公家具公司", "明远广告制作部"}},
      {"resident_services",
       std::int64_t{1032'0000} * 100,
       {"老年人助餐服务", "社区文体活动", "志愿服务物资", "邻里节活动"},
       {"康乐养老服务中心", "社区志愿者协会", "惠民超市"}},
      {"personnel",
       std::int64_t{2810'0000} * 100,
       {"社区工作者补贴", "网格员补贴", "专职人员社保"},
       {"社区工作者（代发）", "网格员（代发）", "社保中心"}},
  };
  return kCategories;
}

class DemoBudget {
 public:
  DemoBudget(Context& ctx, const org::OrgDirectory& org, const cases::Workflow& workflow, int year,
             int last_month)
      : ctx_(ctx), org_(org), workflow_(workflow), year_(year), last_month_(last_month) {}

  Status Build() {
    for (const auto& category : DemoCategories()) {
      SW_ASSIGN_OR_RETURN(auto top, support::CreateDistrictLine(
                                        As("admin", *org_.Root()),
                                        {year_, org_.Root()->code, category.code, category.amount_fen}));
      SW_RETURN_IF_ERROR(HandDown(top, *org_.Root(), category, 0.75));
    }
    return Status::Ok();
  }

 private:
  support::Ledger As(const char* role, const store::UnitRecord& unit) {
    return {ctx_.db(),  org_,           {std::nullopt, role, unit.id}, "演示数据 demo", moment_,
            &workflow_, ctx_.calendar()};
  }

  // Where a record of the last month is left: most approved, the rest spread over the chain.
  enum class Stop { kApproved, kWaiting, kReturned, kWithdrawn };
  Stop PickStop() {
    const double u = Uniform();
    if (u < 0.4) return Stop::kApproved;
    if (u < 0.75) return Stop::kWaiting;
    return u < 0.9 ? Stop::kReturned : Stop::kWithdrawn;
  }

  // The approver of the step `record` waits at, for a line of `unit`.
  support::Ledger ApproverOf(const store::BudgetSpendingRecord& record, const store::UnitRecord& unit) {
    if (record.state == "submitted") return As("community_staff", unit);
    if (record.state == "street_review") {
      const store::UnitRecord* street = unit.kind == "street" ? &unit : org_.Find(*unit.parent_id);
      return As("street_staff", *street);
    }
    return As("admin", *org_.Root());
  }

  // Takes the record up the chain: to the end, or `steps` steps (then returned or left).
  Status Advance(store::BudgetSpendingRecord record, const store::UnitRecord& unit, const char* keeper,
                 Stop stop) {
    const int steps = stop == Stop::kApproved ? 3 : static_cast<int>(Uniform() * 3);
    for (int i = 0; i < steps && workflow_.IsOpen(record.state); ++i) {
      SW_ASSIGN_OR_RETURN(record, support::ApproveSpending(ApproverOf(record, unit), record.id));
    }
    if (!workflow_.IsOpen(record.state)) return Status::Ok();
    if (stop == Stop::kReturned) {
      return support::ReturnSpending(ApproverOf(record, unit), record.id, "发票抬头有误，请重新开具")
          .status();
    }
    if (stop == Stop::kWithdrawn) {
      return support::WithdrawSpending(As(keeper, unit), record.id, "重复录入").status();
    }
    return Status::Ok();
  }

  // Gives `share` of the line to the units one tier down, in random proportions, and
  // spends part of what stays at each.
  Status HandDown(const store::BudgetLineRecord& line, const store::UnitRecord& unit, const DemoCategory& c,
                  double share) {
    const char* keeper = unit.kind == "district" ? "admin" : "street_staff";
    std::vector<const store::UnitRecord*> children;
    for (const auto* child : org_.Children(unit.id)) {
      if (child->kind == (unit.kind == "district" ? "street" : "community")) children.push_back(child);
    }
    std::vector<double> weights;
    double total = 0;
    for (std::size_t i = 0; i < children.size(); ++i) total += weights.emplace_back(0.6 + Uniform());
    for (std::size_t i = 0; i < children.size(); ++i) {
      const auto fen =
          static_cast<std::int64_t>(static_cast<double>(line.amount_fen) * share * weights[i] / total) / 100 *
          100;
      if (fen <= 0) continue;
      SW_ASSIGN_OR_RETURN(auto allocation, support::Allocate(As(keeper, unit), line.id,
                                                             {children[i]->code, fen, "年初预算下达"}));
      SW_ASSIGN_OR_RETURN(auto child_line, store::BudgetRepository(ctx_.db()).GetLine(org_.district_code(),
                                                                                      allocation.to_line_id));
      if (children[i]->kind == "street")
        SW_RETURN_IF_ERROR(HandDown(child_line, *children[i], c, 0.6));
      else
        SW_RETURN_IF_ERROR(Spend(child_line, *children[i], c, "community_staff"));
    }
    SW_ASSIGN_OR_RETURN(auto kept, store::BudgetRepository(ctx_.db()).GetLine(org_.district_code(), line.id));
    return Spend(kept, unit, c, keeper);
  }

  // Spends 55–90% of what the line has left, month by month up to the demo's today.
  Status Spend(const store::BudgetLineRecord& line, const store::UnitRecord& unit, const DemoCategory& c,
               const char* role) {
    const double rate = 0.55 + 0.35 * Uniform();
    const auto per_month = static_cast<std::int64_t>(static_cast<double>(line.remaining_fen()) * rate / 12.0);
    for (int month = 1; month <= last_month_ && per_month > 0; ++month) {
      // A few hundred 元 either way, rounded to whole 元.
      const std::int64_t fen = std::max<std::int64_t>(100, per_month / 100 * 100);
      char day[32];
      std::snprintf(day, sizeof day, "%04d-%02d-%02d", year_, month, 1 + static_cast<int>(Uniform() * 27));
      support::NewSpending s{fen, Pick(c.purposes), Pick(c.payees), day, ""};
      // Last month's records were submitted and moved over the past eight days, so some of
      // those still waiting are past their step's deadline when the server starts.
      moment_ =
          ctx_.clock().Now() - (month < last_month_ ? 0 : static_cast<UnixSeconds>(Uniform() * 8 * 86400));
      SW_ASSIGN_OR_RETURN(auto record, support::RecordSpending(As(role, unit), line.id, s));
      SW_RETURN_IF_ERROR(Advance(record, unit, role, month < last_month_ ? Stop::kApproved : PickStop()));
    }
    return Status::Ok();
  }

  double Uniform() { return std::uniform_real_distribution<double>(0, 1)(random_); }
  const char* Pick(const std::vector<const char*>& from) {
    return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random_)];
  }

  Context& ctx_;
  const org::OrgDirectory& org_;
  const cases::Workflow& workflow_;
  int year_;
  int last_month_;
  UnixSeconds moment_ = ctx_.clock().Now();  // when the demo's present moves happen
  std::mt19937 random_{20261204};
};

}  // namespace

// The demo year is the year of the demo's today; spending runs to the month before it (all
// twelve months once the year is over).
Status BuildDemoBudget(Context& ctx) {
  store::OrgRepository repo(ctx.db());
  SW_ASSIGN_OR_RETURN(org::OrgDirectory org, org::OrgDirectory::Load(repo, ctx.config().district_code));
  if (org.Root() == nullptr) return FailedPrecondition("the demo district has no root unit");
  SW_ASSIGN_OR_RETURN(cases::Workflow workflow,
                      cases::Workflow::Load(
                          ctx.config().workflows_dir() / (std::string(support::kSpendingWorkflow) + ".toml"),
                          support::SpendingEffectNames()));
  const LocalDate today = LocalDateOf(ctx.clock().Now());
  const int month = static_cast<int>(static_cast<unsigned>(today.month()));
  return ctx.db().InTransaction([&]() -> Status {
    return DemoBudget(ctx, org, workflow, static_cast<int>(today.year()), std::max(1, month - 1)).Build();
  });
}

}  // namespace sanwang::cli
