#include "governance/assessment_reading.h"

#include <map>

#include "governance/ledger_access.h"
#include "org/roles.h"

namespace sanwang::governance {
namespace {

Result<store::AssessmentSchemeVersionRecord> SchemeRecord(const AssessmentBook& book, store::Id scheme_id) {
  SW_ASSIGN_OR_RETURN(auto found, store::AssessmentRepository(book.db).LatestSchemeById(scheme_id));
  if (!found || found->district_code != book.district()) {
    return NotFound("考评方案不存在 no assessment scheme " + std::to_string(scheme_id));
  }
  return *found;
}

Result<StoredScheme> ReadVersion(const store::AssessmentSchemeVersionRecord& record) {
  SW_ASSIGN_OR_RETURN(auto scheme, ParseScheme(record.body));
  return StoredScheme{record, std::move(scheme)};
}

// The notice each published result went out as, by result.
Result<std::map<store::Id, store::Id>> ReportsByResult(const AssessmentBook& book) {
  SW_ASSIGN_OR_RETURN(auto reports, ListReports(book.db, book.district()));
  std::map<store::Id, store::Id> out;
  for (const auto& r : reports) out[r.result_id] = r.id;
  return out;
}

Result<ResultSummary> Summarise(const AssessmentBook& book, store::AssessmentResultRecord result,
                                const std::map<store::Id, store::Id>& reports) {
  SW_ASSIGN_OR_RETURN(auto scheme, SchemeRecord(book, result.scheme_id));
  ResultSummary summary{std::move(result), scheme.name, std::nullopt};
  if (auto r = reports.find(summary.result.id); r != reports.end()) summary.report_id = r->second;
  summary.result.units.clear();
  return summary;
}

Status MayReadHandEntries(const cases::Actor& actor) {
  if (org::InSet(org::LedgerPlannerRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权查看手工录入的考评数值 your role may not read the hand-entered values");
}

}  // namespace

Status MayReadAssessments(const cases::Actor& actor) {
  if (org::InSet(org::LedgerReaderRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权查看目标考评 your role may not read the assessments");
}

Result<std::vector<store::AssessmentSchemeVersionRecord>> ListSchemes(const AssessmentBook& book) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  return store::AssessmentRepository(book.db).LatestSchemes(book.district());
}

Result<StoredScheme> SchemeById(const AssessmentBook& book, store::Id scheme_id,
                                std::optional<std::int64_t> version) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  SW_ASSIGN_OR_RETURN(auto newest, SchemeRecord(book, scheme_id));
  if (!version || *version == newest.version) return ReadVersion(newest);
  SW_ASSIGN_OR_RETURN(auto versions, store::AssessmentRepository(book.db).SchemeVersions(scheme_id));
  for (const auto& v : versions) {
    if (v.version == *version) return ReadVersion(v);
  }
  return NotFound("考评方案「" + newest.name + "」没有第 " + std::to_string(*version) + " 版 the scheme '" +
                  newest.name + "' has no version " + std::to_string(*version));
}

Result<std::vector<store::AssessmentSchemeVersionRecord>> SchemeVersionsById(const AssessmentBook& book,
                                                                             store::Id scheme_id) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  SW_RETURN_IF_ERROR(SchemeRecord(book, scheme_id).status());
  return store::AssessmentRepository(book.db).SchemeVersions(scheme_id);
}

Result<std::vector<ResultSummary>> ListResults(const AssessmentBook& book,
                                               std::optional<store::Id> scheme_id) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  if (scheme_id) SW_RETURN_IF_ERROR(SchemeRecord(book, *scheme_id).status());
  SW_ASSIGN_OR_RETURN(auto results, store::AssessmentRepository(book.db).Results(book.district(), scheme_id));
  SW_ASSIGN_OR_RETURN(auto reports, ReportsByResult(book));
  std::vector<ResultSummary> out;
  out.reserve(results.size());
  for (auto& r : results) {
    SW_ASSIGN_OR_RETURN(auto summary, Summarise(book, std::move(r), reports));
    out.push_back(std::move(summary));
  }
  return out;
}

Result<ResultReading> ReadResult(const AssessmentBook& book, store::Id result_id) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  SW_ASSIGN_OR_RETURN(auto found, store::AssessmentRepository(book.db).GetResult(result_id));
  if (!found || found->district_code != book.district()) {
    return NotFound("考评结果不存在 no assessment result " + std::to_string(result_id));
  }
  store::AssessmentResultRecord result = *std::move(found);
  if (!result.published_at) {
    std::erase_if(result.units, [&book](const store::AssessmentResultUnitRecord& u) {
      return !SeesLedgerOf(book.org, book.actor, u.unit_id);
    });
  }
  SW_ASSIGN_OR_RETURN(auto reports, ReportsByResult(book));
  SW_ASSIGN_OR_RETURN(auto summary, Summarise(book, result, reports));
  return ResultReading{std::move(summary), std::move(result)};
}

Result<std::vector<store::AssessmentValueRecord>> ListValues(const AssessmentBook& book, store::Id scheme_id,
                                                             const std::string& period) {
  SW_RETURN_IF_ERROR(MayReadHandEntries(book.actor));
  SW_ASSIGN_OR_RETURN(auto scheme, SchemeById(book, scheme_id));
  SW_ASSIGN_OR_RETURN(auto key, PeriodOfScheme(scheme.scheme, period));
  return store::AssessmentRepository(book.db).Values(scheme_id, key.key());
}

Result<store::AssessmentResultRecord> ComputeById(const AssessmentBook& book, store::Id scheme_id,
                                                  const std::string& period) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  SW_ASSIGN_OR_RETURN(auto scheme, SchemeRecord(book, scheme_id));
  return ComputeAssessment(book, scheme.name, period);
}

Result<store::AssessmentReportRecord> PublishResult(const AssessmentBook& book, store::Id result_id,
                                                    const NoticeText& text) {
  SW_RETURN_IF_ERROR(MayReadAssessments(book.actor));
  SW_ASSIGN_OR_RETURN(auto found, store::AssessmentRepository(book.db).GetResult(result_id));
  if (!found || found->district_code != book.district()) {
    return NotFound("考评结果不存在 no assessment result " + std::to_string(result_id));
  }
  SW_ASSIGN_OR_RETURN(auto scheme, SchemeRecord(book, found->scheme_id));
  return PublishAssessment(book, scheme.name, found->period, text);
}

}  // namespace sanwang::governance
