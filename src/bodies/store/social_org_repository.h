// Keeps the social organizations, activity groups and volunteer teams (social_orgs) of a
// district, each with the code and name of the community it serves. Holds a reference to a
// Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bodies/store/body_records.h"
#include "store/database.h"

namespace sanwang::store {

class SocialOrgRepository {
 public:
  explicit SocialOrgRepository(Database& db) : db_(db) {}

  // AlreadyExists when the district has one of that name.
  Result<SocialOrgRecord> Insert(SocialOrgRecord org);
  // Writes every field but id, district and demo; NotFound when there is none.
  Status Update(const SocialOrgRecord& org);
  Result<SocialOrgRecord> Get(Id id);
  Result<std::optional<Id>> FindByName(const std::string& district_code, const std::string& name);
  // Every one of the district, in community code, kind and name order.
  Result<std::vector<SocialOrgRecord>> List(const std::string& district_code);

 private:
  Database& db_;
};

}  // namespace sanwang::store
