// The district's own past cases as labelled rows for the classifier (docs/architecture.md §4
// "Classification"): the text is the case's title and description joined with one space,
// the label is the case's *final* catalog item, so a correction by staff (reclassify, or a
// redispatch with a triaged item) is what the model learns.
//
// Rows left out, and counted: cases whose item is still the classifier's own choice and
// that no unit has signed for yet (nobody has looked at them: learning them would only
// teach the model its own guesses; once a unit signs for a case without correcting it,
// the item counts as confirmed), cases without text, and the cases of items with fewer
// than `min_per_class` cases (too few to learn or to cross-validate). With `max_per_class`,
// an item's rows beyond that many are left out, the newest kept: training time grows with
// the rows, and a few hundred recent reports per item teach as much as ten years of them.
//
// BuildCaseTrainingSet is pure; LoadCaseTrainingSet reads the cases through a borrowed
// Database (same thread-safety as the Database).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "classify/classifier.h"
#include "core/time.h"
#include "store/case_repository.h"

namespace sanwang::classify {

struct CaseTrainingOptions {
  std::optional<UnixSeconds> since;  // only cases filed at or after this time
  int min_per_class = 5;
  int max_per_class = 0;  // 0: every row
};

struct CaseTrainingSet {
  std::vector<Example> examples;
  std::vector<store::Id> case_ids;             // the case of each example
  std::map<std::string, int> class_counts;     // kept labels and their rows
  std::map<std::string, int> dropped_classes;  // labels under min_per_class, and their rows
  int unconfirmed = 0;                         // automatic items nobody has signed for yet
  int without_text = 0;
  int over_cap = 0;  // older rows of items over max_per_class
};

CaseTrainingSet BuildCaseTrainingSet(const std::vector<store::ClassifiedCaseText>& cases, int min_per_class,
                                     int max_per_class = 0);

// Fails on a database error, or when fewer than two labels remain (nothing to learn).
Result<CaseTrainingSet> LoadCaseTrainingSet(store::Database& db, const std::string& district_code,
                                            const CaseTrainingOptions& options);

}  // namespace sanwang::classify
