#include "governance/information_words.h"

#include <algorithm>

#include "core/text.h"
#include "governance/information_access.h"
#include "governance/store/information_repository.h"

namespace sanwang::governance {
namespace {

constexpr const char* kCategory = "category";
constexpr const char* kLevel = "level";
constexpr std::int64_t kMaxPoints = 1000;

Status CheckNames(const std::string& code, const std::string& name, const std::string& name_en) {
  if (!IsWordCode(code)) {
    return InvalidArgument("代码须为小写字母、数字和下划线 the code takes lowercase letters, digits and _",
                           "code");
  }
  SW_RETURN_IF_ERROR(CheckUserText(name, "name", 50, true));
  return CheckUserText(name_en, "name_en", 100, false);
}

// AlreadyExists naming the code when `code` is one of `words`' codes.
template <typename Word>
Status CheckNew(const std::vector<Word>& words, const std::string& code) {
  for (const Word& w : words) {
    if (w.code == code) {
      return Status(ErrorCode::kAlreadyExists, "代码已存在 the code " + code + " exists already", "code");
    }
  }
  return Status::Ok();
}

template <typename Word>
Result<Word> FindWord(const std::vector<Word>& words, const std::string& code, const std::string& field,
                      const char* what_zh, const char* what_en) {
  for (const Word& w : words) {
    if (w.code == code) return w;
  }
  return InvalidArgument(std::string("未知的") + what_zh + " unknown " + what_en + " '" + code + "'", field);
}

}  // namespace

const std::vector<InformationCategory>& BuiltInInformationCategories() {
  static const std::vector<InformationCategory> kCategories = {
      {"own_cases", "本机关查办案件", "Cases handled by the organ itself", true},
      {"stationed_cases", "派驻机构查办案件", "Cases handled by stationed bodies", true},
      {"judicial_cases", "法院检察院查办案件", "Cases handled by the courts and procuratorate", true},
      {"provincial_cases", "全省查办案件", "Cases handled in the province", true},
      {"work_news", "工作动态", "Work news", true},
      {"practice", "经验做法", "Practice worth sharing", true},
      {"proposals", "问题建议", "Problems and proposals", true},
  };
  return kCategories;
}

const std::vector<InformationLevel>& BuiltInInformationLevels() {
  static const std::vector<InformationLevel> kLevels = {
      {"district", "区级采用", "Adopted by the district", 1, 1, true},
      {"city", "市级采用", "Adopted by the city", 3, 2, true},
      {"province", "省级采用", "Adopted by the province", 5, 3, true},
  };
  return kLevels;
}

Result<std::vector<InformationCategory>> InformationCategories(store::Database& db,
                                                               const std::string& district) {
  std::vector<InformationCategory> out = BuiltInInformationCategories();
  SW_ASSIGN_OR_RETURN(auto added, store::InformationRepository(db).Words(district, kCategory));
  for (const auto& w : added) out.push_back({w.code, w.name, w.name_en, false});
  return out;
}

Result<std::vector<InformationLevel>> InformationLevels(store::Database& db, const std::string& district) {
  std::vector<InformationLevel> out = BuiltInInformationLevels();
  SW_ASSIGN_OR_RETURN(auto added, store::InformationRepository(db).Words(district, kLevel));
  for (const auto& w : added) out.push_back({w.code, w.name, w.name_en, w.points, w.rank, false});
  std::stable_sort(out.begin(), out.end(), [](const InformationLevel& a, const InformationLevel& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.code < b.code;
  });
  return out;
}

Result<InformationCategory> FindInformationCategory(store::Database& db, const std::string& district,
                                                    const std::string& code, const std::string& field) {
  SW_ASSIGN_OR_RETURN(auto all, InformationCategories(db, district));
  return FindWord(all, code, field, "信息类别", "category");
}

Result<InformationLevel> FindInformationLevel(store::Database& db, const std::string& district,
                                              const std::string& code, const std::string& field) {
  SW_ASSIGN_OR_RETURN(auto all, InformationLevels(db, district));
  return FindWord(all, code, field, "采用级别", "level");
}

Result<InformationCategory> AddInformationCategory(store::Database& db, const std::string& district,
                                                   const cases::Actor& actor, InformationCategory category) {
  SW_RETURN_IF_ERROR(MayEditInformation(actor));
  SW_RETURN_IF_ERROR(CheckNames(category.code, category.name, category.name_en));
  SW_ASSIGN_OR_RETURN(auto all, InformationCategories(db, district));
  SW_RETURN_IF_ERROR(CheckNew(all, category.code));
  SW_RETURN_IF_ERROR(store::InformationRepository(db).InsertWord(
      district, {kCategory, category.code, category.name, category.name_en, 0, 0}));
  category.built_in = false;
  return category;
}

Result<InformationLevel> AddInformationLevel(store::Database& db, const std::string& district,
                                             const cases::Actor& actor, InformationLevel level) {
  SW_RETURN_IF_ERROR(MayEditInformation(actor));
  SW_RETURN_IF_ERROR(CheckNames(level.code, level.name, level.name_en));
  if (level.points < 0 || level.points > kMaxPoints) {
    return InvalidArgument("分值应在 0 到 1000 之间 points must be from 0 to 1000", "points");
  }
  if (level.rank < 1 || level.rank > 100) {
    return InvalidArgument("级别高低应在 1 到 100 之间 rank must be from 1 to 100", "rank");
  }
  SW_ASSIGN_OR_RETURN(auto all, InformationLevels(db, district));
  SW_RETURN_IF_ERROR(CheckNew(all, level.code));
  SW_RETURN_IF_ERROR(store::InformationRepository(db).InsertWord(
      district, {kLevel, level.code, level.name, level.name_en, level.points, level.rank}));
  level.built_in = false;
  return level;
}

}  // namespace sanwang::governance
