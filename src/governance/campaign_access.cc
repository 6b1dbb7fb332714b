#include "governance/campaign_access.h"

#include "org/roles.h"

namespace sanwang::governance {

Status MayReadCampaigns(const cases::Actor& actor) {
  if (org::InSet(org::CampaignEntrantRoles(), actor.role) ||
      org::InSet(org::CampaignOrganizerRoles(), actor.role) ||
      org::InSet(org::CampaignReviewerRoles(), actor.role)) {
    return Status::Ok();
  }
  return PermissionDenied("无权查看征文活动 your role does not read campaigns");
}

Status MayEnterCampaign(const cases::Actor& actor) {
  if (!actor.user_id || !org::InSet(org::CampaignEntrantRoles(), actor.role)) {
    return PermissionDenied("无权投稿 your role does not send campaign entries");
  }
  return Status::Ok();
}

Status MayOrganizeCampaigns(const cases::Actor& actor) {
  if (!org::InSet(org::CampaignOrganizerRoles(), actor.role)) {
    return PermissionDenied("无权组织征文活动 your role does not run campaigns");
  }
  return Status::Ok();
}

Status MayReviewCampaigns(const store::UserRecord& user) {
  if (user.disabled || !org::InSet(org::CampaignReviewerRoles(), user.role)) {
    return InvalidArgument("账号 " + user.username + " 不能担任评审 account " + user.username +
                               " may not review (a disabled account or a role that does not review)",
                           "reviewers");
  }
  return Status::Ok();
}

}  // namespace sanwang::governance
