#include "report/report_test_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>

namespace sanwang::report::testing {

std::string CommunityName(int n) {
  char code[8];
  std::snprintf(code, sizeof code, "%03d", n);
  return std::string("东湖街道第") + code + "社区";
}

ReportDocument SampleNotice(int rows) {
  ReportDocument notice;
  notice.title = "关于2026年第三季度基层治理考核情况的通报";
  notice.subtitle = "（社区排名）";
  notice.number = "卫都区〔2026〕第 3 期";
  notice.issuer = "卫都区委督查室";
  notice.issued_on = LocalDate{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{5}};
  notice.blocks.emplace_back(Heading{"一、总体情况"});
  notice.blocks.emplace_back(Paragraph{
      "本季度全区各社区按照基层治理考核办法开展工作，群众诉求按时签收率、按时办结率和满意率"
      "均较上季度有所提升。现将各社区考核得分及排名情况通报如下，请各单位对照查找差距，抓好整改落实。"});
  notice.blocks.emplace_back(Heading{"二、社区得分"});
  Table table{.title = "各社区考核得分",
              .columns = {"排名", "社区", "代码", "综合得分", "按时办结率"},
              .align = {Align::kCentre, Align::kLeft, Align::kLeft, Align::kRight, Align::kRight}};
  for (int n = 1; n <= rows; ++n) {
    char code[16];
    char score[16];
    char rate[16];
    std::snprintf(code, sizeof code, "0101%03d", n);
    std::snprintf(score, sizeof score, "%.2f", 99.5 - n * 0.25);
    std::snprintf(rate, sizeof rate, "%.1f%%", 100 - n * 0.1);
    table.rows.push_back({std::to_string(n), CommunityName(n), code, score, rate});
  }
  notice.blocks.emplace_back(std::move(table));
  notice.blocks.emplace_back(Heading{"三、片区对比"});
  notice.blocks.emplace_back(BarChart{.title = "各片区平均得分",
                                      .labels = {"城东片区", "城西片区", "滨江新城片区", "北山生态片区"},
                                      .values = {92.5, 88, 79.25, 0},
                                      .unit = "分"});
  notice.blocks.emplace_back(Paragraph{"请各街道于12月20日前报送整改情况。"});
  return notice;
}

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-report-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path ScratchDir::Write(const std::string& name, const std::string& bytes) const {
  std::filesystem::path file = path_ / name;
  std::ofstream(file, std::ios::binary) << bytes;
  return file;
}

int PdfInfoPages(const std::filesystem::path& pdf_file) {
  auto info = RunCommand("pdfinfo '" + pdf_file.string() + "'");
  std::smatch match;
  const std::string text = info.ok() ? *info : "";
  if (!std::regex_search(text, match, std::regex(R"(Pages:\s+(\d+))"))) return -1;
  return std::stoi(match[1]);
}

Result<std::string> RunCommand(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return Internal("cannot run " + command);
  std::string out;
  std::array<char, 4096> buffer;
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
    out.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return Internal(command + " failed");
  return out;
}

double GreyPage::DarkShare() const {
  if (pixels.empty()) return 0;
  const auto dark =
      std::count_if(pixels.begin(), pixels.end(), [](char p) { return static_cast<unsigned char>(p) < 160; });
  return static_cast<double>(dark) / static_cast<double>(pixels.size());
}

Result<GreyPage> DrawFirstPage(const std::filesystem::path& pdf_file, const ScratchDir& scratch) {
  const std::string out = (scratch.path() / "page").string();
  SW_RETURN_IF_ERROR(
      RunCommand("pdftoppm -r 40 -gray -singlefile -f 1 -l 1 '" + pdf_file.string() + "' '" + out + "'")
          .status());
  std::ifstream pgm(out + ".pgm", std::ios::binary);
  std::string magic;
  GreyPage page;
  int max = 0;
  pgm >> magic >> page.width >> page.height >> max;
  pgm.get();
  if (magic != "P5") return Internal("pdftoppm wrote no binary PGM");
  page.pixels.assign(std::istreambuf_iterator<char>(pgm), std::istreambuf_iterator<char>());
  if (page.pixels.size() != static_cast<std::size_t>(page.width) * static_cast<std::size_t>(page.height)) {
    return Internal("the PGM holds fewer pixels than its size says");
  }
  return page;
}

}  // namespace sanwang::report::testing
