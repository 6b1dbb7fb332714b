// Who is acting on a case: an account with its role and scope unit, or the system itself
// (automatic routing, timers). Plain value.
#pragma once

#include <optional>
#include <string>

#include "org/roles.h"
#include "store/records.h"

namespace sanwang::cases {

struct Actor {
  std::optional<store::Id> user_id;
  std::string role;
  std::optional<store::Id> unit_id;

  static Actor System() { return {std::nullopt, std::string(org::kSystem), std::nullopt}; }
  static Actor FromUser(const store::UserRecord& u) { return {u.id, u.role, u.unit_id}; }
};

}  // namespace sanwang::cases
