// Two people take a transition on the same case at the same moment, each through their own
// engine on their own database connection (as two server workers would): exactly one of
// them wins, the other is refused, exactly one event is written, and the case row agrees
// with its events. Each round starts the two after a random pause; the pauses come from a
// seeded generator whose seed is printed, and SANWANG_TEST_SEED replays a failing run.
#include <latch>
#include <random>
#include <thread>

#include "cases/cases_test_fixture.h"
#include "testing/test_seed.h"

namespace sanwang::cases {
namespace {

constexpr int kRounds = 50;

struct Contender {
  std::string who;
  std::string action;
  std::string note;
  std::string to_state;
};

// 签收 against 签收, and 签收 against 退单.
const Contender kAcceptByGrid{"grid1", "accept", "", "accepted"};
const Contender kAcceptByCommunity{"community", "accept", "", "accepted"};
const Contender kReturnByCommunity{"community", "return", "不属于本社区 not ours", "returned"};

class ConcurrentTransitionTest : public CasesTest {
 protected:
  ConcurrentTransitionTest() { reach_ = testing::TestDatabase::Reach::kOtherConnections; }

  void SetUp() override {
    CasesTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    for (int i = 0; i < 2; ++i) {
      auto db = store::OpenDatabase(test_db_->url());
      ASSERT_TRUE(db.ok()) << db.status().ToString();
      connections_[i] = std::move(db).value();
      engines_[i] =
          std::make_unique<CaseEngine>(*connections_[i], clock_, *calendar_, *workflow_, *org_, *catalog_);
    }
  }

  void TearDown() override {
    for (auto& e : engines_) e.reset();
    for (auto& c : connections_) c.reset();
  }

  // One round: a fresh dispatched case; each contender on its own engine and thread,
  // starting after its pause.
  void Race(const Contender& a, const Contender& b, std::mt19937& random) {
    auto filed = File(kGridItem);
    ASSERT_TRUE(filed.ok()) << filed.status().ToString();
    ASSERT_EQ(filed->state, "dispatched");
    const store::Id id = filed->id;
    const std::size_t events_before = Events(id).size();

    std::uniform_int_distribution<int> pause_us(0, 400);
    const Contender* contenders[2] = {&a, &b};
    const int pauses[2] = {pause_us(random), pause_us(random)};
    Result<store::CaseChange> outcomes[2] = {Internal("not run"), Internal("not run")};
    std::latch start(2);
    auto run = [&](int i) {
      start.arrive_and_wait();
      std::this_thread::sleep_for(std::chrono::microseconds(pauses[i]));
      outcomes[i] = engines_[i]->Apply(id, TransitionRequest(contenders[i]->action, contenders[i]->note),
                                       As(contenders[i]->who));
    };
    std::thread first(run, 0), second(run, 1);
    first.join();
    second.join();
    SCOPED_TRACE("case " + std::to_string(id) + ": " + a.who + " " + a.action + " after " +
                 std::to_string(pauses[0]) + " us, " + b.who + " " + b.action + " after " +
                 std::to_string(pauses[1]) + " us");

    ASSERT_NE(outcomes[0].ok(), outcomes[1].ok())
        << "exactly one may win: " << outcomes[0].status().ToString() << " / "
        << outcomes[1].status().ToString();
    const int winner = outcomes[0].ok() ? 0 : 1;
    const ErrorCode refused = outcomes[1 - winner].status().code();
    EXPECT_TRUE(refused == ErrorCode::kFailedPrecondition || refused == ErrorCode::kConflict)
        << outcomes[1 - winner].status().ToString();
    ExpectRowAgreesWithEvents(id, events_before, *contenders[winner]);
  }

  void ExpectRowAgreesWithEvents(store::Id id, std::size_t events_before, const Contender& winner) {
    store::CaseRecord c = Get(id);
    auto events = Events(id);
    ASSERT_EQ(events.size(), events_before + 1) << "exactly one event for the round";
    for (std::size_t i = 0; i < events.size(); ++i) EXPECT_EQ(events[i].seq, static_cast<int>(i) + 1);
    const store::CaseEventRecord& last = events.back();
    EXPECT_EQ(last.action, winner.action);
    EXPECT_EQ(last.from_state, "dispatched");
    EXPECT_EQ(last.to_state, winner.to_state);
    EXPECT_EQ(c.state, last.to_state);
    EXPECT_EQ(c.version, static_cast<int>(events.size()) - 1);  // the submit event comes with version 0
    EXPECT_EQ(c.accepted_at.has_value(), winner.action == "accept");
    EXPECT_EQ(c.return_count, winner.action == "return" ? 1 : 0);
  }

  std::unique_ptr<store::Database> connections_[2];
  std::unique_ptr<CaseEngine> engines_[2];
};

TEST_P(ConcurrentTransitionTest, TwoAcceptsOfOneCase) {
  std::mt19937 random(testing::TestSeed());
  for (int round = 0; round < kRounds && !HasFatalFailure(); ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Race(kAcceptByGrid, kAcceptByCommunity, random);
  }
}

TEST_P(ConcurrentTransitionTest, AcceptAgainstReturn) {
  std::mt19937 random(testing::TestSeed());
  for (int round = 0; round < kRounds && !HasFatalFailure(); ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Race(kAcceptByGrid, kReturnByCommunity, random);
  }
}

SANWANG_INSTANTIATE_BACKENDS(ConcurrentTransitionTest);

}  // namespace
}  // namespace sanwang::cases
