#include "support/cli/demo_venues.h"

#include <random>

#include "store/user_repository.h"
#include "support/opening_hours.h"
#include "support/store/booking_repository.h"
#include "support/store/venue_repository.h"

namespace sanwang::cli {
namespace {

constexpr int kBookingDays = 14;  // before and after today
constexpr int kBookingsPerVenueDay = 2;

struct VenueShape {
  const char* kind;
  const char* name;
  const char* workday;
  const char* rest_day;
  int capacity;
  bool needs_approval;
};

const VenueShape kPartyRoom = {
    "party_service_room", "党群服务中心活动室", "08:30-21:00", "09:00-17:00", 60, true};
const VenueShape kOthers[] = {{"activity_room", "活动室", "08:30-21:00", "08:30-21:00", 30, false},
                              {"reading_space", "阅览室", "09:00-20:00", "09:00-17:00", 20, false},
                              {"playground", "儿童游乐场", "07:00-20:00", "07:00-20:00", 40, false},
                              {"other", "多功能厅", "08:30-18:00", "", 80, true}};
const VenueShape kCourt = {"court", "篮球场", "06:00-22:00", "06:00-22:00", 20, false};

Result<store::VenueRecord> AddVenue(Context& ctx, const store::UnitRecord& unit, const VenueShape& shape,
                                    const DemoGrid* grid) {
  store::VenueRecord v;
  v.district_code = ctx.config().district_code;
  v.owner_unit_id = unit.id;
  v.name = "演示·" + unit.name + shape.name;
  v.kind = shape.kind;
  v.address = unit.name + "（演示数据 demo data）";
  if (grid != nullptr) {
    v.lon = (grid->box.min.lon + grid->box.max.lon) / 2;
    v.lat = (grid->box.min.lat + grid->box.max.lat) / 2;
  }
  v.capacity = shape.capacity;
  v.workday_hours = shape.workday;
  v.rest_day_hours = shape.rest_day;
  v.needs_approval = shape.needs_approval;
  return store::VenueRepository(ctx.db()).Insert(v);
}

const DemoGrid* FirstGridOf(const std::vector<DemoGrid>& grids, const std::string& community_code) {
  for (const DemoGrid& g : grids) {
    if (g.code.rfind(community_code + "-", 0) == 0) return &g;
  }
  return nullptr;
}

Result<std::vector<store::Id>> DemoResidents(Context& ctx) {
  std::vector<store::Id> ids;
  store::UserRepository users(ctx.db());
  for (int i = 1; i <= 20; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "resident%02d", i);
    SW_ASSIGN_OR_RETURN(auto user, users.FindByUsername(name));
    if (user) ids.push_back(user->id);
  }
  return ids;
}

bool WithinHours(Context& ctx, const store::VenueRecord& v, const store::BookingRecord& b) {
  const LocalDate day = LocalDateOf(b.starts_at);
  const auto hours = support::HoursOn(ctx.calendar(), day, v.workday_hours, v.rest_day_hours);
  return hours && LocalSecondOfDay(b.starts_at) >= hours->open_second &&
         b.ends_at <= StartOfLocalDay(day) + hours->close_second;
}

// Bookings of one venue on the days around today, in its busy hours; a time already taken
// (the slot table refuses it) is skipped, as a person would pick another.
Result<int> BookVenue(Context& ctx, const store::VenueRecord& v, const std::vector<store::Id>& residents,
                      std::mt19937& random) {
  static const char* const kPurposes[] = {"合唱排练", "读书会",     "老年人健康讲座",
                                          "亲子活动", "志愿者例会", "书法兴趣小组"};
  const UnixSeconds today = StartOfLocalDay(LocalDateOf(ctx.clock().Now()));
  std::uniform_int_distribution<int> hour(9, 17), length(2, 4), pick(0, 1000);
  store::BookingRepository bookings(ctx.db());
  int made = 0;
  for (int day = -kBookingDays; day <= kBookingDays; ++day) {
    for (int n = 0; n < kBookingsPerVenueDay; ++n) {
      store::BookingRecord b;
      b.district_code = v.district_code;
      b.venue_id = v.id;
      b.booker_id = residents[static_cast<std::size_t>(pick(random)) % residents.size()];
      b.purpose = std::string(kPurposes[pick(random) % 6]) + "（演示 demo）";
      b.people = 1 + pick(random) % std::min<std::int64_t>(v.capacity, 25);
      b.starts_at = today + std::int64_t{day} * 86400 + std::int64_t{hour(random)} * 3600;
      b.ends_at = b.starts_at + std::int64_t{length(random)} * 1800;
      if (!WithinHours(ctx, v, b)) continue;
      b.created_at = std::min(ctx.clock().Now(), b.starts_at - 86400);
      const bool past = b.ends_at < ctx.clock().Now();
      b.state = past ? (pick(random) % 10 == 0 ? "no_show" : "accepted")
                     : (v.needs_approval && pick(random) % 2 == 0 ? "pending" : "accepted");
      auto stored = bookings.Insert(b);
      if (stored.ok()) {
        ++made;
      } else if (stored.status().code() != ErrorCode::kConflict) {
        return stored.status();
      }
    }
  }
  return made;
}

}  // namespace

Result<DemoVenueCounts> BuildDemoVenues(Context& ctx, const std::vector<DemoGrid>& grids, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<store::VenueRecord> venues;
  int other = 0;
  for (const store::UnitRecord* c : ctx.org().OfKind("community")) {
    const DemoGrid* grid = FirstGridOf(grids, c->code);
    SW_ASSIGN_OR_RETURN(auto room, AddVenue(ctx, *c, kPartyRoom, grid));
    venues.push_back(room);
    SW_ASSIGN_OR_RETURN(auto second, AddVenue(ctx, *c, kOthers[other++ % 4], grid));
    venues.push_back(second);
  }
  for (const store::UnitRecord* s : ctx.org().OfKind("street")) {
    SW_ASSIGN_OR_RETURN(auto court, AddVenue(ctx, *s, kCourt, nullptr));
    venues.push_back(court);
  }
  SW_ASSIGN_OR_RETURN(auto residents, DemoResidents(ctx));
  DemoVenueCounts counts{static_cast<int>(venues.size()), 0};
  if (residents.empty()) return counts;
  Status written = ctx.db().InTransaction([&]() -> Status {
    for (const store::VenueRecord& v : venues) {
      SW_ASSIGN_OR_RETURN(int made, BookVenue(ctx, v, residents, random));
      counts.bookings += made;
    }
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return counts;
}

}  // namespace sanwang::cli
