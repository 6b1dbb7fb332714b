// `sanwang survey list`: the district's surveys with their state, window and answers.
// `sanwang survey indices --id N [--csv FILE]`: each index for the area, its sub-districts
// and communities with the 95% interval and sample, small samples flagged; with --csv also
// written as UTF-8 CSV with a byte order mark. `sanwang survey export --id N [--csv FILE]
// [--xlsx FILE]`: the raw answers without personal data. `sanwang survey import --id N
// --file FILE.csv`: paper and telephone answers typed into a spreadsheet, all or none.
// Every step is the surveys' domain's, acting as the account --as names (default: the
// demo's organizer, supervisor).
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.h"
#include "cli/context.h"
#include "core/csv.h"
#include "core/files.h"
#include "governance/survey_export.h"
#include "governance/survey_import.h"
#include "governance/survey_results.h"

namespace sanwang::cli {
namespace {

struct SurveyOptions {
  std::int64_t id = 0;
  std::string as;
  std::string csv;
  std::string xlsx;
  std::string file;
};

struct Opened {
  std::unique_ptr<Context> ctx;
  cases::Actor actor;
  governance::SurveyDesk desk() { return {ctx->db(), ctx->org(), actor, ctx->clock()}; }
};

Result<Opened> Open(const Config& config, const std::string& as) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  SW_ASSIGN_OR_RETURN(cases::Actor actor, ctx->ActorFor(as.empty() ? "supervisor" : as));
  return Opened{std::move(ctx), actor};
}

std::string Fixed(double v) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << v;
  return out.str();
}

// "72.4 [68.0, 76.8] n=35", "—" without a value, "(样本不足 small sample)" when flagged.
std::string EstimateText(const governance::IndexEstimate& e) {
  if (!e.has_value) return "— n=0";
  return Fixed(e.value) + " [" + Fixed(e.ci_low) + ", " + Fixed(e.ci_high) +
         "] n=" + std::to_string(e.sample) + (e.small_sample ? " (样本不足 small sample)" : "");
}

Status List(const Config& config, const SurveyOptions& o) {
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  SW_ASSIGN_OR_RETURN(auto surveys, governance::ListSurveys(opened.desk()));
  std::cout << "编号 id  状态 state  作答期 window  答卷 answers  测评 survey\n";
  for (const auto& s : surveys) {
    SW_ASSIGN_OR_RETURN(auto answers, store::SurveyRepository(opened.ctx->db()).Responses(s.record.id));
    std::cout << s.record.id << "  " << governance::SurveyStateLabel(s.record.state) << "  "
              << FormatIso8601(s.record.opens_at) << " – " << FormatIso8601(s.record.closes_at) << "  "
              << answers.size() << "  " << s.record.title << "\n";
  }
  if (surveys.empty()) std::cout << "（暂无测评 no survey）\n";
  return Status::Ok();
}

void AddRows(const governance::IndexResults& r, const std::vector<governance::AreaIndex>& areas,
             std::string& csv) {
  for (const auto& a : areas) {
    std::cout << "  " << a.name << "  " << EstimateText(a.estimate) << "\n";
    const auto& e = a.estimate;
    csv += CsvLine({r.index.name, a.name, a.kind, e.has_value ? Fixed(e.value) : "",
                    e.has_value ? Fixed(e.ci_low) : "", e.has_value ? Fixed(e.ci_high) : "",
                    std::to_string(e.sample), e.small_sample ? "是" : ""});
  }
}

