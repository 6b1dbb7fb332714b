// A person's own delivery settings (通知设置, docs/notifications.md §3): everyone signed in
// reads and changes their own and no one else's. Only the channels this server sends on
// may be chosen; an SMS goes to the account's phone, which is shown masked. Stateless
// functions.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "notify/delivery_settings.h"
#include "store/database.h"

namespace sanwang::notify {

struct MyDeliverySettings {
  DeliverySettings settings;
  std::vector<std::string> available;  // the channels this server sends on
  std::string masked_phone;            // "138****0002"; empty without a phone
};

// Unauthenticated for a caller without an account.
Result<MyDeliverySettings> ReadMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                                                  const std::vector<std::string>& available);
// InvalidArgument naming the field for a channel this server does not send on, or as
// ValidateDeliverySettings says; nothing is written then.
Status SaveMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                              const DeliverySettings& settings, const std::vector<std::string>& available,
                              const std::string& district_code, UnixSeconds now);

}  // namespace sanwang::notify
