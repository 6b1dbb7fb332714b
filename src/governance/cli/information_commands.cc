// `sanwang information ranking --period 2026-11 [--level community] [--csv FILE]`: the
// units' information ranking for a period (governance/information_ranking.h), printed as a
// table and, with --csv, written as UTF-8 CSV with a byte order mark (so Excel in China
// reads it) for the notice (信息工作通报).
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/csv.h"
#include "core/files.h"
#include "governance/assessment_scoring.h"
#include "governance/information_ranking.h"
#include "governance/information_words.h"

namespace sanwang::cli {
namespace {

struct InformationOptions {
  std::string period;
  std::string level = "community";
  std::string csv;
};

std::string RankingCsv(const std::vector<governance::InformationStanding>& standings,
                       const std::vector<governance::InformationLevel>& levels) {
  std::vector<std::string> header = {"名次 rank", "单位代码 unit code", "单位 unit", "报送 submitted",
                                     "采用 adopted"};
  for (const auto& l : levels) header.push_back(l.name + " " + l.code);
  for (const char* h : {"采用率 adoption rate", "得分 points"}) header.emplace_back(h);
  std::string out = "\xEF\xBB\xBF" + CsvLine(header);
  for (const auto& s : standings) {
    std::vector<std::string> row = {std::to_string(s.rank) + (s.tied ? "=" : ""), s.unit_code, s.unit_name,
                                    std::to_string(s.counts.submitted), std::to_string(s.counts.adopted)};
    for (const auto& l : levels) {
      auto found = s.counts.adopted_at_level.find(l.code);
      row.push_back(std::to_string(found == s.counts.adopted_at_level.end() ? 0 : found->second));
    }
    row.push_back(governance::AdoptionRateText(s.adoption_rate));
    row.push_back(std::to_string(s.counts.points));
    out += CsvLine(row);
  }
  return out;
}

Status Ranking(const Config& config, const InformationOptions& o) {
  SW_ASSIGN_OR_RETURN(auto period, governance::ParsePeriod(o.period));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto standings, governance::InformationRanking(ctx->db(), ctx->org(), o.level, period));
  std::cout << "信息工作排名 information ranking  " << period.key() << "  (" << FormatDate(period.first_day())
            << " – " << FormatDate(period.last_day()) << ")\n";
  std::cout << "名次 rank  报送 submitted  采用 adopted  采用率 rate  得分 points  单位 unit\n";
  for (const auto& s : standings) {
    std::cout << std::left << std::setw(10) << (std::to_string(s.rank) + (s.tied ? "=" : "")) << std::right
              << std::setw(14) << s.counts.submitted << std::setw(14) << s.counts.adopted << std::setw(13)
              << governance::AdoptionRateText(s.adoption_rate) << std::setw(13) << s.counts.points << "  "
              << s.unit_code << " " << s.unit_name << "\n";
  }
  if (standings.empty()) std::cout << "（无此类单位 no unit of this kind）\n";
  if (o.csv.empty()) return Status::Ok();
  SW_ASSIGN_OR_RETURN(auto levels, governance::InformationLevels(ctx->db(), ctx->org().district_code()));
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.csv, RankingCsv(standings, levels)));
  std::cerr << "已写入 written: " << o.csv << "\n";
  return Status::Ok();
}

}  // namespace

void RegisterInformation(CLI::App& app, Action* action) {
  auto* information = app.add_subcommand("information", "information work (信息工作): the units' ranking");
  information->require_subcommand(1);
  auto o = std::make_shared<InformationOptions>();
  auto* ranking =
      information->add_subcommand("ranking", "Print a period's information ranking of one kind of unit");
  ranking->add_option("--period", o->period, "the period: 2026-11 (a month), 2026-Q4 or 2026")->required();
  ranking->add_option("--level", o->level, "community (default), street or department");
  ranking->add_option("--csv", o->csv, "also write the ranking to this CSV file");
  ranking->callback([action, o] { *action = [o](const Config& c) { return Ranking(c, *o); }; });
}

}  // namespace sanwang::cli
