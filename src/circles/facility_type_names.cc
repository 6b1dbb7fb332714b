#include "circles/facility_type_names.h"

namespace sanwang::circles {

const std::vector<FacilityTypeName>& KnownFacilityTypes() {
  static const std::vector<FacilityTypeName> kNames = {
      {"elderly_care", "养老服务中心", "Elderly care centre"},
      {"elderly_daycare", "日间照料站", "Elderly day-care station"},
      {"clinic", "社区卫生服务中心（站）", "Community health centre or station"},
      {"hospital", "医院", "Hospital"},
      {"pharmacy", "药店", "Pharmacy"},
      {"kindergarten", "幼儿园", "Kindergarten"},
      {"primary_school", "小学", "Primary school"},
      {"middle_school", "中学", "Middle school"},
      {"school", "学校", "School"},
      {"fitness", "健身场所", "Fitness place"},
      {"court", "球场", "Sports court"},
      {"playground", "儿童游乐场", "Playground"},
      {"cultural_center", "文化活动中心", "Cultural centre"},
      {"reading_space", "阅读空间", "Reading space"},
      {"convenience_store", "便利店", "Convenience store"},
      {"fresh_food_market", "菜市场 / 生鲜店", "Fresh-food market or shop"},
  };
  return kNames;
}

FacilityTypeName FacilityTypeNameOf(const std::string& type) {
  for (const FacilityTypeName& n : KnownFacilityTypes()) {
    if (n.type == type) return n;
  }
  return {type, type, type};
}

}  // namespace sanwang::circles
