// The assessment of `sanwang demo`: a quarterly scheme for the communities (labelled 演示
// demo) scoring the demo's cases and its “1369” ledger, a commendation bonus entered by
// the supervisor for a few communities and confirmed by the admin, and the results of the
// previous and the current quarter, so the current one shows how each community moved;
// the previous quarter is published, so the demo has one notice (考评通报) to download.
// Runs after the demo's cases and ledger; every step goes through the assessment domain.
#include <iostream>

#include "cli/context.h"
#include "governance/assessment_book.h"
#include "governance/assessment_notice.h"
#include "governance/assessment_publishing.h"

namespace sanwang::cli {
namespace {

using governance::IndicatorSource;
using governance::kPointScale;
using governance::kValueScale;

constexpr governance::Hundredths Points(std::int64_t points) { return points * kPointScale; }
constexpr governance::TenThousandths Percent(std::int64_t percent) { return percent * kValueScale; }

governance::AssessmentScheme DemoScheme() {
  governance::AssessmentScheme s;
  s.name = "社区季度目标考评（演示）";
  s.period = governance::PeriodKind::kQuarter;
  s.unit_kind = "community";
  s.indicators = {
      {"A1", "按时受理率", IndicatorSource::kCasesOnTimeAcceptance, Points(20),
       governance::LinearRule{Percent(60), Percent(100)}},
      {"A2", "按时办结率", IndicatorSource::kCasesOnTimeResolution, Points(25),
       governance::LinearRule{Percent(50), Percent(95)}},
      {"A3", "群众满意率", IndicatorSource::kCasesSatisfaction, Points(25),
       governance::ThresholdsRule{false,
                                  {{Percent(80), 5000}, {Percent(90), 8000}, {Percent(95), kValueScale}}}},
      {"A4", "超期率", IndicatorSource::kCasesOverdueShare, Points(10),
       governance::LinearRule{Percent(30), Percent(5)}},
      {"A5", "台账节点按时完成率", IndicatorSource::kLedgerMilestonesOnTime, Points(20),
       governance::LinearRule{Percent(0), Percent(100)}},
      {"B1", "表彰加分", IndicatorSource::kManual, 0, governance::BonusRule{Points(1), Points(3)}},
      {"D1", "重复投诉扣分", IndicatorSource::kCasesRepeatReports, 0,
       governance::DeductionRule{kPointScale / 2, Points(3)}},
  };
  return s;
}

// The supervisor enters a commendation for every fifth community; the admin confirms it.
Status EnterCommendations(Context& ctx, const governance::AssessmentBook& office,
                          const governance::AssessmentBook& admin, const std::string& scheme,
                          const std::string& period) {
  const auto communities = ctx.org().OfKind("community");
  for (std::size_t i = 0; i < communities.size(); i += 5) {
    governance::NewValue value{scheme,
                               period,
                               communities[i]->code,
                               "B1",
                               static_cast<governance::TenThousandths>(1 + i % 3) * kValueScale,
                               "演示数据 demo data: 区级表彰文件"};
    SW_ASSIGN_OR_RETURN(auto entered, governance::EnterValue(office, value));
    SW_RETURN_IF_ERROR(governance::ConfirmValue(admin, entered.id).status());
  }
  return Status::Ok();
}

}  // namespace

// Needs the domain loaded (Context::LoadDomain) and the demo accounts. Prints one line to
// standard error.
Status BuildDemoAssessment(Context& ctx) {
  SW_ASSIGN_OR_RETURN(auto supervisor, ctx.ActorFor("supervisor"));
  SW_ASSIGN_OR_RETURN(auto admin_actor, ctx.ActorFor("admin"));
  const governance::AssessmentBook office{ctx.db(), ctx.org(), supervisor, ctx.clock()};
  const governance::AssessmentBook admin{ctx.db(), ctx.org(), admin_actor, ctx.clock()};
  SW_ASSIGN_OR_RETURN(auto scheme, governance::SaveScheme(office, DemoScheme(), true));
  const auto current =
      governance::PeriodHolding(governance::PeriodKind::kQuarter, LocalDateOf(ctx.clock().Now()));
  const std::string name = scheme.record.name;
  SW_RETURN_IF_ERROR(EnterCommendations(ctx, office, admin, name, current.key()));
  SW_RETURN_IF_ERROR(governance::ComputeAssessment(office, name, current.previous().key()).status());
  SW_ASSIGN_OR_RETURN(auto result, governance::ComputeAssessment(office, name, current.key()));
  const governance::NoticeText text{
      governance::PeriodInChinese(current.previous()) +
          "，各社区按照考评方案扎实推进重点工作，群众诉求办理质效稳步提升。现将考评结果通报如下。",
      "请各社区对照排名查找差距，于下季度首月底前报送整改情况。"};
  SW_ASSIGN_OR_RETURN(auto report,
                      governance::PublishAssessment(office, name, current.previous().key(), text));
  std::cerr << "demo assessment: " << name << ", " << current.previous().key() << " and " << result.period
            << " for " << result.units.size() << " communities; published " << report.number << "\n";
  return Status::Ok();
}

}  // namespace sanwang::cli
