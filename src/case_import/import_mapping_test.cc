#include "case_import/import_mapping.h"

#include <gtest/gtest.h>

namespace sanwang::case_import {
namespace {

constexpr const char* kMapping = R"(
system = "xuchang-12345"
coordinates = "gcj02"
classifier_min_confidence = 0.7

[columns]
id = "工单编号"
created_at = "受理时间"
title = "诉求标题"
category = "诉求类别"
state = "办理状态"

[categories]
"占道经营" = "A01-001"

[states]
"已办结" = "closed"
"办理中" = "accepted"

[units]
"城管局" = "DEPT"

[ratings]
"满意" = 5
"不满意" = 1
)";

TEST(ImportMappingTest, ReadsEveryPartOfTheFile) {
  auto m = ParseImportMapping(kMapping);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->system, "xuchang-12345");
  EXPECT_EQ(m->coordinates, geo::Datum::kGcj02);
  EXPECT_EQ(m->source, "hotline");
  EXPECT_DOUBLE_EQ(m->classifier_min_confidence, 0.7);
  EXPECT_EQ(m->ColumnOf("created_at"), "受理时间");
  EXPECT_EQ(m->ColumnOf("lon"), "");
  EXPECT_EQ(m->categories.at("占道经营"), "A01-001");
  EXPECT_EQ(m->states.at("已办结"), "closed");
  EXPECT_EQ(m->units.at("城管局"), "DEPT");
  EXPECT_EQ(m->ratings.at("不满意"), 1);
}

TEST(ImportMappingTest, AMappingThatCannotWorkIsRefusedNamingTheKey) {
  const std::string base = kMapping;
  struct Bad {
    std::string text;
    const char* field;
  };
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string s = base;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  const std::vector<Bad> bad = {
      {replace("system = \"xuchang-12345\"", ""), "system"},
      {replace("coordinates = \"gcj02\"", "coordinates = \"mars\""), "coordinates"},
      {replace("classifier_min_confidence = 0.7", "classifier_min_confidence = 1.5"),
       "classifier_min_confidence"},
      {replace("id = \"工单编号\"", ""), "columns"},
      {replace("created_at = \"受理时间\"", "created = \"受理时间\""), "columns"},
      {replace("title = \"诉求标题\"", "title = \"\""), "columns"},
      {replace("\"办理中\" = \"accepted\"", "\"办理中\" = \"returned\""), "states"},
      {replace("\"满意\" = 5", "\"满意\" = 7"), "ratings"},
      {replace("\"满意\" = 5", "\"满意\" = \"five\""), "ratings"},
      {replace("[units]\n\"城管局\" = \"DEPT\"", "").insert(0, "units = 3\n"), "units"},
  };
  for (const Bad& b : bad) {
    auto m = ParseImportMapping(b.text);
    ASSERT_FALSE(m.ok()) << b.field;
    EXPECT_EQ(m.status().code(), ErrorCode::kInvalidArgument) << b.field;
    EXPECT_EQ(m.status().field(), b.field) << m.status().ToString();
  }
  EXPECT_FALSE(ParseImportMapping("system = ").ok());
  std::string no_title = replace("title = \"诉求标题\"", "");
  EXPECT_EQ(ParseImportMapping(no_title).status().field(), "columns");  // neither title nor description
}

}  // namespace
}  // namespace sanwang::case_import
