// The venue and booking repositories on both engines: the slot rows a booking holds, the
// database refusing an overlapping booking (Conflict, nothing written), and refusing or
// cancelling freeing the slots again.
#include "support/store/booking_repository.h"

#include "store/migrations.h"
#include "store/org_repository.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"
#include "support/store/venue_repository.h"

namespace sanwang::store {
namespace {

constexpr std::int64_t kNine = 1796000400;  // 2026-11-30T09:00:00+08:00
constexpr std::int64_t kHalfHour = kBookingSlotSeconds;

class BookingRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    UnitRecord unit;
    unit.district_code = "411002";
    unit.code = "C";
    unit.kind = "community";
    unit.name = "测试社区";
    unit_ = OrgRepository(db()).Insert(unit)->id;
    UserRecord user;
    user.district_code = "411002";
    user.username = "resident1";
    user.display_name = "张三";
    user.role = "resident";
    user_ = UserRepository(db()).Insert(user)->id;
    VenueRecord venue;
    venue.district_code = "411002";
    venue.owner_unit_id = unit_;
    venue.name = "活动室";
    venue.kind = "activity_room";
    venue.address = "建设路1号";
    venue.capacity = 30;
    venue.workday_hours = "08:30-21:00";
    auto inserted = VenueRepository(db()).Insert(venue);
    ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
    venue_ = inserted->id;
  }
  BookingRecord Booking(std::int64_t start, std::int64_t end, const std::string& state = "accepted") {
    BookingRecord b;
    b.district_code = "411002";
    b.venue_id = venue_;
    b.booker_id = user_;
    b.purpose = "合唱排练";
    b.people = 10;
    b.starts_at = start;
    b.ends_at = end;
    b.state = state;
    b.created_at = kNine - 86400;
    return b;
  }
  std::vector<std::int64_t> SlotStarts() {
    std::vector<std::int64_t> out;
    auto slots = BookingRepository(db()).Slots(venue_);
    EXPECT_TRUE(slots.ok()) << slots.status().ToString();
    for (const auto& s : *slots) out.push_back(s.slot_start);
    return out;
  }
  static BookingQuery Query(std::set<std::string> states = {}, std::int64_t from = 0, std::int64_t to = 0) {
    BookingQuery q;
    q.district_code = "411002";
    q.states = std::move(states);
    q.from = from;
    q.to = to;
    return q;
  }
  Id unit_ = 0, user_ = 0, venue_ = 0;
};

TEST_P(BookingRepositoryTest, TheStreamIsApplied) {
  EXPECT_EQ(*SchemaVersion(db(), "support"), LatestSchemaVersion("support"));
  EXPECT_GE(LatestSchemaVersion("support"), 1);
}

TEST_P(BookingRepositoryTest, VenueRoundTripsWithItsOwnerUnit) {
  auto v = VenueRepository(db()).Get(venue_);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->owner_unit_code, "C");
  EXPECT_EQ(v->owner_unit_name, "测试社区");
  EXPECT_EQ(v->workday_hours, "08:30-21:00");
  EXPECT_EQ(v->rest_day_hours, "");
  EXPECT_FALSE(v->lon.has_value());
  v->lon = 113.8;
  v->lat = 34.01;
  v->active = false;
  ASSERT_TRUE(VenueRepository(db()).Update(*v).ok());
  EXPECT_DOUBLE_EQ(*VenueRepository(db()).Get(venue_)->lon, 113.8);
  EXPECT_TRUE(VenueRepository(db()).List({"411002", {}, "", true, ""})->empty());
  EXPECT_EQ(VenueRepository(db()).List({"411002", unit_, "activity_room", false, ""})->size(), 1u);
}

TEST_P(BookingRepositoryTest, ABookingHoldsOneSlotPerHalfHour) {
  auto b = BookingRepository(db()).Insert(Booking(kNine, kNine + 3 * kHalfHour));
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->venue_name, "活动室");
  EXPECT_EQ(b->booker_name, "张三");
  EXPECT_EQ(SlotStarts(), (std::vector<std::int64_t>{kNine, kNine + kHalfHour, kNine + 2 * kHalfHour}));
}

TEST_P(BookingRepositoryTest, AnOverlappingBookingIsAConflictAndWritesNothing) {
  BookingRepository repo(db());
  ASSERT_TRUE(repo.Insert(Booking(kNine, kNine + 2 * kHalfHour)).ok());
  // Overlaps the second half hour only.
  auto second = repo.Insert(Booking(kNine + kHalfHour, kNine + 4 * kHalfHour, "pending"));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), ErrorCode::kConflict) << second.status().ToString();
  EXPECT_EQ(second.status().message(), kVenueTakenMessage);
  EXPECT_EQ(repo.List(Query())->size(), 1u);
  EXPECT_EQ(SlotStarts().size(), 2u);
  // Touching is not overlapping.
  EXPECT_TRUE(repo.Insert(Booking(kNine + 2 * kHalfHour, kNine + 3 * kHalfHour)).ok());
}

TEST_P(BookingRepositoryTest, OffTheGridIsRefused) {
  auto b = BookingRepository(db()).Insert(Booking(kNine + 600, kNine + 2 * kHalfHour));
  EXPECT_EQ(b.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(SlotStarts().empty());
}

TEST_P(BookingRepositoryTest, RefusingFreesTheSlotAndCannotHappenTwice) {
  BookingRepository repo(db());
  auto first = repo.Insert(Booking(kNine, kNine + 2 * kHalfHour, "pending"));
  ASSERT_TRUE(first.ok());
  BookingChange refuse{first->id, {"pending"}, "refused", "场地维修 repairs", user_, kNine - 3600, true};
  ASSERT_TRUE(repo.Change(refuse).ok());
  EXPECT_TRUE(SlotStarts().empty());
  EXPECT_EQ(repo.Get(first->id)->state, "refused");
  EXPECT_EQ(repo.Get(first->id)->reason, "场地维修 repairs");
  EXPECT_EQ(repo.Change(refuse).code(), ErrorCode::kFailedPrecondition);
  auto again = repo.Insert(Booking(kNine, kNine + 2 * kHalfHour));
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(SlotStarts().size(), 2u);
}

TEST_P(BookingRepositoryTest, ListsByStateAndTimeRange) {
  BookingRepository repo(db());
  ASSERT_TRUE(repo.Insert(Booking(kNine, kNine + kHalfHour, "pending")).ok());
  ASSERT_TRUE(repo.Insert(Booking(kNine + 86400, kNine + 86400 + kHalfHour)).ok());
  EXPECT_EQ(repo.List(Query({"pending"}))->size(), 1u);
  EXPECT_EQ(repo.List(Query({}, kNine + 3600, kNine + std::int64_t{2} * 86400))->size(), 1u);
  BookingQuery elsewhere = Query();
  elsewhere.owner_path = "/nowhere/";
  EXPECT_EQ(repo.List(elsewhere)->size(), 0u);
}

SANWANG_INSTANTIATE_BACKENDS(BookingRepositoryTest);

}  // namespace
}  // namespace sanwang::store
