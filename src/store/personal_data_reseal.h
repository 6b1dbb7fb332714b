// Sealing stored personal data again under the current key (store/personal_data.h): the
// plain values from before encryption was turned on, and the values of a key being
// retired, with the lookup hash beside each. Run by `sanwang keys reseal` and at every
// start of the server, so a new key on top of the key file takes over by itself and the
// old one may be removed once a pass reports nothing left under it.
//
// Each row is rewritten by an UPDATE conditional on the value it read, so a request that
// changes the row meanwhile wins and its value (sealed by the new key already) stays.
// Values that cannot be opened (a key missing from the file, damage) are counted and left
// as they are: a pass never turns a number into nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace sanwang::store {

struct SealedColumn {
  std::string name;
  std::string lookup;  // the column holding its lookup hash; empty when none is kept
};

struct SealedTable {
  std::string table;
  std::string key;  // a column identifying one row
  std::vector<SealedColumn> columns;
};

// Every sealed column this build knows: the core tables' and each module's
// (sealed_tables.cc: a module that stores personal data adds its one line there).
const std::vector<SealedTable>& SealedTables();

struct ResealCounts {
  std::int64_t resealed = 0;    // values written again under the current key
  std::int64_t unreadable = 0;  // values left as they were because they cannot be opened
};

// OK when every value could be opened; DataLoss naming how many could not (their key is
// missing from the file, or they are damaged) otherwise.
Status UnreadableValues(const ResealCounts& counts);

// Called after each batch with the table and the rows needing work found in it so far.
using ResealProgress = std::function<void(std::string_view table, std::int64_t rows)>;

// Reseals `tables` under the installed keys; does nothing when none are installed.
Result<ResealCounts> ResealPersonalData(Database& db, const std::vector<SealedTable>& tables,
                                        const ResealProgress& progress = {});

}  // namespace sanwang::store
