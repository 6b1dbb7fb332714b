// The circles as a server holds them in memory: the district's stored network (decoded
// once) with the extra facilities its latest stored analysis counted (the district's
// venues, extra_facilities.h), that analysis, and a point query over the network with a
// pool of search workspaces. Each Get asks the store for the current network and analysis ids
// (one small query) and loads again only when either changed, so an import or an
// analysis run while the server runs is served from the next request on.
//
// Thread-safe: Get may be called concurrently (a mutex guards the current snapshot);
// snapshots are shared read-only, and their workspace pool has its own mutex.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "circles/circle_analysis.h"
#include "circles/circles_config.h"
#include "circles/point_query.h"
#include "core/mutex.h"
#include "store/circles_repository.h"

namespace sanwang::circles {

// The longest walk the nearby page may ask about (the API's `minutes` cap); the point
// query is prepared for walks up to it (point_query.h).
inline constexpr int kLongestNearbySeconds = 60 * 60;

class CirclesSnapshot {
 public:
  CirclesSnapshot(store::CircleNetworkRecord record, WalkNetwork network,
                  std::optional<store::CircleAnalysisRecord> analysis_record,
                  std::optional<AnalysisResult> analysis, const CirclesConfig& config);
  CirclesSnapshot(const CirclesSnapshot&) = delete;
  CirclesSnapshot& operator=(const CirclesSnapshot&) = delete;

  const store::CircleNetworkRecord& record() const { return record_; }
  const WalkNetwork& network() const { return network_; }
  // The latest analysis (without its blob, which `analysis` holds decoded); none before
  // the first `circles analyze`.
  const std::optional<store::CircleAnalysisRecord>& analysis_record() const { return analysis_record_; }
  const std::optional<AnalysisResult>& analysis() const { return analysis_; }
  const PointQuery& query() const { return query_; }
  double walk_speed_mps() const { return analysis_ ? analysis_->walk_speed_mps : walk_speed_mps_; }

  // Runs a point query on a workspace from the pool.
  NearbyResult Nearby(geo::LonLat where, double bound_m) const;

 private:
  store::CircleNetworkRecord record_;
  WalkNetwork network_;
  std::optional<store::CircleAnalysisRecord> analysis_record_;
  std::optional<AnalysisResult> analysis_;
  double walk_speed_mps_;
  PointQuery query_;  // borrows network_
  mutable Mutex pool_mutex_;
  mutable std::vector<std::unique_ptr<NearbyWorkspace>> pool_ SW_GUARDED_BY(pool_mutex_);
};

class ServedCircles {
 public:
  explicit ServedCircles(CirclesConfig config) : config_(std::move(config)) {}

  // The current snapshot; kUnavailable when the district has no network yet.
  Result<std::shared_ptr<const CirclesSnapshot>> Get(store::Database& db, const std::string& district);

 private:
  Result<std::shared_ptr<const CirclesSnapshot>> Load(store::Database& db, const std::string& district,
                                                      const store::CircleVersions& versions);

  const CirclesConfig config_;
  Mutex mutex_;
  std::shared_ptr<const CirclesSnapshot> current_ SW_GUARDED_BY(mutex_);
  std::string district_ SW_GUARDED_BY(mutex_);
  store::CircleVersions versions_ SW_GUARDED_BY(mutex_);  // what current_ holds
};

}  // namespace sanwang::circles
