#include "notify/ledger_notices.h"

#include "notify/outbox.h"
#include "notify/store/recipient_repository.h"
#include "org/roles.h"

namespace sanwang::notify {

Status TellOfSupervision(store::Database& db, const NoticeRules& rules, const SupervisionOpened& opened,
                         const cases::Actor& actor, UnixSeconds now) {
  const auto matching = rules.ForLedger("supervision");
  if (matching.empty()) return Status::Ok();
  const org::RoleSet staff = org::StaffRoles();
  SW_ASSIGN_OR_RETURN(std::vector<store::Id> recipients,
                      store::RecipientRepository(db).EnabledStaff(
                          {opened.unit_id}, std::vector<std::string_view>(staff.begin(), staff.end())));
  if (opened.leader_id) recipients.push_back(*opened.leader_id);
  const NoticeValues values = {{"milestone", opened.milestone},
                               {"due", opened.due_on},
                               {"level", opened.level},
                               {"reason", opened.reason},
                               {"note", opened.note}};
  store::NoticeRecord about;
  about.district_code = opened.district_code;
  about.link = kSupervisionLink;
  about.created_at = now;
  return DeliverToEach(db, matching, values, std::move(recipients), actor.user_id, about);
}

}  // namespace sanwang::notify
