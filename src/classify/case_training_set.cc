#include "classify/case_training_set.h"

#include <algorithm>

#include "core/text.h"

namespace sanwang::classify {
namespace {

std::string CaseText(const store::ClassifiedCaseText& c) {
  std::string text(TrimAscii(c.title));
  std::string_view description = TrimAscii(c.description);
  if (!text.empty() && !description.empty()) text += ' ';
  text += description;
  return text;
}

}  // namespace

CaseTrainingSet BuildCaseTrainingSet(const std::vector<store::ClassifiedCaseText>& cases, int min_per_class,
                                     int max_per_class) {
  CaseTrainingSet set;
  std::vector<std::pair<store::Id, Example>> usable;
  std::map<std::string, int> counts;
  for (const store::ClassifiedCaseText& c : cases) {
    if (c.item_automatic && !c.accepted) {
      ++set.unconfirmed;
      continue;
    }
    Example e{CaseText(c), c.item_code};
    if (e.text.empty()) {
      ++set.without_text;
      continue;
    }
    ++counts[e.label];
    usable.emplace_back(c.id, std::move(e));
  }
  for (const auto& [label, n] : counts) {
    if (n < min_per_class) {
      set.dropped_classes[label] = n;
    } else {
      set.class_counts[label] = max_per_class > 0 ? std::min(n, max_per_class) : n;
      set.over_cap += n - set.class_counts[label];
    }
  }
  // The newest rows of an item are its last ones by id; `skip` counts the older ones to pass.
  std::map<std::string, int> skip;
  for (const auto& [label, kept] : set.class_counts) skip[label] = counts[label] - kept;
  std::stable_sort(usable.begin(), usable.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [id, example] : usable) {
    auto left = skip.find(example.label);
    if (left == skip.end()) continue;  // an item under min_per_class
    if (left->second > 0) {
      --left->second;
      continue;
    }
    set.case_ids.push_back(id);
    set.examples.push_back(std::move(example));
  }
  return set;
}

Result<CaseTrainingSet> LoadCaseTrainingSet(store::Database& db, const std::string& district_code,
                                            const CaseTrainingOptions& options) {
  SW_ASSIGN_OR_RETURN(auto cases, store::CaseRepository(db).ClassifiedTexts(district_code, options.since));
  CaseTrainingSet set = BuildCaseTrainingSet(cases, options.min_per_class, options.max_per_class);
  if (set.class_counts.size() < 2) {
    return FailedPrecondition("only " + std::to_string(set.class_counts.size()) +
                              " catalog item(s) of district " + district_code + " have at least " +
                              std::to_string(options.min_per_class) + " usable cases (of " +
                              std::to_string(cases.size()) +
                              " classified cases): nothing to learn; lower --min-per-class or widen --since");
  }
  return set;
}

}  // namespace sanwang::classify
