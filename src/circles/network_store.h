// The circles' side of storage: imports a network only when its inputs changed, loads the
// district's current network, and saves an analysis with its coverage rows — through
// store::CirclesRepository, with the blobs of circles_codec.h. The CLI uses it today; the
// API will serve stored results through it without recomputing.
//
// Same thread-safety as the Database it is given (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "circles/circle_analysis.h"
#include "circles/coverage.h"
#include "circles/network_import.h"
#include "core/time.h"
#include "store/circles_repository.h"

namespace sanwang::circles {

struct ImportOutcome {
  bool imported = false;               // false: the same inputs were imported before; nothing changed
  store::CircleNetworkRecord record;   // without the blob
  std::optional<WalkNetwork> network;  // when imported
  std::size_t streets = 0;             // streets stored for the map, when imported
};

// Imports and stores unless the district already holds a network from identical inputs
// (same file bytes, CSVs, tag mapping and import settings) and the streets of its map (a
// network imported before streets were kept is imported again); `force` imports
// regardless. The map's streets (map_streets.h) are replaced with the network.
Result<ImportOutcome> ImportIfChanged(store::Database& db, const std::string& district,
                                      const ImportSources& sources, const CirclesConfig& config,
                                      std::string_view tag_map_text, UnixSeconds now, bool force,
                                      const ProgressFn& progress = {});

struct StoredNetwork {
  store::CircleNetworkRecord record;  // without the blob
  WalkNetwork network;
};

// FailedPrecondition when the district has no network yet.
Result<StoredNetwork> LoadCurrentNetwork(store::Database& db, const std::string& district);

// Saves the result and its coverage, keyed by the network and AnalysisParamsText with the
// version of the extra facilities counted (input_digest.h; empty for none). An analysis of
// the same network and parameters with another set of extra facilities is stale — the
// register changed since — and is replaced, so that one is kept per set of parameters.
Result<store::Id> SaveAnalysis(store::Database& db, const std::string& district, store::Id network_id,
                               const CirclesConfig& config, std::string_view extra_facilities_version,
                               const AnalysisResult& result, const std::vector<CoverageRow>& coverage,
                               UnixSeconds now);

}  // namespace sanwang::circles
