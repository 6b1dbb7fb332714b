// The version of an imported network: the SHA-256 of everything the import read — the
// OSM file's bytes, the optional homes and facilities CSVs, the facility tag mapping and
// the import settings — so that importing unchanged inputs again is recognised and
// skipped, and any change (even of a setting) imports anew. Each part enters with a label
// and its length, so two different sets of inputs never hash the same text.
//
// The version of a set of extra facilities (extra_facilities.h) is made the same way from
// what the analysis and its outputs read of them, so that it can key a stored analysis.
//
// Uses libsodium's SHA-256. Pure apart from reading the file; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "circles/network_import.h"
#include "core/status.h"

namespace sanwang::circles {

// The hex digest of the import's inputs. NotFound when the OSM file is missing.
Result<std::string> ImportVersion(const ImportSources& sources, std::string_view settings_text,
                                  std::string_view tag_map_text);

// The hex digest of each facility's id, type, name and exact coordinates, in id order (the
// order given does not matter); empty for no facilities.
std::string ExtraFacilitiesVersion(const std::vector<Facility>& extra);

}  // namespace sanwang::circles
