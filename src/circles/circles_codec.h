// The stored forms of the circles data: a walking network (graph and snapped points) and
// an analysis result, each as one compact binary blob that the store keeps
// (store/circles_repository.h) so that the network is not rebuilt and the results are not
// recomputed for every request.
//
// Little-endian, with a magic tag and a format version first; decoding checks every size
// and index and returns kDataLoss on a damaged or foreign blob rather than trusting it.
// Pure functions.
#pragma once

#include <string>
#include <string_view>

#include "circles/circle_analysis.h"
#include "circles/walk_network.h"

namespace sanwang::circles {

std::string EncodeNetwork(const WalkNetwork& network);
Result<WalkNetwork> DecodeNetwork(std::string_view bytes);

std::string EncodeAnalysis(const AnalysisResult& result);
Result<AnalysisResult> DecodeAnalysis(std::string_view bytes);

}  // namespace sanwang::circles
