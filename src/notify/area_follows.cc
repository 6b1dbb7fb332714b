#include "notify/area_follows.h"

#include <algorithm>

#include "notify/area_reports.h"
#include "notify/store/area_follow_repository.h"

namespace sanwang::notify {
namespace {

Result<store::Id> AccountOf(const cases::Actor& actor) {
  if (!actor.user_id) return Status(ErrorCode::kUnauthenticated, "请先登录 sign in first");
  return *actor.user_id;
}

std::string JoinAspects(std::vector<std::string> aspects) {
  std::sort(aspects.begin(), aspects.end());
  std::string out;
  for (const std::string& a : aspects) out += (out.empty() ? "" : "|") + a;
  return out;
}

std::vector<std::string> SplitAspects(const std::string& joined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < joined.size()) {
    const std::size_t bar = std::min(joined.find('|', start), joined.size());
    if (bar > start) out.push_back(joined.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

Status CheckAspects(const cases::Catalog& catalog, std::vector<std::string>& aspects) {
  std::sort(aspects.begin(), aspects.end());
  aspects.erase(std::unique(aspects.begin(), aspects.end()), aspects.end());
  for (const std::string& code : aspects) {
    const auto& known = catalog.aspects();
    if (std::none_of(known.begin(), known.end(),
                     [&](const store::AspectRecord& a) { return a.code == code; }))
      return InvalidArgument("没有这个领域 no aspect '" + code + "' in the catalog", "aspects");
  }
  return Status::Ok();
}

// The record of a request, checked: an area of the district or a circle inside it.
Result<store::AreaFollowRecord> RecordOf(const org::OrgDirectory& org, const cases::Catalog& catalog,
                                         AreaFollowRequest& request) {
  const bool circle = request.centre.has_value() || request.radius_m.has_value();
  if (request.unit_code.empty() == !circle) {
    return InvalidArgument(
        "请选择一个辖区或一个圆形范围 follow either an area (unit_code) or a circle (lon, lat, radius_m)",
        "unit_code");
  }
  store::AreaFollowRecord row;
  row.district_code = org.district_code();
  if (!circle) {
    const store::UnitRecord* unit = org.FindByCode(request.unit_code);
    if (unit == nullptr || !IsAreaUnit(*unit))
      return InvalidArgument("没有这个辖区 no area '" + request.unit_code + "'", "unit_code");
    row.unit_id = unit->id;
  } else {
    SW_RETURN_IF_ERROR(CheckCircle(org, request.centre, request.radius_m));
    row.lon = request.centre->lon;
    row.lat = request.centre->lat;
    row.radius_m = request.radius_m;
  }
  SW_RETURN_IF_ERROR(CheckAspects(catalog, request.aspects));
  row.aspects = JoinAspects(request.aspects);
  return row;
}

bool SameArea(const store::AreaFollowRecord& a, const store::AreaFollowRecord& b) {
  return a.unit_id == b.unit_id && a.lon == b.lon && a.lat == b.lat && a.radius_m == b.radius_m &&
         a.aspects == b.aspects;
}

AreaFollow FollowOf(const org::OrgDirectory& org, const store::AreaFollowRecord& row) {
  AreaFollow f;
  f.id = row.id;
  if (row.unit_id) f.unit = org.Find(*row.unit_id);
  if (row.lon && row.lat) f.centre = geo::LonLat{*row.lon, *row.lat};
  f.radius_m = row.radius_m.value_or(0);
  f.aspects = SplitAspects(row.aspects);
  f.created_at = row.created_at;
  return f;
}

// Whether a follow found near the report concerns it: its area holds the report, and the
// report's aspect is one it follows.
bool Concerns(const store::AreaFollowRecord& f, const store::CaseRecord& c, const std::string& aspect) {
  if (!f.unit_id) {
    if (!f.lon || !f.lat || !f.radius_m || !c.lon || !c.lat) return false;
    if (geo::DistanceMeters({*f.lon, *f.lat}, {*c.lon, *c.lat}) > *f.radius_m) return false;
  }
  if (f.aspects.empty()) return true;
  const std::vector<std::string> aspects = SplitAspects(f.aspects);
  return std::find(aspects.begin(), aspects.end(), aspect) != aspects.end();
}

}  // namespace

Status CheckCircle(const org::OrgDirectory& org, std::optional<geo::LonLat> centre,
                   std::optional<int> radius_m) {
  if (!centre || !org.LocateGrid(*centre))
    return InvalidArgument("圆心须在本区的网格内 the centre must lie in a grid of the district", "lon");
  if (!radius_m || *radius_m < kMinFollowRadiusM || *radius_m > kMaxFollowRadiusM) {
    return InvalidArgument("半径须在 " + std::to_string(kMinFollowRadiusM) + " 到 " +
                               std::to_string(kMaxFollowRadiusM) + " 米之间 the radius must be " +
                               std::to_string(kMinFollowRadiusM) + " to " +
                               std::to_string(kMaxFollowRadiusM) + " metres",
                           "radius_m");
  }
  return Status::Ok();
}

Result<AreaFollow> FollowArea(store::Database& db, const org::OrgDirectory& org,
                              const cases::Catalog& catalog, const cases::Actor& actor,
                              AreaFollowRequest request, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  SW_ASSIGN_OR_RETURN(store::AreaFollowRecord row, RecordOf(org, catalog, request));
  row.user_id = user;
  row.created_at = now;
  store::AreaFollowRepository repo(db);
  Status written = db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto mine, repo.OfUser(user));
    if (mine.size() >= kMaxAreaFollows) {
      return FailedPrecondition("最多关注 " + std::to_string(kMaxAreaFollows) + " 个区域 follow at most " +
                                std::to_string(kMaxAreaFollows) + " areas; stop following one first");
    }
    if (std::any_of(mine.begin(), mine.end(), [&](const auto& f) { return SameArea(f, row); }))
      return AlreadyExists("您已关注该区域 you follow this area for these aspects already");
    SW_ASSIGN_OR_RETURN(row.id, repo.Insert(row));
    return Status::Ok();
  });
  SW_RETURN_IF_ERROR(written);
  return FollowOf(org, row);
}

