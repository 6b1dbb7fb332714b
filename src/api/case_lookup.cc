#include "api/case_lookup.h"

#include "api/request_parsing.h"
#include "cases/case_access.h"
#include "store/case_repository.h"

namespace sanwang::api {
namespace {

// Only a resident who did not report the case can read it by following it.
bool Follows(store::CaseRepository& repo, const cases::Actor& actor, const store::CaseRecord& c) {
  if (actor.role != org::kResident || !actor.user_id || actor.user_id == c.reporter_user_id) return false;
  auto follows = repo.IsFollower(c.id, *actor.user_id);
  return follows.ok() && *follows;
}

}  // namespace

Result<store::CaseRecord> ReadableCase(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  store::CaseRepository repo(call.db);
  auto c = repo.Get(id);
  if (!c.ok() || !cases::CanReadCase(call.domain->org, call.actor(), *c, Follows(repo, call.actor(), *c))) {
    return NotFound("没有该诉求 no case " + call.params["id"]);
  }
  return c;
}

}  // namespace sanwang::api
