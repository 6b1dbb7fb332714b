#include "notify/case_watches.h"

#include <map>

#include "cases/case_access.h"
#include "notify/store/case_watch_repository.h"
#include "org/roles.h"

namespace sanwang::notify {
namespace {

Result<store::Id> StaffAccountOf(const cases::Actor& actor) {
  if (!actor.user_id) return Status(ErrorCode::kUnauthenticated, "请先登录 sign in first");
  if (!MayWatchCases(actor)) {
    return PermissionDenied("居民请在诉求页关注事项 residents follow a matter from its page instead");
  }
  return *actor.user_id;
}

}  // namespace

bool MayWatchCases(const cases::Actor& actor) { return org::InSet(org::CaseHandlerRoles(), actor.role); }

Status WatchCase(store::Database& db, const cases::Actor& actor, const store::CaseRecord& c,
                 UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id user, StaffAccountOf(actor));
  store::CaseWatchRepository watches(db);
  return db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(bool already, watches.Has(user, c.id));
    if (already) return Status::Ok();
    SW_ASSIGN_OR_RETURN(std::int64_t count, watches.CountOfUser(user));
    if (count >= kMaxCaseWatches) {
      return FailedPrecondition("关注的案件已达上限 " + std::to_string(kMaxCaseWatches) + " 件 you follow " +
                                std::to_string(kMaxCaseWatches) + " cases already, the most one may");
    }
    return watches.Insert(c.district_code, user, c.id, now).status();
  });
}

Status UnwatchCase(store::Database& db, const cases::Actor& actor, store::Id case_id) {
  SW_ASSIGN_OR_RETURN(store::Id user, StaffAccountOf(actor));
  return store::CaseWatchRepository(db).Remove(user, case_id).status();
}

Result<bool> WatchesCase(store::Database& db, const cases::Actor& actor, store::Id case_id) {
  if (!actor.user_id || !MayWatchCases(actor)) return false;
  return store::CaseWatchRepository(db).Has(*actor.user_id, case_id);
}

Result<std::vector<WatchedCase>> MyWatchedCases(store::Database& db, const org::OrgDirectory& org,
                                                const cases::Actor& actor) {
  SW_ASSIGN_OR_RETURN(store::Id user, StaffAccountOf(actor));
  SW_ASSIGN_OR_RETURN(auto watches, store::CaseWatchRepository(db).OfUser(user));
  if (watches.empty()) return std::vector<WatchedCase>();
  // The cases in one read, then in the order they were followed.
  store::CaseFilter filter;
  filter.district_code = org.district_code();
  for (const store::CaseWatchRecord& w : watches) filter.ids.push_back(w.case_id);
  filter.limit = static_cast<int>(watches.size());
  SW_ASSIGN_OR_RETURN(auto found, store::CaseRepository(db).List(filter));
  std::map<store::Id, store::CaseRecord> by_id;
  for (store::CaseRecord& c : found) by_id.emplace(c.id, std::move(c));
  std::vector<WatchedCase> out;
  for (const store::CaseWatchRecord& w : watches) {
    auto c = by_id.find(w.case_id);
    // A case the caller no longer reads (moved out of their unit's subtree) is left out.
    if (c == by_id.end() || !cases::CanReadCase(org, actor, c->second)) continue;
    out.push_back({std::move(c->second), w.since});
  }
  return out;
}

Result<std::vector<store::Id>> CaseWatchersOf(store::Database& db, store::Id case_id) {
  return store::CaseWatchRepository(db).Watchers(case_id);
}

}  // namespace sanwang::notify
