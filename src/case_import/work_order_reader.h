// One row of an old system's export read as a matter to import (cases::PastMatter), through
// the district's mapping file: its texts, times, point (converted to WGS-84 from the
// mapping's datum), handling unit, state and rating, and its catalog item — the mapping's
// item for the old category, else a catalog item of that name or code, else the text
// classifier's choice when it is confident enough, else none (the command center's).
// Pure apart from asking the classifier.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "case_import/import_mapping.h"
#include "case_import/source_table.h"
#include "cases/catalog.h"
#include "cases/past_case.h"
#include "org/org_directory.h"

namespace sanwang::case_import {

struct ItemGuess {
  std::string item_code;
  double confidence = 0;
};
// The classifier's most likely catalog item for a matter's text; nullopt when there is no model.
using ItemGuesser = std::function<std::optional<ItemGuess>(std::string_view text)>;

struct WorkOrder {
  cases::PastMatter matter;
  std::string category;  // the old system's category, as written
  // The item did not come from the mapping or the catalog's names: it is the classifier's
  // suggestion when that was confident enough, else empty. Such rows go on the review list.
  bool item_guessed = false;
  std::string suggested_item;             // the classifier's suggestion, taken or not
  std::optional<double> item_confidence;  // its confidence
};

class WorkOrderReader {
 public:
  // InvalidArgument (bilingual) when the export lacks a column the mapping names, or the
  // mapping names an item or unit code the district does not have.
  static Result<WorkOrderReader> Make(const ImportMapping& mapping, const SourceTable& table,
                                      const org::OrgDirectory& org, const cases::Catalog& catalog,
                                      ItemGuesser guess);

  // InvalidArgument naming the field for a value that cannot be read.
  Result<WorkOrder> Read(const SourceRow& row, bool date1904) const;
  // The row's work order id as written, for reporting a row that cannot be read.
  std::string SourceIdOf(const SourceRow& row) const { return std::string(Text(row, "id")); }

 private:
  WorkOrderReader(const ImportMapping& mapping, const org::OrgDirectory& org, const cases::Catalog& catalog,
                  ItemGuesser guess)
      : mapping_(mapping), org_(org), catalog_(catalog), guess_(std::move(guess)) {}

  std::string_view Text(const SourceRow& row, const std::string& field) const;
  const SourceCell* Cell(const SourceRow& row, const std::string& field) const;
  Result<std::optional<UnixSeconds>> Time(const SourceRow& row, const std::string& field,
                                          bool date1904) const;
  Status ReadTexts(const SourceRow& row, cases::PastMatter& m) const;
  Status ReadPoint(const SourceRow& row, cases::PastMatter& m) const;
  Status ReadUnit(const SourceRow& row, cases::PastMatter& m) const;
  Status ReadState(const SourceRow& row, cases::PastMatter& m) const;
  Status ReadRating(const SourceRow& row, cases::PastMatter& m) const;
  void ChooseItem(WorkOrder& order) const;

  const ImportMapping& mapping_;
  const org::OrgDirectory& org_;
  const cases::Catalog& catalog_;
  ItemGuesser guess_;
  std::map<std::string, int> column_;                // field → column index
  std::map<std::string, std::string> item_by_name_;  // catalog item name → code
  std::map<std::string, store::Id> unit_by_name_;    // unit name or code, and the mapping's names → id
};

}  // namespace sanwang::case_import
