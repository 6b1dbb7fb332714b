#include "support/venue.h"

#include <algorithm>
#include <array>

#include "support/opening_hours.h"

namespace sanwang::support {
namespace {

struct KindAndFacilityType {
  std::string_view kind;
  std::string_view facility_type;  // empty: counted as no facility of the circles
};

// A party service centre's activity room and a community's activity room are where the
// community centre's cultural life happens (OSM's amenity=community_centre maps to the same
// type); `other` (a multi-purpose hall, a meeting room) promises residents nothing in
// particular.
constexpr std::array<KindAndFacilityType, 6> kKindTable = {{{"party_service_room", "cultural_center"},
                                                            {"activity_room", "cultural_center"},
                                                            {"reading_space", "reading_space"},
                                                            {"court", "court"},
                                                            {"playground", "playground"},
                                                            {"other", ""}}};

constexpr std::array<std::string_view, kKindTable.size()> KindNames() {
  std::array<std::string_view, kKindTable.size()> names;
  for (std::size_t i = 0; i < kKindTable.size(); ++i) names[i] = kKindTable[i].kind;
  return names;
}

constexpr std::array<std::string_view, kKindTable.size()> kKinds = KindNames();
constexpr std::int64_t kMaxDaysAhead = 366;
constexpr std::int64_t kMaxCapacity = 100000;

Status ValidateRules(const store::VenueRecord& v) {
  if (v.open_to != kOpenToPublic && v.open_to != kOpenToStaff) {
    return InvalidArgument("开放对象应为 public 或 staff open_to must be public or staff", "open_to");
  }
  if (v.max_days_ahead < 0 || v.max_days_ahead > kMaxDaysAhead) {
    return InvalidArgument("最多提前天数应在 0 到 366 之间 max_days_ahead must be 0 to 366",
                           "max_days_ahead");
  }
  if (v.max_minutes < 30 || v.max_minutes > std::int64_t{24} * 60 || v.max_minutes % 30 != 0) {
    return InvalidArgument(
        "最长预订分钟数应为 30 的倍数且不超过 1440 max_minutes must be a multiple of 30 up to 1440",
        "max_minutes");
  }
  return Status::Ok();
}

}  // namespace

std::span<const std::string_view> VenueKinds() { return kKinds; }

bool IsVenueKind(std::string_view kind) {
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

std::string_view FacilityTypeOfVenueKind(std::string_view kind) {
  for (const KindAndFacilityType& k : kKindTable) {
    if (k.kind == kind) return k.facility_type;
  }
  return {};
}

Status ValidateVenue(const store::VenueRecord& v) {
  if (v.name.empty() || v.name.size() > 200) {
    return InvalidArgument("场地名称不能为空且不超过 200 字节 name must be 1 to 200 bytes", "name");
  }
  if (!IsVenueKind(v.kind))
    return InvalidArgument("未知的场地类型 unknown venue kind '" + v.kind + "'", "kind");
  if (v.address.size() > 500) return InvalidArgument("地址过长 address is too long", "address");
  if (v.lon.has_value() != v.lat.has_value()) {
    return InvalidArgument("经纬度须同时给出 lon and lat go together", v.lon ? "lat" : "lon");
  }
  if (v.lon && (*v.lon < -180 || *v.lon > 180))
    return InvalidArgument("经度超出范围 lon out of range", "lon");
  if (v.lat && (*v.lat < -90 || *v.lat > 90)) return InvalidArgument("纬度超出范围 lat out of range", "lat");
  if (v.capacity < 1 || v.capacity > kMaxCapacity) {
    return InvalidArgument("容纳人数应为正整数 capacity must be a positive whole number", "capacity");
  }
  SW_RETURN_IF_ERROR(ParseDayHours(v.workday_hours, "hours.workday").status());
  SW_RETURN_IF_ERROR(ParseDayHours(v.rest_day_hours, "hours.rest_day").status());
  return ValidateRules(v);
}

}  // namespace sanwang::support
