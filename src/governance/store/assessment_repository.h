// Keeps assessments (gov_assessment_schemes, gov_assessment_scheme_versions,
// gov_assessment_values, gov_assessment_results, gov_assessment_result_units). Versions and
// values are only ever added; a result is replaced whole, and only while unpublished. Holds
// a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "governance/store/assessment_records.h"
#include "store/database.h"

namespace sanwang::store {

class AssessmentRepository {
 public:
  explicit AssessmentRepository(Database& db) : db_(db) {}

  // The newest version of the district's scheme of that name, if any.
  Result<std::optional<AssessmentSchemeVersionRecord>> LatestScheme(const std::string& district_code,
                                                                    const std::string& name);
  Result<std::optional<AssessmentSchemeVersionRecord>> LatestSchemeById(Id scheme_id);
  // The newest version of each of the district's schemes, by name.
  Result<std::vector<AssessmentSchemeVersionRecord>> LatestSchemes(const std::string& district_code);
  // Every version of a scheme, oldest first.
  Result<std::vector<AssessmentSchemeVersionRecord>> SchemeVersions(Id scheme_id);
  // Adds version 1 of a new scheme (the district's names are unique: AlreadyExists) or,
  // with `scheme_id` set, the version after the newest (Conflict when another was added
  // since `version` − 1 was read).
  Result<AssessmentSchemeVersionRecord> InsertSchemeVersion(AssessmentSchemeVersionRecord version);

  Result<AssessmentValueRecord> InsertValue(AssessmentValueRecord value);
  Result<AssessmentValueRecord> GetValue(Id id);
  // Conflict when the value is confirmed already (or by the one who entered it).
  Status ConfirmValue(Id id, Id confirmed_by, UnixSeconds at);
  // The confirmed values of a scheme's period, oldest first (a later one supersedes).
  Result<std::vector<AssessmentValueRecord>> ConfirmedValues(Id scheme_id, const std::string& period);
  // Every value of a scheme's period, confirmed or not, oldest first.
  Result<std::vector<AssessmentValueRecord>> Values(Id scheme_id, const std::string& period);

  Result<std::optional<AssessmentResultRecord>> FindResult(Id scheme_id, const std::string& period);
  Result<std::optional<AssessmentResultRecord>> GetResult(Id result_id);
  // The district's results (of one scheme when `scheme_id` is set) without their units but
  // with `unit_count`, the newest period first.
  Result<std::vector<AssessmentResultRecord>> Results(const std::string& district_code,
                                                      std::optional<Id> scheme_id);
  // Writes the result and its units, replacing an unpublished result of the same scheme
  // and period; FailedPrecondition for a published one, and nothing is written.
  Result<AssessmentResultRecord> ReplaceResult(AssessmentResultRecord result);
  // The publishing step: the result keeps `number` and can no longer be recomputed.
  Status MarkPublished(Id result_id, const std::string& number, UnixSeconds at);

 private:
  Result<std::vector<AssessmentSchemeVersionRecord>> SchemesWhere(const std::string& where,
                                                                  const SqlParams& params);
  Result<std::vector<AssessmentResultUnitRecord>> ResultUnits(Id result_id);
  Result<std::optional<AssessmentResultRecord>> ResultWhere(const std::string& where,
                                                            const SqlParams& params);

  Database& db_;
};

}  // namespace sanwang::store
