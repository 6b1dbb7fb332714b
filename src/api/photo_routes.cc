// Photos of a case: upload (JPEG, PNG or WebP, checked whole by image_check.h, up to the
// server's upload limit and the per-case count and byte limits), list and download. The
// reporter and staff who may read the case may add photos; everyone who may read the case
// may see them. A download names a safe file name and is never cached: photos show people
// and homes.
#include "api/api.h"
#include "api/case_answer_schemas.h"
#include "api/case_lookup.h"
#include "api/json_views.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "cases/case_access.h"
#include "core/image_check.h"
#include "core/sha256.h"
#include "store/attachment_repository.h"

namespace sanwang::api {
namespace {

nlohmann::json PhotoJson(const store::AttachmentRecord& a) {
  return {{"id", a.id},
          {"content_type", a.content_type},
          {"size_bytes", a.size_bytes},
          {"sha256", a.sha256},
          {"created_at", FormatIso8601(a.created_at)},
          {"url", "/api/v1/cases/" + std::to_string(a.case_id) + "/photos/" + std::to_string(a.id)}};
}

// 413 when one more photo of `bytes` would pass the case's count or byte limit. Uploads
// are writes, run one at a time by the group commit, so the check and the insert agree.
std::optional<HttpResponse> CaseIsFull(Call& call, store::Id case_id, std::size_t bytes) {
  auto photos = store::AttachmentRepository(call.db).ListForCase(case_id);
  if (!photos.ok()) return ErrorResponse(photos.status());
  std::int64_t held = 0;
  for (const auto& p : *photos) held += p.size_bytes;
  const ApiOptions& o = call.api.options();
  if (static_cast<std::int64_t>(photos->size()) >= o.max_photos_per_case) {
    return TooLargeResponse("每件最多 " + std::to_string(o.max_photos_per_case) +
                                " 张照片 a case holds at most " + std::to_string(o.max_photos_per_case) +
                                " photos",
                            "body");
  }
  if (held + static_cast<std::int64_t>(bytes) > o.max_photo_bytes_per_case) {
    return TooLargeResponse("本件照片总量超出上限 the case's photos would pass " +
                                std::to_string(o.max_photo_bytes_per_case) + " bytes",
                            "body");
  }
  return std::nullopt;
}

std::string Extension(const std::string& content_type) {
  if (content_type == "image/png") return "png";
  if (content_type == "image/webp") return "webp";
  return "jpg";
}

Result<HttpResponse> Upload(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  if (!cases::CanAddPhotos(call.actor())) {
    return PermissionDenied("该角色不能添加照片 role " + call.actor().role + " may not add photos");
  }
  const std::string& data = call.request.body;
  std::string declared = call.request.Header("content-type");
  SW_ASSIGN_OR_RETURN(std::string sniffed, CheckImage(data));
  if (declared.rfind(sniffed, 0) != 0) {
    return InvalidArgument("类型不符 Content-Type says " + declared + " but the data is " + sniffed,
                           "content-type");
  }
  if (auto full = CaseIsFull(call, c.id, data.size())) return *full;
  store::AttachmentRecord a;
  a.district_code = call.district();
  a.case_id = c.id;
  a.content_type = sniffed;
  a.size_bytes = static_cast<std::int64_t>(data.size());
  a.sha256 = Sha256Hex(data);
  a.data = data;
  a.uploaded_by = call.actor().user_id;
  a.created_at = call.api.clock().Now();
  SW_ASSIGN_OR_RETURN(auto stored, store::AttachmentRepository(call.db).Insert(a));
  return JsonResponse(201, PhotoJson(stored));
}

Result<HttpResponse> List(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_ASSIGN_OR_RETURN(auto photos, store::AttachmentRepository(call.db).ListForCase(c.id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& p : photos) items.push_back(PhotoJson(p));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Download(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_ASSIGN_OR_RETURN(std::int64_t photo_id, ParseId(call.params["photo_id"], "photo_id"));
  SW_ASSIGN_OR_RETURN(auto photo, store::AttachmentRepository(call.db).Get(c.id, photo_id));
  HttpResponse r;
  r.content_type = photo.content_type;
  r.body = std::move(photo.data);
  r.headers.emplace("Cache-Control", "no-store");
  r.headers.emplace("ETag", "\"" + photo.sha256 + "\"");
  // Shown in the browser when opened (the app links photos full size), under a name made
  // of numbers only; the type is the checked one, and nosniff (every answer) keeps it so.
  r.headers.emplace("Content-Disposition", "inline; filename=\"case-" + std::to_string(c.id) + "-photo-" +
                                               std::to_string(photo_id) + "." +
                                               Extension(photo.content_type) + "\"");
  return r;
}

}  // namespace

void AddPhotoRoutes(Api& api) {
  api.Add("POST", "/api/v1/cases/{id}/photos", Access::SignedIn(),
          RouteDoc{
              "addCasePhoto",
              "Add a photo (the body is the whole JPEG, PNG or WebP image; up to 10 MiB; 413 past the case's "
              "photo limits)."}
              .Takes({{"type", "string"},
                      {"format", "binary"},
                      {"description", "The image itself: image/jpeg, image/png or image/webp."}},
                     "image/*")
              .Answers(PhotoSchema(), 201),
          FromResult(Upload));
  api.Add("GET", "/api/v1/cases/{id}/photos", Access::SignedIn(),
          RouteDoc{"listCasePhotos", "The case's photos."}.Answers(PhotoListSchema()), FromResult(List));
  api.Add("GET", "/api/v1/cases/{id}/photos/{photo_id}", Access::SignedIn(),
          {"getCasePhoto", "One photo's image data."}, FromResult(Download));
}

}  // namespace sanwang::api
