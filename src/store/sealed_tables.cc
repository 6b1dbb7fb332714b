// The one list of sealed columns (store/personal_data_reseal.h): the core tables' here, and
// one line per module that stores personal data, naming the function in its own store
// folder.
#include "store/personal_data_reseal.h"

namespace sanwang::store {

std::vector<SealedTable> SupportSealedTables();  // support/store/roster_lookup_schema.cc
std::vector<SealedTable> BodiesSealedTables();   // bodies/store/social_org_repository.cc
std::vector<SealedTable> NotifySealedTables();   // notify/store/delivery_settings_repository.cc

namespace {

std::vector<SealedTable> CoreSealedTables() {
  return {
      {"cases", "id", {{"reporter_phone", ""}}},
      {"users", "id", {{"phone", "phone_lookup"}}},
      {"two_factor", "user_id", {{"secret", ""}}},
  };
}

}  // namespace

const std::vector<SealedTable>& SealedTables() {
  static const std::vector<SealedTable> kTables = [] {
    std::vector<SealedTable> all = CoreSealedTables();
    for (auto module : {SupportSealedTables, BodiesSealedTables, NotifySealedTables})
      for (SealedTable& t : module()) all.push_back(std::move(t));
    return all;
  }();
  return kTables;
}

}  // namespace sanwang::store
