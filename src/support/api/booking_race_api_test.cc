// Many clients book the same few times of one venue at the same moment, through the real
// HTTP server on both engines: exactly one booking wins each time, every other request is
// refused with 409, and the slot table holds exactly the winners' half hours. This is the
// guarantee of support_booking_slots' key (support_schema.cc), seen from outside. The
// counts and the time taken are printed so that a run can be quoted.
#include <atomic>
#include <chrono>
#include <iostream>
#include <latch>
#include <map>
#include <thread>

#include "api/server_test_fixture.h"
#include "support/api/venue_test_support.h"
#include "support/store/booking_repository.h"

namespace sanwang::api {
namespace {

constexpr int kClients = 24;
constexpr int kRequestsPerClient = 10;  // 240 requests in all
constexpr int kTimes = 4;               // each an hour: two half-hour slots

// The signed-in accounts that may book the venue; clients take them in turn.
const std::vector<std::string> kBookers = {"resident1", "resident2", "grid1",  "grid2",      "community",
                                           "street",    "dept",      "center", "supervisor", "leader"};

class BookingRaceApiTest : public ServerTest {
 protected:
  // One request on a connection of its own: the status, and the body.
  std::pair<int, std::string> Post(const std::string& path, const std::string& token,
                                   const std::string& body) {
    const int fd = Connect();
    Send(fd, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                 "\r\nConnection: close\r\n\r\n" + body);
    const std::string answer = Receive(fd);
    close(fd);
    if (answer.size() < 12) return {0, answer};
    const auto body_at = answer.find("\r\n\r\n");
    return {std::stoi(answer.substr(9, 3)), body_at == std::string::npos ? "" : answer.substr(body_at + 4)};
  }
};

TEST_P(BookingRaceApiTest, OneWinnerPerTimeEveryLoser409) {
  const std::int64_t venue = MakeVenue(*this, {{"capacity", 100}});
  ASSERT_NE(venue, 0);
  std::vector<std::string> tokens;
  for (const std::string& who : kBookers) tokens.push_back(TokenOf(who));
  StartServer({});
  const std::string path = "/api/v1/venues/" + std::to_string(venue) + "/bookings";

  std::atomic<int> created{0}, conflicts{0};
  std::mutex others_mutex;
  std::vector<std::string> others;
  std::map<std::int64_t, int> winners_per_time;  // booking id → time index
  std::latch start(kClients);
  auto client = [&](int c) {
    start.arrive_and_wait();
    for (int i = 0; i < kRequestsPerClient; ++i) {
      const int time = (c + i) % kTimes;
      auto [status, body] = Post(path, tokens[c % tokens.size()], BookingBody(20 + 2 * time, 2).dump());
      if (status == 201) {
        ++created;
        std::lock_guard lock(others_mutex);
        winners_per_time[nlohmann::json::parse(body)["id"].get<std::int64_t>()] = time;
      } else if (status == 409) {
        ++conflicts;
      } else {
        std::lock_guard lock(others_mutex);
        others.push_back(std::to_string(status) + " " + body);
      }
    }
  };
  const auto began = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < kClients; ++c) threads.emplace_back(client, c);
  for (auto& t : threads) t.join();
  const auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began).count();
  std::cout << "[ booking race on " << GetParam() << " ] " << kClients * kRequestsPerClient
            << " requests from " << kClients << " clients over " << kTimes << " times: " << created
            << " created (201), " << conflicts << " refused (409), " << others.size() << " other, in "
            << elapsed << " ms" << std::endl;

  EXPECT_TRUE(others.empty()) << others.front();
  EXPECT_EQ(created, kTimes);
  EXPECT_EQ(conflicts, kClients * kRequestsPerClient - kTimes);
  std::set<int> times_won;
  for (const auto& [id, time] : winners_per_time) times_won.insert(time);
  EXPECT_EQ(times_won.size(), static_cast<std::size_t>(kTimes)) << "one winner for each time";

  // The stored state agrees: the winners only, each holding its two half hours.
  store::BookingRepository repo(direct_db());
  store::BookingQuery query;
  query.district_code = "411002";
  query.venue_id = venue;
  auto stored = repo.List(query);
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), static_cast<std::size_t>(kTimes));
  auto slots = repo.Slots(venue);
  ASSERT_TRUE(slots.ok());
  ASSERT_EQ(slots->size(), static_cast<std::size_t>(2 * kTimes));
  for (const store::BookingSlotRecord& slot : *slots) {
    ASSERT_TRUE(winners_per_time.contains(slot.booking_id))
        << "slot held by a booking that was not answered 201";
    const store::BookingRecord& b =
        *std::find_if(stored->begin(), stored->end(), [&](const auto& r) { return r.id == slot.booking_id; });
    EXPECT_GE(slot.slot_start, b.starts_at);
    EXPECT_LT(slot.slot_start, b.ends_at);
  }
}

SANWANG_INSTANTIATE_API_BACKENDS(BookingRaceApiTest);

}  // namespace
}  // namespace sanwang::api
