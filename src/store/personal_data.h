// The repositories' one door to the personal-data keys (core/personal_data_keys.h): the
// phone and ID numbers and two-step secrets they write are sealed here and opened again
// as rows are read, so neither the domain nor the routes see anything but plain values,
// and the database holds none. The keys are the process's, installed once at startup
// from the configuration (cli/context.cc); with none installed values are stored as they
// are, as before encryption existed.
//
// Thread-safe: the installed keys are never freed, so a reader racing an install (only
// tests install twice) still holds valid keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/personal_data_keys.h"

namespace sanwang::store {

// Installs the keys the repositories use from now on; nullopt stores values plain.
void UsePersonalDataKeys(std::optional<PersonalDataKeys> keys);
// The installed keys, or nullptr.
const PersonalDataKeys* InstalledPersonalDataKeys();

// `plain` as it is to be stored.
std::string SealPersonal(std::string_view plain);
// A stored value as plain text. A value that cannot be opened (a key missing from the key
// file, a damaged value) reads as empty and is logged, without the value, at most every
// ten seconds: a read must not fail a whole list for one bad cell.
std::string OpenPersonal(std::string_view stored);
// The value stored beside a sealed number and searched for it (the number itself when no
// keys are installed).
std::string PersonalLookup(std::string_view plain);

}  // namespace sanwang::store
