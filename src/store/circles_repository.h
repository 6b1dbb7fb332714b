// Keeps the fifteen-minute service circles (schema version 5): a district's imported
// walking network as one blob with the SHA-256 of its inputs, and analysis results keyed
// by that network and the analysis parameters, with coverage per unit as rows.
//
// One network per district is kept: storing a new one drops the old one and its analyses
// (a network of a whole city is tens of megabytes). The blobs' contents are the circles
// module's business (circles/circles_codec.h); this layer only stores them.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct CircleNetworkRecord {
  Id id = 0;
  std::string district_code;
  std::string input_sha256;
  std::string source_name;  // the OSM file's name, for people
  std::int64_t nodes = 0;
  std::int64_t edges = 0;
  std::int64_t homes = 0;
  std::int64_t facilities = 0;
  std::string network;  // the serialized network; empty when not loaded
  UnixSeconds imported_at = 0;
};

struct CircleAnalysisRecord {
  Id id = 0;
  std::string district_code;
  Id network_id = 0;
  std::string params;   // "walk_speed_mps=1.2;circle_seconds=300,600,900"
  std::string results;  // the serialized result; empty when not loaded
  UnixSeconds created_at = 0;
};

struct CircleCoverageRecord {
  std::string unit_kind;
  std::string unit_code;
  std::string unit_name;
  std::string facility_type;
  int circle_seconds = 0;
  double population = 0;
  double covered = 0;
};

// Which analyses a network has, without their results.
struct CircleAnalysisKey {
  Id id = 0;
  std::string params;
};

// What a server checks on each request to know whether its copy in memory is current.
struct CircleVersions {
  Id network_id = 0;
  std::string input_sha256;
  Id analysis_id = 0;  // the network's latest analysis; 0 when none
};

class CirclesRepository {
 public:
  explicit CirclesRepository(Database& db) : db_(db) {}

  // The district's network imported from inputs with this digest, without its blob.
  Result<std::optional<CircleNetworkRecord>> FindNetwork(const std::string& district,
                                                         const std::string& sha256);
  // Stores the network as the district's one network, dropping any other and its
  // analyses, in one transaction. Returns it with its id.
  Result<CircleNetworkRecord> ReplaceNetwork(CircleNetworkRecord network);
  // The district's network with its blob, if one was imported.
  Result<std::optional<CircleNetworkRecord>> CurrentNetwork(const std::string& district);

  // Stores an analysis and its coverage rows, replacing one with the same network and
  // parameters and the analyses `replaced` names (the circles module decides which are
  // stale), in one transaction. Returns its id.
  Result<Id> SaveAnalysis(const CircleAnalysisRecord& analysis,
                          const std::vector<CircleCoverageRecord>& coverage,
                          const std::vector<Id>& replaced = {});
  // The network's analyses, oldest first.
  Result<std::vector<CircleAnalysisKey>> AnalysisKeys(Id network_id);
  // With its results blob.
  Result<std::optional<CircleAnalysisRecord>> FindAnalysis(Id network_id, const std::string& params);
  // The district's current network and its latest analysis, without blobs (one small query).
  Result<std::optional<CircleVersions>> CurrentVersions(const std::string& district);
  // With its results blob.
  Result<std::optional<CircleAnalysisRecord>> GetAnalysis(Id analysis_id);
  // Ordered by unit kind, unit code, facility type and circle.
  Result<std::vector<CircleCoverageRecord>> Coverage(Id analysis_id);

 private:
  Status DeleteAnalyses(const std::string& where, const SqlParams& params);
  Status InsertCoverage(Id analysis_id, const std::string& district,
                        const std::vector<CircleCoverageRecord>& coverage);
  Database& db_;
};

}  // namespace sanwang::store
