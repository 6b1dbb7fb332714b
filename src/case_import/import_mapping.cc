#include "case_import/import_mapping.h"

#include <algorithm>

#include "cases/past_case.h"
#include "core/toml_text.h"

namespace sanwang::case_import {
namespace {

template <typename Value>
Status ReadTable(const toml::table& root, const char* key, std::map<std::string, Value>& out) {
  const toml::node* node = root.get(key);
  if (node == nullptr) return Status::Ok();
  const toml::table* table = node->as_table();
  if (table == nullptr) return InvalidArgument(std::string("[") + key + "] 应为表 must be a table", key);
  for (const auto& [name, value] : *table) {
    std::optional<Value> v = value.template value<Value>();
    if (!v) {
      return InvalidArgument(std::string("映射取值类型不对 [") + key + "] \"" + std::string(name.str()) +
                                 "\" has a value of the wrong type",
                             key);
    }
    out.emplace(std::string(name.str()), *v);
  }
  return Status::Ok();
}

Status CheckColumns(const ImportMapping& m) {
  const auto& fields = MappableFields();
  for (const auto& [field, header] : m.columns) {
    if (std::find(fields.begin(), fields.end(), field) == fields.end())
      return InvalidArgument("没有这个字段 [columns] names no Sanwang field '" + field + "'", "columns");
    if (header.empty())
      return InvalidArgument("列名为空 [columns] " + field + " names an empty column", "columns");
  }
  for (const char* required : {"id", "created_at"}) {
    if (m.columns.count(required) == 0)
      return InvalidArgument(std::string("缺少必需的列 [columns] must name the column of ") + required,
                             "columns");
  }
  if (m.columns.count("title") == 0 && m.columns.count("description") == 0)
    return InvalidArgument("须有标题或内容列 [columns] must name a title or a description column", "columns");
  return Status::Ok();
}

Status CheckValues(const ImportMapping& m) {
  const auto& states = cases::PastStates();
  for (const auto& [old, state] : m.states) {
    if (std::find(states.begin(), states.end(), state) == states.end()) {
      return InvalidArgument("[states] \"" + old + "\" = \"" + state +
                                 "\": 只能是 dispatched、accepted、resolved 或 closed must be dispatched, "
                                 "accepted, resolved or closed",
                             "states");
    }
  }
  if (m.classifier_min_confidence < 0 || m.classifier_min_confidence > 1)
    return InvalidArgument("classifier_min_confidence 须在 0 与 1 之间 must lie in 0..1",
                           "classifier_min_confidence");
  return Status::Ok();
}

}  // namespace

const std::vector<std::string>& MappableFields() {
  static const std::vector<std::string> kFields = {
      "id",          "created_at",  "title",     "description",   "category",       "address",
      "lon",         "lat",         "unit",      "reporter_name", "reporter_phone", "state",
      "accepted_at", "resolved_at", "closed_at", "answer",        "rating",         "source"};
  return kFields;
}

const std::string& ImportMapping::ColumnOf(const std::string& field) const {
  static const std::string kNone;
  auto at = columns.find(field);
  return at == columns.end() ? kNone : at->second;
}

Result<ImportMapping> ParseImportMapping(std::string_view toml_text) {
  SW_ASSIGN_OR_RETURN(toml::table root, ParseToml(toml_text, "import mapping"));
  ImportMapping m;
  m.system = root["system"].value_or(std::string{});
  if (m.system.empty())
    return InvalidArgument("须写明原系统名称 the mapping must name the old system (system = \"…\")",
                           "system");
  auto datum = geo::ParseDatum(root["coordinates"].value_or(std::string("wgs84")));
  if (!datum.ok()) return InvalidArgument(datum.status().message(), "coordinates");
  m.coordinates = *datum;
  m.source = root["source"].value_or(m.source);
  m.classifier_min_confidence = root["classifier_min_confidence"].value_or(m.classifier_min_confidence);
  SW_RETURN_IF_ERROR(ReadTable(root, "columns", m.columns));
  SW_RETURN_IF_ERROR(ReadTable(root, "categories", m.categories));
  SW_RETURN_IF_ERROR(ReadTable(root, "states", m.states));
  SW_RETURN_IF_ERROR(ReadTable(root, "units", m.units));
  std::map<std::string, std::int64_t> ratings;
  SW_RETURN_IF_ERROR(ReadTable(root, "ratings", ratings));
  for (const auto& [old, stars] : ratings) {
    if (stars < 1 || stars > 5)
      return InvalidArgument("[ratings] \"" + old + "\": 星级须为 1 至 5 stars must be 1 to 5", "ratings");
    m.ratings.emplace(old, static_cast<int>(stars));
  }
  SW_RETURN_IF_ERROR(CheckColumns(m));
  SW_RETURN_IF_ERROR(CheckValues(m));
  return m;
}

}  // namespace sanwang::case_import
