// `sanwang assess compute --period 2026-Q4 [--scheme NAME]`: computes and stores a
// period's assessment result (governance/assessment_book.h) and prints its ranking; and
// `sanwang assess scheme save FILE.json --as USER`: saves a scheme from its JSON
// (docs/governance.md §4), adding a version when it changed. Computing acts as the system
// unless `--as` names an account of the supervision office.
// `sanwang assess publish --period 2026-Q4 --as USER [--scheme NAME] [--text FILE]
// [--output DIR]` publishes the period's result as its numbered notice (考评通报,
// governance/assessment_publishing.h), writing the PDF and XLSX to DIR when given; and
// `sanwang assess reports` lists the published notices.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/context.h"
#include "core/files.h"
#include "governance/assessment_book.h"
#include "governance/assessment_publishing.h"

namespace sanwang::cli {
namespace {

struct AssessOptions {
  std::string period;
  std::string scheme;
  std::string as;
  std::string file;
  std::string text;
  std::string output;
};

Result<cases::Actor> Acting(Context& ctx, const std::string& as) {
  if (as.empty()) return cases::Actor::System();
  return ctx.ActorFor(as);
}

void PrintRanking(const governance::StoredScheme& scheme, const store::AssessmentResultRecord& result,
                  std::ostream& out) {
  out << "考评方案 scheme: " << scheme.record.name << " (第 " << result.scheme_version << " 版 version "
      << result.scheme_version << ")  考评期 period: " << result.period
      << "  计算于 computed at: " << FormatIso8601(result.computed_at)
      << (result.demo ? "  演示数据 demo data" : "") << "\n";
  out << "排名 rank  得分 total  变化 movement         单位 unit\n";
  for (const auto& u : result.units) {
    const std::string rank = std::to_string(u.rank) + (u.tied ? "=" : "");
    out << std::left << std::setw(10) << rank << std::right << std::setw(10)
        << governance::FormatFixed(u.total, governance::kPointScale) << "  " << std::left << std::setw(20)
        << governance::MovementText(governance::StoredMovement(u)) << " " << u.unit_code << " " << u.unit_name
        << (u.incomplete ? "  (缺数据 incomplete)" : "") << "\n";
  }
  if (result.units.empty()) out << "（无考评对象 no unit of this kind）\n";
}

Status Compute(const Config& config, const AssessOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto actor, Acting(*ctx, o.as));
  governance::AssessmentBook book{ctx->db(), ctx->org(), actor, ctx->clock()};
  SW_ASSIGN_OR_RETURN(auto scheme, governance::FindScheme(book, o.scheme));
  SW_ASSIGN_OR_RETURN(auto result, governance::ComputeAssessment(book, scheme.record.name, o.period));
  PrintRanking(scheme, result, std::cout);
  return Status::Ok();
}

Status SaveSchemeFile(const Config& config, const AssessOptions& o) {
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(auto scheme, governance::ParseScheme(text));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto actor, ctx->ActorFor(o.as));
  governance::AssessmentBook book{ctx->db(), ctx->org(), actor, ctx->clock()};
  SW_ASSIGN_OR_RETURN(auto saved, governance::SaveScheme(book, scheme));
  std::cout << "考评方案 scheme: " << saved.record.name << "  第 " << saved.record.version << " 版 version "
            << saved.record.version << "\n";
  return Status::Ok();
}

Status WriteReportFiles(const store::AssessmentReportRecord& report, const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    return InvalidArgument(
        "无法创建输出目录 " + dir.string() + " cannot create the output folder: " + error.message(),
        "output");
  }
  for (const auto& [extension, bytes] : {std::pair{".pdf", &report.pdf}, std::pair{".xlsx", &report.xlsx}}) {
    const auto path = dir / (governance::ReportFileStem(report) + extension);
    SW_RETURN_IF_ERROR(WriteFileAtomically(path, *bytes));
    std::cout << "已写入 wrote " << path.string() << "\n";
  }
  return Status::Ok();
}

Status Publish(const Config& config, const AssessOptions& o) {
  governance::NoticeText text;
  if (!o.text.empty()) {
    SW_ASSIGN_OR_RETURN(std::string contents, ReadFileToString(o.text));
    text = governance::SplitNoticeText(contents);
  }
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto actor, ctx->ActorFor(o.as));
  governance::AssessmentBook book{ctx->db(), ctx->org(), actor, ctx->clock()};
  SW_ASSIGN_OR_RETURN(auto report, governance::PublishAssessment(book, o.scheme, o.period, text));
  std::cout << "已发布 published: " << report.number << "  " << report.title << "\n"
            << "PDF sha256 " << report.pdf_sha256 << "\nXLSX sha256 " << report.xlsx_sha256 << "\n";
  if (!o.output.empty()) SW_RETURN_IF_ERROR(WriteReportFiles(report, o.output));
  return Status::Ok();
}

Status ListPublished(const Config& config) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(auto reports, governance::ListReports(ctx->db(), ctx->org().district_code()));
  for (const auto& r : reports) {
    std::cout << r.id << "  " << r.number << "  " << r.period << "  " << FormatIso8601(r.published_at) << "  "
              << r.title << (r.demo ? "  演示数据 demo data" : "") << "\n";
  }
  if (reports.empty()) std::cout << "（尚无已发布的考评通报 no assessment report is published yet）\n";
  return Status::Ok();
}

}  // namespace

void RegisterAssess(CLI::App& app, Action* action) {
  auto* assess = app.add_subcommand("assess", "target assessment (目标考评): schemes and computed rankings");
  assess->require_subcommand(1);
  auto o = std::make_shared<AssessOptions>();
  auto* compute = assess->add_subcommand(
      "compute", "Compute and store a period's result (replacing an unpublished one) and print its ranking");
  compute->add_option("--period", o->period, "the period: 2026-Q4, 2026-11 or 2026, of the scheme's kind")
      ->required();
  compute->add_option("--scheme", o->scheme, "the scheme's name (default: the district's only scheme)");
  compute->add_option("--as", o->as,
                      "compute as this account of the supervision office (default: the system)");
  compute->callback([action, o] { *action = [o](const Config& c) { return Compute(c, *o); }; });
  auto* scheme = assess->add_subcommand("scheme", "Assessment schemes");
  scheme->require_subcommand(1);
  auto* save =
      scheme->add_subcommand("save", "Save a scheme from its JSON; a changed scheme gets a new version");
  save->add_option("file", o->file, "the scheme's JSON file")->required();
  save->add_option("--as", o->as, "the account saving it (supervisor or admin)")->required();
  save->callback([action, o] { *action = [o](const Config& c) { return SaveSchemeFile(c, *o); }; });
  auto* publish = assess->add_subcommand(
      "publish",
      "Publish a computed period's result as its numbered notice (PDF and XLSX), once and for good");
  publish->add_option("--period", o->period, "the period, as computed: 2026-Q4, 2026-11 or 2026")->required();
  publish->add_option("--scheme", o->scheme, "the scheme's name (default: the district's only scheme)");
  publish->add_option("--as", o->as, "the account of the supervision office publishing it")->required();
  publish->add_option("--text", o->text,
                      "a UTF-8 text file: the opening paragraphs, a blank line, then the closing remarks "
                      "(default: the standard opening)");
  publish->add_option("--output", o->output, "also write the PDF and XLSX into this folder");
  publish->callback([action, o] { *action = [o](const Config& c) { return Publish(c, *o); }; });
  auto* reports = assess->add_subcommand("reports", "List the published assessment notices, newest first");
  reports->callback([action] { *action = [](const Config& c) { return ListPublished(c); }; });
}

}  // namespace sanwang::cli
