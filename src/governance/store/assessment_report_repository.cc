#include "governance/store/assessment_report_repository.h"

namespace sanwang::store {
namespace {

// Every column; the list reads empty bytes in place of the two documents.
constexpr const char* kColumns =
    "id, district_code, result_id, scheme_id, period, year, sequence, number, title, opening, closing, "
    "pdf_sha256, xlsx_sha256, published_by, published_at, demo";

AssessmentReportRecord ReportFromRow(const Row& r) {
  AssessmentReportRecord a;
  a.id = r.Int(0);
  a.district_code = r.Text(1);
  a.result_id = r.Int(2);
  a.scheme_id = r.Int(3);
  a.period = r.Text(4);
  a.year = r.Int(5);
  a.sequence = r.Int(6);
  a.number = r.Text(7);
  a.title = r.Text(8);
  a.opening = r.Text(9);
  a.closing = r.Text(10);
  a.pdf_sha256 = r.Text(11);
  a.xlsx_sha256 = r.Text(12);
  a.published_by = r.OptInt(13);
  a.published_at = r.Int(14);
  a.demo = r.Int(15) != 0;
  return a;
}

}  // namespace

Result<std::int64_t> AssessmentReportRepository::NextSequence(const std::string& district_code,
                                                              std::int64_t year) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT COALESCE(MAX(sequence), 0) FROM gov_assessment_reports "
                                           "WHERE district_code = ? AND year = ?",
                                           {district_code, year}));
  return rows.at(0).Int(0) + 1;
}

Result<AssessmentReportRecord> AssessmentReportRepository::Insert(AssessmentReportRecord report) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query(
          "INSERT INTO gov_assessment_reports (district_code, result_id, scheme_id, period, year, "
          "sequence, number, title, opening, closing, pdf, pdf_sha256, xlsx, xlsx_sha256, "
          "published_by, published_at, demo) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {report.district_code, report.result_id, report.scheme_id, report.period, report.year,
           report.sequence, report.number, report.title, report.opening, report.closing, Blob{report.pdf},
           report.pdf_sha256, Blob{report.xlsx}, report.xlsx_sha256, Nullable(report.published_by),
           report.published_at, static_cast<std::int64_t>(report.demo)}));
  report.id = rows.at(0).Int(0);
  return report;
}

Result<AssessmentReportRecord> AssessmentReportRepository::Get(const std::string& district_code, Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns +
                                               ", pdf, xlsx FROM gov_assessment_reports "
                                               "WHERE district_code = ? AND id = ?",
                                           {district_code, id}));
  if (rows.empty()) return NotFound("考评通报不存在 no assessment report " + std::to_string(id));
  AssessmentReportRecord report = ReportFromRow(rows.front());
  report.pdf = rows.front().Bytes(16);
  report.xlsx = rows.front().Bytes(17);
  return report;
}

Result<std::optional<AssessmentReportRecord>> AssessmentReportRepository::FindByResult(Id result_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns +
                                               " FROM gov_assessment_reports WHERE result_id = ?",
                                           {result_id}));
  if (rows.empty()) return std::optional<AssessmentReportRecord>();
  return std::optional(ReportFromRow(rows.front()));
}

Result<std::vector<AssessmentReportRecord>> AssessmentReportRepository::List(
    const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns +
                                               " FROM gov_assessment_reports WHERE district_code = ? "
                                               "ORDER BY published_at DESC, id DESC",
                                           {district_code}));
  std::vector<AssessmentReportRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ReportFromRow(r));
  return out;
}

}  // namespace sanwang::store
