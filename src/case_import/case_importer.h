// `sanwang import cases`: work orders exported from an existing system become cases with
// their history (cases/past_case.h). Rows are read and checked in file order; a row that cannot be read or
// does not hold together is reported with its row number, work order id, field and reason, and the others go
// on. Rows already imported (by the old system's name and work order id) are skipped, so a second run adds
// nothing and a run that stopped part-way can be run again. Cases are written in batches of one transaction
// each; a dry run reads and checks everything and writes nothing.
//
// Holds references to the database and the district's loaded domain; one thread.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "case_import/import_mapping.h"
#include "case_import/source_table.h"
#include "case_import/work_order_reader.h"
#include "cases/past_case.h"
#include "store/database.h"

namespace sanwang::case_import {

struct RowProblem {
  std::size_t row = 0;
  std::string source_id;
  std::string field;
  std::string message;
};

// A row whose catalog item the mapping did not give: to be checked by a person.
struct ReviewItem {
  std::size_t row = 0;
  std::string source_id;
  std::string category;        // the old system's
  std::string suggested_item;  // the classifier's suggestion, empty without a model
  std::optional<double> confidence;
  bool taken = false;  // the suggestion became the case's item
  std::string title;
};

struct ImportReport {
  std::string format;  // of the file read
  std::size_t rows = 0;
  std::size_t added = 0;    // cases written (a dry run: that would be written)
  std::size_t already = 0;  // imported by an earlier run, skipped
  std::vector<RowProblem> problems;
  std::vector<ReviewItem> review;
};

struct ImportOptions {
  bool dry_run = false;
  std::size_t batch = 500;  // cases per transaction
  ItemGuesser guess;        // empty: unmapped categories leave cases unclassified
  // Called after each batch and at the end with the rows done and the rows in all.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

class CaseImporter {
 public:
  CaseImporter(store::Database& db, const cases::PastCaseContext& domain, UnixSeconds now)
      : db_(db), domain_(domain), now_(now) {}

  // Fails only when the mapping does not fit the file or the district (nothing is written
  // then) or the database fails (the batches before stay written; run again to go on).
  Result<ImportReport> Run(const ImportMapping& mapping, const SourceTable& table,
                           const ImportOptions& options);

 private:
  store::Database& db_;
  const cases::PastCaseContext& domain_;
  UnixSeconds now_;
};

}  // namespace sanwang::case_import
