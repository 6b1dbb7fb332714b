#include "notify/outbox_admin.h"

#include "notify/store/outbox_repository.h"
#include "org/roles.h"

namespace sanwang::notify {
namespace {

Status AdminsOnly(const cases::Actor& actor) {
  if (org::InSet(org::AdminRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("只有管理员可以查看发件箱 only admins see the outbox");
}

bool IsOutboxState(const std::string& state) {
  return state == "pending" || state == "sent" || state == "dead" || state == "cancelled";
}

}  // namespace

Result<OutboxPage> ListOutbox(store::Database& db, const cases::Actor& actor,
                              const std::string& district_code, const std::string& state, std::size_t offset,
                              std::size_t limit) {
  SW_RETURN_IF_ERROR(AdminsOnly(actor));
  if (!state.empty() && !IsOutboxState(state)) {
    return InvalidArgument(
        "状态应为 pending、sent、dead 或 cancelled state must be pending, sent, dead or cancelled", "state");
  }
  store::OutboxRepository outbox(db);
  const store::OutboxQuery query{district_code, state, limit, offset};
  OutboxPage page;
  SW_ASSIGN_OR_RETURN(page.items, outbox.List(query));
  SW_ASSIGN_OR_RETURN(page.total, outbox.Count(query));
  return page;
}

Result<store::OutboxRecord> RetryDeadMessage(store::Database& db, const cases::Actor& actor,
                                             const std::string& district_code, store::Id id,
                                             UnixSeconds now) {
  SW_RETURN_IF_ERROR(AdminsOnly(actor));
  store::OutboxRepository outbox(db);
  auto found = outbox.Get(id);
  if (!found.ok() || found->district_code != district_code)
    return NotFound("消息不存在 no message " + std::to_string(id));
  SW_ASSIGN_OR_RETURN(bool retried, outbox.Retry(id, now));
  if (!retried) {
    return Status(ErrorCode::kConflict,
                  "只能重试已放弃的消息 only a dead message is sent again; this one is " + found->state);
  }
  return outbox.Get(id);
}

}  // namespace sanwang::notify
