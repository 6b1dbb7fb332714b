#include "circles/served_circles.h"

#include "circles/circles_codec.h"
#include "circles/extra_facilities.h"
#include "circles/network_store.h"

namespace sanwang::circles {

CirclesSnapshot::CirclesSnapshot(store::CircleNetworkRecord record, WalkNetwork network,
                                 std::optional<store::CircleAnalysisRecord> analysis_record,
                                 std::optional<AnalysisResult> analysis, const CirclesConfig& config)
    : record_(std::move(record)),
      network_(std::move(network)),
      analysis_record_(std::move(analysis_record)),
      analysis_(std::move(analysis)),
      walk_speed_mps_(config.walk_speed_mps),
      query_(network_, config.max_snap_m, config.snap_to_largest_component,
             SearchBoundMeters(kLongestNearbySeconds, walk_speed_mps())) {}

NearbyResult CirclesSnapshot::Nearby(geo::LonLat where, double bound_m) const {
  std::unique_ptr<NearbyWorkspace> space;
  {
    MutexLock lock(pool_mutex_);
    if (!pool_.empty()) {
      space = std::move(pool_.back());
      pool_.pop_back();
    }
  }
  if (!space) space = std::make_unique<NearbyWorkspace>(network_);
  NearbyResult result = query_.Nearby(where, bound_m, *space);
  MutexLock lock(pool_mutex_);
  pool_.push_back(std::move(space));
  return result;
}

Result<std::shared_ptr<const CirclesSnapshot>> ServedCircles::Get(store::Database& db,
                                                                  const std::string& district) {
  SW_ASSIGN_OR_RETURN(auto versions, store::CirclesRepository(db).CurrentVersions(district));
  if (!versions) {
    return Status{ErrorCode::kUnavailable,
                  "尚未导入步行路网 no walking network yet: run `sanwang circles import-osm FILE`"};
  }
  // Loading holds the lock: concurrent requests wait for one load rather than each decoding
  // the same network.
  MutexLock lock(mutex_);
  const bool current = current_ && district_ == district && versions_.network_id == versions->network_id &&
                       versions_.input_sha256 == versions->input_sha256 &&
                       versions_.analysis_id == versions->analysis_id;
  if (current) return current_;
  SW_ASSIGN_OR_RETURN(current_, Load(db, district, *versions));
  district_ = district;
  versions_ = *versions;
  return current_;
}

Result<std::shared_ptr<const CirclesSnapshot>> ServedCircles::Load(store::Database& db,
                                                                   const std::string& district,
                                                                   const store::CircleVersions& versions) {
  SW_ASSIGN_OR_RETURN(StoredNetwork stored, LoadCurrentNetwork(db, district));
  std::optional<store::CircleAnalysisRecord> record;
  std::optional<AnalysisResult> analysis;
  if (versions.analysis_id != 0) {
    SW_ASSIGN_OR_RETURN(record, store::CirclesRepository(db).GetAnalysis(versions.analysis_id));
  }
  if (record) {
    SW_ASSIGN_OR_RETURN(analysis, DecodeAnalysis(record->results));
    record->results.clear();
    SW_RETURN_IF_ERROR(AddSnappedFacilities(stored.network, analysis->extra_facilities));
  }
  return std::make_shared<const CirclesSnapshot>(std::move(stored.record), std::move(stored.network),
                                                 std::move(record), std::move(analysis), config_);
}

}  // namespace sanwang::circles
