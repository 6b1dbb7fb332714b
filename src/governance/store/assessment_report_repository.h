// Keeps published assessment reports (gov_assessment_reports): added once, in the
// transaction that marks their result published, and never changed after (the engines
// refuse an update). Holds a reference to a Database; same thread-safety as it (one thread
// at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "governance/store/assessment_records.h"
#include "store/database.h"

namespace sanwang::store {

class AssessmentReportRepository {
 public:
  explicit AssessmentReportRepository(Database& db) : db_(db) {}

  // The sequence the district's next report of `year` takes: one after the highest.
  Result<std::int64_t> NextSequence(const std::string& district_code, std::int64_t year);
  // Adds the report; AlreadyExists when its result or its number is taken.
  Result<AssessmentReportRecord> Insert(AssessmentReportRecord report);
  // The report with its bytes; NotFound when there is none in the district.
  Result<AssessmentReportRecord> Get(const std::string& district_code, Id id);
  Result<std::optional<AssessmentReportRecord>> FindByResult(Id result_id);
  // The district's reports without their bytes, newest first.
  Result<std::vector<AssessmentReportRecord>> List(const std::string& district_code);

 private:
  Database& db_;
};

}  // namespace sanwang::store
