// What a reporter gives when filing a matter, and its validation. Pure.
#pragma once

#include <optional>
#include <string>

#include "core/status.h"
#include "geo/geometry.h"

namespace sanwang::cases {

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
};

inline constexpr std::size_t kMaxTitleChars = 100;
inline constexpr std::size_t kMaxDescriptionChars = 5000;
inline constexpr std::size_t kMaxNoteChars = 2000;

Status ValidateNewCase(const NewCase& c);

}  // namespace sanwang::cases
