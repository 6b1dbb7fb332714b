// What a reporter gives when filing a matter, and its validation. Pure.
#pragma once

#include <optional>
#include <string>

#include "core/status.h"
#include "geo/geometry.h"

namespace sanwang::cases {

// What the text classifier made of a matter filed without an item (smart dispatch,
// 智能派单): the catalog item it suggested, its calibrated confidence and the model version.
// When `dispatched`, the caller has set NewCase::item_code to the suggestion; otherwise the
// matter goes to the command center for triage. Recorded in the submit event either way.
struct ClassifierSuggestion {
  int model_version = 0;
  std::string item_code;
  double confidence = 0;
  bool dispatched = false;
};

struct NewCase {
  std::string item_code;  // empty: not classified yet, the command center triages it
  std::string title;
  std::string description;
  std::string source = "resident";  // resident | patrol | hotline | supervision | campaign
  std::string reporter_name;
  std::string reporter_phone;
  bool anonymous = false;
  std::optional<geo::LonLat> location;  // WGS-84
  std::string address;
  std::string community_code;  // the reporter's community, used when there is no location
  std::optional<ClassifierSuggestion> classifier;
};

inline constexpr std::size_t kMaxTitleChars = 100;
inline constexpr std::size_t kMaxDescriptionChars = 5000;
inline constexpr std::size_t kMaxNoteChars = 2000;

Status ValidateNewCase(const NewCase& c);

}  // namespace sanwang::cases
