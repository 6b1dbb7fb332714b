#include "governance/information_publishing.h"

#include <cstdio>

#include "core/sha256.h"
#include "core/text.h"
#include "governance/information_access.h"
#include "governance/information_notice.h"
#include "report/pdf_renderer.h"
#include "report/xlsx_renderer.h"

namespace sanwang::governance {
namespace {

Status MayPublish(const cases::Actor& actor) {
  if (!MayEditInformation(actor).ok()) {
    return PermissionDenied("无权发布信息工作通报 your role may not publish information notices");
  }
  if (!actor.user_id) {
    return PermissionDenied("通报须由具体账号发布 a notice is published by a named account");
  }
  return Status::Ok();
}

Status CheckText(const NoticeText& text) {
  SW_RETURN_IF_ERROR(CheckUserText(text.opening, "opening", kMaxNoticeText, false));
  return CheckUserText(text.closing, "closing", kMaxNoticeText, false);
}

// A period is published once it is over: a month's notice goes out in the next month.
Status CheckEnded(const AssessmentPeriod& period, UnixSeconds now) {
  if (std::chrono::sys_days{LocalDateOf(now)} <= std::chrono::sys_days{period.last_day()}) {
    return Status(ErrorCode::kFailedPrecondition,
                  "统计期 " + period.key() + " 尚未结束，结束后才能发布通报 the period " + period.key() +
                      " has not ended yet; publish its notice once it has",
                  "period");
  }
  return Status::Ok();
}

std::string DistrictName(const InformationDesk& desk) {
  const store::UnitRecord* root = desk.org.Root();
  return root != nullptr ? root->name : desk.district();
}

}  // namespace

Result<store::InformationReportRecord> PublishInformation(const InformationDesk& desk,
                                                          const std::string& period_text,
                                                          const std::string& unit_kind,
                                                          const NoticeText& text) {
  SW_RETURN_IF_ERROR(MayPublish(desk.actor));
  SW_RETURN_IF_ERROR(CheckText(text));
  SW_ASSIGN_OR_RETURN(AssessmentPeriod period, ParsePeriod(period_text));
  const UnixSeconds now = desk.clock.Now();
  SW_RETURN_IF_ERROR(CheckEnded(period, now));
  SW_ASSIGN_OR_RETURN(auto standings, InformationRanking(desk.db, desk.org, unit_kind, period));
  SW_ASSIGN_OR_RETURN(auto levels, InformationLevels(desk.db, desk.district()));
  const int year = static_cast<int>(LocalDateOf(now).year());
  store::InformationRepository repo(desk.db);
  Result<store::InformationReportRecord> published = Internal("not published");
  SW_RETURN_IF_ERROR(desk.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto existing, repo.FindReport(desk.district(), period.key(), unit_kind));
    if (existing) {
      return Status(ErrorCode::kFailedPrecondition,
                    "该统计期的通报已发布：" + existing->number + " the notice of " + period.key() +
                        " is published already",
                    "period");
    }
    store::InformationReportRecord report;
    SW_ASSIGN_OR_RETURN(report.sequence, repo.NextReportSequence(desk.district(), year));
    report.district_code = desk.district();
    report.period = period.key();
    report.unit_kind = unit_kind;
    report.year = year;
    report.number = InformationNoticeNumber(DistrictName(desk), year, report.sequence);
    report.opening = text.opening;
    report.closing = text.closing;
    report.published_by = desk.actor.user_id;
    report.published_at = now;
    const report::ReportDocument notice = InformationNotice(
        {DistrictName(desk), unit_kind, period, report.number, LocalDateOf(now), text.opening, text.closing},
        standings, levels);
    report.title = notice.title;
    SW_ASSIGN_OR_RETURN(report.pdf, report::RenderPdf(notice));
    SW_ASSIGN_OR_RETURN(report.xlsx, report::RenderXlsx(notice));
    report.pdf_sha256 = Sha256Hex(report.pdf);
    report.xlsx_sha256 = Sha256Hex(report.xlsx);
    published = repo.InsertReport(std::move(report));
    return published.status();
  }));
  return published;
}

Result<std::vector<store::InformationReportRecord>> InformationReports(const InformationDesk& desk) {
  SW_RETURN_IF_ERROR(MayReadInformation(desk.actor));
  return store::InformationRepository(desk.db).Reports(desk.district());
}

Result<store::InformationReportRecord> InformationReportOf(const InformationDesk& desk, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadInformation(desk.actor));
  return store::InformationRepository(desk.db).Report(desk.district(), id);
}

std::string InformationReportFileStem(const store::InformationReportRecord& report) {
  char sequence[8];
  std::snprintf(sequence, sizeof sequence, "%02lld", static_cast<long long>(report.sequence));
  return "information-report-" + std::to_string(report.year) + "-" + sequence;
}

}  // namespace sanwang::governance
