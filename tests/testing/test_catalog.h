// The five-item catalog of the small test districts: one item per tier, in the columns of
// data/catalog/catalog.csv, and the one department its department item names.
#pragma once

namespace sanwang::testing {

inline constexpr const char* kTestCatalogCsv =
    "code,aspect_code,aspect_zh,aspect_en,name_zh,name_en,tier,department,sla_hours,online_answer_zh,online_"
    "answer_en,keywords\n"
    "A01-001,A01,环境卫生,Sanitation,楼道堆放杂物,Clutter in stairwell,grid,,8,,,楼道|杂物\n"
    "A01-002,A01,环境卫生,Sanitation,邻里噪音纠纷,Neighbour noise dispute,community,,16,,,噪音\n"
    "A01-003,A01,环境卫生,Sanitation,违章搭建,Illegal structure,street,,24,,,违建\n"
    "A01-004,A01,环境卫生,Sanitation,道路破损,Damaged road,department,DEPT,40,,,道路\n"
    "A01-005,A01,环境卫生,Sanitation,垃圾分类咨询,Waste sorting question,online,,0,按四分类投放。,Sort into "
    "four kinds.,垃圾分类\n";

inline constexpr const char* kTestDepartmentsCsv =
    "code,name_zh,name_en\nDEPT,区城市管理局,Urban Management\n";

}  // namespace sanwang::testing
