// The categories budget lines are kept under (经费类别). Every district has the reference
// district's four built in — party_building 党建经费, venue_building 阵地建设经费,
// resident_services 社区服务群众经费, personnel 人员经费 — and its admins may add more,
// kept in budget_categories. A category is named by its code: lowercase letters, digits and
// underscores, starting with a letter. Pure functions over the store; thread-safe as the
// Database given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "store/database.h"

namespace sanwang::support {

struct BudgetCategory {
  std::string code;
  std::string name;  // Chinese
  std::string name_en;
  bool built_in = false;
};

const std::vector<BudgetCategory>& BuiltInCategories();

// The built-in four, then the district's own in the order they were added.
Result<std::vector<BudgetCategory>> ListCategories(store::Database& db, const std::string& district);
// NotFound-free lookup: empty when the district has no such category.
Result<std::optional<BudgetCategory>> FindCategory(store::Database& db, const std::string& district,
                                                   const std::string& code);
// Adds a category (admins only). Invalid code or empty names name their field; a code the
// district has (built in or added) is AlreadyExists.
Result<BudgetCategory> AddCategory(store::Database& db, const std::string& district,
                                   const cases::Actor& actor, BudgetCategory category, UnixSeconds now);

}  // namespace sanwang::support
