// Keeps each person's delivery settings (notify_settings): one row per account, the e-mail
// address and WeChat id sealed as personal data (store/personal_data.h).
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>

#include "notify/store/delivery_records.h"
#include "store/database.h"

namespace sanwang::store {

class DeliverySettingsRepository {
 public:
  explicit DeliverySettingsRepository(Database& db) : db_(db) {}

  // The account's settings; nothing when it never set any.
  Result<std::optional<DeliverySettingsRecord>> Of(Id user_id);
  // Replaces the account's settings, or writes the first.
  Status Put(const DeliverySettingsRecord& settings);

 private:
  Database& db_;
};

}  // namespace sanwang::store
