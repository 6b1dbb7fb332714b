// Keeps information work (info_words, info_items, info_item_versions, info_adoptions,
// info_events, info_reports). An item comes back as it stands now; its revisions, adoptions and events
// are read apart. Holds a reference to a Database; same thread-safety as it (one thread at
// a time).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "governance/store/information_records.h"
#include "store/database.h"

namespace sanwang::store {

// Which items to list; every filter is optional.
struct InformationQuery {
  std::string district_code;
  std::set<Id> unit_ids;         // any of these source units (empty: every unit)
  std::set<std::string> states;  // any of these states (empty: every state)
  std::string category_code;
  std::optional<UnixSeconds> submitted_from;  // [from, to)
  std::optional<UnixSeconds> submitted_to;
  bool oldest_first = false;  // else newest submission first
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

class InformationRepository {
 public:
  explicit InformationRepository(Database& db) : db_(db) {}

  // The district's own categories or levels (`kind`), in the order of their codes.
  Result<std::vector<InformationWordRecord>> Words(const std::string& district_code, const std::string& kind);
  // AlreadyExists when the district has a word of that kind and code.
  Status InsertWord(const std::string& district_code, const InformationWordRecord& word);

  // Writes the item, its first revision and its event; returns the item.
  Result<InformationItemRecord> InsertItem(InformationItemRecord item, InformationEventRecord event);
  Result<InformationItemRecord> GetItem(Id id);
  // In submission order as the query asks.
  Result<std::vector<InformationItemRecord>> Items(const InformationQuery& query);
  Result<std::int64_t> CountItems(const InformationQuery& query);
  // The district's items submitted in [from, to) whose state is not in `left_out`, with
  // their text, for the near-duplicate check; newest first, at most `limit`.
  Result<std::vector<InformationItemRecord>> RecentItems(const std::string& district_code, UnixSeconds from,
                                                         UnixSeconds to,
                                                         const std::set<std::string>& left_out,
                                                         std::int64_t limit);

  // Moves an item from `from_state` as `changed` says (state, text, revision, level,
  // points, adoption time, similarity, updated_at) and writes its event; a new revision is
  // kept when `changed.revision` grew, and `adoption` is written when given. Conflict when
  // the item is no longer in `from_state` (someone else moved it first) or was adopted at
  // the level already; nothing is written then.
  Status Move(const InformationItemRecord& changed, const std::string& from_state,
              InformationEventRecord event, const std::optional<InformationAdoptionRecord>& adoption);

  // Oldest first.
  Result<std::vector<InformationVersionRecord>> Versions(Id item_id);
  Result<std::vector<InformationAdoptionRecord>> Adoptions(Id item_id);
  Result<std::vector<InformationEventRecord>> Events(Id item_id);

  // Per source unit, the items of the district submitted in [from, to) whose state is not
  // in `left_out`: how many, how many adopted, their points and the adoptions per level.
  Result<std::map<Id, InformationUnitCounts>> CountsByUnit(const std::string& district_code, UnixSeconds from,
                                                           UnixSeconds to,
                                                           const std::set<std::string>& left_out);

  // The next notice number of the district's year: 1 for the first.
  Result<std::int64_t> NextReportSequence(const std::string& district_code, std::int64_t year);
  // AlreadyExists when the period and kind of unit were published already.
  Result<InformationReportRecord> InsertReport(InformationReportRecord report);
  // Newest first, without the documents' bytes.
  Result<std::vector<InformationReportRecord>> Reports(const std::string& district_code);
  // With the bytes; NotFound for another district's or no such notice.
  Result<InformationReportRecord> Report(const std::string& district_code, Id id);
  Result<std::optional<InformationReportRecord>> FindReport(const std::string& district_code,
                                                            const std::string& period,
                                                            const std::string& unit_kind);

 private:
  Status InsertVersion(const InformationItemRecord& item, std::optional<Id> user_id);
  Status InsertEvent(const InformationEventRecord& event, const std::string& district_code);
  Database& db_;
};

}  // namespace sanwang::store
