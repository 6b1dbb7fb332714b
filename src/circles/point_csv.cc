#include "circles/point_csv.h"

#include <cmath>
#include <cstdlib>
#include <set>

#include "circles/facility_tags.h"
#include "core/csv.h"

namespace sanwang::circles {
namespace {

Status RowError(const CsvTable& table, std::size_t row, const std::string& what) {
  return InvalidArgument("line " + std::to_string(table.LineOf(row)) + ": " + what,
                         "line " + std::to_string(table.LineOf(row)));
}

Result<double> Number(const CsvTable& table, std::size_t row, const std::string& column) {
  const std::string& text = table.Get(row, column);
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value)) {
    return RowError(table, row, column + " '" + text + "' is not a number");
  }
  return value;
}

Result<geo::LonLat> Location(const CsvTable& table, std::size_t row) {
  SW_ASSIGN_OR_RETURN(double lon, Number(table, row, "lon"));
  SW_ASSIGN_OR_RETURN(double lat, Number(table, row, "lat"));
  geo::LonLat p{lon, lat};
  if (Status s = geo::ValidateLonLat(p); !s.ok()) return RowError(table, row, s.message());
  return p;
}

Result<Home> HomeAt(const CsvTable& table, std::size_t row) {
  Home home;
  home.id = table.Get(row, "id");
  if (home.id.empty()) return RowError(table, row, "id is empty");
  SW_ASSIGN_OR_RETURN(home.where, Location(table, row));
  if (table.HasColumn("weight") && !table.Get(row, "weight").empty()) {
    SW_ASSIGN_OR_RETURN(home.weight, Number(table, row, "weight"));
    if (home.weight < 0) return RowError(table, row, "weight must not be negative");
  }
  return home;
}

Result<Facility> FacilityAt(const CsvTable& table, std::size_t row) {
  Facility f;
  f.id = table.Get(row, "id");
  f.type = table.Get(row, "type");
  if (f.id.empty()) return RowError(table, row, "id is empty");
  if (!IsValidFacilityType(f.type)) return RowError(table, row, "type '" + f.type + "' is not [a-z0-9_]+");
  SW_ASSIGN_OR_RETURN(f.where, Location(table, row));
  if (table.HasColumn("name")) f.name = table.Get(row, "name");
  return f;
}

}  // namespace

Result<std::vector<Home>> ParseHomesCsv(std::string_view text) {
  SW_ASSIGN_OR_RETURN(CsvTable table, CsvTable::Parse(text, {"id", "lon", "lat"}));
  std::vector<Home> homes;
  std::set<std::string> seen;
  for (std::size_t row = 0; row < table.size(); ++row) {
    SW_ASSIGN_OR_RETURN(Home home, HomeAt(table, row));
    if (!seen.insert(home.id).second) return RowError(table, row, "id " + home.id + " is repeated");
    homes.push_back(std::move(home));
  }
  return homes;
}

Result<std::vector<Facility>> ParseFacilitiesCsv(std::string_view text) {
  SW_ASSIGN_OR_RETURN(CsvTable table, CsvTable::Parse(text, {"id", "type", "lon", "lat"}));
  std::vector<Facility> facilities;
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t row = 0; row < table.size(); ++row) {
    SW_ASSIGN_OR_RETURN(Facility f, FacilityAt(table, row));
    if (!seen.insert({f.id, f.type}).second)
      return RowError(table, row, f.id + " is listed twice as " + f.type);
    facilities.push_back(std::move(f));
  }
  return facilities;
}

}  // namespace sanwang::circles
