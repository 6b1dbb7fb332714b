// Who may do what in campaigns (征文 and the like; docs/architecture.md §9: the rules live
// in the domain, routes only ask). Organizers (org::CampaignOrganizerRoles) set campaigns
// up, name reviewers, assign reviews, see every entry with its author and, as the
// committee, decide and publish the awards. Entrants (org::CampaignEntrantRoles) send
// entries under their own account and see their own. Reviewers are the accounts an organizer
// named for the campaign (of org::CampaignReviewerRoles); they see the entries assigned to
// them and nothing of their authors. Everyone who may enter reads the campaigns and, once
// published, the results. Pure functions; thread-safe.
#pragma once

#include "cases/actor.h"
#include "store/records.h"

namespace sanwang::governance {

// PermissionDenied for a role that reads no campaigns.
Status MayReadCampaigns(const cases::Actor& actor);
// PermissionDenied for a role that sends no entries, or a caller without an account.
Status MayEnterCampaign(const cases::Actor& actor);
// PermissionDenied for a role that runs no campaigns.
Status MayOrganizeCampaigns(const cases::Actor& actor);
// OK when the account may be named a reviewer: enabled, of a reviewer role.
Status MayReviewCampaigns(const store::UserRecord& user);

}  // namespace sanwang::governance
