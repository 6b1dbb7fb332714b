// A venue's photos over HTTP (场地照片, docs/support.md §1): list, show, add and remove.
// Whether the caller sees the venue and whether they manage it is support/venue_photos.h's
// to say; this file turns HTTP into those calls. An upload's body is the image itself,
// its type the Content-Type, its caption the `caption` query parameter; only its size is
// answered here first, as 413. A photo is shown in the page (inline) under its checked
// type — nosniff on every answer keeps it so — and may be kept by the browser: a photo's
// address always names the same bytes.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "core/upload_check.h"
#include "support/api/venue_schemas.h"
#include "support/venue_photos.h"

namespace sanwang::api {
namespace {

std::string PhotoUrl(const store::VenuePhotoRecord& p) {
  return "/api/v1/venues/" + std::to_string(p.venue_id) + "/photos/" + std::to_string(p.id);
}

nlohmann::json PhotoJson(const store::VenuePhotoRecord& p) {
  return {{"id", p.id},
          {"caption", p.caption},
          {"content_type", p.content_type},
          {"size_bytes", p.size_bytes},
          {"sha256", p.sha256},
          {"uploaded_at", FormatIso8601(p.uploaded_at)},
          {"url", PhotoUrl(p)}};
}

// The venue's photos as the caller sees them, with whether they manage them.
Result<HttpResponse> PhotoList(Call& call, std::int64_t venue_id) {
  SW_ASSIGN_OR_RETURN(auto list, support::VenuePhotosOf(call.db, call.domain->org, call.actor(), venue_id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : list.photos) items.push_back(PhotoJson(p));
  return JsonResponse(200, {{"items", items}, {"may_manage", list.may_manage}});
}

Result<HttpResponse> ListPhotos(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  return PhotoList(call, id);
}

Result<HttpResponse> AddPhoto(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  if (call.request.body.size() > support::kMaxVenuePhotoBytes) {
    return TooLargeResponse("照片不超过 " + std::to_string(support::kMaxVenuePhotoBytes >> 20) +
                                " MB a photo may have at most " +
                                std::to_string(support::kMaxVenuePhotoBytes) + " bytes",
                            "body");
  }
  const support::VenuePhotoUpload upload{call.request.Header("content-type"), call.request.Query("caption"),
                                         call.request.body};
  SW_ASSIGN_OR_RETURN(auto stored, support::AddVenuePhoto(call.db, call.domain->org, call.actor(), id, upload,
                                                          call.api.clock().Now()));
  return JsonResponse(201, PhotoJson(stored));
}

Result<HttpResponse> ShowPhoto(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(std::int64_t photo_id, ParseId(call.params["photo_id"], "photo_id"));
  SW_ASSIGN_OR_RETURN(auto photo,
                      support::VenuePhotoOf(call.db, call.domain->org, call.actor(), id, photo_id));
  HttpResponse r;
  r.content_type = photo.content_type;
  r.headers.emplace("Cache-Control", "private, max-age=86400");
  r.headers.emplace("ETag", "\"" + photo.sha256 + "\"");
  r.headers.emplace("Content-Disposition", "inline; filename=\"venue-" + std::to_string(id) + "-photo-" +
                                               std::to_string(photo_id) + "." +
                                               UploadExtension(photo.content_type) + "\"");
  r.body = std::move(photo.data);
  return r;
}

Result<HttpResponse> RemovePhoto(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(std::int64_t photo_id, ParseId(call.params["photo_id"], "photo_id"));
  SW_RETURN_IF_ERROR(support::RemoveVenuePhoto(call.db, call.domain->org, call.actor(), id, photo_id));
  return PhotoList(call, id);
}

}  // namespace

void AddVenuePhotoRoutes(Api& api) {
  const Access managers = Access::Roles(org::VenueManagerRoles());
  api.Add("GET", "/api/v1/venues/{id}/photos", Access::SignedIn(),
          RouteDoc{"listVenuePhotos",
                   "The venue's photos without their bytes, the oldest (its cover) first, and whether the "
                   "caller manages them (may_manage). For everyone who sees the venue."}
              .Answers(VenuePhotoListSchema()),
          FromResult(ListPhotos));
  api.Add(
      "POST", "/api/v1/venues/{id}/photos", managers,
      RouteDoc{"addVenuePhoto",
               "Add a photo of the venue: the body is the image itself — a JPEG, PNG or WebP photo, checked "
               "whole, with its type as Content-Type — up to 10 MiB, and `caption` an optional caption of up "
               "to 60 characters. By the venue's managers (403 otherwise). 400 naming content_type, body or "
               "caption for a type not allowed, bytes that are not that type or a caption too long; 413 "
               "past 10 MiB; 422 when the venue holds its most photos (12)."}
          .Takes(VenuePhotoUploadSchema(), "image/*")
          .Query("caption", schema::String(), "What the photo shows (optional, up to 60 characters).")
          .Answers(VenuePhotoSchema(), 201)
          .Refuses({422}),
      FromResult(AddPhoto));
  api.Add(
      "GET", "/api/v1/venues/{id}/photos/{photo_id}", Access::SignedIn(),
      RouteDoc{"getVenuePhoto",
               "One photo's image, under its checked type, to show in the page; kept by the browser for a "
               "day (a photo's address always names the same bytes)."}
          .AnswersFile("image/*"),
      FromResult(ShowPhoto));
  api.Add(
      "POST", "/api/v1/venues/{id}/photos/{photo_id}/remove", managers,
      RouteDoc{"removeVenuePhoto",
               "Remove a photo for good, by the venue's managers (403 otherwise); answers the photos left."}
          .Answers(VenuePhotoListSchema()),
      FromResult(RemovePhoto));
}

}  // namespace sanwang::api
