// The photos of a venue (场地照片): what a room, court or reading space looks like, so a
// resident knows where they are booking. A venue's managers (venue_access.h) add photos —
// a JPEG, PNG or WebP image, checked whole (core/upload_check.h), the type declared being
// the type the bytes are, at most kMaxVenuePhotoBytes each and kMaxVenuePhotos per venue,
// with an optional caption — and remove them; everyone who sees the venue sees its photos,
// the oldest first, the first being its cover. Each refusal names its field and writes
// nothing. Stateless functions; the Database is used by one thread at a time as usual.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "org/org_directory.h"
#include "store/database.h"
#include "support/store/venue_photo_repository.h"

namespace sanwang::support {

inline constexpr std::size_t kMaxVenuePhotoBytes = std::size_t{10} << 20;  // 10 MiB: a phone's photo
inline constexpr std::int64_t kMaxVenuePhotos = 12;
inline constexpr std::size_t kMaxVenuePhotoCaptionChars = 60;

struct VenuePhotoUpload {
  std::string content_type;  // as declared
  std::string caption;       // may be empty
  std::string data;
};

struct VenuePhotoList {
  std::vector<store::VenuePhotoRecord> photos;  // without bytes, oldest first
  bool may_manage = false;                      // the caller adds and removes photos
};

Result<store::VenuePhotoRecord> AddVenuePhoto(store::Database& db, const org::OrgDirectory& org,
                                              const cases::Actor& actor, store::Id venue_id,
                                              const VenuePhotoUpload& upload, UnixSeconds now);
Result<VenuePhotoList> VenuePhotosOf(store::Database& db, const org::OrgDirectory& org,
                                     const cases::Actor& actor, store::Id venue_id);
// One photo with its bytes; NotFound for a photo of another venue or a venue out of sight.
Result<store::VenuePhotoRecord> VenuePhotoOf(store::Database& db, const org::OrgDirectory& org,
                                             const cases::Actor& actor, store::Id venue_id,
                                             store::Id photo_id);
Status RemoveVenuePhoto(store::Database& db, const org::OrgDirectory& org, const cases::Actor& actor,
                        store::Id venue_id, store::Id photo_id);

}  // namespace sanwang::support
