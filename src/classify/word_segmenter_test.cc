#include "classify/word_segmenter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

namespace sanwang::classify {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(WordSegmenterTest, KnownChineseSentenceGivesWords) {
  WordSegmenter segmenter;
  std::vector<std::string> words = segmenter.Segment("小区门口的路灯坏了");
  EXPECT_THAT(words, Contains("小区"));
  EXPECT_THAT(words, Contains("门口"));
  EXPECT_THAT(words, Contains("路灯"));
  std::string joined;
  for (const auto& w : words) joined += w;
  EXPECT_EQ(joined, "小区门口的路灯坏了");  // nothing lost, nothing added
}

TEST(WordSegmenterTest, SpacesAndPunctuationAreDropped) {
  WordSegmenter segmenter;
  EXPECT_THAT(segmenter.Segment("垃圾 分类, 2026 年"), Not(Contains(" ")));
  EXPECT_THAT(segmenter.Segment("hello world, 2026"), ElementsAre("hello", "world", "2026"));
  EXPECT_TRUE(segmenter.Segment("").empty());
}

TEST(WordSegmenterTest, EachThreadHasItsOwn) {
  std::vector<std::string> a, b;
  std::thread t1([&] { a = SegmentWords("居民反映噪音扰民问题"); });
  std::thread t2([&] { b = SegmentWords("居民反映噪音扰民问题"); });
  t1.join();
  t2.join();
  EXPECT_EQ(a, b);
  EXPECT_THAT(a, Contains("居民"));
  EXPECT_THAT(a, Contains("噪音"));
}

}  // namespace
}  // namespace sanwang::classify
