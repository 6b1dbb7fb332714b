#include "classify/case_training_set.h"

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

CaseTrainingSet BuildCaseTrainingSet(const std::vector<store::ClassifiedCaseText>& cases, int min_per_class) {
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
  for (const auto& [label, n] : counts)
    (n >= min_per_class ? set.class_counts : set.dropped_classes)[label] = n;
  for (auto& [id, example] : usable) {
    if (!set.class_counts.count(example.label)) continue;
    set.case_ids.push_back(id);
    set.examples.push_back(std::move(example));
  }
  return set;
}

Result<CaseTrainingSet> LoadCaseTrainingSet(store::Database& db, const std::string& district_code,
                                            const CaseTrainingOptions& options) {
  SW_ASSIGN_OR_RETURN(auto cases, store::CaseRepository(db).ClassifiedTexts(district_code, options.since));
  CaseTrainingSet set = BuildCaseTrainingSet(cases, options.min_per_class);
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