Result<std::vector<AreaFollow>> MyAreaFollows(store::Database& db, const org::OrgDirectory& org,
                                              const cases::Actor& actor) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  SW_ASSIGN_OR_RETURN(auto rows, store::AreaFollowRepository(db).OfUser(user));
  std::vector<AreaFollow> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(FollowOf(org, row));
  return out;
}

Status UnfollowArea(store::Database& db, const cases::Actor& actor, store::Id follow_id) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  SW_ASSIGN_OR_RETURN(bool removed, store::AreaFollowRepository(db).Remove(user, follow_id));
  if (!removed) return NotFound("没有这项关注 no follow " + std::to_string(follow_id));
  return Status::Ok();
}

Result<std::vector<store::Id>> AreaFollowersOf(store::Database& db, const org::OrgDirectory& org,
                                               const cases::Catalog& catalog, const store::CaseRecord& c) {
  std::vector<store::Id> units;
  for (const auto& unit : {c.grid_id, c.community_id, c.street_id})
    if (unit) units.push_back(*unit);
  for (const store::UnitRecord* d : org.OfKind("district")) units.push_back(d->id);
  SW_ASSIGN_OR_RETURN(auto near, store::AreaFollowRepository(db).Near(c.district_code, units, c.lon, c.lat));
  const store::CatalogItemRecord* item = catalog.FindItem(c.item_code);
  const std::string aspect = item != nullptr ? item->aspect_code : "";
  std::vector<store::Id> out;
  for (const auto& f : near) {
    if (f.user_id == c.reporter_user_id || !Concerns(f, c, aspect)) continue;
    out.push_back(f.user_id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace sanwang::notify
