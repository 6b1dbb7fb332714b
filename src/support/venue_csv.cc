#include "support/venue_csv.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "core/csv.h"
#include "support/store/venue_repository.h"
#include "support/venue.h"
#include "support/venue_bookings.h"

namespace sanwang::support {
namespace {

const std::vector<std::string> kColumns = {
    "id",          "owner_unit_code", "name",          "kind",           "address", "lon",
    "lat",         "capacity",        "workday_hours", "rest_day_hours", "open_to", "max_days_ahead",
    "max_minutes", "needs_approval",  "active"};

const std::map<std::string, std::string>& HeaderAliases() {
  static const std::map<std::string, std::string> kAliases = {{"编号", "id"},
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
                                                              {"启用", "active"}};
  return kAliases;
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

Status RowError(std::size_t row, const std::string& field, const std::string& message) {
  return InvalidArgument(
      "第 " + std::to_string(row) + " 行 row " + std::to_string(row) + ", " + field + ": " + message, field);
}

// Column index of each canonical name in the header.
Result<std::map<std::string, std::size_t>> HeaderColumns(const CsvRow& header) {
  std::map<std::string, std::size_t> columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto alias = HeaderAliases().find(header[i]);
    const std::string name = alias == HeaderAliases().end() ? header[i] : alias->second;
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end()) {
      return RowError(1, header[i], "未知的列 unknown column");
    }
    columns[name] = i;
  }
  for (const char* required : {"owner_unit_code", "name", "kind", "capacity"}) {
    if (!columns.contains(required)) return RowError(1, required, "缺少此列 the column is missing");
  }
  return columns;
}

struct RowReader {
  const CsvRow& row;
  const std::map<std::string, std::size_t>& columns;
  std::size_t number;

  std::string Text(const std::string& name) const {
    auto it = columns.find(name);
    return it == columns.end() || it->second >= row.size() ? "" : row[it->second];
  }
  Status Integer(const std::string& name, std::int64_t& out) const {
    const std::string text = Text(name);
    if (text.empty()) return Status::Ok();
    std::size_t used = 0;
    try {
      out = std::stoll(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != text.size() || used == 0) return RowError(number, name, "应为整数 must be a whole number");
    return Status::Ok();
  }
  Status Real(const std::string& name, std::optional<double>& out) const {
    const std::string text = Text(name);
    if (text.empty()) return Status::Ok();
    std::size_t used = 0;
    try {
      out = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != text.size() || used == 0) return RowError(number, name, "应为数字 must be a number");
    return Status::Ok();
  }
  Status Bool(const std::string& name, bool& out) const {
    const std::string text = Text(name);
    if (text.empty()) return Status::Ok();
    if (text == "true" || text == "1" || text == "是") {
      out = true;
    } else if (text == "false" || text == "0" || text == "否") {
      out = false;
    } else {
      return RowError(number, name, "应为 true/false 或 是/否 must be true/false or 是/否");
    }
    return Status::Ok();
  }
};

Result<store::VenueRecord> ReadRow(const RowReader& r, const org::OrgDirectory& org) {
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
  if (r.columns.contains("open_to") && !r.Text("open_to").empty()) v.open_to = Canonical(r.Text("open_to"));
  SW_RETURN_IF_ERROR(r.Integer("max_days_ahead", v.max_days_ahead));
  SW_RETURN_IF_ERROR(r.Integer("max_minutes", v.max_minutes));
  SW_RETURN_IF_ERROR(r.Bool("needs_approval", v.needs_approval));
  SW_RETURN_IF_ERROR(r.Bool("active", v.active));
  auto owner = VenueOwnerUnit(org, v.owner_unit_code);
  if (!owner.ok()) return RowError(r.number, "owner_unit_code", owner.status().message());
  v.owner_unit_id = *owner;
  v.district_code = org.district_code();
  Status valid = ValidateVenue(v);
  if (!valid.ok()) return RowError(r.number, valid.field(), valid.message());
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
  SW_ASSIGN_OR_RETURN(std::vector<CsvRow> rows, ParseCsv(text));
  if (rows.empty()) return InvalidArgument("文件为空 the file is empty", "file");
  SW_ASSIGN_OR_RETURN(auto columns, HeaderColumns(rows.front()));
  std::vector<store::VenueRecord> venues;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    if (rows[i].size() == 1 && rows[i][0].empty()) continue;  // a blank line
    if (rows[i].size() != rows.front().size()) {
      return RowError(i + 1, "row", "列数与表头不符 the row's fields do not match the header");
    }
    SW_ASSIGN_OR_RETURN(store::VenueRecord v, ReadRow(RowReader{rows[i], columns, i + 1}, org));
    venues.push_back(std::move(v));
  }
  return venues;
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
  std::string out = CsvLine(kColumns);
  for (const store::VenueRecord& v : venues) {
    out += CsvLine({std::to_string(v.id), v.owner_unit_code, v.name, v.kind, v.address, Number(v.lon),
                    Number(v.lat), std::to_string(v.capacity), v.workday_hours, v.rest_day_hours, v.open_to,
                    std::to_string(v.max_days_ahead), std::to_string(v.max_minutes),
                    v.needs_approval ? "true" : "false", v.active ? "true" : "false"});
  }
  return out;
}

}  // namespace sanwang::support
