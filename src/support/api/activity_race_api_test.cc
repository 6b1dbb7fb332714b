// Many residents sign up for a few activities at the same moment, through the real HTTP
// server on both engines: each activity takes exactly as many as it has places, every other
// request is refused with 409, and the taken counter equals the stored sign-ups. This is
// the conditional update of support_activities.taken (activity_repository.h) seen from
// outside. The counts and the time taken are printed so that a run can be quoted.
#include <atomic>
#include <chrono>
#include <iostream>
#include <latch>
#include <map>
#include <thread>

#include "api/server_test_fixture.h"
#include "support/api/activity_test_support.h"

namespace sanwang::api {
namespace {

constexpr int kResidents = 40;
// Three activities with these places; every resident tries each of them once.
const std::vector<std::int64_t> kPlaces = {1, 7, 25};

class ActivityRaceApiTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto model = store::UserRepository(direct_db()).FindByUsername("resident1");
    ASSERT_TRUE(model.ok() && model->has_value());
    for (int i = 0; i < kResidents; ++i) {
      store::UserRecord u = **model;
      u.id = 0;
      u.username = "racer" + std::to_string(i);
      u.display_name = "居民" + std::to_string(i);
      ASSERT_TRUE(store::UserRepository(direct_db()).Insert(u).ok());
      tokens_.push_back(TokenOf(u.username));
    }
    for (std::int64_t places : kPlaces) activities_.push_back(MakeActivity(*this, {{"places", places}}));
    StartServer({});
  }

  std::pair<int, std::string> Post(const std::string& path, const std::string& token) {
    const int fd = Connect();
    Send(fd, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                 "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    const std::string answer = Receive(fd);
    close(fd);
    if (answer.size() < 12) return {0, answer};
    return {std::stoi(answer.substr(9, 3)), answer};
  }

  std::vector<std::string> tokens_;
  std::vector<std::int64_t> activities_;
};

TEST_P(ActivityRaceApiTest, EachActivityTakesExactlyItsPlaces) {
  std::map<std::int64_t, std::atomic<int>> created, refused;
  for (std::int64_t a : activities_) {
    created[a] = 0;
    refused[a] = 0;
  }
  std::atomic<int> other{0};
  std::latch start(kResidents);
  auto client = [&](int c) {
    start.arrive_and_wait();
    for (std::size_t k = 0; k < activities_.size(); ++k) {
      const std::int64_t a = activities_[(k + static_cast<std::size_t>(c)) % activities_.size()];
      auto [status, body] =
          Post("/api/v1/activities/" + std::to_string(a) + "/signups", tokens_[static_cast<std::size_t>(c)]);
      if (status == 201)
        ++created.at(a);
      else if (status == 409)
        ++refused.at(a);
      else {
        ++other;
        ADD_FAILURE() << status << " " << body.substr(0, 300);
      }
    }
  };
  const auto began = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  threads.reserve(kResidents);
  for (int c = 0; c < kResidents; ++c) threads.emplace_back(client, c);
  for (auto& t : threads) t.join();
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began).count();
  store::ActivityRepository repo(direct_db());
  for (std::size_t i = 0; i < activities_.size(); ++i) {
    const std::int64_t a = activities_[i];
    std::cout << "[ sign-up race on " << GetParam() << " ] activity with " << kPlaces[i]
              << " places: " << kResidents << " requests, " << created[a].load() << " created (201), "
              << refused[a].load() << " refused (409)" << std::endl;
    EXPECT_EQ(created[a].load(), kPlaces[i]);
    EXPECT_EQ(refused[a].load(), kResidents - kPlaces[i]);
    EXPECT_EQ(repo.Get(a)->taken, kPlaces[i]);
    EXPECT_EQ(repo.Signups(a)->size(), static_cast<std::size_t>(kPlaces[i]));
  }
  std::cout << "[ sign-up race on " << GetParam() << " ] " << kResidents * activities_.size()
            << " requests in " << ms << " ms, " << other.load() << " other answers" << std::endl;
}

SANWANG_INSTANTIATE_API_BACKENDS(ActivityRaceApiTest);

}  // namespace
}  // namespace sanwang::api
