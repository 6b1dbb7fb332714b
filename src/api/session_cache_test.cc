#include "api/session_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

namespace sanwang::api {
namespace {

using std::chrono::milliseconds;
using TimePoint = std::chrono::steady_clock::time_point;

SessionCache::Entry EntryOf(const std::string& username) {
  SessionCache::Entry e;
  e.user.username = username;
  e.csrf_token = "csrf-" + username;
  return e;
}

class SessionCacheTest : public ::testing::Test {
 protected:
  std::atomic<TimePoint> now_{TimePoint{}};
  SessionCache cache_{4, milliseconds(2000), [this] { return now_.load(); }};
};

TEST_F(SessionCacheTest, AStoredSessionIsFoundUpToTheMaximumAgeAndNotAfter) {
  EXPECT_FALSE(cache_.Find("h1").has_value());
  cache_.Store("h1", EntryOf("grid1"), cache_.Ticket());
  ASSERT_TRUE(cache_.Find("h1").has_value());
  EXPECT_EQ(cache_.Find("h1")->user.username, "grid1");
  EXPECT_FALSE(cache_.Find("h2").has_value());
  now_ = now_.load() + milliseconds(1999);
  EXPECT_TRUE(cache_.Find("h1").has_value());
  now_ = now_.load() + milliseconds(1);
  EXPECT_FALSE(cache_.Find("h1").has_value());
}

TEST_F(SessionCacheTest, ForgetDropsTheSession) {
  cache_.Store("h1", EntryOf("grid1"), cache_.Ticket());
  cache_.Store("h2", EntryOf("grid2"), cache_.Ticket());
  cache_.Forget("h1");
  EXPECT_FALSE(cache_.Find("h1").has_value());
  EXPECT_TRUE(cache_.Find("h2").has_value());
}

// A lookup that read the database before a sign-out must not put the session back.
TEST_F(SessionCacheTest, AReadTakenBeforeAForgetIsNotStored) {
  std::uint64_t ticket = cache_.Ticket();
  cache_.Forget("h1");
  cache_.Store("h1", EntryOf("grid1"), ticket);
  EXPECT_FALSE(cache_.Find("h1").has_value());
}

TEST_F(SessionCacheTest, NothingIsKeptWhileAnAccountChangeIsUnderWayNorFromReadsBeforeItsEnd) {
  cache_.Store("h1", EntryOf("grid1"), cache_.Ticket());
  cache_.BeginAccountChange();
  EXPECT_FALSE(cache_.Find("h1").has_value());
  // A read during the change saw the rows before its commit.
  std::uint64_t during = cache_.Ticket();
  cache_.Store("h1", EntryOf("grid1"), during);
  EXPECT_FALSE(cache_.Find("h1").has_value());
  cache_.EndAccountChange();
  cache_.Store("h1", EntryOf("grid1"), during);
  EXPECT_FALSE(cache_.Find("h1").has_value());
  // A read after the commit is kept.
  cache_.Store("h1", EntryOf("grid1"), cache_.Ticket());
  EXPECT_TRUE(cache_.Find("h1").has_value());
}

TEST_F(SessionCacheTest, ChangesNestUntilTheLastEnds) {
  cache_.BeginAccountChange();
  cache_.BeginAccountChange();
  cache_.EndAccountChange();
  cache_.Store("h1", EntryOf("grid1"), cache_.Ticket());
  EXPECT_FALSE(cache_.Find("h1").has_value());
  cache_.EndAccountChange();
  cache_.Store("h1", EntryOf("grid1"), cache_.Ticket());
  EXPECT_TRUE(cache_.Find("h1").has_value());
}

TEST_F(SessionCacheTest, AFullCacheStartsOver) {
  for (const char* h : {"h1", "h2", "h3", "h4"}) cache_.Store(h, EntryOf(h), cache_.Ticket());
  EXPECT_TRUE(cache_.Find("h4").has_value());
  cache_.Store("h5", EntryOf("h5"), cache_.Ticket());
  EXPECT_TRUE(cache_.Find("h5").has_value());
  EXPECT_FALSE(cache_.Find("h1").has_value());
}

TEST(SessionCacheNoAgeTest, AZeroMaximumAgeKeepsNothing) {
  SessionCache cache(4, milliseconds(0));
  cache.Store("h1", EntryOf("grid1"), cache.Ticket());
  EXPECT_FALSE(cache.Find("h1").has_value());
}

}  // namespace
}  // namespace sanwang::api
