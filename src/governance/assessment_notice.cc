#include "governance/assessment_notice.h"

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

#include "governance/assessment_book.h"
#include "governance/assessment_scoring.h"

namespace sanwang::governance {
namespace {

constexpr std::array<const char*, 4> kQuarters = {"一", "二", "三", "四"};

// Points as a notice prints them: always two decimals ("90.00", "37.84").
std::string Points(std::int64_t hundredths) {
  const std::int64_t magnitude = hundredths < 0 ? -hundredths : hundredths;
  std::string cents = std::to_string(magnitude % kPointScale);
  if (cents.size() < 2) cents.insert(0, "0");
  return (hundredths < 0 ? "-" : "") + std::to_string(magnitude / kPointScale) + "." + cents;
}

// One indicator's line of a unit's stored breakdown.
struct IndicatorLine {
  std::string code;
  std::string name;
  std::int64_t points = 0;
};

std::vector<IndicatorLine> Lines(const store::AssessmentResultUnitRecord& unit) {
  std::vector<IndicatorLine> lines;
  const auto breakdown = nlohmann::json::parse(unit.breakdown, nullptr, false);
  if (breakdown.is_discarded() || !breakdown.contains("indicators")) return lines;
  for (const auto& line : breakdown["indicators"]) {
    lines.push_back({line.value("code", ""), line.value("name", ""), line.value("points", std::int64_t{0})});
  }
  return lines;
}

// The indicators in the order of the first unit's breakdown (every unit has the same).
std::vector<IndicatorLine> Indicators(const store::AssessmentResultRecord& result) {
  if (result.units.empty()) return {};
  return Lines(result.units.front());
}

report::Table RankingTable(const store::AssessmentResultRecord& result, const std::string& kind) {
  report::Table table{.title = "考评排名",
                      .columns = {"排名", kind, "总分", "较上期", "备注"},
                      .align = {report::Align::kCentre, report::Align::kLeft, report::Align::kRight,
                                report::Align::kLeft, report::Align::kLeft}};
  for (const auto& u : result.units) {
    table.rows.push_back({std::to_string(u.rank) + (u.tied ? "=" : ""), u.unit_name, Points(u.total),
                          MovementText(StoredMovement(u)), u.incomplete ? "部分指标无数据" : ""});
  }
  return table;
}

report::Table PointsTable(const store::AssessmentResultRecord& result, const std::string& kind,
                          const std::vector<IndicatorLine>& indicators) {
  report::Table table{.title = "分项得分", .columns = {"排名", kind}};
  table.align = {report::Align::kCentre, report::Align::kLeft};
  for (const auto& i : indicators) {
    table.columns.push_back(i.code + " " + i.name);
    table.align.push_back(report::Align::kRight);
  }
  table.columns.emplace_back("总分");
  table.align.push_back(report::Align::kRight);
  for (const auto& u : result.units) {
    std::map<std::string, std::int64_t> points;
    for (const auto& line : Lines(u)) points[line.code] = line.points;
    std::vector<std::string> row = {std::to_string(u.rank) + (u.tied ? "=" : ""), u.unit_name};
    for (const auto& i : indicators) row.push_back(Points(points[i.code]));
    row.push_back(Points(u.total));
    table.rows.push_back(std::move(row));
  }
  return table;
}

double AsPoints(std::int64_t hundredths) { return static_cast<double>(hundredths) / kPointScale; }

report::BarChart AveragesChart(const store::AssessmentResultRecord& result,
                               const std::vector<IndicatorLine>& indicators) {
  report::BarChart chart{.title = "各指标平均得分", .unit = "分"};
  std::map<std::string, std::int64_t> sums;
  for (const auto& u : result.units) {
    for (const auto& line : Lines(u)) sums[line.code] += line.points;
  }
  for (const auto& i : indicators) {
    chart.labels.push_back(i.code + " " + i.name);
    chart.values.push_back(AsPoints(sums[i.code]) / static_cast<double>(result.units.size()));
  }
  return chart;
}

report::BarChart IndicatorChart(const store::AssessmentResultRecord& result, const IndicatorLine& indicator) {
  report::BarChart chart{.title = indicator.code + " " + indicator.name + "（排名前列单位）", .unit = "分"};
  for (std::size_t n = 0; n < result.units.size() && n < kChartedUnits; ++n) {
    const auto& u = result.units[n];
    std::int64_t points = 0;
    for (const auto& line : Lines(u)) {
      if (line.code == indicator.code) points = line.points;
    }
    chart.labels.push_back(u.unit_name);
    chart.values.push_back(AsPoints(points));
  }
  return chart;
}

// Each non-blank line of the office's text is a paragraph of its own.
void AddParagraphs(report::ReportDocument& notice, const std::string& text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos)
      notice.blocks.emplace_back(report::Paragraph{line});
    start = end + 1;
  }
}

