// A venue's published calendar through Api::Handle on both engines: only its managers
// publish, rotate and unpublish it; the secret is stored only as a hash; the feed at the
// secret address holds the venue's accepted bookings with their purposes and no booker;
// a rotated or removed address, and a venue taken out of use, answer the same 404 as an
// address that never was.
#include "api/api_test_fixture.h"
#include "support/api/venue_test_support.h"

namespace sanwang::api {
namespace {

class VenueFeedApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    venue_ = MakeVenue(*this, {{"needs_approval", true}});
    base_ = "/api/v1/venues/" + std::to_string(venue_) + "/feed-link";
  }
  // Publishes the venue anew as `who`; the feed's path.
  std::string Publish(const std::string& who = "community") {
    HttpResponse r = As(who, "POST", base_ + "/rotate");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Json(r)["path"].get<std::string>() : "";
  }
  std::int64_t Book(const std::string& who, int slot, const std::string& purpose) {
    nlohmann::json body = BookingBody(slot, 2);
    body["purpose"] = purpose;
    HttpResponse r = As(who, "POST", "/api/v1/venues/" + std::to_string(venue_) + "/bookings", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
  }
  std::int64_t Links() {
    auto rows = db_->Query("SELECT COUNT(*) FROM support_venue_feeds");
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? rows->at(0).Int(0) : -1;
  }
  std::int64_t venue_ = 0;
  std::string base_;
};

TEST_P(VenueFeedApiTest, OnlyTheVenuesManagersPublishIt) {
  EXPECT_FALSE(Json(As("community", "GET", base_))["active"].get<bool>());
  for (const char* who : {"community2", "grid1", "center"}) {
    EXPECT_EQ(As(who, "GET", base_).status, 403) << who;
    EXPECT_EQ(As(who, "POST", base_ + "/rotate").status, 403) << who;
    EXPECT_EQ(As(who, "POST", base_ + "/remove").status, 403) << who;
  }
  EXPECT_EQ(As("resident1", "POST", base_ + "/rotate").status, 403);
  EXPECT_EQ(As("community", "POST", "/api/v1/venues/999999/feed-link/rotate").status, 404);
  EXPECT_EQ(Links(), 0) << "a refusal publishes nothing";

  const std::string path = Publish("street");
  EXPECT_EQ(path.rfind("/api/v1/calendar/venues/", 0), 0u) << path;
  nlohmann::json state = Json(As("community", "GET", base_));
  EXPECT_TRUE(state["active"].get<bool>());
  EXPECT_EQ(state["created_at"], "2026-11-30T09:00:00+08:00");
  EXPECT_FALSE(state.contains("path")) << "the secret is shown only when it is made";
}

TEST_P(VenueFeedApiTest, OnlyAHashOfTheSecretIsStored) {
  const std::string path = Publish();
  const std::string prefix = "/api/v1/calendar/venues/";
  const std::string token = path.substr(prefix.size(), path.size() - prefix.size() - 4);
  ASSERT_GE(token.size(), 40u);
  auto rows = db_->Query("SELECT token_hash, venue_id FROM support_venue_feeds");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->at(0).Text(0), HashToken(token));
  EXPECT_EQ(rows->at(0).Int(1), venue_);
}

TEST_P(VenueFeedApiTest, TheFeedHoldsTheAcceptedBookingsWithoutBookers) {
  const std::int64_t accepted = Book("resident1", 20, "合唱排练");
  Book("resident2", 30, "家长会");  // left pending
  ASSERT_EQ(As("community", "POST", "/api/v1/bookings/" + std::to_string(accepted) + "/approve").status, 200);

  HttpResponse feed = Request("GET", Publish());
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_EQ(feed.content_type, "text/calendar; charset=utf-8");
  const auto cache = feed.headers.find("Cache-Control");
  ASSERT_NE(cache, feed.headers.end());
  EXPECT_EQ(cache->second, "no-store");
  EXPECT_EQ(feed.body.rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_NE(feed.body.find("UID:booking-" + std::to_string(accepted) + "-411002@sanwang"), std::string::npos);
  EXPECT_NE(feed.body.find("合唱排练"), std::string::npos);
  EXPECT_EQ(feed.body.find("家长会"), std::string::npos)
      << "a pending booking is not on the venue's calendar";
  EXPECT_EQ(feed.body.find("resident"), std::string::npos) << "no booker";
  // The same text as the signed-in feed of the venue.
  EXPECT_EQ(feed.body,
            As("resident2", "GET", "/api/v1/venues/" + std::to_string(venue_) + "/calendar.ics").body);
}

TEST_P(VenueFeedApiTest, RotatingOrRemovingEndsTheOldAddressLikeOneThatNeverWas) {
  const std::string first = Publish();
  ASSERT_EQ(Request("GET", first).status, 200);
  clock_.Advance(60);
  const std::string second = Publish("admin");
  EXPECT_NE(second, first);
  EXPECT_EQ(Json(As("community", "GET", base_))["created_at"], "2026-11-30T09:01:00+08:00");
  const HttpResponse old_answer = Request("GET", first);
  const HttpResponse never =
      Request("GET", "/api/v1/calendar/venues/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
  EXPECT_EQ(old_answer.status, 404);
  EXPECT_EQ(never.status, 404);
  EXPECT_EQ(old_answer.body, never.body) << "no hint that the old address once worked";
  EXPECT_EQ(Request("GET", second).status, 200);

  HttpResponse removed = As("community", "POST", base_ + "/remove");
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_FALSE(Json(removed)["active"].get<bool>());
  EXPECT_EQ(Request("GET", second).status, 404);
  EXPECT_EQ(Links(), 0);
}

TEST_P(VenueFeedApiTest, AVenueTakenOutOfUseStopsItsFeed) {
  const std::string path = Publish();
  ASSERT_EQ(Request("GET", path).status, 200);
  ASSERT_EQ(As("community", "PUT", "/api/v1/venues/" + std::to_string(venue_), {{"active", false}}).status,
            200);
  const HttpResponse closed = Request("GET", path);
  EXPECT_EQ(closed.status, 404);
  EXPECT_EQ(closed.body, Request("GET", "/api/v1/calendar/venues/none.ics").body);
  ASSERT_EQ(As("community", "PUT", "/api/v1/venues/" + std::to_string(venue_), {{"active", true}}).status,
            200);
  EXPECT_EQ(Request("GET", path).status, 200) << "back in use, the same address works again";
}

SANWANG_INSTANTIATE_API_BACKENDS(VenueFeedApiTest);

}  // namespace
}  // namespace sanwang::api
