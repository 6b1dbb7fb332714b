#include "support/venue_photos.h"

#include "core/sha256.h"
#include "core/text.h"
#include "core/upload_check.h"
#include "support/venue_access.h"
#include "support/venue_bookings.h"

namespace sanwang::support {
namespace {

Result<store::VenueRecord> ManagedVenue(store::Database& db, const org::OrgDirectory& org,
                                        const cases::Actor& actor, store::Id venue_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, FindVenue(db, org, actor, venue_id));
  if (!ManagesVenue(org, actor, venue)) {
    return PermissionDenied(
        "只有场地的管理者可以管理其照片 only the venue's managers add and remove its photos");
  }
  return venue;
}

// The checked type of the upload: a photo type, declared and true of the bytes.
Result<std::string> CheckedPhotoType(const VenuePhotoUpload& upload) {
  if (upload.data.size() > kMaxVenuePhotoBytes) {
    return InvalidArgument("照片不超过 " + std::to_string(kMaxVenuePhotoBytes >> 20) +
                               " MB a photo may have at most " + std::to_string(kMaxVenuePhotoBytes) +
                               " bytes",
                           "body");
  }
  const std::string type = MediaTypeOf(upload.content_type);
  if (!IsPhotoType(type)) {
    return InvalidArgument(
        "照片只能是 JPEG、PNG 或 WebP 图片 a photo must be a JPEG, PNG or WebP image, not '" + type + "'",
        "content_type");
  }
  SW_RETURN_IF_ERROR(CheckUploadBytes(upload.data, type));
  return type;
}

}  // namespace

Result<store::VenuePhotoRecord> AddVenuePhoto(store::Database& db, const org::OrgDirectory& org,
                                              const cases::Actor& actor, store::Id venue_id,
                                              const VenuePhotoUpload& upload, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, ManagedVenue(db, org, actor, venue_id));
  const std::string caption(TrimAscii(upload.caption));
  SW_RETURN_IF_ERROR(CheckUserText(caption, "caption", kMaxVenuePhotoCaptionChars, false));
  SW_ASSIGN_OR_RETURN(std::string type, CheckedPhotoType(upload));
  store::VenuePhotoRecord photo;
  photo.district_code = venue.district_code;
  photo.venue_id = venue.id;
  photo.caption = caption;
  photo.content_type = type;
  photo.size_bytes = static_cast<std::int64_t>(upload.data.size());
  photo.sha256 = Sha256Hex(upload.data);
  photo.data = upload.data;
  photo.uploaded_by = actor.user_id;
  photo.uploaded_at = now;
  return store::VenuePhotoRepository(db).Insert(std::move(photo), kMaxVenuePhotos);
}

Result<VenuePhotoList> VenuePhotosOf(store::Database& db, const org::OrgDirectory& org,
                                     const cases::Actor& actor, store::Id venue_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, FindVenue(db, org, actor, venue_id));
  SW_ASSIGN_OR_RETURN(auto photos, store::VenuePhotoRepository(db).Of(venue.district_code, venue.id));
  return VenuePhotoList{std::move(photos), ManagesVenue(org, actor, venue)};
}

Result<store::VenuePhotoRecord> VenuePhotoOf(store::Database& db, const org::OrgDirectory& org,
                                             const cases::Actor& actor, store::Id venue_id,
                                             store::Id photo_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, FindVenue(db, org, actor, venue_id));
  return store::VenuePhotoRepository(db).Get(venue.district_code, venue.id, photo_id);
}

Status RemoveVenuePhoto(store::Database& db, const org::OrgDirectory& org, const cases::Actor& actor,
                        store::Id venue_id, store::Id photo_id) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, ManagedVenue(db, org, actor, venue_id));
  return store::VenuePhotoRepository(db).Remove(venue.district_code, venue.id, photo_id);
}

}  // namespace sanwang::support
