// Campaigns (征文 and the like) as one caller runs them, part one: setting a campaign up,
// naming its reviewers, and taking entries. An organizer sets the call up
// (campaign_terms.h) and names the reviewers with the people each declared a conflict with;
// signed-in residents and staff send entries while the window is open on the server's
// clock (opens_at <= now < closes_at, to the second), each a file checked by its bytes
// (campaign_entry_file.h). A resident's account is their verified phone (org/registration.h),
// so an entry from the public is always from a verified person. Reviewing and awarding are
// campaign_review.h and campaign_awards.h.
//
// Checks the caller's rights (campaign_access.h) and the input, naming the field of each
// bad value, and changes nothing when it refuses; writes through
// governance/store/campaign_repository.h. Functions over a Database and an OrgDirectory
// snapshot; thread-safe as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/clock.h"
#include "governance/campaign_terms.h"
#include "governance/store/campaign_repository.h"
#include "org/org_directory.h"

namespace sanwang::governance {

struct CampaignDesk {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;
  const Clock& clock;

  const std::string& district() const { return org.district_code(); }
};

// A campaign's row with its terms read back.
struct Campaign {
  store::CampaignRecord record;
  CampaignTerms terms;
};

// A reviewer as the organizer names them: the account, and the accounts of people they
// declared a conflict with (a relative, a student, a co-author).
struct ReviewerNomination {
  store::Id user_id = 0;
  std::vector<store::Id> declared;
};

struct NewEntry {
  std::string title;
  std::string author_name;  // as the certificate will print it
  std::string file_name;
  std::string content_type;
  std::string data;
};

// Entries an author may send to one campaign.
inline constexpr std::size_t kMaxEntriesPerAuthor = 3;

Result<Campaign> CreateCampaign(const CampaignDesk& desk, const CampaignTerms& terms);
// NotFound for a campaign of another district.
Result<Campaign> FindCampaign(const CampaignDesk& desk, store::Id id);
// Newest first.
Result<std::vector<Campaign>> ListCampaigns(const CampaignDesk& desk);

// Adds the reviewers (or replaces what they declared), while the campaign is open. Refused
// for an account of another district, one that may not review, or an unknown declared account.
Status NameReviewers(const CampaignDesk& desk, store::Id campaign_id,
                     const std::vector<ReviewerNomination>& reviewers);
// The campaign's reviewers (organizers only).
Result<std::vector<store::CampaignReviewerRecord>> CampaignReviewers(const CampaignDesk& desk,
                                                                     store::Id campaign_id);

// FailedPrecondition outside the window (before it opens, at or after it closes) or after
// the campaign moved on; InvalidArgument for a bad title, name or file.
Result<store::CampaignEntryRecord> SubmitEntry(const CampaignDesk& desk, store::Id campaign_id,
                                               const NewEntry& entry);
// The caller's own entries; every entry (with its author) for organizers.
Result<std::vector<store::CampaignEntryRecord>> MyEntries(const CampaignDesk& desk, store::Id campaign_id);
Result<std::vector<store::CampaignEntryRecord>> AllEntries(const CampaignDesk& desk, store::Id campaign_id);

// Every entry (with its author) for organizers, the caller's own for anyone else.
Result<std::vector<store::CampaignEntryRecord>> VisibleEntries(const CampaignDesk& desk,
                                                               store::Id campaign_id);
// An entry with its file's bytes, for its author and organizers; NotFound for anyone else.
Result<store::CampaignEntryRecord> EntryWithFile(const CampaignDesk& desk, store::Id entry_id);

// The accounts an organizer may name as reviewers: enabled, of a reviewer role, by name.
Result<std::vector<store::UserRecord>> ReviewerCandidates(const CampaignDesk& desk);

// What the caller may do with a campaign now, for user interfaces.
struct CampaignAbilities {
  bool organize = false;  // set up, assign, decide, publish
  bool enter = false;     // send an entry now: a role that enters, the campaign open, its window open
  bool review = false;    // named one of its reviewers
};
Result<CampaignAbilities> AbilitiesOf(const CampaignDesk& desk, const store::CampaignRecord& campaign);

// The window is open now: opens_at <= now < closes_at.
bool WindowOpen(const store::CampaignRecord& campaign, UnixSeconds now);

}  // namespace sanwang::governance