Status Indices(const Config& config, const SurveyOptions& o) {
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  std::cerr << "正在计算指数 computing the indices …\n";
  SW_ASSIGN_OR_RETURN(auto results, governance::ComputeSurveyResults(opened.desk(), o.id));
  std::cout << "答卷 answers: " << results.responses << "\n";
  std::string csv =
      "\xEF\xBB\xBF" + CsvLine({"指数 index", "范围 area", "层级 kind", "指数值 value", "区间下限 ci_low",
                                "区间上限 ci_high", "样本 sample", "样本不足 small_sample"});
  for (const auto& r : results.indices) {
    std::cout << r.index.name << " (" << r.index.code << ")\n";
    AddRows(r, {r.area}, csv);
    AddRows(r, r.streets, csv);
    AddRows(r, r.communities, csv);
  }
  if (o.csv.empty()) return Status::Ok();
  SW_RETURN_IF_ERROR(WriteFileAtomically(o.csv, csv));
  std::cerr << "已写入 written: " << o.csv << "\n";
  return Status::Ok();
}

Status Export(const Config& config, const SurveyOptions& o) {
  if (o.csv.empty() && o.xlsx.empty())
    return InvalidArgument("请指定 --csv 或 --xlsx give --csv or --xlsx", "export");
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  if (!o.csv.empty()) {
    SW_ASSIGN_OR_RETURN(std::string csv, governance::SurveyAnswersCsv(opened.desk(), o.id));
    SW_RETURN_IF_ERROR(WriteFileAtomically(o.csv, csv));
    std::cerr << "已写入 written: " << o.csv << "\n";
  }
  if (!o.xlsx.empty()) {
    SW_ASSIGN_OR_RETURN(std::string xlsx, governance::SurveyAnswersXlsx(opened.desk(), o.id));
    SW_RETURN_IF_ERROR(WriteFileAtomically(o.xlsx, xlsx));
    std::cerr << "已写入 written: " << o.xlsx << "\n";
  }
  return Status::Ok();
}

Status Import(const Config& config, const SurveyOptions& o) {
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(o.file));
  SW_ASSIGN_OR_RETURN(Opened opened, Open(config, o.as));
  SW_ASSIGN_OR_RETURN(int stored, governance::ImportAnswers(opened.desk(), o.id, text));
  std::cout << "已录入 " << stored << " 份答卷 stored " << stored << " answers\n";
  return Status::Ok();
}

}  // namespace

void RegisterSurvey(CLI::App& app, Action* action) {
  auto* survey = app.add_subcommand("survey", "residents' surveys (民意测评): list, indices, export, import");
  survey->require_subcommand(1);
  auto o = std::make_shared<SurveyOptions>();
  const char* as_help = "act as this account (default: supervisor, the demo's organizer)";
  const char* id_help = "the survey's number (survey list)";
  auto* list = survey->add_subcommand("list", "List the district's surveys");
  list->add_option("--as", o->as, as_help);
  list->callback([action, o] { *action = [o](const Config& c) { return List(c, *o); }; });
  auto* indices = survey->add_subcommand("indices", "Compute a survey's indices with their 95% intervals");
  indices->add_option("--id", o->id, id_help)->required();
  indices->add_option("--as", o->as, as_help);
  indices->add_option("--csv", o->csv, "also write them to this CSV file");
  indices->callback([action, o] { *action = [o](const Config& c) { return Indices(c, *o); }; });
  auto* exported = survey->add_subcommand("export", "Write the raw answers, without personal data");
  exported->add_option("--id", o->id, id_help)->required();
  exported->add_option("--as", o->as, as_help);
  exported->add_option("--csv", o->csv, "write them to this CSV file");
  exported->add_option("--xlsx", o->xlsx, "write them to this XLSX workbook");
  exported->callback([action, o] { *action = [o](const Config& c) { return Export(c, *o); }; });
  auto* imported = survey->add_subcommand("import", "Bring in paper and telephone answers from a CSV file");
  imported->add_option("--id", o->id, id_help)->required();
  imported->add_option("--as", o->as, as_help);
  imported->add_option("--file", o->file, "the CSV: community, channel, then a column per question")
      ->required();
  imported->callback([action, o] { *action = [o](const Config& c) { return Import(c, *o); }; });
}

}  // namespace sanwang::cli
