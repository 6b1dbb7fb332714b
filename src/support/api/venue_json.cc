#include "support/api/venue_json.h"

#include "api/responses.h"

namespace sanwang::api {
namespace {

nlohmann::json Optional(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

Status ReadText(const nlohmann::json& o, const std::string& key, bool required, std::string& out) {
  if (!required && !o.contains(key)) return Status::Ok();
  SW_ASSIGN_OR_RETURN(out, StringField(o, key, required));
  return Status::Ok();
}

Status ReadInteger(const nlohmann::json& o, const std::string& key, bool required, std::int64_t& out) {
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> v, IntegerField(o, key));
  if (v) out = *v;
  if (!v && required) return InvalidArgument(key + " 必填 " + key + " is required", key);
  return Status::Ok();
}

Status ReadBool(const nlohmann::json& o, const std::string& key, bool& out) {
  SW_ASSIGN_OR_RETURN(std::optional<bool> v, BoolField(o, key));
  if (v) out = *v;
  return Status::Ok();
}

Status ReadPlace(const nlohmann::json& o, store::VenueRecord& v) {
  if (o.contains("lon")) {
    SW_ASSIGN_OR_RETURN(v.lon, NumberField(o, "lon"));
  }
  if (o.contains("lat")) {
    SW_ASSIGN_OR_RETURN(v.lat, NumberField(o, "lat"));
  }
  return ReadText(o, "address", false, v.address);
}

Status ReadHours(const nlohmann::json& o, store::VenueRecord& v) {
  auto it = o.find("hours");
  if (it == o.end() || it->is_null()) return Status::Ok();
  if (!it->is_object()) {
    return InvalidArgument("hours 应为 {workday, rest_day} hours must be an object {workday, rest_day}",
                           "hours");
  }
  for (const auto& [key, value] : it->items()) {
    if (key != "workday" && key != "rest_day")
      return InvalidArgument("未知字段 unknown field hours." + key, "hours." + key);
    if (!value.is_string())
      return InvalidArgument("hours." + key + " 应为文本 hours." + key + " must be a string", "hours." + key);
    (key == "workday" ? v.workday_hours : v.rest_day_hours) = value.get<std::string>();
  }
  return Status::Ok();
}

Status ReadRules(const nlohmann::json& o, store::VenueRecord& v) {
  SW_RETURN_IF_ERROR(ReadText(o, "open_to", false, v.open_to));
  SW_RETURN_IF_ERROR(ReadInteger(o, "max_days_ahead", false, v.max_days_ahead));
  SW_RETURN_IF_ERROR(ReadInteger(o, "max_minutes", false, v.max_minutes));
  SW_RETURN_IF_ERROR(ReadBool(o, "needs_approval", v.needs_approval));
  return ReadBool(o, "active", v.active);
}

}  // namespace

nlohmann::json VenueJson(const store::VenueRecord& v) {
  return {{"id", v.id},
          {"owner_unit_code", v.owner_unit_code},
          {"owner_unit_name", v.owner_unit_name},
          {"name", v.name},
          {"kind", v.kind},
          {"address", v.address},
          {"lon", Optional(v.lon)},
          {"lat", Optional(v.lat)},
          {"capacity", v.capacity},
          {"hours", {{"workday", v.workday_hours}, {"rest_day", v.rest_day_hours}}},
          {"open_to", v.open_to},
          {"max_days_ahead", v.max_days_ahead},
          {"max_minutes", v.max_minutes},
          {"needs_approval", v.needs_approval},
          {"active", v.active}};
}

nlohmann::json BookingJson(const store::BookingRecord& b, bool mine, bool details) {
  nlohmann::json j = {{"id", b.id},
                      {"venue_id", b.venue_id},
                      {"venue_name", b.venue_name},
                      {"starts_at", FormatIso8601(b.starts_at)},
                      {"ends_at", FormatIso8601(b.ends_at)},
                      {"state", b.state},
                      {"mine", mine}};
  if (!details) {
    j["purpose"] = "已预订 booked";
    return j;
  }
  j["purpose"] = b.purpose;
  j["people"] = b.people;
  j["reason"] = b.reason;
  j["booker_name"] = b.booker_name;
  j["created_at"] = FormatIso8601(b.created_at);
  j["decided_at"] = b.decided_at ? nlohmann::json(FormatIso8601(*b.decided_at)) : nlohmann::json();
  return j;
}

Result<store::VenueRecord> VenueFromJson(const std::string& body, store::VenueRecord base, bool creating) {
  SW_ASSIGN_OR_RETURN(
      nlohmann::json o,
      ParseJsonObject(body, {"owner_unit_code", "name", "kind", "address", "lon", "lat", "capacity", "hours",
                             "open_to", "max_days_ahead", "max_minutes", "needs_approval", "active"}));
  SW_RETURN_IF_ERROR(ReadText(o, "owner_unit_code", creating, base.owner_unit_code));
  SW_RETURN_IF_ERROR(ReadText(o, "name", creating, base.name));
  SW_RETURN_IF_ERROR(ReadText(o, "kind", creating, base.kind));
  SW_RETURN_IF_ERROR(ReadInteger(o, "capacity", creating, base.capacity));
  SW_RETURN_IF_ERROR(ReadPlace(o, base));
  SW_RETURN_IF_ERROR(ReadHours(o, base));
  SW_RETURN_IF_ERROR(ReadRules(o, base));
  return base;
}

Result<support::BookingRequest> BookingRequestFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"starts_at", "ends_at", "purpose", "people"}));
  support::BookingRequest r;
  for (const char* key : {"starts_at", "ends_at"}) {
    SW_ASSIGN_OR_RETURN(std::string text, StringField(o, key, true));
    auto t = ParseIso8601(text);
    if (!t.ok()) {
      return InvalidArgument(std::string(key) + " 应为 ISO 8601 时间 " + key + " must be an ISO 8601 time",
                             key);
    }
    (std::string_view(key) == "starts_at" ? r.starts_at : r.ends_at) = *t;
  }
  SW_ASSIGN_OR_RETURN(r.purpose, StringField(o, "purpose", true));
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> people, IntegerField(o, "people"));
  if (!people) return InvalidArgument("people 必填 people is required", "people");
  r.people = *people;
  return r;
}

