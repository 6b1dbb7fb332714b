// Writes the in-app notices a change of a resident's matter causes (docs/notifications.md):
// a CaseListener, so the notices are written in the change's own transaction and exist if
// and only if the change committed. Which change tells whom what is NoticeRules' data;
// this file finds the recipients — the reporter and the residents who follow the case, the
// handling unit's staff, the command center's, or the followers of the area a new report
// is in (area_follows.h) — leaves out whoever acted, and fills the texts. A notice carries the case's number,
// title and the action's note, never the reporter's name or phone. Immutable after construction; thread-safe
// (each call uses the Database it is given).
#pragma once

#include <memory>

#include "cases/case_listener.h"
#include "cases/workflow.h"
#include "notify/notice_rules.h"

namespace sanwang::notify {

// The enabled staff who work the inbox of `unit_id` (grid workers, community, street and
// department staff whose own unit it is): who hears of a case that unit handles.
Result<std::vector<store::Id>> UnitHandlers(store::Database& db, store::Id unit_id);

// Where a recipient opens the case in the browser app.
std::string ResidentCaseLink(store::Id case_id);
std::string StaffCaseLink(store::Id case_id);
// Where an area's follower reads of a new report there: their follows (关注区域).
inline constexpr const char* kAreaFollowsLink = "/follows";

class CaseNoticeWriter : public cases::CaseListener {
 public:
  // Both must outlive the writer.
  CaseNoticeWriter(const NoticeRules& rules, const cases::Workflow& workflow);

  Status OnCaseChange(store::Database& db, const org::OrgDirectory& org, const cases::Catalog& catalog,
                      const store::CaseChange& change) const override;

 private:
  const NoticeRules& rules_;
  const cases::Workflow& workflow_;
};

}  // namespace sanwang::notify
