#include "case_import/work_order_reader.h"

#include <cstdlib>

#include "case_import/old_system_time.h"
#include "core/text.h"
#include "geo/china_coordinates.h"

namespace sanwang::case_import {
namespace {

// A title made of the description when the export has none: what a list can show.
constexpr std::size_t kTitleFromDescriptionChars = 30;

const char* const kUnitKinds[] = {"street", "community", "grid", "department", "command_center"};

std::optional<double> ParseNumber(std::string_view text) {
  std::string s(text);
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

Result<WorkOrderReader> WorkOrderReader::Make(const ImportMapping& mapping, const SourceTable& table,
                                              const org::OrgDirectory& org, const cases::Catalog& catalog,
                                              ItemGuesser guess) {
  WorkOrderReader reader(mapping, org, catalog, std::move(guess));
  for (const auto& [field, header] : mapping.columns) {
    int index = table.ColumnIndex(header);
    if (index < 0) {
      return InvalidArgument(
          "文件中没有映射所指的列 the file has no column '" + header + "' (the mapping's " + field + ")",
          "columns");
    }
    reader.column_[field] = index;
  }
  for (const auto& [old, code] : mapping.categories) {
    if (catalog.FindItem(code) == nullptr)
      return InvalidArgument("[categories] \"" + old + "\": 没有该事项 no catalog item '" + code + "'",
                             "categories");
  }
  for (const auto& [code, item] : catalog.items()) reader.item_by_name_.emplace(item.name, code);
  for (const char* kind : kUnitKinds) {
    for (const store::UnitRecord* u : org.OfKind(kind)) {
      reader.unit_by_name_.emplace(u->name, u->id);
      reader.unit_by_name_.emplace(u->code, u->id);
    }
  }
  for (const auto& [old, code] : mapping.units) {
    const store::UnitRecord* u = org.FindByCode(code);
    if (u == nullptr || u->kind == "district")
      return InvalidArgument("[units] \"" + old + "\": 没有该单位 no handling unit '" + code + "'", "units");
    reader.unit_by_name_[old] = u->id;
  }
  return reader;
}

const SourceCell* WorkOrderReader::Cell(const SourceRow& row, const std::string& field) const {
  auto at = column_.find(field);
  if (at == column_.end() || static_cast<std::size_t>(at->second) >= row.cells.size()) return nullptr;
  return &row.cells[static_cast<std::size_t>(at->second)];
}

std::string_view WorkOrderReader::Text(const SourceRow& row, const std::string& field) const {
  const SourceCell* cell = Cell(row, field);
  return cell ? TrimAscii(cell->text) : std::string_view{};
}

Result<std::optional<UnixSeconds>> WorkOrderReader::Time(const SourceRow& row, const std::string& field,
                                                         bool date1904) const {
  const SourceCell* cell = Cell(row, field);
  if (cell == nullptr || TrimAscii(cell->text).empty()) return std::optional<UnixSeconds>{};
  SW_ASSIGN_OR_RETURN(UnixSeconds t, ParseOldSystemTime(*cell, date1904, field));
  return std::optional<UnixSeconds>{t};
}

Result<WorkOrder> WorkOrderReader::Read(const SourceRow& row, bool date1904) const {
  WorkOrder order;
  cases::PastMatter& m = order.matter;
  m.system = mapping_.system;
  m.source_id = std::string(Text(row, "id"));
  if (m.source_id.empty()) return InvalidArgument("缺少原工单编号 the work order id is empty", "id");
  SW_RETURN_IF_ERROR(ReadTexts(row, m));
  SW_ASSIGN_OR_RETURN(std::optional<UnixSeconds> created, Time(row, "created_at", date1904));
  if (!created) return InvalidArgument("缺少受理时间 the filing time is empty", "created_at");
  m.created_at = *created;
  SW_ASSIGN_OR_RETURN(m.accepted_at, Time(row, "accepted_at", date1904));
  SW_ASSIGN_OR_RETURN(m.resolved_at, Time(row, "resolved_at", date1904));
  SW_ASSIGN_OR_RETURN(m.closed_at, Time(row, "closed_at", date1904));
  SW_RETURN_IF_ERROR(ReadPoint(row, m));
  SW_RETURN_IF_ERROR(ReadUnit(row, m));
  SW_RETURN_IF_ERROR(ReadState(row, m));
  SW_RETURN_IF_ERROR(ReadRating(row, m));
  order.category = std::string(Text(row, "category"));
  ChooseItem(order);
  return order;
}

Status WorkOrderReader::ReadTexts(const SourceRow& row, cases::PastMatter& m) const {
  m.title = std::string(Text(row, "title"));
  m.description = std::string(Text(row, "description"));
  if (m.title.empty())
    m.title = std::string(TrimAscii(Utf8Prefix(m.description, kTitleFromDescriptionChars)));
  if (m.title.empty())
    return InvalidArgument("标题和内容都为空 both the title and the description are empty", "title");
  m.address = std::string(Text(row, "address"));
  m.reporter_name = std::string(Text(row, "reporter_name"));
  m.reporter_phone = std::string(Text(row, "reporter_phone"));
  m.answer = std::string(Text(row, "answer"));
  std::string_view source = Text(row, "source");
  m.source = source.empty() ? mapping_.source : std::string(source);
  return Status::Ok();
}

Status WorkOrderReader::ReadPoint(const SourceRow& row, cases::PastMatter& m) const {
  std::string_view lon_text = Text(row, "lon");
  std::string_view lat_text = Text(row, "lat");
  if (lon_text.empty() && lat_text.empty()) return Status::Ok();
  std::optional<double> lon = ParseNumber(lon_text);
  std::optional<double> lat = ParseNumber(lat_text);
  if (!lon || !lat) {
    return InvalidArgument("经纬度不是数字或只有一个 lon and lat must both be numbers '" +
                               std::string(lon_text) + "', '" + std::string(lat_text) + "'",
                           "lon");
  }
  auto wgs84 = geo::ToWgs84(geo::LonLat{*lon, *lat}, mapping_.coordinates);
  if (!wgs84.ok()) return InvalidArgument(wgs84.status().message(), "lon");
  m.location = *wgs84;
  return Status::Ok();
}

Status WorkOrderReader::ReadUnit(const SourceRow& row, cases::PastMatter& m) const {
  std::string unit(Text(row, "unit"));
  if (unit.empty()) return Status::Ok();
  auto at = unit_by_name_.find(unit);
  if (at == unit_by_name_.end()) {
    return InvalidArgument(
        "承办单位不存在，请在映射文件 [units] 中对应 no unit named '" + unit + "': map it under [units]",
        "unit");
  }
  m.unit_id = at->second;
  return Status::Ok();
}

// The state the old system wrote, through [states] or as Sanwang's own name; without a
// state column, the furthest step the times show.
Status WorkOrderReader::ReadState(const SourceRow& row, cases::PastMatter& m) const {
  std::string state(Text(row, "state"));
  if (column_.count("state") == 0 || state.empty()) {
    m.state = m.closed_at ? "closed" : m.resolved_at ? "resolved" : m.accepted_at ? "accepted" : "dispatched";
    return Status::Ok();
  }
  auto mapped = mapping_.states.find(state);
  m.state = mapped != mapping_.states.end() ? mapped->second : state;
  const auto& states = cases::PastStates();
  if (std::find(states.begin(), states.end(), m.state) == states.end()) {
    return InvalidArgument(
        "办理状态未在映射文件 [states] 中对应 the state '" + state + "' is not mapped under [states]",
        "state");
  }
  return Status::Ok();
}

Status WorkOrderReader::ReadRating(const SourceRow& row, cases::PastMatter& m) const {
  std::string rating(Text(row, "rating"));
  if (rating.empty()) return Status::Ok();
  auto mapped = mapping_.ratings.find(rating);
  if (mapped != mapping_.ratings.end()) {
    m.stars = mapped->second;
    return Status::Ok();
  }
  if (rating.size() == 1 && rating[0] >= '1' && rating[0] <= '5') {
    m.stars = rating[0] - '0';
    return Status::Ok();
  }
  return InvalidArgument(
      "满意度未在映射文件 [ratings] 中对应 the rating '" + rating + "' is not mapped under [ratings]",
      "rating");
}

void WorkOrderReader::ChooseItem(WorkOrder& order) const {
  cases::PastMatter& m = order.matter;
  if (auto mapped = mapping_.categories.find(order.category); mapped != mapping_.categories.end()) {
    m.item_code = mapped->second;
    return;
  }
  if (catalog_.FindItem(order.category) != nullptr) {
    m.item_code = order.category;
    return;
  }
  if (auto named = item_by_name_.find(order.category); named != item_by_name_.end()) {
    m.item_code = named->second;
    return;
  }
  order.item_guessed = true;
  std::optional<ItemGuess> guess = guess_ ? guess_(m.title + "\n" + m.description) : std::nullopt;
  if (!guess) return;
  order.suggested_item = guess->item_code;
  order.item_confidence = guess->confidence;
  if (guess->confidence >= mapping_.classifier_min_confidence) {
    m.item_code = guess->item_code;
    m.item_confidence = guess->confidence;
  }
}

}  // namespace sanwang::case_import
