// The minute sweep's daily digests for leaders (notify/daily_digest.h), in the sweep's own
// write.
#include "cli/module_sweeps.h"
#include "notify/daily_digest.h"

namespace sanwang::cli {

Result<std::string> SendDailyDigests(const SweepContext& context) {
  const auto& rules = context.api.options().notices;
  if (!rules) return std::string();
  SW_ASSIGN_OR_RETURN(int sent,
                      notify::SendDailyDigests(context.db, context.org, context.api.workflow(), *rules,
                                               context.org.district_code(), context.api.clock().Now()));
  return sent == 0 ? std::string() : "sent " + std::to_string(sent) + " daily digests";
}

}  // namespace sanwang::cli
