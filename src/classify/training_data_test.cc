#include "classify/training_data.h"

#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

constexpr const char* kCsv =
    "编号,主题,详情,分类\n"
    "1,路灯不亮,小区门口路灯坏了三天,城乡建设\n"
    "2,噪音扰民,,环境保护\n"
    "3,没有分类的留言,内容,\n"
    "4,,,教育文体\n";

TEST(TrainingDataTest, JoinsTextColumnsAndSkipsUnlabelledRows) {
  auto data = ExamplesFromCsv(kCsv, {"主题", "详情"}, "分类");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  ASSERT_EQ(data->examples.size(), 2u);
  EXPECT_EQ(data->examples[0].text, "路灯不亮 小区门口路灯坏了三天");
  EXPECT_EQ(data->examples[0].label, "城乡建设");
  EXPECT_EQ(data->examples[1].text, "噪音扰民");
  EXPECT_EQ(data->rows, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(data->skipped, 2);
}

TEST(TrainingDataTest, BadInputIsAClearError) {
  auto missing = ExamplesFromCsv(kCsv, {"主题", "标题"}, "分类");
  EXPECT_EQ(missing.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(missing.status().message().find("标题"), std::string::npos);
  EXPECT_FALSE(ExamplesFromCsv(kCsv, {"主题"}, "类别").ok());
  EXPECT_NE(ExamplesFromCsv("", {"主题"}, "分类").status().message().find("empty"), std::string::npos);
  EXPECT_FALSE(ExamplesFromCsv("主题,分类\n", {"主题"}, "分类").ok());  // header only
  EXPECT_FALSE(ExamplesFromCsv("主题,分类\n\"open,x\n", {"主题"}, "分类").ok());
}

TEST(TrainingDataTest, ColumnLists) {
  EXPECT_EQ(*ParseColumnList("留言主题,留言详情"), (std::vector<std::string>{"留言主题", "留言详情"}));
  EXPECT_EQ(*ParseColumnList(" title "), (std::vector<std::string>{"title"}));
  EXPECT_FALSE(ParseColumnList("a,,b").ok());
  EXPECT_FALSE(ParseColumnList("").ok());
}

}  // namespace
}  // namespace sanwang::classify
