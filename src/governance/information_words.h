// The words information work files items under: categories (信息类别) and adoption levels
// (采用级别) with the points an item adopted at a level earns. Every district has built-in
// ones — the reference district's categories (cases handled by the organ itself, by its
// stationed bodies, by the courts and procuratorate, in the province; work news; practice
// worth sharing; problems and proposals) and the three levels 区级 1 point, 市级 3, 省级 5 —
// and its editors may add more, kept in info_words. A word is named by its code: lowercase
// letters, digits and underscores, starting with a letter. Functions over the store;
// thread-safe as the Database given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "governance/store/information_records.h"
#include "store/database.h"

namespace sanwang::governance {

struct InformationCategory {
  std::string code;
  std::string name;  // Chinese
  std::string name_en;
  bool built_in = false;
};

struct InformationLevel {
  std::string code;
  std::string name;
  std::string name_en;
  std::int64_t points = 0;
  std::int64_t rank = 0;  // higher: a higher level (区级 1, 市级 2, 省级 3)
  bool built_in = false;
};

const std::vector<InformationCategory>& BuiltInInformationCategories();
const std::vector<InformationLevel>& BuiltInInformationLevels();

// The built-in categories, then the district's own by code.
Result<std::vector<InformationCategory>> InformationCategories(store::Database& db,
                                                               const std::string& district);
// Every level, lowest first (by rank, then code).
Result<std::vector<InformationLevel>> InformationLevels(store::Database& db, const std::string& district);
// InvalidArgument naming `field` when the district has no such category or level.
Result<InformationCategory> FindInformationCategory(store::Database& db, const std::string& district,
                                                    const std::string& code, const std::string& field);
Result<InformationLevel> FindInformationLevel(store::Database& db, const std::string& district,
                                              const std::string& code, const std::string& field);

// Adds a category or a level (the editors only). Invalid code, empty names or points
// outside 0..1000 name their field; a code the district has is AlreadyExists.
Result<InformationCategory> AddInformationCategory(store::Database& db, const std::string& district,
                                                   const cases::Actor& actor, InformationCategory category);
Result<InformationLevel> AddInformationLevel(store::Database& db, const std::string& district,
                                             const cases::Actor& actor, InformationLevel level);

}  // namespace sanwang::governance
