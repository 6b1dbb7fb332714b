// Keeps the photos of venues (support_venue_photos, venue_photo_schema.cc): their bytes,
// checked type, size, SHA-256, caption and who uploaded them when. Lists leave the bytes
// out; one photo is read with them.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct VenuePhotoRecord {
  Id id = 0;
  std::string district_code;
  Id venue_id = 0;
  std::string caption;
  std::string content_type;  // image/jpeg, image/png or image/webp, as checked
  std::int64_t size_bytes = 0;
  std::string sha256;
  std::string data;  // empty when read in a list
  std::optional<Id> uploaded_by;
  std::int64_t uploaded_at = 0;
};

class VenuePhotoRepository {
 public:
  explicit VenuePhotoRepository(Database& db) : db_(db) {}

  // Stores the photo unless its venue holds `max_photos` already (FailedPrecondition,
  // field "body"); the count and the insert are one transaction. Returns it without bytes.
  Result<VenuePhotoRecord> Insert(VenuePhotoRecord photo, std::int64_t max_photos);
  // The venue's photos, oldest first, without bytes.
  Result<std::vector<VenuePhotoRecord>> Of(const std::string& district_code, Id venue_id);
  // One photo of the venue with its bytes; NotFound for a photo of another venue.
  Result<VenuePhotoRecord> Get(const std::string& district_code, Id venue_id, Id photo_id);
  // Deletes one photo of the venue; NotFound when it has no such photo.
  Status Remove(const std::string& district_code, Id venue_id, Id photo_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
