#include "circles/store/street_repository.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace sanwang::store {
namespace {

constexpr const char* kColumns =
    "id, district_code, osm_way_id, name, road_class, road_rank, min_lon, min_lat, max_lon, max_lat, "
    "length_m, line";
// Rows go in batches: one statement per row is slow over a network connection.
constexpr std::size_t kBatch = 200;

Result<StreetRecord> StreetFromRow(const Row& r) {
  StreetRecord s;
  s.id = r.Int(0);
  s.district_code = r.Text(1);
  s.osm_way_id = r.Int(2);
  s.name = r.Text(3);
  s.road_class = r.Text(4);
  s.rank = static_cast<int>(r.Int(5));
  s.min_lon = r.Real(6), s.min_lat = r.Real(7), s.max_lon = r.Real(8), s.max_lat = r.Real(9);
  s.length_m = r.Real(10);
  SW_ASSIGN_OR_RETURN(s.line, DecodeStreetLine(r.Text(11)));
  return s;
}

Result<double> ParseDegrees(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Internal("stored street line has a bad number '" + std::string(text) + "'");
  }
  return value;
}

}  // namespace

std::string EncodeStreetLine(const std::vector<StreetPoint>& line) {
  std::string text;
  text.reserve(line.size() * 24);
  char buf[64];
  for (const StreetPoint& p : line) {
    std::snprintf(buf, sizeof buf, "%s%.7f,%.7f", text.empty() ? "" : ";", p.lon, p.lat);
    text += buf;
  }
  return text;
}

Result<std::vector<StreetPoint>> DecodeStreetLine(std::string_view text) {
  std::vector<StreetPoint> line;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(';'), text.size());
    const std::string_view pair = text.substr(0, end);
    const std::size_t comma = pair.find(',');
    if (comma == std::string_view::npos) return Internal("stored street line lacks a comma");
    SW_ASSIGN_OR_RETURN(double lon, ParseDegrees(pair.substr(0, comma)));
    SW_ASSIGN_OR_RETURN(double lat, ParseDegrees(pair.substr(comma + 1)));
    line.push_back({lon, lat});
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return line;
}

Status StreetRepository::ReplaceStreets(const std::string& district,
                                        const std::vector<StreetRecord>& streets) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db_.Execute("DELETE FROM map_streets WHERE district_code = ?", {district}).status());
    for (std::size_t first = 0; first < streets.size(); first += kBatch) {
      SW_RETURN_IF_ERROR(InsertBatch(district, streets, first, std::min(streets.size(), first + kBatch)));
    }
    return Status::Ok();
  });
}

Status StreetRepository::InsertBatch(const std::string& district, const std::vector<StreetRecord>& streets,
                                     std::size_t first, std::size_t last) {
  std::string sql =
      "INSERT INTO map_streets (district_code, osm_way_id, name, road_class, road_rank, min_lon, min_lat, "
      "max_lon, max_lat, length_m, line) VALUES ";
  SqlParams params;
  for (std::size_t i = first; i < last; ++i) {
    const StreetRecord& s = streets[i];
    sql += i == first ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    params.insert(params.end(),
                  {district, s.osm_way_id, s.name, s.road_class, std::int64_t{s.rank}, s.min_lon, s.min_lat,
                   s.max_lon, s.max_lat, s.length_m, EncodeStreetLine(s.line)});
  }
  return db_.Execute(sql, params).status();
}

Result<std::vector<StreetRecord>> StreetRepository::InBox(const StreetQuery& q) {
  std::string sql = std::string("SELECT ") + kColumns +
                    " FROM map_streets WHERE district_code = ? AND road_rank <= ? AND min_lon <= ? AND "
                    "max_lon >= ? AND min_lat <= ? AND max_lat >= ?";
  if (q.named_only) sql += " AND name <> ''";
  sql += " ORDER BY road_rank, length_m DESC, id LIMIT ?";
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query(sql, {q.district_code, std::int64_t{q.max_rank}, q.max_lon, q.min_lon, q.max_lat,
                                 q.min_lat, static_cast<std::int64_t>(q.limit)}));
  std::vector<StreetRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    SW_ASSIGN_OR_RETURN(StreetRecord s, StreetFromRow(r));
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::int64_t> StreetRepository::Count(const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT COUNT(*) FROM map_streets WHERE district_code = ?", {district}));
  return rows.at(0).Int(0);
}

}  // namespace sanwang::store
