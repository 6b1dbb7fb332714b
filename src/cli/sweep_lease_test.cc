// The minute sweep's lease on both engines: of two servers asking each minute, the first
// sweeps and keeps sweeping; the other does not while the lease runs, and takes over once
// the first stops asking and its lease has run out.
#include "cli/sweep_lease.h"

#include <gtest/gtest.h>

#include "store/store_test_fixture.h"

namespace sanwang::cli {
namespace {

constexpr std::chrono::seconds kEvery{60};
constexpr UnixSeconds kStart = 1796000400;  // 2026-11-30T09:00:00+08:00

class SweepLeaseTest : public store::BackendTest {};

TEST_P(SweepLeaseTest, OneServerSweepsAndAnotherTakesOverWhenItStops) {
  auto ask = [&](const std::string& holder, UnixSeconds now) {
    auto held = HoldSweepLease(db(), holder, now, kEvery);
    EXPECT_TRUE(held.ok()) << held.status().ToString();
    return held.ok() && *held;
  };
  EXPECT_TRUE(ask("host-a:1", kStart));
  EXPECT_FALSE(ask("host-b:2", kStart + 1));
  for (UnixSeconds minute = 1; minute <= 5; ++minute) {  // a holder sweeping on time keeps it
    EXPECT_TRUE(ask("host-a:1", kStart + minute * 60));
    EXPECT_FALSE(ask("host-b:2", kStart + minute * 60 + 30));
  }
  // host-a stops after its sweep at minute 5: its lease runs 90 s from then.
  const UnixSeconds last = kStart + UnixSeconds{5} * 60;
  EXPECT_FALSE(ask("host-b:2", last + 89));
  EXPECT_TRUE(ask("host-b:2", last + 90));
  EXPECT_FALSE(ask("host-a:1", last + 100)) << "back, it finds the lease taken";
  EXPECT_EQ(SweepLeaseLength(kEvery), std::chrono::seconds(90));
}

SANWANG_INSTANTIATE_BACKENDS(SweepLeaseTest);

}  // namespace
}  // namespace sanwang::cli
