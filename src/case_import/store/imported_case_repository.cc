#include "case_import/store/imported_case_repository.h"

#include <algorithm>

namespace sanwang::store {

Status ImportedCaseRepository::InsertMany(const std::vector<ImportedCaseRecord>& records) {
  constexpr std::size_t kRowsPerStatement = 1000;  // 8,000 parameters, under both engines' limits
  for (std::size_t start = 0; start < records.size(); start += kRowsPerStatement) {
    const std::size_t end = std::min(records.size(), start + kRowsPerStatement);
    std::string sql =
        "INSERT INTO imported_cases (district_code, system, source_id, case_id, source_category, "
        "item_guessed, "
        "item_confidence, imported_at) VALUES ";
    SqlParams params;
    params.reserve((end - start) * 8);
    for (std::size_t i = start; i < end; ++i) {
      const ImportedCaseRecord& r = records[i];
      sql += i == start ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
      params.insert(params.end(),
                    {r.district_code, r.system, r.source_id, r.case_id, r.source_category,
                     static_cast<std::int64_t>(r.item_guessed), Nullable(r.item_confidence), r.imported_at});
    }
    SW_RETURN_IF_ERROR(db_.Execute(sql, params).status());
  }
  return Status::Ok();
}

Result<std::unordered_set<std::string>> ImportedCaseRepository::SourceIds(const std::string& district,
                                                                          const std::string& system) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT source_id FROM imported_cases WHERE district_code = ? AND "
                                           "system = ?",
                                           {district, system}));
  std::unordered_set<std::string> ids;
  ids.reserve(rows.size());
  for (const Row& row : rows) ids.insert(row.Text(0));
  return ids;
}

Result<std::vector<ImportedCaseRecord>> ImportedCaseRepository::Guessed(const std::string& district,
                                                                        const std::string& system) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT source_id, case_id, source_category, item_confidence, imported_at "
                           "FROM imported_cases WHERE district_code = ? AND system = ? AND item_guessed = 1 "
                           "ORDER BY case_id",
                           {district, system}));
  std::vector<ImportedCaseRecord> out;
  for (const Row& row : rows) {
    ImportedCaseRecord r;
    r.district_code = district;
    r.system = system;
    r.source_id = row.Text(0);
    r.case_id = row.Int(1);
    r.source_category = row.Text(2);
    r.item_guessed = true;
    r.item_confidence = row.OptReal(3);
    r.imported_at = row.Int(4);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace sanwang::store
