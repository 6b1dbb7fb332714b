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
#include "notify/notice_rules.h"
#include "store/database.h"

namespace sanwang::notify {

// A kind of notice the caller may hear of beyond the app, with the channels its rules go
// out on that this server sends on.
struct KindChoice {
  std::string kind;
  std::string title, title_en;
  std::vector<std::string> channels;
};

// The kinds of notice that may reach `actor` beyond the app, in the rules' order: those of
// the audiences their role may be in — a resident as a reporter, a booker or an area's
// follower; staff as everything but a reporter — whose rules name a channel this server
// sends on. None without rules.
std::vector<KindChoice> KindChoices(const NoticeRules* rules, const cases::Actor& actor,
                                    const std::vector<std::string>& available);

struct MyDeliverySettings {
  DeliverySettings settings;
  std::vector<std::string> available;  // the channels this server sends on
  std::string masked_phone;            // "138****0002"; empty without a phone
  std::vector<KindChoice> kinds;       // what may be narrowed kind by kind
};

// Unauthenticated for a caller without an account.
Result<MyDeliverySettings> ReadMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                                                  const std::vector<std::string>& available,
                                                  const NoticeRules* rules);
// InvalidArgument naming the field for a channel this server does not send on, a kind that
// is not among KindChoices (kinds), or as ValidateDeliverySettings says; nothing is
// written then.
Status SaveMyDeliverySettings(store::Database& db, const cases::Actor& actor,
                              const DeliverySettings& settings, const std::vector<std::string>& available,
                              const NoticeRules* rules, const std::string& district_code, UnixSeconds now);

}  // namespace sanwang::notify
