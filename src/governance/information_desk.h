// Information work (信息工作) as one caller does it: units submit information items (信息),
// the editors review them in a queue and adopt them at a level (区级 / 市级 / 省级, each
// with its points, information_words.h), return them with comments or decline them; the
// unit revises a returned item and submits it again (each revision kept) or withdraws it.
// The moves are the item workflow's (config/workflows/information_item.toml). An item sent
// twice — by two units, or resent — is flagged with the most alike item of the last
// kInformationLookbackDays (a resend or a copy comes within days; a unit's news of the same
// activity months apart is not a duplicate) and its similarity (classify/text_similarity.h), never refused:
// the editor decides.
//
// Checks the caller's rights (information_access.h) and the input, naming the field of
// each bad value, and changes nothing when it refuses; writes through
// governance/store/information_repository.h, each change with its event in one
// transaction. Functions over a Database and an OrgDirectory snapshot; thread-safe as the
// Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "cases/workflow.h"
#include "core/clock.h"
#include "governance/information_words.h"
#include "governance/store/information_repository.h"
#include "org/org_directory.h"

namespace sanwang::governance {

struct InformationDesk {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;
  const cases::Workflow& workflow;  // information_item.toml
  const Clock& clock;

  const std::string& district() const { return org.district_code(); }
};

// The workflow's name: config/workflows/information_item.toml.
inline constexpr const char* kInformationWorkflow = "information_item";
// The state of a withdrawn item, which counts nowhere.
inline constexpr const char* kWithdrawnState = "withdrawn";
// How far back a new item is compared with the district's items, and how alike two
// items' texts must be (Dice coefficient of character bigrams, in percent) to be flagged.
inline constexpr int kInformationLookbackDays = 30;
inline constexpr std::int64_t kSimilarPercent = 80;
// The limits on an item's text, in characters.
inline constexpr std::size_t kMaxInformationTitle = 100;
inline constexpr std::size_t kMaxInformationBody = 20000;

// The effects an item workflow may name (cases::Workflow::Parse's vocabulary).
cases::EffectVocabulary InformationEffectNames();
// Information work can follow the workflow: it has the closed states `adopted` and
// `withdrawn`, and every transition names an effect.
Status CheckInformationWorkflow(const cases::Workflow& workflow);

// An item's text as the writer gives it.
struct InformationText {
  std::string category_code;
  std::string title;
  std::string body;  // plain text; paragraphs separated by line breaks
};

struct NewInformationItem {
  InformationText text;
  std::string author_name;  // the writer as the item names them (e.g. the caller's name)
};

struct InformationFilter {
  std::string state;      // one of the workflow's states
  std::string unit_code;  // this unit's items and those of the units below it
  std::string category_code;
  bool to_review = false;  // the editors' queue: items waiting for review, oldest first
  std::optional<UnixSeconds> submitted_from;
  std::optional<UnixSeconds> submitted_to;
  std::int64_t limit = 50;
  std::int64_t offset = 0;
};

struct InformationPage {
  std::vector<store::InformationItemRecord> items;
  std::int64_t total = 0;
};

struct InformationAction {
  std::string action;                      // a transition of the workflow
  std::string note;                        // comments (required to return or decline)
  std::string level_code;                  // adopt: the level, required
  std::optional<InformationText> revised;  // resubmit: the new text, required
};

// Everything kept about an item.
struct InformationHistory {
  std::vector<store::InformationVersionRecord> versions;
  std::vector<store::InformationAdoptionRecord> adoptions;
  std::vector<store::InformationEventRecord> events;
};

Result<store::InformationItemRecord> SubmitInformation(const InformationDesk& desk,
                                                       const NewInformationItem& item);
// NotFound for an item of another district or outside the caller's sight.
Result<store::InformationItemRecord> FindInformation(const InformationDesk& desk, store::Id id);
Result<InformationPage> ListInformation(const InformationDesk& desk, const InformationFilter& filter);
Result<InformationHistory> InformationHistoryOf(const InformationDesk& desk, store::Id id);
// Takes a transition of the workflow: refused (and nothing written) when the state does
// not allow it, the role or scope does not, a note, level or revised text is missing, or
// the item was adopted at that level or a higher one already.
Result<store::InformationItemRecord> ActOnInformation(const InformationDesk& desk, store::Id id,
                                                      const InformationAction& action);
// The actions the caller may take on the item now, for user interfaces.
std::vector<std::string> InformationActions(const InformationDesk& desk,
                                            const store::InformationItemRecord& item);

}  // namespace sanwang::governance
