// Finds whom a notice goes to among the staff (case_notices.h): only the ids of enabled
// accounts of given units and roles. One query on the change's own transaction, reading no
// more of an account than its id — a notice needs neither its name nor its sealed phone;
// and what the sender needs to reach one account.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class RecipientRepository {
 public:
  explicit RecipientRepository(Database& db) : db_(db) {}

  // The enabled accounts whose scope is one of `unit_ids` and whose role is one of
  // `roles`, by id.
  Result<std::vector<Id>> EnabledStaff(const std::vector<Id>& unit_ids,
                                       const std::vector<std::string_view>& roles);
  // Whether the account is enabled and, only when `with_phone`, its phone opened from its
  // seal: what the sender needs of an account, and no more. NotFound for no such account.
  struct Reach {
    bool enabled = false;
    std::string phone;
  };
  Result<Reach> ReachOf(Id user_id, bool with_phone);
  // The enabled accounts of `role` in `district`, by id.
  Result<std::vector<Id>> EnabledOfRole(const std::string& district, std::string_view role);

 private:
  Database& db_;
};

}  // namespace sanwang::store
