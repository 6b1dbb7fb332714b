#include "governance/assessment_publishing.h"

#include <cstdio>

#include "core/sha256.h"
#include "governance/assessment_notice.h"
#include "governance/ledger_access.h"
#include "governance/store/assessment_report_repository.h"
#include "report/pdf_renderer.h"
#include "report/xlsx_renderer.h"

namespace sanwang::governance {
namespace {

Status MayPublish(const cases::Actor& actor) {
  if (!MayPlanLedger(actor).ok()) {
    return PermissionDenied("无权发布考评通报 your role may not publish assessment reports");
  }
  if (!actor.user_id) {
    return PermissionDenied("考评通报须由具体账号发布 an assessment report is published by a named account");
  }
  return Status::Ok();
}

Status CheckText(const NoticeText& text) {
  if (text.opening.size() > kMaxNoticeText) {
    return InvalidArgument("通报开头过长 the opening is longer than 8000 bytes", "opening");
  }
  if (text.closing.size() > kMaxNoticeText) {
    return InvalidArgument("通报结尾过长 the closing remarks are longer than 8000 bytes", "closing");
  }
  return Status::Ok();
}

// The period's computed, unpublished result.
Result<store::AssessmentResultRecord> ResultToPublish(store::Database& db, store::Id scheme_id,
                                                      const std::string& period) {
  SW_ASSIGN_OR_RETURN(auto result, store::AssessmentRepository(db).FindResult(scheme_id, period));
  if (!result) {
    return Status(ErrorCode::kFailedPrecondition,
                  "考评期 " + period + " 尚未计算结果，请先计算 the period " + period +
                      " has no computed result; compute it first",
                  "period");
  }
  if (result->published_at) {
    return Status(ErrorCode::kFailedPrecondition,
                  "考评期 " + period + " 的结果已发布，通报为「" + result->number + "」 the result of " +
                      period + " is published already",
                  "period");
  }
  return *std::move(result);
}

std::string DistrictName(const AssessmentBook& book) {
  const store::UnitRecord* root = book.org.Root();
  return root != nullptr ? root->name : book.district();
}

// Renders the notice and fills the report's documents and digests.
Status Render(const report::ReportDocument& notice, store::AssessmentReportRecord& report) {
  SW_ASSIGN_OR_RETURN(report.pdf, report::RenderPdf(notice));
  SW_ASSIGN_OR_RETURN(report.xlsx, report::RenderXlsx(notice));
  report.pdf_sha256 = Sha256Hex(report.pdf);
  report.xlsx_sha256 = Sha256Hex(report.xlsx);
  return Status::Ok();
}

}  // namespace

Result<store::AssessmentReportRecord> PublishAssessment(const AssessmentBook& book,
                                                        const std::string& scheme_name,
                                                        const std::string& period_text,
                                                        const NoticeText& text) {
  SW_RETURN_IF_ERROR(MayPublish(book.actor));
  SW_RETURN_IF_ERROR(CheckText(text));
  SW_ASSIGN_OR_RETURN(auto stored, FindScheme(book, scheme_name));
  SW_ASSIGN_OR_RETURN(auto period, PeriodOfScheme(stored.scheme, period_text));
  const UnixSeconds now = book.clock.Now();
  const int year = static_cast<int>(LocalDateOf(now).year());
  Result<store::AssessmentReportRecord> published = Internal("not published");
  SW_RETURN_IF_ERROR(book.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto result, ResultToPublish(book.db, stored.record.scheme_id, period.key()));
    store::AssessmentReportRepository reports(book.db);
    store::AssessmentReportRecord report;
    SW_ASSIGN_OR_RETURN(report.sequence, reports.NextSequence(book.district(), year));
    report.district_code = book.district();
    report.result_id = result.id;
    report.scheme_id = result.scheme_id;
    report.period = result.period;
    report.year = year;
    report.number = NoticeNumber(DistrictName(book), year, report.sequence);
    report.opening = text.opening;
    report.closing = text.closing;
    report.published_by = book.actor.user_id;
    report.published_at = now;
    report.demo = result.demo;
    const NoticeFacts facts{DistrictName(book),
                            stored.record.name,
                            stored.scheme.unit_kind,
                            period,
                            report.number,
                            LocalDateOf(now),
                            text.opening,
                            text.closing};
    const report::ReportDocument notice = AssessmentNotice(facts, result);
    report.title = notice.title;
    SW_RETURN_IF_ERROR(Render(notice, report));
    SW_RETURN_IF_ERROR(store::AssessmentRepository(book.db).MarkPublished(result.id, report.number, now));
    published = reports.Insert(std::move(report));
    return published.status();
  }));
  return published;
}

Result<std::vector<store::AssessmentReportRecord>> ListReports(store::Database& db,
                                                               const std::string& district_code) {
  return store::AssessmentReportRepository(db).List(district_code);
}

Result<store::AssessmentReportRecord> ReportOf(store::Database& db, const std::string& district_code,
                                               store::Id id) {
  return store::AssessmentReportRepository(db).Get(district_code, id);
}

NoticeText SplitNoticeText(const std::string& text) {
  NoticeText split;
  std::size_t start = 0;
  bool closing = false;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const bool blank = line.find_first_not_of(" \t") == std::string::npos;
    std::string& into = closing ? split.closing : split.opening;
    if (blank) {
      if (!split.opening.empty()) closing = true;
    } else {
      into += (into.empty() ? "" : "\n") + line;
    }
    start = end + 1;
  }
  return split;
}

std::string ReportFileStem(const store::AssessmentReportRecord& report) {
  char stem[64];
  std::snprintf(stem, sizeof stem, "assessment-report-%lld-%02lld", static_cast<long long>(report.year),
                static_cast<long long>(report.sequence));
  return stem;
}

}  // namespace sanwang::governance
