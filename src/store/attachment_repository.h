// Photos attached to cases: stored with their type, size and SHA-256.
// Same thread-safety as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct AttachmentRecord {
  Id id = 0;
  std::string district_code;
  Id case_id = 0;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::string sha256;
  std::string data;  // empty in listings
  std::optional<Id> uploaded_by;
  UnixSeconds created_at = 0;
};

class AttachmentRepository {
 public:
  explicit AttachmentRepository(Database& db) : db_(db) {}

  Result<AttachmentRecord> Insert(AttachmentRecord a);
  // Without the data.
  Result<std::vector<AttachmentRecord>> ListForCase(Id case_id);
  Result<AttachmentRecord> Get(Id case_id, Id attachment_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
