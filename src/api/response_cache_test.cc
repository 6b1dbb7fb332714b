#include "api/response_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

namespace sanwang::api {
namespace {

HttpResponse Answer(std::string body) {
  HttpResponse r;
  r.status = 200;
  r.body = std::move(body);
  return r;
}

TEST(ResponseCacheTest, AnEntryIsServedWhileTheGenerationIsUnchanged) {
  ResponseCache cache(8, std::chrono::seconds(60));
  EXPECT_FALSE(cache.Find("/feed", 3).has_value());
  cache.Store("/feed", 3, Answer("first"));
  auto hit = cache.Find("/feed", 3);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->Body(), "first");
  EXPECT_FALSE(cache.Find("/other", 3).has_value());
}

TEST(ResponseCacheTest, AWriteMakesTheEntryStale) {
  ResponseCache cache(8, std::chrono::seconds(60));
  cache.Store("/feed", 3, Answer("first"));
  EXPECT_FALSE(cache.Find("/feed", 4).has_value());
  cache.Store("/feed", 4, Answer("second"));
  EXPECT_EQ(cache.Find("/feed", 4)->Body(), "second");
}

TEST(ResponseCacheTest, AnEntryIsServedUpToTheMaximumAgeAndNotAfter) {
  std::atomic<std::chrono::steady_clock::time_point> now{std::chrono::steady_clock::time_point{}};
  ResponseCache cache(8, std::chrono::milliseconds(2000), [&] { return now.load(); });
  cache.Store("/feed", 1, Answer("first"));
  now = now.load() + std::chrono::milliseconds(2000);
  EXPECT_TRUE(cache.Find("/feed", 1).has_value());
  now = now.load() + std::chrono::milliseconds(1);
  EXPECT_FALSE(cache.Find("/feed", 1).has_value());
  cache.Store("/feed", 1, Answer("again"));  // stored anew: young again
  EXPECT_EQ(cache.Find("/feed", 1)->Body(), "again");
}

TEST(ResponseCacheTest, ManyDistinctKeysDoNotGrowTheCacheBeyondItsLimit) {
  ResponseCache cache(2, std::chrono::seconds(60));
  cache.Store("/a", 1, Answer("a"));
  cache.Store("/b", 1, Answer("b"));
  cache.Store("/c", 1, Answer("c"));  // over the limit: the older entries go
  EXPECT_FALSE(cache.Find("/a", 1).has_value());
  EXPECT_FALSE(cache.Find("/b", 1).has_value());
  EXPECT_EQ(cache.Find("/c", 1)->Body(), "c");
}

TEST(ResponseCacheTest, EveryHitSharesOneBodyInsteadOfCopyingIt) {
  ResponseCache cache(8, std::chrono::seconds(60));
  HttpResponse stored = cache.Store("/feed", 1, Answer(std::string(50000, 'x')));
  EXPECT_TRUE(stored.body.empty());
  ASSERT_TRUE(stored.shared_body);
  auto a = cache.Find("/feed", 1);
  auto b = cache.Find("/feed", 1);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->shared_body.get(), stored.shared_body.get());
  EXPECT_EQ(b->shared_body.get(), stored.shared_body.get());
  EXPECT_EQ(a->Body().size(), 50000u);
}

}  // namespace
}  // namespace sanwang::api
