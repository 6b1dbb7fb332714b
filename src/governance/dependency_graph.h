// The dependencies between ledger milestones as a directed graph: an edge (a, b) says that
// a may not be done before b. A ledger holds no cycle (a milestone that waits on itself,
// however far round, could never be done), so every change of a milestone's dependencies
// is checked here before it is written. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "governance/store/ledger_repository.h"

namespace sanwang::governance {

// A cycle the edges would hold if `milestone` depended on exactly `depends_on` (its
// current edges replaced), as the milestones along it, starting and ending with
// `milestone`; nullopt when there is none.
std::optional<std::vector<store::Id>> CycleThrough(const std::vector<store::DependencyEdge>& edges,
                                                   store::Id milestone,
                                                   const std::vector<store::Id>& depends_on);

}  // namespace sanwang::governance
