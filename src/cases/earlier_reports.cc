#include "cases/earlier_reports.h"

#include <algorithm>
#include <cmath>

#include "classify/text_similarity.h"
#include "geo/geometry.h"

namespace sanwang::cases {
namespace {

constexpr UnixSeconds kDay = 86400;

std::string TextOf(const store::CaseRecord& c) { return c.title + " " + c.description; }

// Better: more similar, then nearer, then older.
bool Better(const PossibleDuplicate& a, const PossibleDuplicate& b) {
  if (a.similarity != b.similarity) return a.similarity > b.similarity;
  if (a.distance_m != b.distance_m) return a.distance_m < b.distance_m;
  return a.id < b.id;
}

}  // namespace

UnixSeconds EarlierReportsSince(const Workflow& w, UnixSeconds filed_at) {
  return filed_at -
         static_cast<UnixSeconds>(std::max(w.repeat_window_days(), w.duplicate_window_days())) * kDay;
}

store::CoordinateBox EarlierReportsArea(const Workflow& w, const store::CaseRecord& c) {
  constexpr double kMetersPerDegree = 111320.0;
  constexpr double kPi = 3.14159265358979323846;
  // A little wider than the radius: the distance is measured on the sphere afterwards.
  double radius_m = 1.01 * std::max(w.repeat_radius_m(), w.duplicate_radius_m());
  double lat = c.lat.value_or(0), lon = c.lon.value_or(0);
  double dlat = radius_m / kMetersPerDegree;
  double dlon = radius_m / (kMetersPerDegree * std::max(0.01, std::cos(lat * kPi / 180)));
  return {lon - dlon, lat - dlat, lon + dlon, lat + dlat};
}

EarlierReports FindEarlierReports(const Workflow& w, const store::CaseRecord& c,
                                  const std::vector<store::CaseRecord>& open_same_item) {
  EarlierReports found;
  if (c.item_code.empty() || !c.lon || !c.lat) return found;
  const UnixSeconds repeat_since = c.created_at - static_cast<UnixSeconds>(w.repeat_window_days()) * kDay;
  const UnixSeconds duplicate_since =
      c.created_at - static_cast<UnixSeconds>(w.duplicate_window_days()) * kDay;
  const std::string text = TextOf(c);
  for (const store::CaseRecord& other : open_same_item) {
    if (other.id == c.id || other.item_code != c.item_code || !other.lon || !other.lat) continue;
    double d = geo::DistanceMeters({*c.lon, *c.lat}, {*other.lon, *other.lat});
    if (!found.repeat_of && other.created_at >= repeat_since && d <= w.repeat_radius_m()) {
      found.repeat_of = other.repeat_of ? other.repeat_of : other.id;
    }
    if (other.created_at < duplicate_since || d > w.duplicate_radius_m()) continue;
    PossibleDuplicate candidate{other.id, d, classify::BigramSimilarity(text, TextOf(other))};
    if (candidate.similarity < w.duplicate_min_similarity()) continue;
    if (!found.duplicate || Better(candidate, *found.duplicate)) found.duplicate = candidate;
  }
  return found;
}

}  // namespace sanwang::cases
