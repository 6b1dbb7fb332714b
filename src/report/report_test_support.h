// Helpers for the report tests: a sample notice like the district publishes, a scratch
// folder, and running the Poppler and unzip tools on what the renderers wrote.
#pragma once

#include <filesystem>
#include <string>

#include "core/status.h"
#include "report/report_document.h"

namespace sanwang::report::testing {

// The n-th community of the sample table (1-based): "东湖街道第007社区".
std::string CommunityName(int n);

// A notice with a Chinese title, a heading and paragraphs, a table of `rows` communities
// (rank, name, code, score, on-time rate) and a bar chart of four areas.
ReportDocument SampleNotice(int rows);

// A new empty folder under the temporary folder, removed with everything in it.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `bytes` to `name` in the folder and returns its path.
  std::filesystem::path Write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

// What a shell command prints on standard output; an error when it exits non-zero.
Result<std::string> RunCommand(const std::string& command);

// The pages of a PDF file as pdfinfo counts them; -1 when pdfinfo cannot read it.
int PdfInfoPages(const std::filesystem::path& pdf_file);

// A PDF's first page as pdftoppm draws it at 40 dpi in grey.
struct GreyPage {
  int width = 0;
  int height = 0;
  std::string pixels;  // one byte per pixel, row by row; 0 is black
  // The share of pixels darker than mid grey: how much ink the page carries.
  double DarkShare() const;
};
Result<GreyPage> DrawFirstPage(const std::filesystem::path& pdf_file, const ScratchDir& scratch);

}  // namespace sanwang::report::testing
