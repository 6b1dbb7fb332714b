// Two people post a transition of the same case at the same moment, over the API from two
// threads: one gets 200, the other a refusal (409 or 422), one event is written and the
// case agrees with its events. Writes go through the group commit, which runs them one
// after the other, so what is checked is the outcome whichever runs first, not that the
// two overlap. Pauses come from a seeded generator whose seed is printed;
// SANWANG_TEST_SEED replays a run.
#include <latch>
#include <random>
#include <thread>

#include "api/api_test_fixture.h"
#include "store/case_repository.h"
#include "testing/test_seed.h"

namespace sanwang::api {
namespace {

constexpr int kRounds = 50;

struct Contender {
  std::string who;
  nlohmann::json body;
  std::string to_state;
};

const Contender kAcceptByGrid{"grid1", {{"action", "accept"}}, "accepted"};
const Contender kAcceptByCommunity{"community", {{"action", "accept"}}, "accepted"};
const Contender kReturnByCommunity{
    "community", {{"action", "return"}, {"note", "不属于本社区 not ours"}}, "returned"};

class ConcurrentTransitionApiTest : public ApiTest {
 protected:
  void Race(const Contender& a, const Contender& b, std::mt19937& random) {
    const std::int64_t id = FileCase("resident1", kInG1);
    ASSERT_NE(id, 0);
    const std::string path = "/api/v1/cases/" + std::to_string(id) + "/transitions";
    store::CaseRepository cases(*db_);
    const std::size_t events_before = cases.Events(id)->size();
    TokenOf(a.who);  // signed in before the threads start: the token map is not shared-safe
    TokenOf(b.who);

    std::uniform_int_distribution<int> pause_us(0, 400);
    const Contender* contenders[2] = {&a, &b};
    const int pauses[2] = {pause_us(random), pause_us(random)};
    HttpResponse responses[2];
    std::latch start(2);
    auto run = [&](int i) {
      start.arrive_and_wait();
      std::this_thread::sleep_for(std::chrono::microseconds(pauses[i]));
      responses[i] = As(contenders[i]->who, "POST", path, contenders[i]->body);
    };
    std::thread first(run, 0), second(run, 1);
    first.join();
    second.join();
    SCOPED_TRACE("case " + std::to_string(id) + ": " + a.who + " after " + std::to_string(pauses[0]) +
                 " us, " + b.who + " after " + std::to_string(pauses[1]) + " us");

    ASSERT_NE(responses[0].status == 200, responses[1].status == 200)
        << "exactly one may win: " << responses[0].status << " " << responses[0].body << " / "
        << responses[1].status << " " << responses[1].body;
    const int winner = responses[0].status == 200 ? 0 : 1;
    const int refused = responses[1 - winner].status;
    EXPECT_TRUE(refused == 409 || refused == 422) << refused << " " << responses[1 - winner].body;
    EXPECT_EQ(Json(responses[winner])["state"], contenders[winner]->to_state) << responses[winner].body;

    auto events = *cases.Events(id);
    ASSERT_EQ(events.size(), events_before + 1) << "exactly one event for the round";
    EXPECT_EQ(events.back().action, contenders[winner]->body["action"].get<std::string>());
    EXPECT_EQ(events.back().to_state, contenders[winner]->to_state);
    store::CaseRecord c = *cases.Get(id);
    EXPECT_EQ(c.state, events.back().to_state);
    EXPECT_EQ(c.version, static_cast<int>(events.size()) - 1);  // the submit event comes with version 0
  }
};

TEST_P(ConcurrentTransitionApiTest, TwoAcceptsOfOneCase) {
  std::mt19937 random(testing::TestSeed());
  for (int round = 0; round < kRounds && !HasFatalFailure(); ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Race(kAcceptByGrid, kAcceptByCommunity, random);
  }
}

TEST_P(ConcurrentTransitionApiTest, AcceptAgainstReturn) {
  std::mt19937 random(testing::TestSeed());
  for (int round = 0; round < kRounds && !HasFatalFailure(); ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Race(kAcceptByGrid, kReturnByCommunity, random);
  }
}

SANWANG_INSTANTIATE_API_BACKENDS(ConcurrentTransitionApiTest);

}  // namespace
}  // namespace sanwang::api
