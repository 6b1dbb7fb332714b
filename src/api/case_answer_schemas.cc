#include "api/case_answer_schemas.h"

#include <cstdint>

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json CaseId() { return WithExample(Integer(1, INT64_MAX), 1024); }

json Count() { return Integer(0, INT64_MAX); }

json Failure() {
  json message = WithExample(String(), "案件状态不允许此操作 the case's state does not allow this action");
  return ClosedObject({{"code", WithExample(String(), "failed_precondition")}, {"message", message}},
                      {"code", "message"});
}

json Outcome() {
  json version = Integer(1, INT64_MAX);
  version["description"] = "The case's version after the action; only when ok.";
  json error = Failure();
  error["description"] = "Why the action was not taken; only when not ok.";
  return ClosedObject({{"id", CaseId()}, {"ok", Boolean()}, {"version", version}, {"error", error}},
                      {"id", "ok"});
}

json NearbyMatter() {
  json mine = Boolean();
  mine["description"] = "True for the caller's own matter or one they follow.";
  return ClosedObject({{"id", CaseId()},
                       {"title", WithExample(String(), "楼道堆放杂物")},
                       {"item_code", WithExample(String(), "A01-001")},
                       {"item_name", WithExample(String(), "楼道堆放杂物")},
                       {"state", WithExample(String(), "dispatched")},
                       {"metres", WithExample(Number(0, 1e6), 120)},
                       {"mine", mine}},
                      {"id", "title", "item_code", "item_name", "state", "metres", "mine"});
}

}  // namespace

json ExtensionPreviewSchema() {
  json now = Nullable(DateTime());
  now["description"] = "The resolve deadline now; null before the case is accepted.";
  return ClosedObject(
      {{"hours", Integer(1, 480)}, {"resolve_due", now}, {"requested_resolve_due", DateTime()}},
      {"hours", "resolve_due", "requested_resolve_due"});
}

json FollowingSchema() {
  return ClosedObject({{"id", CaseId()}, {"following", Boolean()}}, {"id", "following"});
}

json PhotoSchema() {
  return Named("Photo",
               ClosedObject({{"id", Integer(1, INT64_MAX)},
                             {"content_type", Enum({"image/jpeg", "image/png", "image/webp"})},
                             {"size_bytes", Integer(1, INT64_MAX)},
                             {"sha256", WithExample(String(),
                                                    "c00803ff5f3b3e1da7b5417c07fe1744afa4ed8cc1ca0375"
                                                    "9f10fe1073c7963f")},
                             {"created_at", DateTime()},
                             {"url", WithExample(String(), "/api/v1/cases/1024/photos/1")}},
                            {"id", "content_type", "size_bytes", "sha256", "created_at", "url"}));
}

json PhotoListSchema() { return ClosedObject({{"items", ArrayOf(PhotoSchema())}}, {"items"}); }

json OpenNearbySchema() {
  return ClosedObject({{"radius_m", WithExample(Number(0, 1e6), 300)}, {"items", ArrayOf(NearbyMatter())}},
                      {"radius_m", "items"});
}

json TabCountsSchema() {
  json tabs =
      WithExample(ArrayOf(Enum({"to_dispatch", "to_accept", "in_progress", "due_soon", "overdue", "closed"})),
                  json::array({"to_accept", "in_progress", "due_soon", "overdue", "closed"}));
  tabs["description"] = "The caller's tabs in display order; a count is given for each.";
  return ClosedObject({{"tabs", tabs},
                       {"to_dispatch", Count()},
                       {"to_accept", Count()},
                       {"in_progress", Count()},
                       {"due_soon", Count()},
                       {"overdue", Count()},
                       {"closed", Count()}},
                      {"tabs", "in_progress", "due_soon", "overdue", "closed"});
}

json BulkOutcomesSchema() { return ClosedObject({{"results", ArrayOf(Outcome())}}, {"results"}); }

}  // namespace sanwang::api
