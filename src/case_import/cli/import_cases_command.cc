// `sanwang import cases FILE --mapping MAP.toml [--dry-run] [--review REVIEW.csv]`: work
// orders of an existing system become cases (case_import/case_importer.h). Progress goes to
// standard error; every row that fails is listed there with its reason; the exit status is
// non-zero when any row failed, and the rows that did not fail are imported (a second run
// after fixing the file adds only those that were missing).
#include "case_import/cli/import_cases_command.h"

#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "case_import/case_importer.h"
#include "classify/dispatch_advice.h"
#include "classify/model_registry.h"
#include "cli/command.h"
#include "cli/context.h"
#include "core/csv.h"
#include "core/files.h"

namespace sanwang::cli {
namespace {

// The district's active text classifier as a guesser of catalog items; empty without one.
Result<case_import::ItemGuesser> ActiveGuesser(Context& ctx) {
  SW_ASSIGN_OR_RETURN(auto active, classify::LoadActiveModel(ctx.db(), ctx.config().district_code));
  if (!active) return case_import::ItemGuesser{};
  auto model = std::make_shared<classify::ActiveModel>(std::move(*active));
  const cases::Catalog* catalog = &ctx.catalog();
  return case_import::ItemGuesser([model,
                                   catalog](std::string_view text) -> std::optional<case_import::ItemGuess> {
    auto advice = classify::AdviseDispatch(model->classifier, text, 1.0, [catalog](const std::string& label) {
      return catalog->FindItem(label) != nullptr;
    });
    if (!advice) return std::nullopt;
    return case_import::ItemGuess{advice->item_code, advice->confidence};
  });
}

Status WriteReview(const std::string& path, const std::vector<case_import::ReviewItem>& review) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return InvalidArgument("无法写入复核清单 cannot write the review list to " + path, "review");
  out << CsvLine({"row", "id", "old_category", "suggested_item", "confidence", "taken", "title"}) << "\n";
  for (const auto& r : review) {
    out << CsvLine({std::to_string(r.row), r.source_id, r.category, r.suggested_item,
                    r.confidence ? fmt::format("{:.3f}", *r.confidence) : "", r.taken ? "yes" : "no",
                    r.title})
        << "\n";
  }
  out.close();
  if (!out) return InvalidArgument("无法写入复核清单 cannot write the review list to " + path, "review");
  return Status::Ok();
}

void PrintProblems(const std::vector<case_import::RowProblem>& problems) {
  for (const auto& p : problems) {
    std::cerr << "row " << p.row;
    if (!p.source_id.empty()) std::cerr << " (" << p.source_id << ")";
    std::cerr << " " << (p.field.empty() ? "-" : p.field) << ": " << p.message << "\n";
  }
}

}  // namespace

Status ImportCases(const Config& config, const CaseImportArgs& args) {
  if (args.mapping.empty())
    return InvalidArgument("请用 --mapping 指定映射文件 import cases needs --mapping MAP.toml", "mapping");
  SW_ASSIGN_OR_RETURN(std::string mapping_text, ReadFileToString(args.mapping));
  SW_ASSIGN_OR_RETURN(case_import::ImportMapping mapping, case_import::ParseImportMapping(mapping_text));
  SW_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(args.file));
  SW_ASSIGN_OR_RETURN(case_import::SourceTable table, case_import::ReadSourceTable(bytes));
  bytes.clear();
  bytes.shrink_to_fit();
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  case_import::ImportOptions options;
  options.dry_run = args.dry_run;
  SW_ASSIGN_OR_RETURN(options.guess, ActiveGuesser(*ctx));
  options.progress = [](std::size_t done, std::size_t total) {
    std::cerr << "cases import: " << done << "/" << total << " rows\n";
  };
  cases::PastCaseContext domain{ctx->calendar(), ctx->workflow(), ctx->org(), ctx->catalog()};
  case_import::CaseImporter importer(ctx->db(), domain, ctx->clock().Now());
  SW_ASSIGN_OR_RETURN(case_import::ImportReport report, importer.Run(mapping, table, options));
  PrintProblems(report.problems);
  if (!args.review.empty()) SW_RETURN_IF_ERROR(WriteReview(args.review, report.review));
  std::cout << (args.dry_run ? "试导入，未写入 dry run, nothing written: " : "") << "cases " << table.format
            << ": " << report.rows << " rows, " << report.added << (args.dry_run ? " to add, " : " added, ")
            << report.already << " imported before, " << report.problems.size() << " failed, "
            << report.review.size() << " to review (categories not in the mapping)"
            << (report.review.empty() || !args.review.empty() ? "" : "; --review FILE lists them") << "\n";
  if (!report.problems.empty()) {
    return InvalidArgument(
        std::to_string(report.problems.size()) + " 行未能导入，见上 rows failed, listed above", "file");
  }
  return Status::Ok();
}

}  // namespace sanwang::cli
