// The rows of information work (信息工作, the "governance" migration stream): the words a
// district files items under (categories and adoption levels), the items units submit,
// each revision of an item's text, each adoption of an item at a level and each move of
// an item. Plain values the information repository reads and writes; the rules about them
// (who submits, who adopts, which states are open, points, rankings) live in
// src/governance/information_*.h, not here.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/time.h"
#include "store/records.h"

namespace sanwang::store {

// A category (信息类别) or an adoption level (采用级别) a district added to the built-in ones.
struct InformationWordRecord {
  std::string kind;  // "category" or "level"
  std::string code;
  std::string name;
  std::string name_en;
  std::int64_t points = 0;  // a level's points for an item adopted at it; 0 for categories
  std::int64_t rank = 0;    // a level's height: a higher rank is a higher level
};

// An information item (信息) as it stands now: its newest revision, its state, and the
// highest level it was adopted at (empty: none yet) with that level's points.
struct InformationItemRecord {
  Id id = 0;
  std::string district_code;
  Id unit_id = 0;  // the source unit (报送单位)
  std::optional<Id> author_user_id;
  std::string author_name;  // the writer as the item names them
  std::string category_code;
  std::string title;
  std::string body;
  std::int64_t revision = 1;
  std::string state;
  UnixSeconds submitted_at = 0;  // first submission: the item counts in this period
  UnixSeconds updated_at = 0;
  std::string level_code;  // highest adoption level; empty before the first adoption
  std::int64_t points = 0;
  std::optional<UnixSeconds> adopted_at;  // first adoption
  std::optional<Id> similar_item_id;      // the most alike earlier item, when alike enough
  std::int64_t similarity_percent = 0;
  bool demo = false;
};

// One revision of an item's text, kept when the writer revises a returned item.
struct InformationVersionRecord {
  Id item_id = 0;
  std::int64_t revision = 0;
  std::string category_code;
  std::string title;
  std::string body;
  UnixSeconds at = 0;
  std::optional<Id> user_id;
};

// An adoption of an item at one level (an item may be adopted at several).
struct InformationAdoptionRecord {
  Id item_id = 0;
  std::string level_code;
  std::int64_t points = 0;
  UnixSeconds adopted_at = 0;
  std::optional<Id> user_id;
};

struct InformationEventRecord {
  Id id = 0;
  Id item_id = 0;
  UnixSeconds at = 0;
  std::optional<Id> user_id;
  std::string role;
  std::string action;
  std::string from_state;
  std::string to_state;
  std::string level_code;  // adopt: the level
  std::string note;
  std::string username;  // read only: the actor's account
};

// One unit's counts over a period, read from the items submitted in it.
struct InformationUnitCounts {
  std::int64_t submitted = 0;
  std::int64_t adopted = 0;                              // items adopted at any level
  std::int64_t points = 0;                               // each adopted item's highest level's points
  std::map<std::string, std::int64_t> adopted_at_level;  // level code → adoptions at it
};

// A published information notice (信息工作通报): one period and kind of unit, numbered in
// the district and year, with its documents as rendered when it was published. Never
// changed once written.
struct InformationReportRecord {
  Id id = 0;
  std::string district_code;
  std::string period;     // "2026-11", "2026-Q4", "2026"
  std::string unit_kind;  // community, street or department
  std::int64_t year = 0;
  std::int64_t sequence = 0;  // 1, 2, … in the district and year
  std::string number;         // "魏都区信息工作通报〔2026〕第 3 期"
  std::string title;
  std::string opening;
  std::string closing;
  std::string pdf;  // empty when listed
  std::string pdf_sha256;
  std::string xlsx;
  std::string xlsx_sha256;
  std::optional<Id> published_by;
  UnixSeconds published_at = 0;
  bool demo = false;
};

}  // namespace sanwang::store
