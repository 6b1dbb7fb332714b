#include "governance/information_notice.h"

#include <algorithm>

#include "governance/assessment_notice.h"

namespace sanwang::governance {
namespace {

report::Table RankingTable(const std::vector<InformationStanding>& standings,
                           const std::vector<InformationLevel>& levels, const std::string& kind) {
  report::Table table{.title = "排名情况", .columns = {"排名", kind, "报送", "采用"}};
  table.align = {report::Align::kCentre, report::Align::kLeft, report::Align::kRight, report::Align::kRight};
  for (const auto& l : levels) {
    table.columns.push_back(l.name);
    table.align.push_back(report::Align::kRight);
  }
  for (const char* column : {"采用率", "得分"}) {
    table.columns.emplace_back(column);
    table.align.push_back(report::Align::kRight);
  }
  for (const auto& s : standings) {
    std::vector<std::string> row = {std::to_string(s.rank) + (s.tied ? "=" : ""), s.unit_name,
                                    std::to_string(s.counts.submitted), std::to_string(s.counts.adopted)};
    for (const auto& l : levels) {
      auto found = s.counts.adopted_at_level.find(l.code);
      row.push_back(std::to_string(found == s.counts.adopted_at_level.end() ? 0 : found->second));
    }
    row.push_back(AdoptionRateText(s.adoption_rate));
    row.push_back(std::to_string(s.counts.points));
    table.rows.push_back(std::move(row));
  }
  return table;
}

report::BarChart PointsChart(const std::vector<InformationStanding>& standings) {
  report::BarChart chart{.title = "得分前 " + std::to_string(kChartedInformationUnits) + " 名", .unit = "分"};
  const std::size_t n = std::min(standings.size(), kChartedInformationUnits);
  for (std::size_t i = 0; i < n; ++i) {
    chart.labels.push_back(standings[i].unit_name);
    chart.values.push_back(static_cast<double>(standings[i].counts.points));
  }
  return chart;
}

std::string StandardOpening(const InformationNoticeFacts& facts,
                            const std::vector<InformationStanding>& standings) {
  std::int64_t submitted = 0;
  std::int64_t adopted = 0;
  for (const auto& s : standings) {
    submitted += s.counts.submitted;
    adopted += s.counts.adopted;
  }
  return PeriodInChinese(facts.period) + "，全区各" + UnitKindInChinese(facts.unit_kind) + "共报送信息 " +
         std::to_string(submitted) + " 条，被采用 " + std::to_string(adopted) + " 条。现将各" +
         UnitKindInChinese(facts.unit_kind) + "信息报送和采用情况通报如下。";
}

// Each line of the text as a paragraph.
void AddParagraphs(std::vector<report::Block>& blocks, const std::string& text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) blocks.emplace_back(report::Paragraph{text.substr(start, end - start)});
    start = end + 1;
  }
}

}  // namespace

std::string InformationNoticeTitle(const AssessmentPeriod& period, const std::string& unit_kind) {
  return "关于" + PeriodInChinese(period) + UnitKindInChinese(unit_kind) + "信息工作情况的通报";
}

std::string InformationNoticeNumber(const std::string& district_name, int year, std::int64_t sequence) {
  return district_name + "信息工作通报〔" + std::to_string(year) + "〕第 " + std::to_string(sequence) + " 期";
}

report::ReportDocument InformationNotice(const InformationNoticeFacts& facts,
                                         const std::vector<InformationStanding>& standings,
                                         const std::vector<InformationLevel>& levels) {
  const std::string kind = UnitKindInChinese(facts.unit_kind);
  report::ReportDocument notice{.title = InformationNoticeTitle(facts.period, facts.unit_kind),
                                .number = facts.number,
                                .issuer = facts.district_name + "信息工作办公室",
                                .issued_on = facts.issued_on};
  AddParagraphs(notice.blocks, facts.opening.empty() ? StandardOpening(facts, standings) : facts.opening);
  notice.blocks.emplace_back(report::Heading{"一、排名情况"});
  notice.blocks.emplace_back(RankingTable(standings, levels, kind));
  notice.blocks.emplace_back(report::Heading{"二、得分情况"});
  notice.blocks.emplace_back(PointsChart(standings));
  if (!facts.closing.empty()) {
    notice.blocks.emplace_back(report::Heading{"三、有关要求"});
    AddParagraphs(notice.blocks, facts.closing);
  }
  return notice;
}

}  // namespace sanwang::governance
