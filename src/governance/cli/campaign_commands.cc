// `sanwang campaign list`: the district's campaigns with their state and entries.
// `sanwang campaign results --id N --as USER [--csv FILE]`: a published campaign's awards,
// printed and, with --csv, written as UTF-8 CSV with a byte order mark (Excel in China
// reads it). `sanwang campaign print --id N --as USER [--certificates FILE.pdf]
// [--anthology FILE.pdf]`: the certificates of every award and the anthology of the
// winning works, for the printer. Every step is the campaigns' domain's, acting as the
// account --as names (an organizer, for the certificates).
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/csv.h"
#include "core/files.h"
#include "governance/campaign_awards.h"
#include "governance/campaign_prints.h"

namespace sanwang::cli {
namespace {

struct CampaignOptions {
  std::int64_t id = 0;
  std::string as;
  std::string csv;
  std::string certificates;
  std::string anthology;
};

struct Opened {
  std::unique_ptr<Context> ctx;
  cases::Actor actor;
  governance::CampaignDesk desk() { return {ctx->db(), ctx->org(), actor, ctx->clock()}; }
};

Result<Opened> Open(const Config& config, const std::string& as) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(cases::Actor actor, ctx->ActorFor(as.empty() ? "supervisor" : as));
  return Opened{std::move(ctx), actor};
}

Status List(const Config& config, const CampaignOptions& o) {
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  SW_ASSIGN_OR_RETURN(auto campaigns, governance::ListCampaigns(opened.desk()));
  std::cout << "编号 id  状态 state  征集 window  作品 entries  活动 campaign\n";
  for (const auto& c : campaigns) {
    SW_ASSIGN_OR_RETURN(auto entries, governance::VisibleEntries(opened.desk(), c.record.id));
    std::cout << c.record.id << "  " << governance::CampaignStateLabel(c.record.state) << "  "
              << FormatIso8601(c.terms.opens_at) << " – " << FormatIso8601(c.terms.closes_at) << "  "
              << entries.size() << "  " << c.terms.title << "\n";
  }
  if (campaigns.empty()) std::cout << "（暂无活动 no campaign）\n";
  return Status::Ok();
}

Status Results(const Config& config, const CampaignOptions& o) {
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  SW_ASSIGN_OR_RETURN(auto results, governance::CampaignResults(opened.desk(), o.id));
  std::string csv =
      "\xEF\xBB\xBF" + CsvLine({"奖项 award", "作品编号 entry", "题目 title", "作者 author", "单位 unit"});
  for (const auto& r : results) {
    std::cout << r.tier_name << "  " << r.entry_id << "  《" << r.title << "》  " << r.author_name
              << (r.unit_name.empty() ? "" : "  " + r.unit_name) << "\n";
    csv += CsvLine({r.tier_name, std::to_string(r.entry_id), r.title, r.author_name, r.unit_name});
  }
  if (o.csv.empty()) return Status::Ok();
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.csv, csv));
  std::cerr << "已写入 written: " << o.csv << "\n";
  return Status::Ok();
}

Status Print(const Config& config, const CampaignOptions& o) {
  if (o.certificates.empty() && o.anthology.empty()) {
    return InvalidArgument("请指定 --certificates 或 --anthology give --certificates or --anthology",
                           "print");
  }
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  if (!o.certificates.empty()) {
    SW_ASSIGN_OR_RETURN(std::string pdf, governance::AllCertificatesPdf(opened.desk(), o.id));
    SW_RETURN_IF_ERROR(WriteFileAtomically(o.certificates, pdf));
    std::cerr << "已写入 written: " << o.certificates << "\n";
  }
  if (!o.anthology.empty()) {
    std::cerr << "正在排版作品集 laying out the anthology …\n";
    SW_ASSIGN_OR_RETURN(std::string pdf, governance::AnthologyPdf(opened.desk(), o.id));
    SW_RETURN_IF_ERROR(WriteFileAtomically(o.anthology, pdf));
    std::cerr << "已写入 written: " << o.anthology << "\n";
  }
  return Status::Ok();
}

}  // namespace

void RegisterCampaign(CLI::App& app, Action* action) {
  auto* campaign =
      app.add_subcommand("campaign", "campaigns (征文): list, results, certificates and anthology");
  campaign->require_subcommand(1);
  auto o = std::make_shared<CampaignOptions>();
  const char* as_help = "act as this account (default: supervisor, the demo's organizer)";
  auto* list = campaign->add_subcommand("list", "List the district's campaigns");
  list->add_option("--as", o->as, as_help);
  list->callback([action, o] { *action = [o](const Config& c) { return List(c, *o); }; });
  auto* results = campaign->add_subcommand("results", "Print a published campaign's awards");
  results->add_option("--id", o->id, "the campaign's number (campaign list)")->required();
  results->add_option("--as", o->as, as_help);
  results->add_option("--csv", o->csv, "also write the awards to this CSV file");
  results->callback([action, o] { *action = [o](const Config& c) { return Results(c, *o); }; });
  auto* print = campaign->add_subcommand("print", "Write the certificates and the anthology as PDF");
  print->add_option("--id", o->id, "the campaign's number (campaign list)")->required();
  print->add_option("--as", o->as, as_help);
  print->add_option("--certificates", o->certificates, "write every certificate to this PDF");
  print->add_option("--anthology", o->anthology, "write the anthology to this PDF");
  print->callback([action, o] { *action = [o](const Config& c) { return Print(c, *o); }; });
}

}  // namespace sanwang::cli
