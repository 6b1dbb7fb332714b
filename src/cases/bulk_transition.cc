#include "cases/bulk_transition.h"

#include <set>

#include "cases/case_access.h"

namespace sanwang::cases {

Status CheckBulkIds(const std::vector<store::Id>& ids) {
  if (ids.empty() || ids.size() > kMaxBulkCases) {
    return InvalidArgument("ids 须列出 1 至 " + std::to_string(kMaxBulkCases) +
                               " 个诉求 ids must list 1 to " + std::to_string(kMaxBulkCases) + " cases",
                           "ids");
  }
  std::set<store::Id> seen;
  for (store::Id id : ids) {
    if (!seen.insert(id).second)
      return InvalidArgument("诉求重复 case " + std::to_string(id) + " is listed twice", "ids");
  }
  return Status::Ok();
}

std::vector<BulkOutcome> ApplyToEach(CaseEngine& engine, store::Database& db, const org::OrgDirectory& org,
                                     const std::vector<store::Id>& ids, const TransitionRequest& request,
                                     const Actor& actor) {
  std::vector<BulkOutcome> outcomes;
  store::CaseRepository repo(db);
  for (store::Id id : ids) {
    auto c = repo.Get(id);
    if (!c.ok() || !CanReadCase(org, actor, *c)) {
      outcomes.push_back({id, NotFound("没有该诉求 no case " + std::to_string(id))});
      continue;
    }
    outcomes.push_back({id, engine.Apply(id, request, actor)});
  }
  return outcomes;
}

}  // namespace sanwang::cases
