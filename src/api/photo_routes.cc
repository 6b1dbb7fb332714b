// Photos of a case: upload (JPEG, PNG or WebP, up to the server's upload limit), list and
// download. The reporter and staff who may read the case may add photos; everyone who may
// read the case may see them.
#include <sodium.h>

#include "api/api.h"
#include "api/case_lookup.h"
#include "api/json_views.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "cases/case_access.h"
#include "store/attachment_repository.h"

namespace sanwang::api {
namespace {

// The image type the bytes really are; the declared Content-Type must agree.
std::string SniffImageType(const std::string& data) {
  auto starts = [&](std::string_view magic, std::size_t at = 0) { return data.compare(at, magic.size(), magic) == 0; };
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts("\x89PNG\r\n\x1A\n")) return "image/png";
  if (starts("RIFF") && starts("WEBP", 8)) return "image/webp";
  return "";
}

std::string Sha256Hex(const std::string& data) {
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

nlohmann::json PhotoJson(const store::AttachmentRecord& a) {
  return {{"id", a.id},
          {"content_type", a.content_type},
          {"size_bytes", a.size_bytes},
          {"sha256", a.sha256},
          {"created_at", FormatIso8601(a.created_at)},
          {"url", "/api/v1/cases/" + std::to_string(a.case_id) + "/photos/" + std::to_string(a.id)}};
}

bool MayAddPhotos(const Call& call) {
  const std::string& role = call.actor().role;
  return role != org::kSupervisor && role != org::kLeader && role != org::kAdmin;
}

HttpResponse Upload(Call& call) {
  auto c = ReadableCase(call);
  if (!c.ok()) return ErrorResponse(c.status());
  if (!MayAddPhotos(call)) return ErrorResponse(PermissionDenied("role " + call.actor().role + " may not add photos"));
  const std::string& data = call.request.body;
  std::string declared = call.request.Header("content-type");
  std::string sniffed = SniffImageType(data);
  if (data.empty() || sniffed.empty()) return ErrorResponse(InvalidArgument("a photo must be JPEG, PNG or WebP", "body"));
  if (declared.rfind(sniffed, 0) != 0) {
    return ErrorResponse(InvalidArgument("Content-Type says " + declared + " but the data is " + sniffed, "content-type"));
  }
  store::AttachmentRecord a;
  a.district_code = call.api.district_code();
  a.case_id = c->id;
  a.content_type = sniffed;
  a.size_bytes = static_cast<std::int64_t>(data.size());
  a.sha256 = Sha256Hex(data);
  a.data = data;
  a.uploaded_by = call.actor().user_id;
  a.created_at = call.api.clock().Now();
  auto stored = store::AttachmentRepository(call.db).Insert(a);
  if (!stored.ok()) return ErrorResponse(stored.status());
  return JsonResponse(201, PhotoJson(*stored));
}

HttpResponse List(Call& call) {
  auto c = ReadableCase(call);
  if (!c.ok()) return ErrorResponse(c.status());
  auto photos = store::AttachmentRepository(call.db).ListForCase(c->id);
  if (!photos.ok()) return ErrorResponse(photos.status());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : *photos) items.push_back(PhotoJson(p));
  return JsonResponse(200, {{"items", items}});
}

HttpResponse Download(Call& call) {
  auto c = ReadableCase(call);
  if (!c.ok()) return ErrorResponse(c.status());
  auto photo_id = ParseId(call.params["photo_id"], "photo_id");
  if (!photo_id.ok()) return ErrorResponse(photo_id.status());
  auto photo = store::AttachmentRepository(call.db).Get(c->id, *photo_id);
  if (!photo.ok()) return ErrorResponse(photo.status());
  HttpResponse r;
  r.content_type = photo->content_type;
  r.body = std::move(photo->data);
  r.headers.emplace("Cache-Control", "private, max-age=86400");
  r.headers.emplace("ETag", "\"" + photo->sha256 + "\"");
  return r;
}

}  // namespace

void AddPhotoRoutes(Api& api) {
  api.Add("POST", "/api/v1/cases/{id}/photos", Access::SignedIn(),
          "Add a photo (the body is the JPEG, PNG or WebP image; up to 10 MiB).", Upload);
  api.Add("GET", "/api/v1/cases/{id}/photos", Access::SignedIn(), "The case's photos.", List);
  api.Add("GET", "/api/v1/cases/{id}/photos/{photo_id}", Access::SignedIn(), "One photo's image data.", Download);
}

}  // namespace sanwang::api
