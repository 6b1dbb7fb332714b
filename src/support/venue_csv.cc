#include "support/venue_csv.h"

#include <cstdio>
#include <map>
#include <optional>

#include "core/csv.h"
#include "support/csv_columns.h"
#include "support/store/venue_repository.h"
#include "support/venue.h"
#include "support/venue_bookings.h"

namespace sanwang::support {
namespace {

const CsvColumnSet& Columns() {
  static const CsvColumnSet kColumns = {
      .names = {"id", "owner_unit_code", "name", "kind", "address", "lon", "lat", "capacity", "workday_hours",
                "rest_day_hours", "open_to", "max_days_ahead", "max_minutes", "needs_approval", "active"},
      .chinese_names = {{"编号", "id"},
                        {"所属单位", "owner_unit_code"},
                        {"名称", "name"},
                        {"类型", "kind"},
                        {"地址", "address"},
                        {"经度", "lon"},
                        {"纬度", "lat"},
                        {"容纳人数", "capacity"},
                        {"工作日开放时间", "workday_hours"},
                        {"休息日开放时间", "rest_day_hours"},
                        {"开放对象", "open_to"},
                        {"最多提前天数", "max_days_ahead"},
                        {"最长分钟数", "max_minutes"},
                        {"需要审批", "needs_approval"},
                        {"启用", "active"}},
      .required = {"owner_unit_code", "name", "kind", "capacity"}};
  return kColumns;
}

const std::map<std::string, std::string>& ValueAliases() {
  static const std::map<std::string, std::string> kAliases = {{"党群服务中心活动室", "party_service_room"},
                                                              {"活动室", "activity_room"},
                                                              {"阅览室", "reading_space"},
                                                              {"球场", "court"},
                                                              {"游乐场", "playground"},
                                                              {"其他", "other"},
                                                              {"公众", "public"},
                                                              {"工作人员", "staff"}};
  return kAliases;
}

std::string Canonical(const std::string& value) {
  auto it = ValueAliases().find(value);
  return it == ValueAliases().end() ? value : it->second;
}

Result<store::VenueRecord> ReadRow(const CsvRowReader& r, const org::OrgDirectory& org) {
  store::VenueRecord v;
  SW_RETURN_IF_ERROR(r.Integer("id", v.id));
  v.owner_unit_code = r.Text("owner_unit_code");
  v.name = r.Text("name");
  v.kind = Canonical(r.Text("kind"));
  v.address = r.Text("address");
  SW_RETURN_IF_ERROR(r.Real("lon", v.lon));
  SW_RETURN_IF_ERROR(r.Real("lat", v.lat));
  SW_RETURN_IF_ERROR(r.Integer("capacity", v.capacity));
  v.workday_hours = r.Text("workday_hours");
  v.rest_day_hours = r.Text("rest_day_hours");
  if (r.Has("open_to") && !r.Text("open_to").empty()) v.open_to = Canonical(r.Text("open_to"));
  SW_RETURN_IF_ERROR(r.Integer("max_days_ahead", v.max_days_ahead));
  SW_RETURN_IF_ERROR(r.Integer("max_minutes", v.max_minutes));
  SW_RETURN_IF_ERROR(r.Bool("needs_approval", v.needs_approval));
  SW_RETURN_IF_ERROR(r.Bool("active", v.active));
  auto owner = VenueOwnerUnit(org, v.owner_unit_code);
  if (!owner.ok()) return CsvRowError(r.number(), "owner_unit_code", owner.status().message());
  v.owner_unit_id = *owner;
  v.district_code = org.district_code();
  Status valid = ValidateVenue(v);
  if (!valid.ok()) return CsvRowError(r.number(), valid.field(), valid.message());
  return v;
}

std::string Number(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.7f", *v);
  return buf;
}

}  // namespace

Result<std::vector<store::VenueRecord>> ParseVenueCsv(std::string_view text, const org::OrgDirectory& org) {
  return ReadCsvRecords<store::VenueRecord>(text, Columns(),
                                            [&](const CsvRowReader& r) { return ReadRow(r, org); });
}

Result<VenueImportResult> ImportVenues(store::Database& db, const org::OrgDirectory& org,
                                       std::string_view text) {
  SW_ASSIGN_OR_RETURN(auto venues, ParseVenueCsv(text, org));
  VenueImportResult result;
  store::VenueRepository repo(db);
  Status written = db.InTransaction([&]() -> Status {
    for (const store::VenueRecord& v : venues) {
      if (v.id == 0) {
        SW_RETURN_IF_ERROR(repo.Insert(v).status());
        ++result.added;
        continue;
      }
      auto stored = repo.Get(v.id);
      if (!stored.ok() || stored->district_code != v.district_code) {
        return InvalidArgument("场地不存在 no such venue " + std::to_string(v.id), "id");
      }
      SW_RETURN_IF_ERROR(repo.Update(v));
      ++result.updated;
    }
    return Status::Ok();
  });
  if (!written.ok()) return written;
  return result;
}

std::string VenueCsv(const std::vector<store::VenueRecord>& venues) {
  std::string out = CsvLine(Columns().names);
  for (const store::VenueRecord& v : venues) {
    out += CsvLine({std::to_string(v.id), v.owner_unit_code, v.name, v.kind, v.address, Number(v.lon),
                    Number(v.lat), std::to_string(v.capacity), v.workday_hours, v.rest_day_hours, v.open_to,
                    std::to_string(v.max_days_ahead), std::to_string(v.max_minutes),
                    v.needs_approval ? "true" : "false", v.active ? "true" : "false"});
  }
  return out;
}

}  // namespace sanwang::support
