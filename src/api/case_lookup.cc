#include "api/case_lookup.h"

#include "api/request_parsing.h"
#include "cases/case_access.h"
#include "store/case_repository.h"

namespace sanwang::api {

Result<store::CaseRecord> ReadableCase(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  auto c = store::CaseRepository(call.db).Get(id);
  if (!c.ok() || !cases::CanReadCase(call.domain->org, call.actor(), *c)) {
    return NotFound("no case " + call.params["id"]);
  }
  return c;
}

}  // namespace sanwang::api