std::string StandardOpening(const NoticeFacts& facts) {
  return "根据《" + facts.scheme_name + "》，区目标考评办公室对各" + UnitKindInChinese(facts.unit_kind) +
         PeriodInChinese(facts.period) + "目标任务完成情况进行了考评。现将考评结果通报如下。";
}

}  // namespace

std::string UnitKindInChinese(const std::string& kind) {
  if (kind == "community") return "社区";
  if (kind == "street") return "街道";
  if (kind == "department") return "部门";
  if (kind == "grid") return "网格";
  return "单位";
}

std::string PeriodInChinese(const AssessmentPeriod& period) {
  std::string year = std::to_string(period.year) + "年";
  switch (period.kind) {
    case PeriodKind::kMonth:
      return year + std::to_string(period.index) + "月";
    case PeriodKind::kQuarter:
      return year + "第" + kQuarters.at(static_cast<std::size_t>(period.index - 1)) + "季度";
    case PeriodKind::kYear:
      return year + "度";
  }
  return year;
}

std::string NoticeTitle(const AssessmentPeriod& period, const std::string& unit_kind) {
  return "关于" + PeriodInChinese(period) + UnitKindInChinese(unit_kind) + "目标考评结果的通报";
}

std::string NoticeNumber(const std::string& district_name, int year, std::int64_t sequence) {
  return district_name + "目标考评通报〔" + std::to_string(year) + "〕第 " + std::to_string(sequence) + " 期";
}

report::ReportDocument AssessmentNotice(const NoticeFacts& facts,
                                        const store::AssessmentResultRecord& result) {
  const std::string kind = UnitKindInChinese(facts.unit_kind);
  const auto indicators = Indicators(result);
  report::ReportDocument notice{.title = NoticeTitle(facts.period, facts.unit_kind),
                                .subtitle = "（" + facts.scheme_name + "）",
                                .number = facts.number,
                                .issuer = facts.district_name + "目标考评办公室",
                                .issued_on = facts.issued_on};
  AddParagraphs(notice, facts.opening.empty() ? StandardOpening(facts) : facts.opening);
  notice.blocks.emplace_back(report::Heading{"一、考评排名"});
  notice.blocks.emplace_back(RankingTable(result, kind));
  if (!indicators.empty()) {
    notice.blocks.emplace_back(report::Heading{"二、分项得分"});
    notice.blocks.emplace_back(PointsTable(result, kind, indicators));
    notice.blocks.emplace_back(report::Heading{"三、指标对比"});
    notice.blocks.emplace_back(AveragesChart(result, indicators));
    for (const auto& i : indicators) notice.blocks.emplace_back(IndicatorChart(result, i));
  }
  if (!facts.closing.empty()) {
    notice.blocks.emplace_back(report::Heading{indicators.empty() ? "二、有关要求" : "四、有关要求"});
    AddParagraphs(notice, facts.closing);
  }
  return notice;
}

}  // namespace sanwang::governance
