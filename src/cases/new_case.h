// What a reporter gives when filing a matter, and its validation. Pure.
#pragma once

#include <optional>
#include <string>

#include "cases/actor.h"
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
  // The reporter files for another person (代他人反映): the name and phone given are that
  // person's. Without it a resident's matter carries the resident's own name and phone.
  bool for_other_person = false;
  std::optional<geo::LonLat> location;  // WGS-84
  std::string address;
  std::string community_code;  // the reporter's community, used when there is no location
  std::optional<ClassifierSuggestion> classifier;
};

inline constexpr std::size_t kMaxTitleChars = 100;
inline constexpr std::size_t kMaxDescriptionChars = 5000;
inline constexpr std::size_t kMaxNoteChars = 2000;

Status ValidateNewCase(const NewCase& c);

// Who a matter is filed under. A resident files matters of source "resident" only, under
// the name and phone of their own account (`account`) unless the matter is marked as
// reported for another person; a name or phone that differs from the account's is refused
// rather than silently replaced, so the client learns of the rule. Staff filing a hotline
// call or a patrol finding give the caller's details as they are. Fills in the account's
// details where the resident left them out.
Status BindReporter(NewCase& c, const Actor& filer, const store::UserRecord& account);

}  // namespace sanwang::cases
