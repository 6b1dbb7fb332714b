#include "support/api/venue_schemas.h"

#include <cstdint>

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json MultipleOf(json schema, int step) {
  schema["multipleOf"] = step;
  return schema;
}

json VenueKind() {
  return Enum({"party_service_room", "activity_room", "reading_space", "court", "playground", "other"});
}

// "08:30-21:00" on the half hour, or "" for closed.
json Hours() {
  json hours = WithExample(String(), "08:30-21:00");
  hours["pattern"] = "^$|^[0-2][0-9]:[03]0-[0-2][0-9]:[03]0$";
  return hours;
}

json HoursObject() { return Object({{"workday", Hours()}, {"rest_day", Hours()}}, {}); }

json VenueFields(bool with_ids) {
  json p = {{"owner_unit_code", WithExample(String(), "411002003001")},
            {"name", Utf8Text(200, "和平社区党群服务中心多功能厅")},
            {"kind", VenueKind()},
            {"address", WithExample(Text(500), "魏都区和平路 18 号")},
            {"lon", Nullable(Number(-180, 180))},
            {"lat", Nullable(Number(-90, 90))},
            {"capacity", Integer(1, 100000)},
            {"hours", HoursObject()},
            {"open_to", Enum({"public", "staff"})},
            {"max_days_ahead", Integer(0, 366)},
            {"max_minutes", MultipleOf(Integer(30, 1440), 30)},
            {"needs_approval", Boolean()},
            {"active", Boolean()}};
  if (with_ids) {
    p["id"] = Integer();
    p["owner_unit_name"] = WithExample(String(), "和平社区");
    p["manage"] = Boolean();
  }
  return p;
}

}  // namespace

json VenueSchema() {
  return Named("Venue",
               Object(VenueFields(true), {"id", "owner_unit_code", "owner_unit_name", "name", "kind",
                                          "address", "lon", "lat", "capacity", "hours", "open_to",
                                          "max_days_ahead", "max_minutes", "needs_approval", "active"}));
}

json VenueListSchema() { return ItemList(VenueSchema()); }

json VenueBodySchema(bool creating) {
  std::vector<std::string> required;
  if (creating) required = {"owner_unit_code", "name", "kind", "capacity"};
  return Named(creating ? "NewVenue" : "VenueChange", ClosedObject(VenueFields(false), required));
}

json BookingSchema() {
  json p = {{"id", Integer()},
            {"venue_id", Integer()},
            {"venue_name", WithExample(String(), "和平社区党群服务中心多功能厅")},
            {"starts_at", DateTime()},
            {"ends_at", DateTime()},
            {"state", Enum({"pending", "accepted", "refused", "cancelled", "no_show"})},
            {"mine", Boolean()},
            {"purpose", WithExample(String(), "老年合唱团排练")},
            {"people", Integer()},
            {"reason", String()},
            {"booker_name", String()},
            {"created_at", DateTime()},
            {"decided_at", Nullable(DateTime())}};
  json booking =
      Object(p, {"id", "venue_id", "venue_name", "starts_at", "ends_at", "state", "mine", "purpose"});
  booking["description"] =
      "people, reason, booker_name, created_at and decided_at are sent only to the booker and the venue's "
      "managers; others see the purpose as 已预订 booked.";
  return Named("Booking", booking);
}

json BookingListSchema() { return ItemPage(BookingSchema(), kMaxBookingPageSize); }

json NewBookingSchema() {
  json p = {{"starts_at", WithExample(DateTime(), "2026-12-07T19:00:00+08:00")},
            {"ends_at", WithExample(DateTime(), "2026-12-07T20:30:00+08:00")},
            {"purpose", Utf8Text(500, "老年合唱团排练")},
            {"people", Integer(1, 100000)}};
  return Named("NewBooking", ClosedObject(p, {"starts_at", "ends_at", "purpose", "people"}));
}

json VenueScheduleSchema() {
  json day = Object({{"date", Date()}, {"hours", Hours()}}, {"date", "hours"});
  return Named("VenueSchedule", Object({{"venue", VenueSchema()},
                                        {"from", DateTime()},
                                        {"to", DateTime()},
                                        {"days", ArrayOf(day)},
                                        {"items", ArrayOf(BookingSchema())}},
                                       {"venue", "from", "to", "days", "items"}));
}

json BookingDecisionSchema() {
  return Named("BookingDecision", ClosedObject({{"reason", Utf8Text(500, "当日场地维修")}}, {}));
}

namespace {

json UsageFigures() {
  return {{"open_hours", Described(Number(), "Hours open on the working calendar")},
          {"booked_hours", Described(Number(), "Hours held by accepted bookings, no-shows included")},
          {"used_hours", Described(Number(), "Hours of accepted bookings not marked no-show, up to now")},
          {"occupancy", Described(Number(), "booked_hours ÷ open_hours; 0 when never open")}};
}

const std::vector<std::string> kFigureNames = {"open_hours", "booked_hours", "used_hours", "occupancy"};

std::vector<std::string> With(std::vector<std::string> names) {
  names.insert(names.end(), kFigureNames.begin(), kFigureNames.end());
  return names;
}

}  // namespace

json VenueUsageSchema() {
  json unit_row = UsageFigures();
  unit_row.update({{"code", String()}, {"name", String()}, {"venues", Integer()}});
  json venue_row = UsageFigures();
  venue_row.update({{"id", Integer()},
                    {"name", String()},
                    {"kind", VenueKind()},
                    {"owner_unit_code", String()},
                    {"owner_unit_name", String()},
                    {"active", Boolean()}});
  json cell = Object({{"weekday", Described(Integer(1, 7), "1 = Monday … 7 = Sunday")},
                      {"hour", Integer(0, 23)},
                      {"open_hours", Number()},
                      {"booked_hours", Number()},
                      {"occupancy", Number()}},
                     {"weekday", "hour", "open_hours", "booked_hours", "occupancy"});
  return Named("VenueUsage",
               Object({{"unit", Object({{"code", String()}, {"name", String()}}, {"code", "name"})},
                       {"from", Date()},
                       {"to", Date()},
                       {"total", Object(UsageFigures(), kFigureNames)},
                       {"units", ArrayOf(Object(unit_row, With({"code", "name", "venues"})))},
                       {"venues", ArrayOf(Object(venue_row, With({"id", "name", "kind", "owner_unit_code",
                                                                  "owner_unit_name", "active"})))},
                       {"heat", Described(ArrayOf(cell), "7 × 24 cells, Monday 00:00 first")}},
                      {"unit", "from", "to", "total", "units", "venues", "heat"}));
}

json VenuePhotoSchema() {
  return Named("VenuePhoto",
               Object({{"id", Integer(1, INT64_MAX)},
                       {"caption", WithExample(Text(60), "多功能厅全景")},
                       {"content_type", Enum({"image/jpeg", "image/png", "image/webp"})},
                       {"size_bytes", Integer(1, INT64_MAX)},
                       {"sha256", String()},
                       {"uploaded_at", DateTime()},
                       {"url", WithExample(String(), "/api/v1/venues/7/photos/3")}},
                      {"id", "caption", "content_type", "size_bytes", "sha256", "uploaded_at", "url"}));
}

json VenuePhotoListSchema() {
  return Named("VenuePhotoList", Object({{"items", ArrayOf(VenuePhotoSchema())}, {"may_manage", Boolean()}},
                                        {"items", "may_manage"}));
}

json VenuePhotoUploadSchema() {
  return {{"type", "string"},
          {"format", "binary"},
          {"description", "The image itself: image/jpeg, image/png or image/webp, up to 10 MiB."}};
}

}  // namespace sanwang::api
