// The outbox's gauges for /metrics: its messages per channel and state — the queue's depth
// (pending), and how many were sent, given up (dead) and cancelled — counted in the
// database, so that every server of an installation reports the same numbers.
#include <fmt/format.h>

#include "api/api.h"
#include "notify/store/outbox_repository.h"

namespace sanwang::api {

std::string OutboxMetrics(Call& call) {
  auto depths = store::OutboxRepository(call.db).Depths();
  if (!depths.ok()) return "";
  std::string text =
      "# HELP sanwang_outbox_messages Messages beyond the app by channel and state (pending: the queue).\n"
      "# TYPE sanwang_outbox_messages gauge\n";
  for (const auto& [key, n] : *depths)
    text +=
        fmt::format("sanwang_outbox_messages{{channel=\"{}\",state=\"{}\"}} {}\n", key.first, key.second, n);
  return text;
}

}  // namespace sanwang::api
