// Many clients book a few times of one venue at the same moment, through the real HTTP
// server on both engines: exactly one booking wins each time, every other request is
// refused with 409, and the slot table holds exactly the winners' half hours. This is the
// guarantee of support_booking_slots' key (support_schema.cc), seen from outside. The
// counts and the time taken are printed so that a run can be quoted. Random ranges come
// from a seeded generator whose seed is printed; SANWANG_TEST_SEED replays a run.
#include <atomic>
#include <chrono>
#include <iostream>
#include <latch>
#include <map>
#include <random>
#include <thread>

#include "api/server_test_fixture.h"
#include "support/api/venue_test_support.h"
#include "support/store/booking_repository.h"
#include "testing/test_seed.h"

namespace sanwang::api {
namespace {

constexpr int kClients = 24;
constexpr int kRequestsPerClient = 10;  // 240 requests in all
constexpr int kRequests = kClients * kRequestsPerClient;
constexpr int kFirstSlot = 20;  // 10:00 on 1 December

// The signed-in accounts that may book the venue; clients take them in turn.
const std::vector<std::string> kBookers = {"resident1", "resident2", "grid1",  "grid2",      "community",
                                           "street",    "dept",      "center", "supervisor", "leader"};

// A request for half hours [first, first + slots) after kFirstSlot, and its answer.
struct Attempt {
  int first = 0;
  int slots = 0;
  int status = 0;
  std::string body;
  std::int64_t id = 0;  // the booking made, when 201
};

Attempt Want(int first, int slots) {
  Attempt a;
  a.first = first;
  a.slots = slots;
  return a;
}

class BookingRaceApiTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    venue_ = MakeVenue(*this, {{"capacity", 100}});
    ASSERT_NE(venue_, 0);
    for (const std::string& who : kBookers) tokens_.push_back(TokenOf(who));
    StartServer({});
  }

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

  // Sends every attempt, kClients at a time from the same start, and fills in the answers.
  void Race(std::vector<Attempt>& attempts, const std::string& label) {
    const std::string path = "/api/v1/venues/" + std::to_string(venue_) + "/bookings";
    std::latch start(kClients);
    auto client = [&](int c) {
      start.arrive_and_wait();
      for (int i = c; i < static_cast<int>(attempts.size()); i += kClients) {
        Attempt& a = attempts[static_cast<std::size_t>(i)];
        std::tie(a.status, a.body) = Post(path, tokens_[static_cast<std::size_t>(c) % tokens_.size()],
                                          BookingBody(kFirstSlot + a.first, a.slots).dump());
        if (a.status == 201) a.id = nlohmann::json::parse(a.body)["id"].get<std::int64_t>();
      }
    };
    const auto began = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    threads.reserve(kClients);
    for (int c = 0; c < kClients; ++c) threads.emplace_back(client, c);
    for (auto& t : threads) t.join();
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - began)
            .count();
    int created = 0, conflicts = 0;
    for (const Attempt& a : attempts) {
      created += a.status == 201;
      conflicts += a.status == 409;
      EXPECT_TRUE(a.status == 201 || a.status == 409) << a.status << " " << a.body;
    }
    std::cout << "[ booking race, " << label << ", on " << GetParam() << " ] " << attempts.size()
              << " requests from " << kClients << " clients: " << created << " created (201), " << conflicts
              << " refused (409), " << attempts.size() - created - conflicts << " other, in " << ms << " ms"
              << std::endl;
  }

  // The stored bookings and slots agree with the answers: the winners only, none
  // overlapping another, each holding exactly its half hours.
  void ExpectStoredWinners(const std::vector<Attempt>& attempts) {
    std::map<std::int64_t, const Attempt*> winners;
    for (const Attempt& a : attempts) {
      if (a.status == 201) winners[a.id] = &a;
    }
    store::BookingRepository repo(direct_db());
    store::BookingQuery query;
    query.district_code = "411002";
    query.venue_id = venue_;
    auto stored = repo.List(query);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->size(), winners.size());
    std::map<std::int64_t, std::int64_t> expected_slots;  // slot start → booking
    for (const auto& [id, a] : winners) {
      for (int s = a->first; s < a->first + a->slots; ++s) {
        const std::int64_t start = 1796054400 + std::int64_t{kFirstSlot + s} * 1800;
        EXPECT_TRUE(expected_slots.emplace(start, id).second) << "two winners hold half hour " << s;
      }
    }
    auto slots = repo.Slots(venue_);
    ASSERT_TRUE(slots.ok());
    std::map<std::int64_t, std::int64_t> held;
    for (const store::BookingSlotRecord& slot : *slots) held[slot.slot_start] = slot.booking_id;
    EXPECT_EQ(held, expected_slots);
  }

  std::int64_t venue_ = 0;
  std::vector<std::string> tokens_;
};

TEST_P(BookingRaceApiTest, OneWinnerPerTimeEveryLoser409) {
  constexpr int kTimes = 4;  // each an hour: two half hours
  std::vector<Attempt> attempts(kRequests);
  for (int i = 0; i < kRequests; ++i) attempts[static_cast<std::size_t>(i)] = Want(2 * (i % kTimes), 2);
  Race(attempts, "4 times of an hour");
  std::map<int, int> winners_per_time;
  for (const Attempt& a : attempts) winners_per_time[a.first] += a.status == 201;
  ASSERT_EQ(winners_per_time.size(), static_cast<std::size_t>(kTimes));
  for (const auto& [time, winners] : winners_per_time) EXPECT_EQ(winners, 1) << "time " << time;
  ExpectStoredWinners(attempts);
}

TEST_P(BookingRaceApiTest, RandomOverlappingRangesNeverBothWin) {
  const unsigned seed = testing::TestSeed();
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> first(0, 11), length(1, 4);
  std::vector<Attempt> attempts(kRequests);
  for (Attempt& a : attempts) a = Want(first(random), length(random));
  Race(attempts, "random ranges over 6 hours, seed " + std::to_string(seed));
  ExpectStoredWinners(attempts);
  // Every refusal met a winner: nobody was refused a time that was free.
  for (const Attempt& a : attempts) {
    if (a.status != 409) continue;
    bool overlaps = false;
    for (const Attempt& w : attempts) {
      overlaps |= w.status == 201 && w.first < a.first + a.slots && a.first < w.first + w.slots;
    }
    EXPECT_TRUE(overlaps) << "refused [" << a.first << ", " << a.first + a.slots << ") overlaps no winner";
  }
}

SANWANG_INSTANTIATE_API_BACKENDS(BookingRaceApiTest);

}  // namespace
}  // namespace sanwang::api