namespace {

double Hours(std::int64_t minutes) { return static_cast<double>(minutes) / 60.0; }

nlohmann::json FiguresJson(const support::UsageFigures& f) {
  return {{"open_hours", Hours(f.open_minutes)},
          {"booked_hours", Hours(f.booked_minutes)},
          {"used_hours", Hours(f.used_minutes)},
          {"occupancy", f.Occupancy()}};
}

nlohmann::json HeatJson(const support::UsageHeatMap& heat) {
  nlohmann::json cells = nlohmann::json::array();
  for (std::size_t day = 0; day < heat.size(); ++day) {
    for (std::size_t hour = 0; hour < heat[day].size(); ++hour) {
      const support::UsageCell& cell = heat[day][hour];
      const support::UsageFigures f{cell.open_minutes, cell.booked_minutes, 0};
      cells.push_back({{"weekday", day + 1},
                       {"hour", hour},
                       {"open_hours", Hours(f.open_minutes)},
                       {"booked_hours", Hours(f.booked_minutes)},
                       {"occupancy", f.Occupancy()}});
    }
  }
  return cells;
}

}  // namespace

nlohmann::json VenueUsageJson(const support::VenueUsageReport& report) {
  nlohmann::json venues = nlohmann::json::array();
  for (const support::VenueUsage& v : report.tally.venues) {
    nlohmann::json row = FiguresJson(v.figures);
    row.update({{"id", v.venue.id},
                {"name", v.venue.name},
                {"kind", v.venue.kind},
                {"owner_unit_code", v.venue.owner_unit_code},
                {"owner_unit_name", v.venue.owner_unit_name},
                {"active", v.venue.active}});
    venues.push_back(std::move(row));
  }
  nlohmann::json units = nlohmann::json::array();
  for (const support::UnitUsage& u : report.units) {
    nlohmann::json row = FiguresJson(u.figures);
    row.update({{"code", u.unit.code}, {"name", u.unit.name}, {"venues", u.venues}});
    units.push_back(std::move(row));
  }
  return {{"unit", {{"code", report.unit.code}, {"name", report.unit.name}}},
          {"from", FormatDate(report.range.from)},
          {"to", FormatDate(report.range.to)},
          {"total", FiguresJson(report.tally.total)},
          {"units", units},
          {"venues", venues},
          {"heat", HeatJson(report.tally.heat)}};
}

}  // namespace sanwang::api
