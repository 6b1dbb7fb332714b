#include "support/budget_categories.h"

#include "core/text.h"
#include "support/budget_access.h"
#include "support/store/budget_repository.h"

namespace sanwang::support {
namespace {

Status ValidateNew(const BudgetCategory& c) {
  if (!IsWordCode(c.code)) {
    return InvalidArgument(
        "类别代码须为小写字母、数字和下划线 the code takes lowercase letters, digits and _", "code");
  }
  if (c.name.empty() || c.name.size() > 100) return InvalidArgument("请填写类别名称 give the name", "name");
  if (c.name_en.size() > 100) return InvalidArgument("英文名称过长 the English name is too long", "name_en");
  return Status::Ok();
}

}  // namespace

const std::vector<BudgetCategory>& BuiltInCategories() {
  static const std::vector<BudgetCategory> kCategories = {
      {"party_building", "党建经费", "Party building", true},
      {"venue_building", "阵地建设经费", "Venue building", true},
      {"resident_services", "社区服务群众经费", "Services for residents", true},
      {"personnel", "人员经费", "Personnel", true},
  };
  return kCategories;
}

Result<std::vector<BudgetCategory>> ListCategories(store::Database& db, const std::string& district) {
  std::vector<BudgetCategory> out = BuiltInCategories();
  SW_ASSIGN_OR_RETURN(auto added, store::BudgetRepository(db).Categories(district));
  for (const auto& c : added) out.push_back({c.code, c.name, c.name_en, false});
  return out;
}

Result<std::optional<BudgetCategory>> FindCategory(store::Database& db, const std::string& district,
                                                   const std::string& code) {
  SW_ASSIGN_OR_RETURN(auto all, ListCategories(db, district));
  for (auto& c : all) {
    if (c.code == code) return std::optional<BudgetCategory>(std::move(c));
  }
  return std::optional<BudgetCategory>();
}

Result<BudgetCategory> AddCategory(store::Database& db, const std::string& district,
                                   const cases::Actor& actor, BudgetCategory category, UnixSeconds now) {
  SW_RETURN_IF_ERROR(MayManageBudget(actor));
  SW_RETURN_IF_ERROR(ValidateNew(category));
  SW_ASSIGN_OR_RETURN(auto existing, FindCategory(db, district, category.code));
  if (existing) {
    return Status(ErrorCode::kAlreadyExists, "经费类别已存在 category " + category.code + " exists already",
                  "code");
  }
  store::BudgetCategoryRecord record{0, district, category.code, category.name, category.name_en, now};
  SW_RETURN_IF_ERROR(store::BudgetRepository(db).InsertCategory(record).status());
  category.built_in = false;
  return category;
}

}  // namespace sanwang::support
