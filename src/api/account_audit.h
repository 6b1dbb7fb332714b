// What an admin's change to an account did, as one line for the audit log's detail:
// "role grid_worker → street_staff; unit G1 → S; disabled false → true". Only the fields
// that decide what the account may do — role, unit (by code), disabled — and only those
// that changed; names and phone numbers are personal data and stay out of the log.
//
// A pure function; thread-safe.
#pragma once

#include <string>

#include "org/org_directory.h"
#include "store/records.h"

namespace sanwang::api {

std::string AccountChangeNote(const store::UserRecord& before, const store::UserRecord& after,
                              const org::OrgDirectory& org);

}  // namespace sanwang::api
