#include "cases/extension.h"

#include <string>

namespace sanwang::cases {

Status CheckExtensionHours(std::optional<int> hours) {
  if (!hours || *hours < 1 || *hours > kMaxExtensionHours) {
    return InvalidArgument("延期时长须为 1 至 " + std::to_string(kMaxExtensionHours) +
                               " 个工作小时 hours must be from 1 to " + std::to_string(kMaxExtensionHours),
                           "hours");
  }
  return Status::Ok();
}

UnixSeconds ExtendedDeadline(const WorkingCalendar& calendar, const store::CaseRecord& c, int hours,
                             UnixSeconds now) {
  return calendar.AddWorkingHours(c.resolve_due.value_or(now), hours);
}

}  // namespace sanwang::cases
