// A notice on its way to its recipient (docs/notifications.md §3): written to their bell
// and, for each channel beyond the app its rule names that the recipient's settings take
// (delivery_settings.h), queued in the outbox — all in the caller's transaction, so the
// messages exist if and only if the change that caused them committed. A message falling
// in the recipient's quiet hours is due at their end. Its idempotency key names the notice
// and the channel, so the same notice is never queued twice on one channel and a gateway
// sees the same key on every attempt. No address is queued: the sender reads it when it
// sends. Stateless functions.
#pragma once

#include <optional>
#include <vector>

#include "core/time.h"
#include "notify/notice_rules.h"
#include "notify/store/inbox_repository.h"
#include "store/database.h"

namespace sanwang::notify {

// The notice's bell entry (its id is set here) and its messages beyond the app.
Status DeliverNotice(store::Database& db, const NoticeRule& rule, store::NoticeRecord& notice,
                     const NoticeValues& values);

// For each rule and each recipient, `about` (its district, case, link and time set) with the
// rule's kind and texts filled from `values`, delivered as DeliverNotice does. A recipient
// named twice is told once, and `actor` not at all: no one is told of what they did.
Status DeliverToEach(store::Database& db, const std::vector<const NoticeRule*>& rules,
                     const NoticeValues& values, std::vector<store::Id> recipients,
                     std::optional<store::Id> actor, store::NoticeRecord about);

}  // namespace sanwang::notify
